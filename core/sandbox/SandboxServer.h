#pragma once
// The sandbox: a real HTTP server on 127.0.0.1 that speaks the Webex contract of
// resources/api/openapi.yaml for one scenario, with injectable faults (FaultConfig), and the
// inspection endpoints /_sandbox/state and /_sandbox/renewToken for tests.
//
// Thread: lives in the thread that created it (or was moved to before listen()); every call and
// every request is handled there, asynchronously: nothing blocks, delayed answers run on timers.
// To keep a GUI responsive with a large org, run it on its own thread: EmbeddedSandbox.

#include "FaultConfig.h"
#include "SandboxExchange.h"
#include "Scenario.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <memory>

namespace wod::sandbox {

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    // `faults` is used as given (merge the scenario's own "faults" object first if wanted, with
    // FaultConfig::fromJson(scenario.faults, ...)). The scenario's "sandbox" object may set
    // "token" (the initial token); otherwise the token is random.
    SandboxServer(const wod::Scenario &scenario, const FaultConfig &faults,
                  QObject *parent = nullptr);
    ~SandboxServer() override;

    void setToken(const QString &token);
    QString token() const;

    // Listens on 127.0.0.1 only; port 0 picks a free one. False with `error` set on failure.
    bool listen(quint16 port = 0, QString *error = nullptr);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1

    // Keeps the state in the file `path` across restarts of the server process: loads it now when
    // it exists, then rewrites it atomically (QSaveFile) after every request that changed it
    // (converted or deleted a user, accepted or refused the org DELETE), before the answer is
    // sent, so that whatever a client saw confirmed survives a kill. The counters (429s, faults,
    // 401s) are saved with each change, so a restart restores them as of the last change; the
    // fault generator and the token start afresh. Each save rewrites the whole state: meant for
    // fault tests, not for 100,000-user runs. False with `error` when the file cannot be read or
    // belongs to another scenario; call before listen().
    bool setStateFile(const QString &path, QString *error = nullptr);

    // The GET /_sandbox/state document, with the fault configuration ("faults") and the client
    // connections ("connections": "open" now, "peak" most open at once since the start).
    QJsonObject state() const;
    // Replaces the faults; restarts the fault generator from the new seed.
    void setFaults(const FaultConfig &faults);
    FaultConfig faults() const;

    // Recording of every request and its answer, for the contract test (tests/contract). Off by
    // default; while off it costs one branch per request. Turning it on or off keeps what was
    // recorded; takeRecording() hands it over and starts an empty record.
    void setRecording(bool on);
    QList<SandboxExchange> takeRecording();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wod::sandbox
