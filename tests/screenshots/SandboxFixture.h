#pragma once
// A sandbox server for one screenshot scenario, on this thread and 127.0.0.1 only, with the
// scenario's own faults merged under the ones a capture asks for. Fixed data: the scenario files
// under WOD_SCENARIO_DIR.

#include "ApiConnection.h"
#include "FaultConfig.h"
#include "Scenario.h"

#include <QString>
#include <functional>
#include <memory>

namespace wod::sandbox {
class SandboxServer;
}

class SandboxFixture
{
public:
    // `scenarioFile`: e.g. "demo.json". `adjust` changes the faults after the scenario's own.
    explicit SandboxFixture(const QString &scenarioFile,
                            const std::function<void(wod::sandbox::FaultConfig &)> &adjust = {});
    ~SandboxFixture();

    bool isReady() const { return m_server != nullptr; }
    QString error() const { return m_error; }
    wod::sandbox::SandboxServer *server() const { return m_server.get(); }
    const wod::Scenario &scenario() const { return m_scenario; }
    wod::net::ApiConnection connection() const;

private:
    QString m_file;
    QString m_error;
    wod::Scenario m_scenario;
    std::unique_ptr<wod::sandbox::SandboxServer> m_server;
};
