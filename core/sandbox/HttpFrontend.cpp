#include "HttpFrontend.h"

#include <QTcpSocket>

namespace wod::sandbox {

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true; // every request gets an answer (404 included) from the handler
}

void HttpFrontend::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Unreachable: handleRequest() accepts everything. Closing is the safe answer regardless.
    socket->disconnectFromHost();
}

} // namespace wod::sandbox
