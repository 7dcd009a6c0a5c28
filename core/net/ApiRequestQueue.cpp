#include "ApiRequestQueue.h"

#include "NetLogging.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>

namespace wod::net {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wod::net::ApiClient", text);
}

// Same scheme, host and port: the only places the token may be sent besides the base URL itself.
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

int poolCount(const ApiClientOptions &o)
{
    constexpr int kConnectionsPerPool = 6; // QNetworkAccessManager's HTTP/1.1 limit per host
    if (o.connectionPools > 0)
        return o.connectionPools;
    return std::max(1, (o.maxConcurrentRequests + kConnectionsPerPool - 1) / kConnectionsPerPool);
}

} // namespace

ApiRequestQueue::ApiRequestQueue(ApiClient *client, QNetworkAccessManager *nam,
                                 const QUrl &baseUrl, const QString &token,
                                 const ApiClientOptions &options)
    : q(client), m_nam(nam), m_baseUrl(baseUrl), m_token(token), m_options(options)
    , m_pacer(options.maxRequestsPerSecond)
    , m_poolInFlight(size_t(poolCount(options)), 0)
{
    m_clock.start();
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setTimerType(Qt::PreciseTimer); // pacing waits are a few ms
    QObject::connect(&m_pumpTimer, &QTimer::timeout, q, [this] { pump(); });
    // Normalise: no trailing slash, so "base + '/' + path" never doubles it.
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_baseUrl.setPath(path);
}

