#include "ConnectionWriter.h"

#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace wod::sandbox {

ConnectionWriter::ConnectionWriter(QTcpSocket *socket) : QObject(socket), m_socket(socket) {}

ConnectionWriter *ConnectionWriter::forSocket(QTcpSocket *socket)
{
    if (auto *w = socket->findChild<ConnectionWriter *>(QString(), Qt::FindDirectChildrenOnly))
        return w;
    return new ConnectionWriter(socket);
}

quint64 ConnectionWriter::reserve()
{
    return m_nextTicket++;
}

void ConnectionWriter::deliver(quint64 ticket, const SandboxResponse &response, bool closeAfter)
{
    SandboxResponse r = response;
    if (closeAfter)
        r.setHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    QTimer::singleShot(qMax(0, response.delayMs), Qt::PreciseTimer, this,
                       [this, ticket, r, closeAfter] {
                           m_ready.emplace(ticket, std::make_pair(r, closeAfter));
                           while (!m_ready.empty() && m_ready.begin()->first == m_nextToWrite) {
                               auto node = m_ready.extract(m_ready.begin());
                               ++m_nextToWrite;
                               if (m_closed)
                                   continue;
                               write(node.mapped().first);
                               if (node.mapped().second && !m_closed) {
                                   m_closed = true;
                                   m_socket->disconnectFromHost();
                               }
                           }
                       });
}

void ConnectionWriter::write(const SandboxResponse &r)
{
    if (r.delivery == SandboxResponse::Delivery::Reset) {
        reset();
        return;
    }
    QByteArray out;
    out.reserve(r.body.size() + 256);
    out += QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(r.status) + ' ' +
           SandboxResponse::reasonPhrase(r.status) + QByteArrayLiteral("\r\n");
    for (const auto &h : r.headers)
        out += h.first + QByteArrayLiteral(": ") + h.second + QByteArrayLiteral("\r\n");
    if (r.status != 204)
        out += QByteArrayLiteral("Content-Length: ") + QByteArray::number(r.body.size()) +
               QByteArrayLiteral("\r\n");
    out += QByteArrayLiteral("\r\n");
    if (r.delivery == SandboxResponse::Delivery::Truncated) {
        // The full length announced, half of it sent, then FIN: the client sees a body cut short.
        out += r.body.left(r.body.size() / 2);
        m_socket->write(out);
        m_closed = true;
        m_socket->disconnectFromHost();
        return;
    }
    out += r.body;
    m_socket->write(out);
}

void ConnectionWriter::reset()
{
    m_closed = true;
#ifdef Q_OS_UNIX
    // Linger 0 turns the close into a TCP RST, like a crashed proxy, instead of an orderly FIN.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd != -1) {
        const struct linger lingerOff
        {
            1, 0
        };
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lingerOff, sizeof lingerOff);
    }
#endif
    m_socket->abort();
}

} // namespace wod::sandbox
