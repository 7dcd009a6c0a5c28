#include "SandboxFixture.h"

#include "StateQueries.h"
#include "TestScenarios.h"

namespace wod::test {

Scenario SandboxFixture::scenario(const QString &fileName, QString *error)
{
    return scenarioFile(fileName, error).value_or(Scenario{});
}

Scenario SandboxFixture::smallScenario(int users)
{
    return testOrgScenario(users);
}

net::ApiClientOptions SandboxFixture::fastOptions()
{
    net::ApiClientOptions o;
    o.requestTimeoutMs = 5'000;
    o.maxRetries = 4;
    o.retryAfterDefaultMs = 200;
    o.maxRetryAfterMs = 3'000;
    o.backoffBaseMs = 10;
    o.backoffMaxMs = 100;
    return o;
}

SandboxFixture::SandboxFixture(const Scenario &scenario, const sandbox::FaultConfig &faults,
                               const net::ApiClientOptions &options)
    : m_scenario(scenario)
    , m_faults(faults)
    , m_options(options)
{
}

SandboxFixture::~SandboxFixture()
{
    // The client first: its pending callbacks are dropped before the server goes away.
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

bool SandboxFixture::start()
{
    if (m_scenario.orgId.isEmpty()) {
        m_error = QStringLiteral("no scenario");
        return false;
    }
    m_server = std::make_unique<sandbox::SandboxServer>(m_scenario, m_faults);
    if (!m_server->listen(0, &m_error))
        return false;
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<net::ApiClient>(m_nam.get(), m_server->baseUrl(), m_server->token(),
                                                m_options);
    return true;
}

QString SandboxFixture::error() const
{
    return m_error;
}

QUrl SandboxFixture::baseUrl() const
{
    return m_server->baseUrl();
}

QString SandboxFixture::token() const
{
    return m_server->token();
}

QJsonObject SandboxFixture::state() const
{
    return m_server->state();
}

int SandboxFixture::requestCount() const
{
    return counter(QStringLiteral("requests"));
}

int SandboxFixture::routeCount(const QString &route) const
{
    return test::routeCount(state(), route);
}

int SandboxFixture::counter(const QString &name) const
{
    return test::counter(state(), name);
}

QString SandboxFixture::userState(const QString &email) const
{
    return test::userState(state(), email);
}

} // namespace wod::test
