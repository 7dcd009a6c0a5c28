#pragma once
// When and how long to wait before retrying a request. Private to the network layer.
// Backoff: base * 2^(n-1), capped, with "equal jitter" (half fixed, half random) so that many
// clients failing together do not retry in lockstep. Retry-After: seconds or an HTTP-date, capped.

#include "ApiClient.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace wod::net {

class RetryPolicy
{
public:
    explicit RetryPolicy(const ApiClientOptions &options);

    // Delay before retry number `retry` (1 for the first retry) after a transient failure.
    qint64 backoffMs(int retry) const;
    // The wait a Retry-After header asks for, capped at maxRetryAfterMs; the option's default when
    // the header is absent or unparsable.
    qint64 retryAfterMs(const QByteArray &header, const QDateTime &now) const;
    // Parses Retry-After: delta-seconds or an HTTP-date (IMF-fixdate); nullopt when neither.
    static std::optional<qint64> parseRetryAfter(const QByteArray &header, const QDateTime &now);

private:
    ApiClientOptions m_options;
};

} // namespace wod::net
