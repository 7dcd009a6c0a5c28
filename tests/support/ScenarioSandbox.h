#pragma once
// An in-process sandbox server for one scenario file, on this thread and 127.0.0.1 only, as the
// GUI and screenshot tests start it: the scenario's own faults merged over `base`, then `adjust`
// changes them. Fixed data: the scenario files under $WOD_SCENARIO_DIR. (SandboxFixture is the
// same server for a Scenario built in code, with an ApiClient of its own.)

#include "ApiConnection.h"
#include "FaultConfig.h"
#include "Scenario.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>

namespace wod::sandbox {
class SandboxServer;
}

namespace wod::test {

class ScenarioSandbox
{
public:
    using AdjustFaults = std::function<void(sandbox::FaultConfig &)>;

    // `scenarioFile`: e.g. "demo.json". Listening when isReady(), else error() says why.
    explicit ScenarioSandbox(const QString &scenarioFile, const sandbox::FaultConfig &base = {},
                             const AdjustFaults &adjust = {});
    ~ScenarioSandbox();

    bool isReady() const { return m_server != nullptr; }
    QString error() const { return m_error; }
    sandbox::SandboxServer *server() const { return m_server.get(); }
    const Scenario &scenario() const { return m_scenario; }
    // The app's connection to it: base URL, token, isSandbox, the scenario's file name.
    net::ApiConnection connection() const;

    // The server's /_sandbox/state document (empty when not ready), and readings of it.
    QJsonObject state() const;
    int usersInState(const QString &state) const;
    QString orgState() const;

private:
    QString m_file;
    QString m_error;
    Scenario m_scenario;
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace wod::test
