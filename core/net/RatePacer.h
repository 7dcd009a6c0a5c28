#pragma once
// Client-side pacing of request starts: at most N starts in any sliding second, where N is the
// fixed cap the caller configured (ApiClientOptions::maxRequestsPerSecond) and/or the rate learned
// from the server's 429 answers. Private to the network layer; plain logic over a monotonic clock
// in milliseconds so it can be tested without a network.
//
// Learning: when an attempt is answered 429, the attempts this client started in the second
// before it (those not answered 429 themselves) are what the server accepted in its window: that
// count estimates the server's limit. After the first 429 the pacer allows kLearnedShare of the
// estimate; a later 429 lowers the rate by kBackoff (or, when its estimate is far lower, restarts
// from that estimate: the limit fell). Only a 429 of an attempt started after the last decrease
// counts (the attempts already on the wire were sent at the old rate), so a burst of 429s
// lowers it once. Without new 429s the rate creeps back up by kRecoveryStep per second: an
// estimate is noisy (requests bunch up on the way, and a loaded server sees them late), so the
// pacer keeps probing upwards, and the next 429 steps it down again. A 429 costs little: that one
// request waits its Retry-After; the others keep going. Once the rate has grown to kForgetAbove
// times the estimate without a 429 (about a minute and a half), the server's limit is no longer
// known: the learned rate is forgotten, and the next 429 starts learning afresh.
//
// Sliding windows, not a token bucket: servers (and the sandbox) count requests per second, and
// a bucket's burst on top of its steady rate would overrun such a window.

#include <QtGlobal>
#include <deque>

namespace wod::net {

class RatePacer
{
public:
    static constexpr qint64 kWindowMs = 1000;
    static constexpr double kLearnedShare = 0.95;    // of the estimate, after the first 429
    static constexpr double kBackoff = 0.97;         // after a later 429
    static constexpr double kLimitDroppedBelow = 0.8; // estimate / rate: the limit fell
    static constexpr double kRecoveryStep = 0.02;    // per second without a qualifying 429
    static constexpr int kForgetAbove = 4;           // x the estimate: forget what was learned

    // `fixedPerSecond` 0: no fixed cap (only what is learned).
    explicit RatePacer(int fixedPerSecond = 0);

    // Milliseconds until a start is allowed at `nowMs` (0: now).
    qint64 delayBeforeStart(qint64 nowMs);
    // Records a start at `nowMs`; returns its id for rateLimited().
    quint64 recordStart(qint64 nowMs);
    // The attempt `startId` was answered 429 at `nowMs`. Returns true when the rate changed.
    bool rateLimited(quint64 startId, qint64 nowMs);

    // The starts allowed per second now: 0 = unlimited.
    int currentLimit() const;
    // The learned part: 0 while no 429 was seen.
    int learnedLimit() const { return m_learned; }
    // The server's limit as last estimated from a 429 (0: none yet).
    int estimatedServerLimit() const { return m_estimate; }
    int changes() const { return m_changes; }

private:
    struct Start
    {
        quint64 id;
        qint64 at;
        bool limited;
    };
    void prune(qint64 nowMs);
    void recover(qint64 nowMs);
    Start *find(quint64 id);

    int m_fixed = 0;
    int m_learned = 0;
    int m_estimate = 0;
    int m_changes = 0;
    quint64 m_nextId = 1;
    quint64 m_firstIdAfterChange = 0; // 429s of earlier starts do not lower the rate again
    qint64 m_lastChangeAt = 0;
    std::deque<Start> m_starts; // ascending `at`, the last 2 windows
};

} // namespace wod::net
