#include "ApiClient.h"

#include "ApiExtensions.h"
#include "ApiJson.h"
#include "ApiRequestJob.h"
#include "LinkHeader.h"
#include "NetLogging.h"
#include "RatePacer.h"
#include "ScimBulkAnswer.h"
#include "ScimUsersJson.h"
#include "TrackingId.h"
#include "WebexId.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTimer>
#include <algorithm>
#include <deque>
#include <limits>
#include <map>
#include <memory>

namespace wod::net {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wod::net::ApiClient", text);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Same scheme, host and port: the only places the token may be sent besides the base URL itself.
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

QString encodeSegment(const QString &segment)
{
    // Ids are base64 and may contain '/' or '+': keep them one path segment.
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

ApiError malformed(const QString &endpoint, const QString &why, const ApiResponse &response)
{
    ApiError e;
    e.kind = ApiError::Kind::Malformed;
    e.httpStatus = response.status;
    e.message = tr("%1: the answer does not match the API: %2").arg(endpoint, why);
    e.trackingId = response.trackingId;
    e.body = response.body.left(4096);
    return e;
}

} // namespace

// One SCIM users read (ApiClient::scimUsersPages): shared by its pages' callbacks.
struct ScimUsersRead
{
    QString base;   // .../identity/scim/{uuid}/v2/Users
    QString prefix; // ScimUsersJson::personIdPrefix
    std::function<void(QList<ApiPerson> &&)> page;
    ApiClient::EmptyCallback done;
    bool finished = false;
    qint64 total = -1;
    qint64 pageSize = 0;      // asked for; after the first page, what the server gives
    qint64 pages = 0;         // in all, known after the first page
    qint64 nextToDeliver = 0;
    qint64 nextToRequest = 1; // after the first page
    qint64 window = 0;        // 0: every page at once
    std::map<qint64, QList<ApiPerson>> early; // decoded pages waiting for their predecessors

    void finish(const Result<std::monostate> &r)
    {
        if (finished)
            return;
        finished = true;
        early.clear();
        done(r);
    }
};

class ApiClient::Private
{
public:
    Private(ApiClient *q, QNetworkAccessManager *nam, const QUrl &baseUrl, const QString &token,
            const ApiClientOptions &options)
        : q(q), nam(nam), baseUrl(baseUrl), token(token), options(options)
        , pacer(options.maxRequestsPerSecond)
        , poolInFlight(size_t(poolCount(options)), 0)
    {
        clock.start();
        pumpTimer.setSingleShot(true);
        pumpTimer.setTimerType(Qt::PreciseTimer); // pacing waits are a few ms
        QObject::connect(&pumpTimer, &QTimer::timeout, q, [this] { pump(); });
        // Normalise: no trailing slash, so "base + '/' + path" never doubles it.
        QString path = this->baseUrl.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        this->baseUrl.setPath(path);
    }

    static int poolCount(const ApiClientOptions &o)
    {
        constexpr int kConnectionsPerPool = 6; // QNetworkAccessManager's HTTP/1.1 limit per host
        if (o.connectionPools > 0)
            return o.connectionPools;
        return std::max(1, (o.maxConcurrentRequests + kConnectionsPerPool - 1) / kConnectionsPerPool);
    }

    ApiClient *q;
    QNetworkAccessManager *nam;
    QUrl baseUrl;
    QString token;
    ApiClientOptions options;
    TrackingId trackingIds;
    QList<ApiRequestJob *> jobs;  // alive: queued, running or waiting to retry
    std::deque<ApiRequestJob *> queue; // waiting for a slot
    int inFlight = 0;
    int sent = 0;
    QElapsedTimer clock;
    qint64 pausedUntil = 0;       // a long Retry-After of a 429: no attempt starts before
    RatePacer pacer;              // maxRequestsPerSecond and the rate learned from 429s
    std::vector<int> poolInFlight; // attempts on the wire per connection pool
    QTimer pumpTimer;
    ApiClientStats stats;
    enum class Blocked { No, Paused, Paced };
    Blocked blocked = Blocked::No; // why queued attempts wait, since blockedSince
    qint64 blockedSince = 0;

    // Retry-After longer than this pauses every new attempt; shorter is left to the pacing.
    static constexpr qint64 kPauseAllAboveMs = 1000;

