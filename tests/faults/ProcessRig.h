#pragma once
// Test helper for the fault tests: the real binaries as child processes. A standalone
// webex-sandbox serving a scenario written to a temporary folder, the webex-org-delete client run
// against it (--api-url, token through --token-file), and the sandbox's /_sandbox/state read over
// HTTP, so verdicts come from the server. Every wait is bounded. Main thread only.

#include "SandboxProcess.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace wod::faults {

struct ClientRun
{
    int exitCode = -1; // -1: crashed, killed or timed out
    QByteArray out;
    QByteArray err;
    QString describe() const; // for QVERIFY2 messages
};

class ProcessRig
{
public:
    ProcessRig();
    ~ProcessRig(); // kills what is still running

    // A scenario: org "Test Org", actor admin@testorg.example (Full Administrator), one free
    // subscription, `users` generated users, `faults` as the scenario's faults object, and any
    // top-level keys of `overrides`.
    static QJsonObject scenario(int users, const QJsonObject &faults = {},
                                const QJsonObject &overrides = {});

    // Starts webex-sandbox for `scenario` (plus extra flags); false with error() on failure.
    bool startSandbox(const QJsonObject &scenario, const QStringList &flags = {});
    void stopSandbox();
    // Kills the running sandbox with SIGKILL (no handler, no flush) and starts it again with the
    // same scenario, flags and port: with --state-file among the flags it comes back with the
    // state it had (see webex-sandbox --help). False with error() when it does not come back.
    bool killAndRestartSandbox();
    QString apiUrl() const;   // http://127.0.0.1:PORT/v1
    QString tokenFile() const; // holds the sandbox's token, mode 0600
    // Asks the sandbox for a new token (POST /_sandbox/renewToken) and rewrites tokenFile().
    bool renewToken();
    QString token() const { return m_token; }

    QJsonObject state(); // GET /_sandbox/state; empty object when unreachable
    // POST /_sandbox/faults: merges `faults` into the running sandbox's fault settings.
    bool setFaults(const QJsonObject &faults);
    // Users of the state document whose state is `userState`.
    static int usersIn(const QJsonObject &state, const QString &userState);
    // Empty when every user but the actor is `userState` with exactly one transition, the actor
    // untouched, and the org deleted after every user event (orgDeleted) or intact (!orgDeleted).
    static QString checkFinalState(const QJsonObject &state, const QString &userState,
                                   bool orgDeleted);
    // No user transitioned twice and the actor is untouched (valid at any moment of a run).
    static QString checkNoUserTwice(const QJsonObject &state);

    // The client's arguments for the sandbox: --api-url URL --token-file FILE.
    QStringList backendArgs() const;
    // Runs webex-org-delete to its end (bounded by timeoutMs).
    ClientRun runClient(const QStringList &args, int timeoutMs = 60'000);
    // Starts webex-org-delete, polls the sandbox's state until `killWhen(state)` holds, then
    // SIGKILLs the client. False when the client ended first or the condition never held.
    bool runClientAndKill(const QStringList &args,
                          const std::function<bool(const QJsonObject &)> &killWhen,
                          QString *why, int timeoutMs = 60'000);

    // Starts webex-org-delete, polls the sandbox's state until `when(state)` holds, then calls
    // `action` once (e.g. restart the sandbox) and lets the client run to its end. `*fired` tells
    // whether the action ran before the client ended.
    ClientRun runClientWithAction(const QStringList &args,
                                  const std::function<bool(const QJsonObject &)> &when,
                                  const std::function<void()> &action, bool *fired,
                                  int timeoutMs = 60'000);

    // The running client's process id (0 when none), e.g. to signal it from an action.
    qint64 clientPid() const { return m_clientPid; }
    // Extra environment for the client processes (e.g. WEBEX_ACCESS_TOKEN).
    void setClientEnvironment(const QString &name, const QString &value) { m_clientEnv.insert(name, value); }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dir() const { return m_dir.path(); }
    QString error() const { return m_error; }

private:
    QProcessEnvironment clientEnvironment() const;
    // Starts webex-org-delete with `args` in p; false with *error when it does not start.
    bool startClient(QProcess &p, const QStringList &args, QString *error) const;
    // Kills p if it still runs and collects its output and exit code (-1 unless it exited).
    static ClientRun endClient(QProcess &p);
    bool launchSandbox(const QStringList &args);

    QTemporaryDir m_dir;
    test::SandboxProcess m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    qint64 m_clientPid = 0;
    QProcessEnvironment m_clientEnv;
    QStringList m_sandboxArgs; // of the last startSandbox(), for killAndRestartSandbox()
    QString m_token;
    QString m_error;
};

} // namespace wod::faults
