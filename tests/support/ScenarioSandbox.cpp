#include "ScenarioSandbox.h"

#include "SandboxServer.h"
#include "StateQueries.h"
#include "TestScenarios.h"

#include <QFileInfo>

namespace wod::test {

ScenarioSandbox::ScenarioSandbox(const QString &fileName, const sandbox::FaultConfig &base,
                                 const AdjustFaults &adjust)
    : m_file(QFileInfo(fileName).fileName())
{
    const auto scenario = scenarioFile(fileName, &m_error);
    if (!scenario)
        return;
    m_scenario = *scenario;
    auto faults = sandbox::FaultConfig::fromJson(m_scenario.faults, base, &m_error);
    if (!faults)
        return;
    if (adjust)
        adjust(*faults);
    auto server = std::make_unique<sandbox::SandboxServer>(m_scenario, *faults);
    if (!server->listen(0, &m_error))
        return;
    m_server = std::move(server);
}

ScenarioSandbox::~ScenarioSandbox() = default;

net::ApiConnection ScenarioSandbox::connection() const
{
    net::ApiConnection c;
    c.baseUrl = m_server ? m_server->baseUrl() : QUrl();
    c.token = m_server ? m_server->token() : QString();
    c.isSandbox = true;
    c.sandboxScenario = m_file;
    return c;
}

QJsonObject ScenarioSandbox::state() const
{
    return m_server ? m_server->state() : QJsonObject();
}

int ScenarioSandbox::usersInState(const QString &state) const
{
    return test::usersInState(this->state(), state);
}

QString ScenarioSandbox::orgState() const
{
    return test::orgState(state());
}

} // namespace wod::test
