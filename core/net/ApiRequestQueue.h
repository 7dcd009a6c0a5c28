#pragma once
// The ApiClient's request pool: every HTTP call of the client goes through submit(), which
// refuses a URL the token must not travel to (before any I/O), creates the ApiRequestJob and
// queues it. Attempts start when a slot is free (maxConcurrentRequests), no Retry-After pause of
// everyone is running and the RatePacer allows (a fixed cap and the rate learned from 429s);
// retries go first, attempts go to the least busy HTTP/1.1 connection pool. Every attempt is
// logged (never the token, the path without its query) and reported through
// ApiClient::requestFinished. Private to the network layer; lives on the client's thread, with
// the client as the context of its timers and connections.

#include "ApiClient.h"
#include "ApiRequestJob.h"
#include "RatePacer.h"
#include "TrackingId.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <deque>
#include <optional>
#include <vector>

namespace wod::net {

class ApiRequestQueue
{
public:
    ApiRequestQueue(ApiClient *client, QNetworkAccessManager *nam, const QUrl &baseUrl,
                    const QString &token, const ApiClientOptions &options);

    // The base URL without a trailing slash.
    const QUrl &baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    // A path relative to the base URL ("people/me") or an absolute URL (a Link next), as a URL.
    QUrl resolve(const QString &pathOrUrl) const;

    // Sends `spec` (queued; never started inside this call); `done` runs once, later, with the
    // answer or the error. A refused URL (ApiError::Kind::Insecure) sends nothing.
    void submit(const ApiRequestSpec &spec, ApiRequestJob::Done done);

    // The last decisive answer's offer of the extension endpoints (ApiAttempt::extensionsOffered):
    // 1 offered, 0 not, -1 no answer yet.
    int extensionsOffered() const { return m_extensionsOffered; }

    int requestsSent() const { return m_sent; }
    int pendingRequests() const { return int(m_jobs.size()); }
    ApiClientStats stats() const;

    // Every pending job's callback gets Kind::Cancelled, inside this call.
    void cancelAll();
    // Every pending job is dropped without calling back (the client is going away).
    void dropAll();

private:
    enum class Blocked { No, Paused, Paced };

    std::optional<ApiError> refuse(const QUrl &url) const;
    void block(Blocked why, qint64 now, qint64 waitMs);
    void unblock(qint64 now);
    int choosePool(const ApiRequestJob *job) const;
    void pump();
    void attemptEnded(int pool);
    void onAttempt(const ApiAttempt &a);

    // Retry-After longer than this pauses every new attempt; shorter is left to the pacing.
    static constexpr qint64 kPauseAllAboveMs = 1000;

    ApiClient *q;
    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_token;
    ApiClientOptions m_options;
    TrackingId m_trackingIds;
    QList<ApiRequestJob *> m_jobs;       // alive: queued, running or waiting to retry
    std::deque<ApiRequestJob *> m_queue; // waiting for a slot
    int m_inFlight = 0;
    int m_sent = 0;
    QElapsedTimer m_clock;
    qint64 m_pausedUntil = 0;            // a long Retry-After of a 429: no attempt starts before
    RatePacer m_pacer;                   // maxRequestsPerSecond and the rate learned from 429s
    std::vector<int> m_poolInFlight;     // attempts on the wire per connection pool
    QTimer m_pumpTimer;
    ApiClientStats m_stats;
    Blocked m_blocked = Blocked::No;     // why queued attempts wait, since m_blockedSince
    qint64 m_blockedSince = 0;
    int m_extensionsOffered = -1;
};

} // namespace wod::net
