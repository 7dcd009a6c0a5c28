#include "EmbeddedSandbox.h"

#include "SandboxServer.h"

#include <QMetaObject>
#include <QObject>
#include <QThread>
#include <dlfcn.h>

namespace wod::sandbox {

namespace {

// Qt's HTTP server loads the OpenSSL TLS backend, and OpenSSL keeps per-thread state that a
// thread-exit handler frees. QThread::wait() returns before such handlers run, so a process that
// exits right after stopping the sandbox (`--check`) freed that state twice, intermittently: once
// on the exiting thread and once in OpenSSL's own atexit clean-up (AddressSanitizer: double free in
// libcrypto; a plain build may abort). Releasing it on the thread itself, while the owner waits,
// leaves nothing for the two to race over. Looked up at run time: the project does not link
// OpenSSL itself, and without it loaded there is nothing to release.
void releaseOpenSslThreadState()
{
    // Qt loads its TLS plugin (and OpenSSL with it) locally: ask for the already-loaded library
    // by name; RTLD_NOLOAD never loads it.
    void *crypto = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_NOLOAD);
    if (!crypto)
        return;
    using ThreadStop = void (*)();
    if (auto stop = reinterpret_cast<ThreadStop>(dlsym(crypto, "OPENSSL_thread_stop")))
        stop();
    dlclose(crypto); // drops only the reference taken above
}

} // namespace

void EmbeddedSandbox::launch(
    wod::Scenario scenario, const FaultConfig &faults,
    std::function<void(bool, const QString &, const QUrl &, const QString &)> listened)
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("webex-sandbox"));
    m_threadAnchor = new QObject;
    m_threadAnchor->moveToThread(m_thread);
    m_thread->start();
    // Built on the thread that serves it: building a large org's indexes costs the GUI nothing.
    QMetaObject::invokeMethod(
        m_threadAnchor,
        [this, scenario = std::move(scenario), faults, listened = std::move(listened)] {
            m_server = new SandboxServer(scenario, faults);
            QString why;
            const bool ok = m_server->listen(0, &why);
            listened(ok, why, ok ? m_server->baseUrl() : QUrl(), ok ? m_server->token() : QString());
        },
        Qt::QueuedConnection);
}

std::unique_ptr<EmbeddedSandbox> EmbeddedSandbox::start(wod::Scenario scenario,
                                                        const FaultConfig &faults, QString *error)
{
    std::unique_ptr<EmbeddedSandbox> sandbox(new EmbeddedSandbox);
    bool ok = false;
    sandbox->launch(std::move(scenario), faults,
                    [&](bool listening, const QString &why, const QUrl &url, const QString &token) {
                        ok = listening;
                        if (error)
                            *error = why;
                        sandbox->m_baseUrl = url;
                        sandbox->m_token = token;
                    });
    // Queued after the construction, so it returns once listen() did.
    QMetaObject::invokeMethod(sandbox->m_threadAnchor, [] {}, Qt::BlockingQueuedConnection);
    if (!ok)
        return nullptr; // the destructor deletes the server in its thread and joins the thread
    return sandbox;
}

std::unique_ptr<EmbeddedSandbox> EmbeddedSandbox::startInBackground(wod::Scenario scenario,
                                                                    const FaultConfig &faults,
                                                                    Ready ready)
{
    std::unique_ptr<EmbeddedSandbox> sandbox(new EmbeddedSandbox);
    sandbox->m_ownerAnchor = new QObject;
    QObject *owner = sandbox->m_ownerAnchor;
    EmbeddedSandbox *self = sandbox.get();
    sandbox->launch(std::move(scenario), faults,
                    [owner, self, ready = std::move(ready)](bool ok, const QString &why,
                                                            const QUrl &url, const QString &token) {
                        // Queued to the owner: dropped if the sandbox (and its anchor) is gone.
                        QMetaObject::invokeMethod(
                            owner,
                            [self, ready, ok, why, url, token] {
                                self->m_baseUrl = url;
                                self->m_token = token;
                                ready(ok, why);
                            },
                            Qt::QueuedConnection);
                    });
    return sandbox;
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    if (m_thread) {
        // Runs after the queued construction (and its posting of `ready`), on the server's thread.
        QMetaObject::invokeMethod(
            m_threadAnchor,
            [this] {
                delete m_server;
                m_server = nullptr;
                releaseOpenSslThreadState();
            },
            Qt::BlockingQueuedConnection);
    }
    // Nothing posts to it any more; deleting it drops a `ready` not yet delivered.
    delete m_ownerAnchor;
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_threadAnchor;
    delete m_thread;
}

} // namespace wod::sandbox