    QUrl resolve(const QString &pathOrUrl) const
    {
        if (pathOrUrl.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || pathOrUrl.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
            return QUrl(pathOrUrl, QUrl::StrictMode);
        QString rel = pathOrUrl;
        while (rel.startsWith(QLatin1Char('/')))
            rel.remove(0, 1);
        return QUrl(baseUrl.toString() + QLatin1Char('/') + rel, QUrl::TolerantMode);
    }

    // Refusal before any I/O: plain http to a non-loopback host, or a URL (e.g. a Link header)
    // that would carry the token to a different origin than the base URL.
    std::optional<ApiError> refuse(const QUrl &url) const
    {
        QString why;
        if (!isAllowedBaseUrl(baseUrl, &why) || !isAllowedBaseUrl(url, &why)) {
        } else if (!sameOrigin(url, baseUrl)) {
            why = tr("%1 is not on the API host %2; the access token is only sent to the API host.")
                      .arg(url.host(), baseUrl.host());
        } else {
            return std::nullopt;
        }
        ApiError e;
        e.kind = ApiError::Kind::Insecure;
        e.message = why;
        return e;
    }

    void submit(const ApiRequestSpec &spec, ApiRequestJob::Done done)
    {
        if (auto refusal = refuse(spec.url)) {
            qCWarning(lcNetClient).noquote() << spec.verb << spec.url.path() << "refused:"
                                             << refusal->message;
            // Callbacks never run inside the call that started them.
            QTimer::singleShot(0, q, [done = std::move(done), e = *refusal] { done(e); });
            return;
        }
        auto *job = new ApiRequestJob(spec, token, trackingIds.next(), options, std::move(done), q);
        QObject::connect(job, &ApiRequestJob::attemptFinished, q,
                         [this](ApiRequestJob *, const ApiAttempt &a) { onAttempt(a); });
        QObject::connect(job, &ApiRequestJob::readyForRetry, q, [this](ApiRequestJob *j) {
            queue.push_front(j); // retries first: they are the oldest work
            pump();
        });
        QObject::connect(job, &ApiRequestJob::completed, q, [this](ApiRequestJob *j) {
            jobs.removeOne(j);
            j->deleteLater();
        });
        jobs.append(job);
        queue.push_back(job);
        // Start on the next event-loop turn: callers may queue several reads first, and a
        // callback never runs inside the call that started it.
        if (!pumpTimer.isActive())
            pumpTimer.start(0);
    }

    void block(Blocked why, qint64 now, qint64 waitMs)
    {
        if (blocked == Blocked::No) {
            blocked = why;
            blockedSince = now;
        }
        pumpTimer.start(int(std::clamp<qint64>(waitMs, 1, std::numeric_limits<int>::max())));
    }

    void unblock(qint64 now)
    {
        if (blocked == Blocked::Paused)
            stats.pausedMs += now - blockedSince;
        else if (blocked == Blocked::Paced)
            stats.pacedMs += now - blockedSince;
        blocked = Blocked::No;
    }

    // The least busy pool; plain http only (see ApiClientOptions::connectionPools).
    int choosePool(const ApiRequestJob *job) const
    {
        if (job->spec().url.scheme() != QLatin1String("http"))
            return 0;
        return int(std::min_element(poolInFlight.begin(), poolInFlight.end()) - poolInFlight.begin());
    }

    void pump()
    {
        const qint64 now = clock.elapsed();
        unblock(now);
        if (queue.empty())
            return;
        if (now < pausedUntil)
            return block(Blocked::Paused, now, pausedUntil - now);
        while (inFlight < std::max(1, options.maxConcurrentRequests) && !queue.empty()) {
            if (const qint64 wait = pacer.delayBeforeStart(now); wait > 0)
                return block(Blocked::Paced, now, wait);
            ApiRequestJob *job = queue.front();
            queue.pop_front();
            const int pool = choosePool(job);
            ++poolInFlight[size_t(pool)];
            ++inFlight;
            ++sent;
            stats.maxInFlight = std::max(stats.maxInFlight, inFlight);
            job->setToken(token); // the current one: it may have been refreshed since queuing
            job->startAttempt(nam, pool, pacer.recordStart(now));
        }
    }

    void attemptEnded(int pool)
    {
        --inFlight;
        if (pool >= 0 && size_t(pool) < poolInFlight.size())
            --poolInFlight[size_t(pool)];
    }

    void onAttempt(const ApiAttempt &a)
    {
        attemptEnded(a.pool);
        if (a.extensionsOffered >= 0)
            extensionsOffered = a.extensionsOffered;
        stats.attemptMs += a.elapsedMs;
        if (a.retryInMs >= 0)
            ++stats.retries;
        if (a.status == 429) {
            ++stats.rateLimited;
            const qint64 now = clock.elapsed();
            if (options.learnRateLimit && pacer.rateLimited(a.startId, now))
                qCInfo(lcNetClient).noquote()
                    << "rate limited: the server accepts about" << pacer.estimatedServerLimit()
                    << "requests/s; pacing at" << pacer.currentLimit() << "requests/s";
            if (a.pauseAllMs > kPauseAllAboveMs || (a.pauseAllMs > 0 && !options.learnRateLimit))
                pausedUntil = std::max(pausedUntil, now + a.pauseAllMs);
        }
        // Never the token or headers; the path without its query.
        if (a.failure.isEmpty())
            qCDebug(lcNetClient).noquote().nospace() << a.verb << ' ' << a.path << " -> " << a.status
                                                     << " tracking " << a.trackingId << ' '
                                                     << a.elapsedMs << " ms";
        else
            qCInfo(lcNetClient).noquote().nospace()
                << a.verb << ' ' << a.path << " -> " << a.status << ' ' << a.failure
                << " tracking " << a.trackingId << ' ' << a.elapsedMs << " ms"
                << (a.retryInMs >= 0 ? QStringLiteral(", retry in %1 ms").arg(a.retryInMs)
                                     : QStringLiteral(", giving up"));
        emit q->requestFinished(QString::fromLatin1(a.verb), a.path, a.status, a.trackingId,
                                a.elapsedMs);
        if (!pumpTimer.isActive())
            pumpTimer.start(0);
    }

    // JSON-object requests: the response body as an object (204/empty -> {}).
    void json(ApiRequestSpec spec, const JsonCallback &done)
    {
        spec.decode = [](const QJsonObject &object) { return ApiDecoded{object, {}}; };
        submit(spec, [done](const Result<ApiResponse> &r) {
            if (const auto *e = std::get_if<ApiError>(&r))
                return done(*e);
            const auto &decoded = std::get<ApiResponse>(r).decoded;
            const auto *object = std::any_cast<QJsonObject>(&decoded.value);
            done(object ? *object : QJsonObject());
        });
    }

    ApiRequestSpec get(const QString &pathOrUrl) const
    {
        ApiRequestSpec spec;
        spec.verb = "GET";
        spec.url = resolve(pathOrUrl);
        return spec;
    }

    // Pagination: follows Link rel="next" (absolute, as given). Each page's "items" are decoded
    // by `decodePage` on the worker (ApiRequestJob), which drops the page's JSON there; `onPage`
    // then gets the decoded page on this thread before the next page is asked for, so a long list
    // never sits in memory as JSON and its decoding never stalls this thread.
    using PageDecoder = std::function<ApiDecoded(const QJsonArray &items)>; // worker: pure
    using PageConsumer = std::function<void(std::any &&page)>;
    struct Pages
    {
        QSet<QUrl> seen;
        PageDecoder decodePage;
        PageConsumer onPage;
        EmptyCallback done;  // once: after the last page, or with the error that stopped the walk
        std::function<bool()> more; // optional: false ends the walk before the next page
        QString endpoint;
        int count = 0;       // pages read
    };

    void fetchPage(const std::shared_ptr<Pages> &pages, const QUrl &url)
    {
        ApiRequestSpec spec;
        spec.verb = "GET";
        spec.url = url;
        // Pages are read one after the other: this one is number count + 1.
        spec.decode = [decodePage = pages->decodePage,
                       number = pages->count + 1](const QJsonObject &o) {
            const QJsonValue items = o.value(QLatin1String("items"));
            if (!items.isArray())
                return ApiDecoded{{}, tr("\"items\" is missing or not an array")};
            ApiDecoded page = decodePage(items.toArray());
            if (!page.why.isEmpty() && number > 1)
                page.why = tr("page %1: %2").arg(number).arg(page.why);
            return page;
        };
        pages->seen.insert(url);
        submit(spec, [this, pages](Result<ApiResponse> &&r) {
            if (const auto *e = std::get_if<ApiError>(&r))
                return pages->done(*e);
            auto &response = std::get<ApiResponse>(r);
            ++pages->count;
            if (!response.decoded.why.isEmpty())
                return pages->done(malformed(pages->endpoint, response.decoded.why, response));
            // Moved on: the page's only copy, so its consumer may take its strings.
            pages->onPage(std::move(response.decoded.value));
            if (response.link.isEmpty())
                return pages->done(std::monostate{});
            const auto next = LinkHeader::find(response.link, "next");
            if (!next)
                return pages->done(malformed(pages->endpoint, tr("the Link header cannot be parsed"), response));
            if (next->isEmpty())
                return pages->done(std::monostate{});
            if (pages->seen.contains(*next))
                return pages->done(malformed(pages->endpoint, tr("the Link header points back to a page already read"), response));
            if (pages->more && !pages->more())
                return pages->done(std::monostate{});
            fetchPage(pages, *next);
        });
    }

    void walkPages(const QString &pathOrUrl, PageDecoder decodePage, PageConsumer onPage,
                   EmptyCallback done, std::function<bool()> more = {})
    {
        auto pages = std::make_shared<Pages>();
        pages->more = std::move(more);
        pages->decodePage = std::move(decodePage);
        pages->onPage = std::move(onPage);
        pages->done = std::move(done);
        const QUrl url = resolve(pathOrUrl);
        pages->endpoint = QStringLiteral("GET ") + url.path();
        fetchPage(pages, url);
    }

    // Every page's "items", concatenated.
    void allItems(const QString &pathOrUrl, std::function<void(const Result<QJsonArray> &)> done)
    {
        auto all = std::make_shared<QJsonArray>();
        walkPages(
            pathOrUrl, [](const QJsonArray &items) { return ApiDecoded{items, {}}; },
            [all](std::any &&page) {
                if (const auto *items = std::any_cast<QJsonArray>(&page)) {
                    for (const QJsonValue &v : *items)
                        all->append(v);
                }
            },
            [all, done = std::move(done)](const Result<std::monostate> &r) {
                if (const auto *e = std::get_if<ApiError>(&r))
                    return done(*e);
                done(*all);
            });
    }

    // Typed pages: every item through `parse` on the worker (a failure -> Malformed naming the
    // endpoint, the page and the item), each page handed over as soon as it is decoded.
    template <typename T, typename Parser>
    void typedPages(const QString &path, Parser parse, std::function<void(QList<T> &&)> onPage,
                    EmptyCallback done, std::function<bool()> more = {})
    {
        walkPages(
            path,
            [parse](const QJsonArray &items) {
                QString why;
                auto list = ApiJson::list<T>(items, parse, &why);
                if (!list)
                    return ApiDecoded{{}, why};
                return ApiDecoded{std::move(*list), {}};
            },
            [onPage = std::move(onPage)](std::any &&page) {
                if (auto *list = std::any_cast<QList<T>>(&page))
                    onPage(std::move(*list));
            },
            std::move(done), std::move(more));
    }

    // Typed list reads: every page, concatenated.
    template <typename T, typename Parser>
    void typedList(const QString &path, Parser parse, const Callback<QList<T>> &done)
    {
        auto all = std::make_shared<QList<T>>();
        typedPages<T>(
            path, parse, [all](QList<T> &&page) { all->append(std::move(page)); },
            [all, done](const Result<std::monostate> &r) {
                if (const auto *e = std::get_if<ApiError>(&r))
                    return done(*e);
                done(std::move(*all));
            });
    }

    // One JSON object decoded by `parse` on the worker.
    template <typename T, typename Parser>
    void typedObject(ApiRequestSpec spec, Parser parse, const Callback<T> &done)
    {
        const QString endpoint = QString::fromLatin1(spec.verb) + QLatin1Char(' ') + spec.url.path();
        spec.decode = [parse](const QJsonObject &object) {
            QString why;
            auto value = parse(object, &why);
            if (!value)
                return ApiDecoded{{}, why.isEmpty() ? QStringLiteral("unexpected content") : why};
            return ApiDecoded{std::move(*value), {}};
        };
        submit(spec, [done, endpoint](const Result<ApiResponse> &r) {
            if (const auto *e = std::get_if<ApiError>(&r))
                return done(*e);
            const auto &response = std::get<ApiResponse>(r);
            const auto *value = std::any_cast<T>(&response.decoded.value);
            if (!value)
                return done(malformed(endpoint, response.decoded.why, response));
            done(*value);
        });
    }

    // Page `index` (0-based) of a SCIM users read. The first one fixes the page size (the
    // server's cap: the length of a first page that is not the last) and asks for all the others.
    void scimUsersPage(const std::shared_ptr<ScimUsersRead> &read, qint64 index)
    {
        const qint64 startIndex = index * read->pageSize + 1;
        ApiRequestSpec spec;
        spec.verb = "GET";
        spec.url = QUrl(read->base
                            + QStringLiteral("?startIndex=%1&count=%2&attributes=userName,displayName,emails")
                                  .arg(startIndex)
                                  .arg(read->pageSize),
                        QUrl::TolerantMode);
        const QString endpoint = QStringLiteral("GET ") + spec.url.path();
        spec.decode = [prefix = read->prefix, index](const QJsonObject &o) {
            QString why;
            auto decoded = ScimUsersJson::page(o, prefix, &why);
            if (!decoded)
                return ApiDecoded{{}, index > 0 ? tr("page %1: %2").arg(index + 1).arg(why) : why};
            return ApiDecoded{std::move(*decoded), {}};
        };
        submit(spec, [this, read, index, endpoint](Result<ApiResponse> &&r) {
            if (read->finished)
                return;
            if (const auto *e = std::get_if<ApiError>(&r))
                return read->finish(*e);
            auto &response = std::get<ApiResponse>(r);
            auto *page = std::any_cast<ScimUsersJson::Page>(&response.decoded.value);
            if (!page)
                return read->finish(malformed(endpoint, response.decoded.why, response));
            const qint64 got = page->people.size();
            if (index == 0) {
                read->total = page->totalResults;
                if (got < read->total) {
                    if (got == 0)
                        return read->finish(malformed(
                            endpoint, tr("the first page is empty, of %1 users").arg(read->total),
                            response));
                    read->pageSize = got;
                }
                read->pages = got >= read->total
                    ? 1
                    : 1 + (read->total - got + read->pageSize - 1) / read->pageSize;
                requestMoreScimPages(read);
            } else {
                const qint64 from = index * read->pageSize + 1;
                const qint64 expected = std::min(read->pageSize, read->total - from + 1);
                if (page->totalResults != read->total)
                    return read->finish(malformed(
                        endpoint,
                        tr("the number of users changed from %1 to %2 while they were read")
                            .arg(read->total)
                            .arg(page->totalResults),
                        response));
                if (got != expected || page->startIndex != from)
                    return read->finish(malformed(
                        endpoint,
                        tr("page %1 has %2 users from %3; %4 from %5 were expected")
                            .arg(index + 1)
                            .arg(got)
                            .arg(page->startIndex)
                            .arg(expected)
                            .arg(from),
                        response));
            }
            // In order: this page now if it is the next one, else once its predecessors came.
            read->early.emplace(index, std::move(page->people));
            while (!read->finished && !read->early.empty()
                   && read->early.begin()->first == read->nextToDeliver) {
                QList<ApiPerson> people = std::move(read->early.begin()->second);
                read->early.erase(read->early.begin());
                ++read->nextToDeliver;
                read->page(std::move(people));
            }
            if (read->nextToDeliver == read->pages)
                read->finish(std::monostate{});
            else
                requestMoreScimPages(read);
        });
    }

    void requestMoreScimPages(const std::shared_ptr<ScimUsersRead> &read)
    {
        while (!read->finished && read->nextToRequest < read->pages
               && (read->window <= 0 || read->nextToRequest - read->nextToDeliver < read->window))
            scimUsersPage(read, read->nextToRequest++);
    }

    void empty(const ApiRequestSpec &spec, const EmptyCallback &done)
    {
        submit(spec, [done](const Result<ApiResponse> &r) {
            if (const auto *e = std::get_if<ApiError>(&r))
                return done(*e);
            done(std::monostate{});
        });
    }

    // An extension endpoint's path (core/ApiExtensions.h declares them).
    static QString extension(ApiExtensions::Endpoint e, const QString &orgId,
                             const QString &personId = {})
    {
        return ApiExtensions::relativePath(e, encodeSegment(orgId), encodeSegment(personId));
    }

    // A person the server listed without an id (ApiPerson::problem) cannot be acted on: refused
    // before sending (Malformed, status 0), so it is reported and never counted as done.
    template <typename Callback>
    bool refuseEmptyId(const QString &personId, const QString &endpoint, const Callback &done)
    {
        if (!personId.isEmpty())
            return false;
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.message = tr("%1: the server listed this person without an id; nothing was sent.")
                            .arg(endpoint);
        QTimer::singleShot(0, q, [done, error] { done(error); });
        return true;
    }

    // The last decisive answer's offer of the extension endpoints (ApiAttempt::extensionsOffered).
    int extensionsOffered = -1;

    // True, with `done` called later with NotFound, when the server's answers said it has no
    // extension endpoints: then none is sent (the real API, public-API-only mode).
    template <typename Callback>
    bool extensionAbsent(ApiExtensions::Endpoint e, const Callback &done)
    {
        if (extensionsOffered != 0)
            return false;
        ApiError error;
        error.kind = ApiError::Kind::NotFound;
        error.message = tr("%1 %2: the server does not offer the Control Hub extension.")
                            .arg(QLatin1String(ApiExtensions::declaration(e).method),
                                 QLatin1String(ApiExtensions::declaration(e).pathTemplate));
        QTimer::singleShot(0, q, [done, error] { done(error); });
        return true;
    }
};

ApiClient::ApiClient(QNetworkAccessManager *nam, const QUrl &baseUrl, const QString &token,
                     const ApiClientOptions &options, QObject *parent)
    : QObject(parent)
    , d(new Private(this, nam, baseUrl, token, options))
{
}

ApiClient::~ApiClient()
{
    // Pending callbacks are dropped, not called: their owners may already be half destroyed.
    const auto jobs = d->jobs;
    for (ApiRequestJob *job : jobs)
        job->drop();
    delete d;
}

QUrl ApiClient::baseUrl() const
{
    return d->baseUrl;
}

void ApiClient::setToken(const QString &token)
{
    d->token = token;
}

bool ApiClient::isAllowedBaseUrl(const QUrl &url, QString *why)
{
    const auto refuse = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(tr("\"%1\" is not a valid API URL.").arg(url.toDisplayString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return true;
    if (scheme == QLatin1String("http"))
        return refuse(tr("Refusing plain HTTP to %1: the access token would travel unencrypted. "
                         "Use https:// (plain http is only allowed on this computer, 127.0.0.1).")
                          .arg(url.host()));
    return refuse(tr("Unsupported URL scheme \"%1\": use https://.").arg(url.scheme()));
}

void ApiClient::getJson(const QString &pathOrUrl, const JsonCallback &done)
{
    d->json(d->get(pathOrUrl), done);
}

void ApiClient::getAllItems(const QString &pathOrUrl,
                            const std::function<void(const Result<QJsonArray> &)> &done)
{
    d->allItems(pathOrUrl, done);
}

void ApiClient::deleteResource(const QString &path, const EmptyCallback &done)
{
    ApiRequestSpec spec;
    spec.verb = "DELETE";
    spec.url = d->resolve(path);
    spec.expectJson = false;
    d->empty(spec, done);
}

void ApiClient::postJson(const QString &pathOrUrl, const QJsonObject &body, const JsonCallback &done)
{
    postJson(pathOrUrl, body, false, done);
}

void ApiClient::postJson(const QString &pathOrUrl, const QJsonObject &body, bool idempotent,
                         const JsonCallback &done)
{
    ApiRequestSpec spec;
    spec.verb = "POST";
    spec.url = d->resolve(pathOrUrl);
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.hasBody = true;
    spec.idempotent = idempotent;
    d->json(spec, done);
}

void ApiClient::me(const Callback<ApiPerson> &done)
{
    d->typedObject<ApiPerson>(d->get(QStringLiteral("people/me")), ApiJson::person, done);
}

void ApiClient::roles(const Callback<QList<ApiRole>> &done)
{
    d->typedList<ApiRole>(QStringLiteral("roles"), ApiJson::role, done);
}

void ApiClient::organizations(const Callback<QList<ApiOrganization>> &done)
{
    d->typedList<ApiOrganization>(QStringLiteral("organizations"), ApiJson::organization, done);
}

void ApiClient::organization(const QString &orgId, const Callback<ApiOrganization> &done)
{
    d->typedObject<ApiOrganization>(d->get(QStringLiteral("organizations/") + encodeSegment(orgId)),
                                    ApiJson::organization, done);
}

void ApiClient::people(int max, const Callback<QList<ApiPerson>> &done, const QString &orgId)
{
    QString path = QStringLiteral("people?max=%1").arg(std::max(1, max));
    if (!orgId.isEmpty())
        path += QStringLiteral("&orgId=") + encodeSegment(orgId);
    d->typedList<ApiPerson>(path, ApiJson::person, done);
}

void ApiClient::peoplePages(int max, const std::function<void(QList<ApiPerson> &&people)> &page,
                            const EmptyCallback &done, const QString &orgId,
                            const std::function<bool()> &more)
{
    QString path = QStringLiteral("people?max=%1").arg(std::max(1, max));
    if (!orgId.isEmpty())
        path += QStringLiteral("&orgId=") + encodeSegment(orgId);
    d->typedPages<ApiPerson>(path, ApiJson::person, page, done, more);
}

void ApiClient::scimUsersPages(const QString &orgId, int count,
                               const std::function<void(QList<ApiPerson> &&people)> &page,
                               const EmptyCallback &done, int window)
{
    auto read = std::make_shared<ScimUsersRead>();
    read->window = window;
    read->base = identityBaseUrl().toString() + QStringLiteral("/identity/scim/")
        + encodeSegment(WebexId::toUuid(orgId)) + QStringLiteral("/v2/Users");
    read->prefix = ScimUsersJson::personIdPrefix(orgId);
    read->page = page;
    read->done = done;
    read->pageSize = std::max(1, count);
    d->scimUsersPage(read, 0);
}

void ApiClient::person(const QString &personId, const Callback<ApiPerson> &done)
{
    d->typedObject<ApiPerson>(d->get(QStringLiteral("people/") + encodeSegment(personId)),
                              ApiJson::person, done);
}

void ApiClient::licenses(const Callback<QList<ApiLicense>> &done, const QString &orgId)
{
    const QString path = orgId.isEmpty() ? QStringLiteral("licenses")
                                         : QStringLiteral("licenses?orgId=") + encodeSegment(orgId);
    d->typedList<ApiLicense>(path, ApiJson::license, done);
}

void ApiClient::controlHubSubscriptions(const QString &orgId, const Callback<QList<Subscription>> &done)
{
    if (d->extensionAbsent(ApiExtensions::Endpoint::Subscriptions, done))
        return;
    d->typedList<Subscription>(Private::extension(ApiExtensions::Endpoint::Subscriptions, orgId),
                               ApiJson::subscription, done);
}

void ApiClient::controlHubLinkedSites(const QString &orgId, const Callback<QStringList> &done)
{
    if (d->extensionAbsent(ApiExtensions::Endpoint::LinkedSites, done))
        return;
    const QString path = Private::extension(ApiExtensions::Endpoint::LinkedSites, orgId);
    const QString endpoint = QStringLiteral("GET ") + d->resolve(path).path();
    d->allItems(path, [done, endpoint](const Result<QJsonArray> &r) {
        if (const auto *e = std::get_if<ApiError>(&r))
            return done(*e);
        QString why;
        const auto sites = ApiJson::stringField(std::get<QJsonArray>(r), QStringLiteral("siteUrl"), &why);
        if (!sites)
            return done(malformed(endpoint, why, {}));
        done(*sites);
    });
}

void ApiClient::controlHubDirectorySync(const QString &orgId, const Callback<bool> &done)
{
    const auto parse = [](const QJsonObject &o, QString *why) -> std::optional<bool> {
        const QJsonValue v = o.value(QLatin1String("enabled"));
        if (!v.isBool()) {
            *why = QStringLiteral("enabled: missing or not a boolean");
            return std::nullopt;
        }
        return v.toBool();
    };
    if (d->extensionAbsent(ApiExtensions::Endpoint::DirectorySync, done))
        return;
    d->typedObject<bool>(d->get(Private::extension(ApiExtensions::Endpoint::DirectorySync, orgId)), parse, done);
}

void ApiClient::controlHubManagedBy(const QString &orgId, const Callback<QStringList> &done)
{
    if (d->extensionAbsent(ApiExtensions::Endpoint::ManagedBy, done))
        return;
    const QString path = Private::extension(ApiExtensions::Endpoint::ManagedBy, orgId);
    const QString endpoint = QStringLiteral("GET ") + d->resolve(path).path();
    d->allItems(path, [done, endpoint](const Result<QJsonArray> &r) {
        if (const auto *e = std::get_if<ApiError>(&r))
            return done(*e);
        QString why;
        const auto names = ApiJson::stringField(std::get<QJsonArray>(r), QStringLiteral("displayName"), &why);
        if (!names)
            return done(malformed(endpoint, why, {}));
        done(*names);
    });
}

void ApiClient::controlHubManagedOrgs(const QString &orgId, const Callback<QStringList> &done)
{
    if (d->extensionAbsent(ApiExtensions::Endpoint::ManagedOrgs, done))
        return;
    const QString path = Private::extension(ApiExtensions::Endpoint::ManagedOrgs, orgId);
    const QString endpoint = QStringLiteral("GET ") + d->resolve(path).path();
    d->allItems(path, [done, endpoint](const Result<QJsonArray> &r) {
        if (const auto *e = std::get_if<ApiError>(&r))
            return done(*e);
        QString why;
        const auto names = ApiJson::stringField(std::get<QJsonArray>(r), QStringLiteral("displayName"), &why);
        if (!names)
            return done(malformed(endpoint, why, {}));
        done(*names);
    });
}

void ApiClient::deletePerson(const QString &personId, const EmptyCallback &done)
{
    if (d->refuseEmptyId(personId, QStringLiteral("DELETE /v1/people/{personId}"), done))
        return;
    deleteResource(QStringLiteral("people/") + encodeSegment(personId), done);
}

void ApiClient::convertPerson(const QString &orgId, const QString &personId,
                              const Callback<ConvertResult> &done)
{
    if (d->extensionAbsent(ApiExtensions::Endpoint::Convert, done))
        return;
    if (d->refuseEmptyId(personId, QLatin1String(ApiExtensions::declaration(
                                       ApiExtensions::Endpoint::Convert).pathTemplate), done))
        return;
    ApiRequestSpec spec;
    spec.verb = "POST";
    spec.url = d->resolve(Private::extension(ApiExtensions::Endpoint::Convert, orgId, personId));
    spec.body = "{}";
    spec.hasBody = true;
    spec.idempotent = true; // the server answers a repeat with alreadyConverted
    d->typedObject<ConvertResult>(spec, ApiJson::convertResult, done);
}

void ApiClient::scimBulkDelete(const QString &orgUuid, const QStringList &userUuids,
                               const Callback<ScimBulkResult> &done)
{
    if (userUuids.size() > kMaxScimBulkOperations) {
        ApiError e;
        e.kind = ApiError::Kind::Malformed;
        e.message = tr("SCIM Bulk: %1 operations requested; at most %2 per request.")
                        .arg(userUuids.size())
                        .arg(kMaxScimBulkOperations);
        QTimer::singleShot(0, this, [done, e] { done(e); });
        return;
    }
    QJsonArray operations;
    for (const QString &uuid : userUuids) {
        const QString bare = WebexId::toUuid(uuid);
        QJsonObject op;
        op.insert(QStringLiteral("method"), QStringLiteral("DELETE"));
        op.insert(QStringLiteral("path"), QString(QStringLiteral("/Users/") + bare));
        op.insert(QStringLiteral("bulkId"), bare);
        operations.append(op);
    }
    // Spelled as Cisco's schema (BulkUser) spells it: "operations", and "failOnErrors" (required
    // there, 1..100) at its maximum, so a 404 for a user already gone never ends the request.
    QJsonObject body;
    body.insert(QStringLiteral("schemas"),
                QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest")});
    body.insert(QStringLiteral("failOnErrors"), kMaxScimBulkOperations);
    body.insert(QStringLiteral("operations"), operations);
    ApiRequestSpec spec;
    spec.verb = "POST";
    spec.url = QUrl(identityBaseUrl().toString() + QStringLiteral("/identity/scim/")
                        + encodeSegment(WebexId::toUuid(orgUuid)) + QStringLiteral("/v2/Bulk"),
                    QUrl::TolerantMode);
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.hasBody = true;
    // Not resent on a lost answer (reset, timeout, 5xx): the deletions may have happened, and the
    // caller re-reads which users still exist before it sends anything again. 429/423/503 (which
    // change nothing) are still retried.
    spec.idempotent = false;
    d->typedObject<ScimBulkResult>(spec, ScimBulkAnswer::parse, done);
}

void ApiClient::deleteOrganization(const QString &orgId, const EmptyCallback &done)
{
    ApiRequestSpec spec;
    spec.verb = "DELETE";
    spec.url = d->resolve(QStringLiteral("organizations/") + encodeSegment(orgId));
    spec.expectJson = false;
    // A second DELETE answers 404 once the first was accepted: after an ambiguous failure the
    // caller polls organization() instead of blindly retrying.
    spec.idempotent = false;
    d->empty(spec, done);
}

QUrl ApiClient::identityBaseUrl() const
{
    QUrl url = d->baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1String("/v1")))
        path.chop(3);
    url.setPath(path);
    return url;
}

int ApiClient::requestsSent() const
{
    return d->sent;
}

int ApiClient::pendingRequests() const
{
    return int(d->jobs.size());
}

ApiClientStats ApiClient::stats() const
{
    ApiClientStats s = d->stats;
    s.attempts = d->sent;
    s.pacingPerSecond = d->pacer.currentLimit();
    s.estimatedServerPerSecond = d->pacer.estimatedServerLimit();
    return s;
}

void ApiClient::cancelAll()
{
    // Callbacks run synchronously, here: when cancelAll() returns nothing of before is pending.
    // New requests a callback starts are not cancelled.
    const auto jobs = d->jobs;
    d->jobs.clear();
    d->queue.clear();
    for (ApiRequestJob *job : jobs) {
        if (job->isAttemptRunning())
            d->attemptEnded(job->attemptPool());
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
}

} // namespace wod::net
