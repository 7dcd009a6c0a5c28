#include "SandboxFixture.h"

#include "SandboxServer.h"
#include "ScenarioLoader.h"

#include <QDir>

SandboxFixture::SandboxFixture(const QString &scenarioFile,
                               const std::function<void(wod::sandbox::FaultConfig &)> &adjust)
    : m_file(scenarioFile)
{
    const QString dir = qEnvironmentVariable("WOD_SCENARIO_DIR");
    const auto scenario = wod::ScenarioLoader::loadFile(QDir(dir).filePath(scenarioFile), &m_error);
    if (!scenario)
        return;
    m_scenario = *scenario;
    auto faults = wod::sandbox::FaultConfig::fromJson(m_scenario.faults, wod::sandbox::FaultConfig{},
                                                      &m_error);
    if (!faults)
        return;
    if (adjust)
        adjust(*faults);
    auto server = std::make_unique<wod::sandbox::SandboxServer>(m_scenario, *faults);
    if (!server->listen(0, &m_error))
        return;
    m_server = std::move(server);
}

SandboxFixture::~SandboxFixture() = default;

wod::net::ApiConnection SandboxFixture::connection() const
{
    wod::net::ApiConnection c;
    c.baseUrl = m_server ? m_server->baseUrl() : QUrl();
    c.token = m_server ? m_server->token() : QString();
    c.isSandbox = true;
    c.sandboxScenario = m_file;
    return c;
}