QUrl ApiRequestQueue::resolve(const QString &pathOrUrl) const
{
    if (pathOrUrl.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || pathOrUrl.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return QUrl(pathOrUrl, QUrl::StrictMode);
    QString rel = pathOrUrl;
    while (rel.startsWith(QLatin1Char('/')))
        rel.remove(0, 1);
    return QUrl(m_baseUrl.toString() + QLatin1Char('/') + rel, QUrl::TolerantMode);
}

// Refusal before any I/O: plain http to a non-loopback host, or a URL (e.g. a Link header) that
// would carry the token to a different origin than the base URL.
std::optional<ApiError> ApiRequestQueue::refuse(const QUrl &url) const
{
    QString why;
    if (!ApiClient::isAllowedBaseUrl(m_baseUrl, &why) || !ApiClient::isAllowedBaseUrl(url, &why)) {
    } else if (!sameOrigin(url, m_baseUrl)) {
        why = tr("%1 is not on the API host %2; the access token is only sent to the API host.")
                  .arg(url.host(), m_baseUrl.host());
    } else {
        return std::nullopt;
    }
    ApiError e;
    e.kind = ApiError::Kind::Insecure;
    e.message = why;
    return e;
}

void ApiRequestQueue::submit(const ApiRequestSpec &spec, ApiRequestJob::Done done)
{
    if (auto refusal = refuse(spec.url)) {
        qCWarning(lcNetClient).noquote() << spec.verb << spec.url.path() << "refused:"
                                         << refusal->message;
        // Callbacks never run inside the call that started them.
        QTimer::singleShot(0, q, [done = std::move(done), e = *refusal] { done(e); });
        return;
    }
    auto *job =
        new ApiRequestJob(spec, m_token, m_trackingIds.next(), m_options, std::move(done), q);
    QObject::connect(job, &ApiRequestJob::attemptFinished, q,
                     [this](ApiRequestJob *, const ApiAttempt &a) { onAttempt(a); });
    QObject::connect(job, &ApiRequestJob::readyForRetry, q, [this](ApiRequestJob *j) {
        m_queue.push_front(j); // retries first: they are the oldest work
        pump();
    });
    QObject::connect(job, &ApiRequestJob::completed, q, [this](ApiRequestJob *j) {
        m_jobs.removeOne(j);
        j->deleteLater();
    });
    m_jobs.append(job);
    m_queue.push_back(job);
    // Start on the next event-loop turn: callers may queue several reads first, and a callback
    // never runs inside the call that started it.
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start(0);
}

void ApiRequestQueue::block(Blocked why, qint64 now, qint64 waitMs)
{
    if (m_blocked == Blocked::No) {
        m_blocked = why;
        m_blockedSince = now;
    }
    m_pumpTimer.start(int(std::clamp<qint64>(waitMs, 1, std::numeric_limits<int>::max())));
}

void ApiRequestQueue::unblock(qint64 now)
{
    if (m_blocked == Blocked::Paused)
        m_stats.pausedMs += now - m_blockedSince;
    else if (m_blocked == Blocked::Paced)
        m_stats.pacedMs += now - m_blockedSince;
    m_blocked = Blocked::No;
}

// The least busy pool; plain http only (see ApiClientOptions::connectionPools).
int ApiRequestQueue::choosePool(const ApiRequestJob *job) const
{
    if (job->spec().url.scheme() != QLatin1String("http"))
        return 0;
    return int(std::min_element(m_poolInFlight.begin(), m_poolInFlight.end())
               - m_poolInFlight.begin());
}

void ApiRequestQueue::pump()
{
    const qint64 now = m_clock.elapsed();
    unblock(now);
    if (m_queue.empty())
        return;
    if (now < m_pausedUntil)
        return block(Blocked::Paused, now, m_pausedUntil - now);
    while (m_inFlight < std::max(1, m_options.maxConcurrentRequests) && !m_queue.empty()) {
        if (const qint64 wait = m_pacer.delayBeforeStart(now); wait > 0)
            return block(Blocked::Paced, now, wait);
        ApiRequestJob *job = m_queue.front();
        m_queue.pop_front();
        const int pool = choosePool(job);
        ++m_poolInFlight[size_t(pool)];
        ++m_inFlight;
        ++m_sent;
        m_stats.maxInFlight = std::max(m_stats.maxInFlight, m_inFlight);
        job->setToken(m_token); // the current one: it may have been refreshed since queuing
        job->startAttempt(m_nam, pool, m_pacer.recordStart(now));
    }
}

void ApiRequestQueue::attemptEnded(int pool)
{
    --m_inFlight;
    if (pool >= 0 && size_t(pool) < m_poolInFlight.size())
        --m_poolInFlight[size_t(pool)];
}

void ApiRequestQueue::onAttempt(const ApiAttempt &a)
{
    attemptEnded(a.pool);
    if (a.extensionsOffered >= 0)
        m_extensionsOffered = a.extensionsOffered;
    m_stats.attemptMs += a.elapsedMs;
    if (a.retryInMs >= 0)
        ++m_stats.retries;
    if (a.status == 429) {
        ++m_stats.rateLimited;
        const qint64 now = m_clock.elapsed();
        if (m_options.learnRateLimit && m_pacer.rateLimited(a.startId, now))
            qCInfo(lcNetClient).noquote()
                << "rate limited: the server accepts about" << m_pacer.estimatedServerLimit()
                << "requests/s; pacing at" << m_pacer.currentLimit() << "requests/s";
        if (a.pauseAllMs > kPauseAllAboveMs || (a.pauseAllMs > 0 && !m_options.learnRateLimit))
            m_pausedUntil = std::max(m_pausedUntil, now + a.pauseAllMs);
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
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start(0);
}

ApiClientStats ApiRequestQueue::stats() const
{
    ApiClientStats s = m_stats;
    s.attempts = m_sent;
    s.pacingPerSecond = m_pacer.currentLimit();
    s.estimatedServerPerSecond = m_pacer.estimatedServerLimit();
    return s;
}

void ApiRequestQueue::cancelAll()
{
    // Callbacks run synchronously, here: when cancelAll() returns nothing of before is pending.
    // New requests a callback starts are not cancelled.
    const auto jobs = m_jobs;
    m_jobs.clear();
    m_queue.clear();
    for (ApiRequestJob *job : jobs) {
        if (job->isAttemptRunning())
            attemptEnded(job->attemptPool());
        job->disconnect(q);
        job->cancel();
        job->deleteLater();
    }
}

void ApiRequestQueue::dropAll()
{
    // Pending callbacks are dropped, not called: their owners may already be half destroyed.
    const auto jobs = m_jobs;
    for (ApiRequestJob *job : jobs)
        job->drop();
}

} // namespace wod::net
