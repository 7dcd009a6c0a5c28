#pragma once
// A webex-sandbox child process, as the fault tests and the benchmarks start it: the server's CPU
// time, memory and crashes are its own, and it can be killed and restarted like a real service.
// start() waits (bounded) for its "listening on http://127.0.0.1:PORT" line; the destructor stops
// it (SIGTERM, then SIGKILL). Main thread only.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace wod::test {

class SandboxProcess
{
public:
    ~SandboxProcess();

    // Starts `executable` with `args` and waits up to `timeoutMs` until it listens. False with
    // error() set (its output included) when it does not.
    bool start(const QString &executable, const QStringList &args, int timeoutMs = 20'000);
    // Both forget the port (0 until the next start()).
    void stop(); // SIGTERM, then SIGKILL after 5 s; nothing when not running
    void kill(); // SIGKILL: no handler, no flush
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QUrl apiUrl() const;     // http://127.0.0.1:PORT/v1
    QString token() const { return m_token; } // from its "token: ..." line
    QString error() const { return m_error; }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_token;
    QString m_error;
};

} // namespace wod::test
