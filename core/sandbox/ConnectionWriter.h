#pragma once
// Writes the sandbox's answers onto one client connection, in request order even when answers
// become ready out of order (latency with jitter, stalls, pipelined requests). A child of the
// socket, so it dies with the connection: an answer whose timer fires after the client went away
// is dropped instead of touching a deleted socket. Lives in the server's thread.

#include "SandboxResponse.h"

#include <QObject>
#include <map>

class QTcpSocket;

namespace wod::sandbox {

class ConnectionWriter : public QObject
{
    Q_OBJECT
public:
    // The socket's writer, created on first use.
    static ConnectionWriter *forSocket(QTcpSocket *socket);

    // A place in the answer order for a request that just arrived.
    quint64 reserve();
    // Delivers the answer of `ticket` after response.delayMs (never synchronously, so the HTTP
    // parser that called us is never re-entered by a reset). `closeAfter`: the client asked for
    // Connection: close.
    void deliver(quint64 ticket, const SandboxResponse &response, bool closeAfter);

private:
    explicit ConnectionWriter(QTcpSocket *socket);
    void write(const SandboxResponse &response);
    void reset();

    QTcpSocket *m_socket;
    quint64 m_nextTicket = 0;
    quint64 m_nextToWrite = 0;
    std::map<quint64, std::pair<SandboxResponse, bool>> m_ready;
    bool m_closed = false;
};

} // namespace wod::sandbox
