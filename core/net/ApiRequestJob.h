#pragma once
// One logical HTTP request of ApiClient and its attempts. Private to the network layer.
//
// The client decides when an attempt may start (concurrency cap, Retry-After pause, pacing) and
// calls startAttempt(); the job sends it, enforces the inactivity timeout, classifies the answer
// and then either finishes (completed(), then the callback) or waits its retry delay and asks for
// a slot again (readyForRetry()). Owned by the ApiClient; lives on its thread.
//
// A 2xx body is parsed (and decoded, with spec().decode) on the BackgroundTask worker, not on the
// job's thread: a large answer (a /people page, a SCIM Bulk answer) never stalls the UI. The
// attempt counts as running until that is done; then it is classified as before (a body that is
// not JSON is retried like any garbled answer). cancel(), drop() and destroying the job abandon
// a decode in flight: its result is dropped, the callback is not called with it.

#include "ApiClient.h"
#include "RetryPolicy.h"

#include <QElapsedTimer>
#include <QFutureWatcherBase>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <any>

namespace wod::net {

// What a decoder made of a 2xx answer's JSON object: the typed value, or why the body does not
// match the API (the caller's Malformed error; not retried by the job: the JSON itself was fine).
struct ApiDecoded
{
    std::any value;
    QString why; // non-empty: no value
};
// Turns a 2xx answer's JSON object into a typed value. Runs on the network layer's worker thread
// (BackgroundTask): it must be a pure function of its argument and of what it captured by value.
using ApiDecoder = std::function<ApiDecoded(const QJsonObject &object)>;

struct ApiRequestSpec
{
    QByteArray verb; // GET, DELETE, POST
    QUrl url;
    QByteArray body;         // sent when hasBody
    bool hasBody = false;
    bool idempotent = true;  // retry on 5xx, timeouts, resets, truncated or non-JSON bodies
    bool expectJson = true;  // a 2xx other than 204 must carry a JSON object; when false it may
                             // be empty or any JSON, but a non-empty non-JSON body is Malformed
    ApiDecoder decode;       // optional: also decode the JSON object (ApiResponse::decoded)
};

struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QByteArray link;    // the Link header, for pagination
    QString trackingId; // the server's (TrackingID header), else ours
    ApiDecoded decoded; // the spec's decoder's result (empty without one, or without a body)
};

// What one attempt ended with, for the client's bookkeeping and the requestFinished signal.
struct ApiAttempt
{
    QByteArray verb;
    QString path; // without the query
    int status = 0;
    QString trackingId;
    qint64 elapsedMs = 0;
    qint64 pauseAllMs = 0;  // > 0: a 429 asked every request to wait this long
    qint64 retryInMs = -1;  // >= 0: this request retries after that delay
    quint64 startId = 0;    // the client's id of this attempt's start (its RatePacer)
    int pool = 0;           // the connection pool it used
    QString failure;        // for the log: why the attempt failed (no secrets)
    // The server's offer of the extension endpoints (ApiExtensions::kOfferHeader): 1 offered,
    // 0 a 2xx answer without it, -1 no telling (no answer, or an error answer without it).
    int extensionsOffered = -1;
};

class ApiRequestJob : public QObject
{
    Q_OBJECT
public:
    // Called once with the result, which it may move from (a decoded page is handed on).
    using Done = std::function<void(Result<ApiResponse> &&)>;

    ApiRequestJob(const ApiRequestSpec &spec, const QString &token, const QString &trackingId,
                  const ApiClientOptions &options, Done done, QObject *parent = nullptr);
    ~ApiRequestJob() override;

    // Sends an attempt through `nam`. `pool` > 0 picks a separate HTTP/1.1 connection pool of
    // that access manager (plain http only; see ApiClientOptions::connectionPools); `startId` is
    // echoed in the ApiAttempt.
    void startAttempt(QNetworkAccessManager *nam, int pool = 0, quint64 startId = 0);
    // The token of the next attempts. The client sets its current one before each attempt, so a
    // job that queued or waited to retry across a token refresh does not send the retired one.
    void setToken(const QString &token) { m_token = token; }
    int attemptPool() const { return m_pool; }
    // On the wire, or its answer still being decoded.
    bool isAttemptRunning() const { return !m_reply.isNull() || !m_decoding.isNull(); }
    // Aborts and delivers Kind::Cancelled to the callback (synchronously).
    void cancel();
    // Aborts without calling back (the client is going away).
    void drop();

    const ApiRequestSpec &spec() const { return m_spec; }
    QString endpoint() const; // "GET /v1/people", for messages

signals:
    void attemptFinished(wod::net::ApiRequestJob *job, const wod::net::ApiAttempt &attempt);
    void readyForRetry(wod::net::ApiRequestJob *job);
    void completed(wod::net::ApiRequestJob *job);

private:
    // How a failed attempt may be retried.
    struct RetryRule
    {
        bool transient = false;   // retry if idempotent and the budget allows
        bool alwaysRetry = false; // retry whatever the method (the server did not process it)
        qint64 forcedDelay = -1;  // Retry-After
        bool rateLimited = false; // 429/423: separate budget
    };
    struct BodyCheck;
    // Parses (and decodes) a 2xx body; runs on the worker, touching only its arguments.
    static BodyCheck checkBody(const QByteArray &body, bool expectJson, const ApiDecoder &decode);

    void onReplyFinished();
    void onBodyChecked(ApiAttempt attempt, ApiResponse response, const BodyCheck &check,
                       const QString &headerTracking);
    // Ends the attempt: success (error empty) finishes, a failure retries or finishes.
    void settle(ApiAttempt attempt, const std::optional<ApiError> &error, const RetryRule &rule,
                const ApiResponse &response);
    void finish(Result<ApiResponse> result);
    void abortReply();
    ApiError makeError(ApiError::Kind kind, int status, const QString &message,
                       const QByteArray &body, const QString &headerTrackingId) const;

    ApiRequestSpec m_spec;
    QString m_token;
    QString m_trackingId;
    ApiClientOptions m_options;
    RetryPolicy m_retry;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QPointer<QFutureWatcherBase> m_decoding; // the answer's body check on the worker
    QTimer m_timeout;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    bool m_timedOut = false;
    int m_transientRetries = 0;
    int m_rateLimitRetries = 0;
    int m_pool = 0;
    quint64 m_startId = 0;
};

} // namespace wod::net
