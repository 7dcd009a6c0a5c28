#include "FaultInjector.h"

namespace wod::sandbox {

FaultInjector::FaultInjector(const FaultConfig &config)
{
    setConfig(config);
}

void FaultInjector::setConfig(const FaultConfig &config)
{
    m_config = config;
    m_rng.seed(config.seed);
    m_window.clear();
    m_forcedConflictsLeft = config.conflictAtDelete.isEmpty() ? 0 : config.conflictAtDeleteTimes;
    m_lostBulkAnswersLeft = config.scimBulkLostAnswers;
}

FaultDecision FaultInjector::decide(qint64 nowMs)
{
    const FaultConfig &c = m_config;
    // Always the same draws in the same order, whatever is enabled: request n's fate depends only
    // on the seed and n.
    const double jitter = m_rng.generateDouble();
    const double reset = m_rng.generateDouble();
    const double stall = m_rng.generateDouble();
    const double error = m_rng.generateDouble();
    const double malformed = m_rng.generateDouble();
    const double truncated = m_rng.generateDouble();
    const double afterEffect = m_rng.generateDouble();
    const quint32 errorPick = m_rng.bounded(3u);

    FaultDecision d;
    d.delayMs = c.latencyMs + int(jitter * (c.jitterMs + 1)); // uniform in [0, jitterMs]

    if (c.rateLimitPerSecond > 0) {
        while (!m_window.empty() && nowMs - m_window.front() >= 1000)
            m_window.pop_front();
        if (qsizetype(m_window.size()) >= c.rateLimitPerSecond) {
            d.kind = FaultKind::RateLimited;
            const qint64 waitMs = 1000 - (nowMs - m_window.front());
            d.retryAfterSeconds = int(qMax<qint64>(1, (waitMs + 999) / 1000));
            return d;
        }
        m_window.push_back(nowMs);
    }
    if (reset < c.resetRate) {
        d.kind = FaultKind::Reset;
    } else if (stall < c.stallRate) {
        d.kind = FaultKind::Stall;
        d.delayMs = c.stallMs;
    } else if (error < c.errorRate) {
        d.kind = FaultKind::ServerError;
        static constexpr int kStatuses[] = {500, 502, 503};
        d.status = kStatuses[errorPick];
    } else if (malformed < c.malformedRate) {
        d.kind = FaultKind::Malformed;
    } else if (truncated < c.truncatedRate) {
        d.kind = FaultKind::Truncated;
    } else if (afterEffect < c.resetAfterEffectRate) {
        d.kind = FaultKind::ResetAfterEffect;
    }
    return d;
}

bool FaultInjector::takeForcedConflict()
{
    if (m_forcedConflictsLeft <= 0)
        return false;
    --m_forcedConflictsLeft;
    return true;
}

bool FaultInjector::takeLostBulkAnswer()
{
    if (m_lostBulkAnswersLeft <= 0)
        return false;
    --m_lostBulkAnswersLeft;
    return true;
}

} // namespace wod::sandbox
