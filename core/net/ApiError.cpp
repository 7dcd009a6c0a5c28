#include "ApiError.h"

#include <QCoreApplication>

namespace wod::net {

QString toWireName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network: return QStringLiteral("network");
    case ApiError::Kind::Timeout: return QStringLiteral("timeout");
    case ApiError::Kind::Unauthorized: return QStringLiteral("unauthorized");
    case ApiError::Kind::Forbidden: return QStringLiteral("forbidden");
    case ApiError::Kind::NotFound: return QStringLiteral("not_found");
    case ApiError::Kind::Conflict: return QStringLiteral("conflict");
    case ApiError::Kind::RateLimited: return QStringLiteral("rate_limited");
    case ApiError::Kind::Server: return QStringLiteral("server");
    case ApiError::Kind::Malformed: return QStringLiteral("malformed");
    case ApiError::Kind::Cancelled: return QStringLiteral("cancelled");
    case ApiError::Kind::Insecure: return QStringLiteral("insecure");
    }
    return QStringLiteral("network");
}

QString ApiError::toString() const
{
    // Wire name first so logs and receipts can be grepped; status and tracking id only when known.
    QString text = toWireName(kind) + QStringLiteral(": ") + message;
    QStringList extra;
    if (httpStatus > 0)
        extra << QCoreApplication::translate("wod::net::ApiError", "HTTP %1").arg(httpStatus);
    if (!trackingId.isEmpty())
        extra << QCoreApplication::translate("wod::net::ApiError", "tracking ID %1").arg(trackingId);
    if (!extra.isEmpty())
        text += QStringLiteral(" (") + extra.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Server:
        return httpStatus >= 500 || httpStatus == 423;
    default:
        return false;
    }
}

} // namespace wod::net
