#pragma once
// A SandboxServer on its own thread: what the app runs when no --api-url is given. Requests and
// state changes happen on that thread, so even a 100,000-user org never stalls the GUI thread.
//
// Ownership: the caller owns the EmbeddedSandbox; destroying it stops the server (pending answers
// are dropped, connections closed) and joins the thread. Create and destroy it from one thread.

#include "FaultConfig.h"
#include "Scenario.h"

#include <QString>
#include <QUrl>
#include <memory>

class QThread;

namespace wod::sandbox {

class SandboxServer;

class EmbeddedSandbox
{
public:
    // Builds the server on a new thread and returns once it is listening on a free port of
    // 127.0.0.1; nullptr with `error` set when it cannot listen. `faults` is used as given (see
    // SandboxServer).
    static std::unique_ptr<EmbeddedSandbox> start(const wod::Scenario &scenario,
                                                  const FaultConfig &faults, QString *error);
    ~EmbeddedSandbox();
    EmbeddedSandbox(const EmbeddedSandbox &) = delete;
    EmbeddedSandbox &operator=(const EmbeddedSandbox &) = delete;

    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:PORT/v1
    QString token() const { return m_token; }

private:
    EmbeddedSandbox() = default;

    QThread *m_thread = nullptr;
    SandboxServer *m_server = nullptr; // lives in m_thread
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace wod::sandbox
