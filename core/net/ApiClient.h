#pragma once
// The typed Webex REST client: one job per HTTP call over a shared base that owns the per-request
// timeout, bounded retries (backoff with jitter for 5xx, timeouts and resets; Retry-After honoured
// on 429, 423 and 503), pagination by Link rel="next", a TrackingID header on every request
// (logged; the token never is), and cancellation.
//
// Lives in the thread that created it; all calls are asynchronous and report through callbacks
// or signals on that thread. Base URL and token are injected; HTTPS is required except for
// loopback hosts (127.0.0.0/8, ::1, localhost).
//
// Implemented by the network layer; see ApiClient.cpp for the endpoint methods.

#include "ApiError.h"

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
    int maxConcurrentRequests = 16;
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

    // Aborts every pending request; their callbacks receive ApiError::Kind::Cancelled.
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
