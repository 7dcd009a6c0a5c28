#include "EmbeddedSandbox.h"

#include "SandboxServer.h"

#include <QMetaObject>
#include <QThread>

namespace wod::sandbox {

std::unique_ptr<EmbeddedSandbox> EmbeddedSandbox::start(const Scenario &scenario,
                                                        const FaultConfig &faults, QString *error)
{
    std::unique_ptr<EmbeddedSandbox> sandbox(new EmbeddedSandbox);
    sandbox->m_thread = new QThread;
    sandbox->m_thread->setObjectName(QStringLiteral("webex-sandbox"));
    sandbox->m_thread->start();

    // Built here, then handed to the thread before it owns any socket: listening happens there.
    auto *server = new SandboxServer(scenario, faults);
    server->moveToThread(sandbox->m_thread);
    sandbox->m_server = server;
    bool ok = false;
    QString why;
    QMetaObject::invokeMethod(
        server, [&] { ok = server->listen(0, &why); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        if (error)
            *error = why;
        return nullptr; // the destructor deletes the server in its thread and joins the thread
    }
    sandbox->m_baseUrl = server->baseUrl();
    sandbox->m_token = server->token();
    return sandbox;
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    if (!m_thread)
        return;
    if (m_server) {
        SandboxServer *server = m_server;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

} // namespace wod::sandbox
