#include "SandboxResponse.h"

#include <QJsonArray>

namespace wod::sandbox {

void SandboxResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

SandboxResponse SandboxResponse::json(int status, const QJsonObject &body)
{
    return jsonText(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxResponse SandboxResponse::jsonText(int status, const QByteArray &body)
{
    SandboxResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=UTF-8")});
    return r;
}

SandboxResponse SandboxResponse::noContent()
{
    SandboxResponse r;
    r.status = 204;
    return r;
}

SandboxResponse SandboxResponse::error(int status, const QStringList &descriptions,
                                       const QString &trackingId)
{
    QJsonArray errors;
    for (const QString &d : descriptions)
        errors.append(QJsonObject{{QStringLiteral("description"), d}});
    return json(status,
                QJsonObject{{QStringLiteral("message"), descriptions.join(QLatin1Char(' '))},
                            {QStringLiteral("errors"), errors},
                            {QStringLiteral("trackingId"), trackingId}});
}

SandboxResponse SandboxResponse::error(int status, const QString &message,
                                       const QString &trackingId)
{
    return error(status, QStringList{message}, trackingId);
}

QByteArray SandboxResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace wod::sandbox
