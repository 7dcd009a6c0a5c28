#pragma once
// A SandboxServer on its own thread: what the app runs when no --api-url is given. The server is
// built, listens and answers on that thread, so neither a 100,000-user org nor the start-up itself
// stalls the GUI thread.
//
// Ownership: the caller owns the EmbeddedSandbox; destroying it stops the server (pending answers
// are dropped, connections closed) and joins the thread. Create, use and destroy it from one
// thread (the "owner thread", which needs an event loop for startInBackground()).

#include "FaultConfig.h"
#include "Scenario.h"

#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

class QObject;
class QThread;

namespace wod::sandbox {

class SandboxServer;

class EmbeddedSandbox
{
public:
    // Builds the server on a new thread and returns once it is listening on a free port of
    // 127.0.0.1; nullptr with `error` set when it cannot listen. `faults` is used as given (see
    // SandboxServer).
    static std::unique_ptr<EmbeddedSandbox> start(wod::Scenario scenario, const FaultConfig &faults,
                                                  QString *error);

    // Called on the owner thread, from its event loop, once the server listens (`ok`: baseUrl()
    // and token() are set) or could not (`error` says why). Never called after the
    // EmbeddedSandbox is destroyed.
    using Ready = std::function<void(bool ok, const QString &error)>;
    // Returns at once; the server is built and starts listening on the new thread meanwhile (the
    // GUI paints its first window in that time). baseUrl() and token() are empty until `ready`.
    static std::unique_ptr<EmbeddedSandbox> startInBackground(wod::Scenario scenario,
                                                              const FaultConfig &faults, Ready ready);
    ~EmbeddedSandbox();
    EmbeddedSandbox(const EmbeddedSandbox &) = delete;
    EmbeddedSandbox &operator=(const EmbeddedSandbox &) = delete;

    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:PORT/v1
    QString token() const { return m_token; }

private:
    EmbeddedSandbox() = default;
    // Starts the thread and queues the server's construction and listen() there; `listened` runs
    // on that thread right after listen().
    void launch(wod::Scenario scenario, const FaultConfig &faults,
                std::function<void(bool ok, const QString &error, const QUrl &url,
                                   const QString &token)> listened);

    QThread *m_thread = nullptr;
    QObject *m_threadAnchor = nullptr; // lives in m_thread: queued work runs there, in order
    QObject *m_ownerAnchor = nullptr;  // lives in the owner thread: receives `ready`
    SandboxServer *m_server = nullptr; // created, used and deleted in m_thread only
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace wod::sandbox
