#pragma once
// The HTTP side of the sandbox: a QAbstractHttpServer that hands every parsed request, with its
// socket, to one callback. The socket is what lets the sandbox delay, reset, stall or truncate an
// answer. Lives in the server's thread.

#include <QAbstractHttpServer>
#include <functional>

namespace wod::sandbox {

class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace wod::sandbox
