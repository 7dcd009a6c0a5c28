#pragma once
// Decides, for each API request on arrival and before any handling, which fault (if any) it gets
// and how long its answer is delayed. Reproducible: every request consumes the same number of
// draws from one generator seeded with FaultConfig::seed, so the same seed and the same request
// sequence give the same faults. Lives in the server's thread; not thread-safe.

#include "FaultConfig.h"

#include <QRandomGenerator>
#include <deque>

namespace wod::sandbox {

enum class FaultKind
{
    None,
    RateLimited,      // 429 + Retry-After
    Reset,            // connection reset, no answer, no effect
    Stall,            // 504 only after stallMs, no effect
    ServerError,      // 500, 502 or 503 (503 with Retry-After: 1), no effect
    Malformed,        // 200 with a body that is not JSON, no effect
    Truncated,        // half a JSON body with the full Content-Length, no effect
    ResetAfterEffect, // handled normally, then the connection is reset instead of answered
};

struct FaultDecision
{
    FaultKind kind = FaultKind::None;
    int delayMs = 0;           // latency + jitter (stallMs for a stall)
    int status = 0;            // for ServerError
    int retryAfterSeconds = 0; // for RateLimited
};

class FaultInjector
{
public:
    explicit FaultInjector(const FaultConfig &config = {});

    // Replaces the configuration and restarts the generator, the rate window and the forced
    // conflicts from the new values.
    void setConfig(const FaultConfig &config);
    const FaultConfig &config() const { return m_config; }

    // `nowMs`: monotonic time, for the sliding one-second rate-limit window.
    FaultDecision decide(qint64 nowMs);
    // True (and one fewer left) while conflictAtDelete still forces a 409.
    bool takeForcedConflict();
    // True (and one fewer left) while scimBulkLostAnswers still loses a Bulk answer.
    bool takeLostBulkAnswer();

private:
    FaultConfig m_config;
    QRandomGenerator m_rng;
    std::deque<qint64> m_window; // arrival times of the requests let through in the last second
    int m_forcedConflictsLeft = 0;
    int m_lostBulkAnswersLeft = 0;
};

} // namespace wod::sandbox
