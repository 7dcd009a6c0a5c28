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

// What an error means to the run. Every kind is placed once, in classOf() (no default: the
// compiler flags a new kind until it is placed).
enum class ErrorClass {
    Fatal,     // stops the run at once: the token or the connection cannot go on
    Retryable, // worth trying again on the same item (the server's fault injection guarantees that
               // a failed request changed nothing; a reset after the effect answers 404 next time)
    Other,     // the caller decides (404: already gone, 409: a conflict)
};

inline ErrorClass classOf(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::Insecure:
    case ApiError::Kind::Cancelled:
        return ErrorClass::Fatal;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::Malformed:
        return ErrorClass::Retryable;
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Conflict:
        return ErrorClass::Other;
    }
    return ErrorClass::Other;
}

inline bool isFatal(ApiError::Kind kind)
{
    return classOf(kind) == ErrorClass::Fatal;
}

inline bool isRetryable(ApiError::Kind kind)
{
    return classOf(kind) == ErrorClass::Retryable;
}

} // namespace wod::net::RunErrorPolicy
