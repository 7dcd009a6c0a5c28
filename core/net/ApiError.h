#pragma once
// A failed API call, typed: what went wrong, the HTTP status, the server's own message and its
// tracking id. Never carries the access token.

#include <QByteArray>
#include <QString>

namespace wod::net {

struct ApiError
{
    enum class Kind {
        Network,      // connection refused/reset, DNS, TLS handshake failure
        Timeout,      // no answer within the per-request timeout (after retries)
        Unauthorized, // 401: token missing, invalid or expired
        Forbidden,    // 403: the token's user lacks the role
        NotFound,     // 404
        Conflict,     // 409 (the body is kept for ConflictParser)
        RateLimited,  // 429 still after the retry budget
        Server,       // 5xx after retries, other unexpected statuses
        Malformed,    // a 2xx whose body is not what the contract says
        Cancelled,    // cancel() was called
        Insecure,     // refused before sending: plain http to a non-loopback host
    };
    Kind kind = Kind::Network;
    int httpStatus = 0;  // 0 when no HTTP answer
    QString message;     // human, translated; includes the server's message when it gave one
    QString trackingId;  // from the body's trackingId or the TrackingID header; else ours
    QByteArray body;     // raw response body (409 parsing, diagnostics); never logged in full

    // "kind: message (HTTP n, tracking id X)" for logs and receipts.
    QString toString() const;
    // Whether retrying the same request later can help (network, timeout, 429, 5xx).
    bool isTransient() const;
};

QString toWireName(ApiError::Kind kind); // network|timeout|unauthorized|...

} // namespace wod::net
