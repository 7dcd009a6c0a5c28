#pragma once
// One logical HTTP request of ApiClient and its attempts. Private to the network layer.
//
// The client decides when an attempt may start (concurrency cap, Retry-After pause, pacing) and
// calls startAttempt(); the job sends it, enforces the inactivity timeout, classifies the answer
// and then either finishes (completed(), then the callback) or waits its retry delay and asks for
// a slot again (readyForRetry()). Owned by the ApiClient; lives on its thread.

#include "ApiClient.h"
#include "RetryPolicy.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace wod::net {

struct ApiRequestSpec
{
    QByteArray verb; // GET, DELETE, POST
    QUrl url;
    QByteArray body;         // sent when hasBody
    bool hasBody = false;
    bool idempotent = true;  // retry on 5xx, timeouts, resets, truncated or non-JSON bodies
    bool expectJson = true;  // a 2xx other than 204 must carry a JSON object; when false it may
                             // be empty or any JSON, but a non-empty non-JSON body is Malformed
};

struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QByteArray link;    // the Link header, for pagination
    QString trackingId; // the server's (TrackingID header), else ours
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
};

class ApiRequestJob : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<ApiResponse> &)>;

    ApiRequestJob(const ApiRequestSpec &spec, const QString &token, const QString &trackingId,
                  const ApiClientOptions &options, Done done, QObject *parent = nullptr);
    ~ApiRequestJob() override;

    // Sends an attempt through `nam`. `pool` > 0 picks a separate HTTP/1.1 connection pool of
    // that access manager (plain http only; see ApiClientOptions::connectionPools); `startId` is
    // echoed in the ApiAttempt.
    void startAttempt(QNetworkAccessManager *nam, int pool = 0, quint64 startId = 0);
    int attemptPool() const { return m_pool; }
    bool isAttemptRunning() const { return !m_reply.isNull(); }
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
    void onReplyFinished();
    void finish(const Result<ApiResponse> &result);
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
