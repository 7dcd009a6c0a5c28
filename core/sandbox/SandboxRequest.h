#pragma once
// One HTTP request as the sandbox handles it: a copy of what QHttpServerRequest held, because Qt
// reuses that object for the next request on the same connection while an answer may still be
// pending (latency, stalls).

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace wod::sandbox {

struct SandboxRequest
{
    QString method; // upper case, e.g. "GET"
    QString path;   // decoded path, e.g. "/v1/people/abc"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // keys in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

} // namespace wod::sandbox
