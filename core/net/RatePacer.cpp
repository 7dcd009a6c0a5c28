#include "RatePacer.h"

#include <algorithm>

namespace wod::net {

RatePacer::RatePacer(int fixedPerSecond)
    : m_fixed(std::max(0, fixedPerSecond))
{
}

int RatePacer::currentLimit() const
{
    if (m_fixed > 0 && m_learned > 0)
        return std::min(m_fixed, m_learned);
    return std::max(m_fixed, m_learned);
}

void RatePacer::prune(qint64 nowMs)
{
    // Two windows: a 429 answered now is about an attempt started up to a window ago, and its
    // estimate looks one window further back.
    while (!m_starts.empty() && m_starts.front().at <= nowMs - 2 * kWindowMs)
        m_starts.pop_front();
}

void RatePacer::recover(qint64 nowMs)
{
    if (m_learned <= 0)
        return;
    while (nowMs - m_lastChangeAt >= kWindowMs) {
        m_lastChangeAt += kWindowMs;
        m_learned += std::max(1, int(m_learned * kRecoveryStep));
        if (m_learned >= qint64(kForgetAbove) * std::max(1, m_estimate)) {
            // Long without a 429: whatever limit was learned no longer says anything (and the
            // rate must not grow without bound).
            m_learned = 0;
            m_estimate = 0;
            return;
        }
    }
}

RatePacer::Start *RatePacer::find(quint64 id)
{
    // Ids are consecutive in m_starts (only the oldest are ever removed).
    if (m_starts.empty() || id < m_starts.front().id || id > m_starts.back().id)
        return nullptr;
    return &m_starts.at(size_t(id - m_starts.front().id));
}

qint64 RatePacer::delayBeforeStart(qint64 nowMs)
{
    recover(nowMs);
    prune(nowMs);
    const int limit = currentLimit();
    if (limit <= 0)
        return 0;
    // Attempts the server answered 429 did not use its quota: they do not count.
    int counted = 0;
    for (auto it = m_starts.crbegin(); it != m_starts.crend() && it->at > nowMs - kWindowMs; ++it) {
        if (it->limited)
            continue;
        if (++counted == limit)
            return std::max<qint64>(1, it->at + kWindowMs - nowMs); // when it leaves the window
    }
    return 0;
}

quint64 RatePacer::recordStart(qint64 nowMs)
{
    prune(nowMs);
    const quint64 id = m_nextId++;
    m_starts.push_back(Start{id, nowMs, false});
    return id;
}

bool RatePacer::rateLimited(quint64 startId, qint64 nowMs)
{
    recover(nowMs);
    Start *start = find(startId);
    if (!start)
        return false;
    start->limited = true;
    if (startId < m_firstIdAfterChange)
        return false; // sent at the previous rate: already answered by the last change
    // What the server accepted from us in the window before this attempt arrived.
    int accepted = 0;
    for (const Start &s : m_starts) {
        if (s.id >= startId)
            break;
        if (!s.limited && s.at > start->at - kWindowMs)
            ++accepted;
    }
    const int estimate = std::max(1, accepted);
    if (m_learned == 0 || estimate < m_learned * kLimitDroppedBelow) {
        // The first 429, or the server's limit clearly fell: start again from the estimate.
        m_estimate = estimate;
        m_learned = std::max(1, int(estimate * kLearnedShare));
    } else {
        // Near the limit already: a 429 now is mostly arrival jitter (requests bunched on the
        // way), and single estimates are noisy by as much; step down a little.
        m_estimate = std::max(m_estimate, estimate);
        m_learned = std::max(1, int(m_learned * kBackoff));
    }
    m_firstIdAfterChange = m_nextId;
    m_lastChangeAt = nowMs;
    ++m_changes;
    return true;
}

} // namespace wod::net
