#pragma once
// One request the sandbox received and the answer it gave, as recorded for the contract test
// (SandboxServer::setRecording). The body is kept as sent: QByteArray shares it with the answer,
// so recording costs a list entry per request, not a copy.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace wod::sandbox {

struct SandboxExchange
{
    QString method;       // "GET"
    QString path;         // decoded, e.g. "/v1/people/Y2lz..."
    QString query;        // the raw query string, without '?' (empty when none)
    QByteArray requestBody;
    int status = 0;       // 0: no answer (a reset)
    QList<QPair<QByteArray, QByteArray>> headers; // the answer's, TrackingID included
    QByteArray body;
    bool truncated = false; // an injected fault cut the body
};

} // namespace wod::sandbox
