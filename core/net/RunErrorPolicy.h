#pragma once
// How the deletion run treats an error after the client's own retries: which errors end the run
// (resumably), which are worth another attempt, and how many attempts each item gets.

#include "ApiError.h"

namespace wod::net::RunErrorPolicy {

// A user whose operation failed transiently is put back in the queue this many times before the
// run stops: 404 makes a repeat harmless, but a server that keeps failing should end the run,
// resumably, instead of spinning.
inline constexpr int kMaxAttemptsPerUser = 4;
// The organization's DELETE (and the probe) is sent at most this many times per run.
inline constexpr int kMaxOrgDeleteAttempts = 3;

// Errors that stop the run at once: the token or the connection cannot go on.
inline bool isFatal(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::Insecure:
    case ApiError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

// Errors worth trying again on the same item (the server's fault injection guarantees that a
// failed request changed nothing; a reset after the effect answers 404 next time).
inline bool isRetryable(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::Malformed:
        return true;
    default:
        return false;
    }
}

} // namespace wod::net::RunErrorPolicy
