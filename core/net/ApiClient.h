#pragma once
// The typed Webex REST client: one job per HTTP call over a shared base that owns the per-request
// timeout, bounded retries (backoff with jitter for 5xx, timeouts and resets; Retry-After honoured
// on 429, 423 and 503), pagination by Link rel="next", a TrackingID header on every request
// (logged; the token never is), and cancellation.
//
// Lives in the thread that created it; all calls are asynchronous and report through callbacks
// or signals on that thread. JSON answers are parsed and decoded into the typed results on the
// network layer's worker thread (BackgroundTask), one at a time in the order they arrived, so a
// large answer never stalls the client's thread; answers without a body to decode (204, errors)
// need no worker and may overtake a decoded one. Base URL and token are injected; HTTPS is
// required except for loopback hosts (127.0.0.0/8, ::1, localhost).
//
// Implemented by the network layer; ApiEndpoints.cpp declares the endpoints (see ApiClient.cpp).

#include "ApiError.h"
#include "ApiTypes.h"
#include "Subscription.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>
#include <variant>

class QNetworkAccessManager;

namespace wod::net {

template <typename T>
using Result = std::variant<T, ApiError>;

struct ApiClientOptions
{
    int requestTimeoutMs = 30'000;
    int maxRetries = 4;          // per request, for transient failures
    int retryAfterDefaultMs = 5'000; // 429 without Retry-After
    int maxRetryAfterMs = 60'000;
    // Attempts on the wire at once; more wait in the client's queue (retries first). The
    // inactivity timeout runs from the start of the attempt, so keep requestTimeoutMs well above
    // a few latencies.
    int maxConcurrentRequests = 16;
    // HTTP/1.1 connection pools for a plain-http (loopback) server. QNetworkAccessManager opens at
    // most 6 connections per host (Qt 6.4, not configurable): at 20 ms per request one pool tops
    // out below 300 requests/s. Each pool adds six, all in the one access manager given (same
    // thread, proxy and settings); attempts go to the least busy pool. HTTPS always uses one:
    // HTTP/2 multiplexes every request on one connection. 0 = enough pools for
    // maxConcurrentRequests (one per six).
    int connectionPools = 0;
    int backoffBaseMs = 250;         // first retry delay for 5xx/timeouts/resets; doubles, +jitter
    int backoffMaxMs = 8'000;        // cap of one backoff delay
    int maxRateLimitRetries = 20;    // 429/423 waits per request (separate from maxRetries)
    // Client-side pacing of attempt starts (at most N in any sliding second; RatePacer).
    int maxRequestsPerSecond = 0;    // a fixed cap; 0 = none
    // Learn the server's rate from its 429s and pace below it, so a rate-limited bulk run does not
    // keep running into the limit. A 429's Retry-After always delays that request; one longer than
    // a second also pauses every new attempt that long. A one-second Retry-After (the header's
    // smallest unit) does not: the learned pacing already spreads the next second's attempts.
    bool learnRateLimit = true;
};

// What the client did so far, for benchmarks, tests and diagnostics.
struct ApiClientStats
{
    int attempts = 0;        // requests sent, retries included
    int retries = 0;         // attempts scheduled again after a failure or a 429
    int rateLimited = 0;     // answers 429
    int maxInFlight = 0;     // most attempts on the wire at once
    qint64 attemptMs = 0;    // sum of every attempt's time from start to answer
    qint64 pacedMs = 0;      // time queued attempts waited for the pacer
    qint64 pausedMs = 0;     // time queued attempts waited for a Retry-After pause of everyone
    int pacingPerSecond = 0; // the pacer's current limit (0: unlimited)
    int estimatedServerPerSecond = 0; // the server's rate as estimated from its 429s (0: none)
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    // `nam` is not owned and must outlive the client. `baseUrl` is e.g. https://webexapis.com/v1.
    ApiClient(QNetworkAccessManager *nam, const QUrl &baseUrl, const QString &token,
              const ApiClientOptions &options = {}, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const;
    // Replace the token (after sign-in or refresh); pending requests keep theirs.
    void setToken(const QString &token);
    // Whether the base URL is acceptable (HTTPS, or HTTP on loopback); `why` explains a refusal.
    static bool isAllowedBaseUrl(const QUrl &url, QString *why = nullptr);

    using JsonCallback = std::function<void(const Result<QJsonObject> &)>;
    using EmptyCallback = std::function<void(const Result<std::monostate> &)>;

    // Raw verbs relative to the base URL (path like "people/me") or absolute URLs (Link next).
    void getJson(const QString &pathOrUrl, const JsonCallback &done);
    // Follows Link rel="next" and concatenates every page's "items".
    void getAllItems(const QString &pathOrUrl, const std::function<void(const Result<QJsonArray> &)> &done);
    void deleteResource(const QString &path, const EmptyCallback &done);
    void postJson(const QString &pathOrUrl, const QJsonObject &body, const JsonCallback &done);

    // Raw verbs with a retry choice: `idempotent` = also retry on 5xx, timeouts and resets (a
    // POST the server treats as idempotent, e.g. convert). 429/423/503 are always retried.
    void postJson(const QString &pathOrUrl, const QJsonObject &body, bool idempotent,
                  const JsonCallback &done);

    // ---- Typed endpoints. Every callback runs exactly once, on the client's thread. ----
    // Errors: 401 Unauthorized, 403 Forbidden, 404 NotFound, 409 Conflict (body kept),
    // a 2xx body without the documented fields -> Malformed naming the endpoint.
    static constexpr int kMaxScimBulkOperations = 100;
    template <typename T>
    using Callback = std::function<void(const Result<T> &)>;

    // GET /v1/people/me.
    void me(const Callback<ApiPerson> &done);
    // GET /v1/roles (all of them).
    void roles(const Callback<QList<ApiRole>> &done);
    // GET /v1/organizations (not paginated).
    void organizations(const Callback<QList<ApiOrganization>> &done);
    // GET /v1/organizations/{orgId}; NotFound once the organization is gone.
    void organization(const QString &orgId, const Callback<ApiOrganization> &done);
    // GET /v1/people?max=N[&orgId=O], every page (Link rel="next"), concatenated.
    void people(int max, const Callback<QList<ApiPerson>> &done, const QString &orgId = {});
    // The same, page by page, for large organizations: `page` runs for each page's people as soon
    // as it is decoded (its JSON already dropped), then `done` exactly once: after the last page,
    // or with the error that stopped the walk (no page runs after it).
    // `more`, when given, is asked before each further page is requested: false ends the walk
    // there (done() with success; the caller knows it stopped it).
    void peoplePages(int max, const std::function<void(QList<ApiPerson> &&people)> &page,
                     const EmptyCallback &done, const QString &orgId = {},
                     const std::function<bool()> &more = {});
    // SCIM 2.0 users of an organization, paged in parallel: GET {host}/identity/scim/{orgUuid}/
    // v2/Users?startIndex=1&count=`count`&attributes=userName,displayName,emails first; its
    // totalResults and the length of its page (the server's cap on count) give the remaining
    // pages, which are then requested all at once: they wait in the client's queue, so at most
    // maxConcurrentRequests are on the wire, paced like every request. `page` runs for each page
    // in order (a page answered early waits, decoded, for those before it), in the /v1 form
    // (ScimUsersJson: person ids in the org id's cluster, the primary email, no role ids); then
    // `done` once, or with the first error (no page runs after it). A page that is short before
    // totalResults, or a totalResults that changes between pages, is Malformed: users would be
    // lost or read twice. Forbidden/Unauthorized/NotFound on the first page: the token's scopes
    // (identity:people_read) or the server do not allow SCIM; read /v1/people instead.
    // 1,000 asked for. A server may give fewer (RFC 7644 3.4.2.4; itemsPerPage is followed) and
    // Cisco's spec names no maximum, but larger pages are not faster: decoding is the pre-flight's
    // bottleneck, and smaller pages let it overlap the transfer (100,000 users at zero latency
    // took twice as long in pages of 10,000: bench_net_preflight at commit 377733b, issue #14).
    static constexpr int kScimUsersPageSize = 1000;
    // `window` > 0: at most that many pages asked for beyond the last one handed to `page` (less
    // memory for pages waiting, more round trips); 0: every page at once. `announced`, when
    // given, runs once with the first page's totalResults, after `page` ran for that page.
    void scimUsersPages(const QString &orgId, int count,
                        const std::function<void(QList<ApiPerson> &&people)> &page,
                        const EmptyCallback &done, int window = 0,
                        const std::function<void(qint64 totalResults)> &announced = {});
    // GET /v1/people/{personId}; NotFound when gone.
    void person(const QString &personId, const Callback<ApiPerson> &done);
    // GET /v1/licenses[?orgId=O] (all pages).
    void licenses(const Callback<QList<ApiLicense>> &done, const QString &orgId = {});
    // Control Hub extension reads, /v1/controlHub/organizations/{orgId}/... (core/ApiExtensions.h).
    // NotFound on every one of them means the server offers only the public API: a 404, or,
    // without sending anything, when the server's last successful answer did not offer the
    // extension (the real API, the sandbox's public-API-only mode). The same for convertPerson().
    void controlHubSubscriptions(const QString &orgId, const Callback<QList<Subscription>> &done);
    void controlHubLinkedSites(const QString &orgId, const Callback<QStringList> &done); // site URLs
    void controlHubDirectorySync(const QString &orgId, const Callback<bool> &done);       // enabled
    void controlHubManagedBy(const QString &orgId, const Callback<QStringList> &done);   // names
    void controlHubManagedOrgs(const QString &orgId, const Callback<QStringList> &done); // names
    // DELETE /v1/people/{personId} -> 204 (an empty id, a person listed without one, is refused
    // before sending: Malformed, status 0; the same for convertPerson()). Retried on transient failures; a 404 (unknown or
    // already gone, e.g. after a reset that happened after the effect) is NotFound: callers
    // count it as done.
    void deletePerson(const QString &personId, const EmptyCallback &done);
    // POST /v1/controlHub/organizations/{orgId}/people/{personId}/convert -> ConvertResult.
    // Retried like an idempotent call; 404 unknown/deleted user, 409 the actor.
    void convertPerson(const QString &orgId, const QString &personId,
                       const Callback<ConvertResult> &done);
    // POST {host}/identity/scim/{orgUuid}/v2/Bulk with one DELETE /Users/{uuid} per user. At most
    // kMaxScimBulkOperations uuids: more are refused before sending (Kind::Malformed, status 0;
    // callers split into batches). The body is spelled as Cisco's schema: schemas, failOnErrors,
    // operations; bulkId of each operation = the user uuid. The answer is read by ScimBulkAnswer
    // (per operation location, status, error detail). Not retried when the answer is lost (the
    // caller re-reads the users first); 429/423/503 are. 404, 400, 403 (or 401) for the whole
    // request: the server offers no SCIM Bulk to this token; fall back to deletePerson().
    void scimBulkDelete(const QString &orgUuid, const QStringList &userUuids,
                        const Callback<ScimBulkResult> &done);
    // DELETE /v1/organizations/{orgId} -> 204. Never retried on 5xx/timeouts/resets (the caller
    // decides, e.g. by polling organization()); 429/423/503 are retried. 409 -> Conflict with
    // the body for ConflictParser.
    void deleteOrganization(const QString &orgId, const EmptyCallback &done);

    // The host-relative SCIM/identity base: the base URL with its trailing "/v1" removed.
    QUrl identityBaseUrl() const;
    // Requests sent (attempts, retries included) since construction; for tests and benchmarks.
    int requestsSent() const;
    // Requests started or queued and not finished yet.
    int pendingRequests() const;
    ApiClientStats stats() const;

    // Aborts every pending request; their callbacks receive ApiError::Kind::Cancelled, inside
    // this call (when it returns nothing started before is pending). Destroying the client
    // instead drops pending callbacks without calling them.
    void cancelAll();

signals:
    // Every request attempt, for logs and tests: method, path (no query secrets), status,
    // tracking id, elapsed ms. status 0 = no HTTP answer.
    void requestFinished(const QString &method, const QString &path, int status,
                         const QString &trackingId, qint64 elapsedMs);

private:
    class Private;
    Private *d;
};

} // namespace wod::net
