#include "SandboxFixture.h"

#include "ScenarioLoader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace wod::test {

Scenario SandboxFixture::scenario(const QString &fileName, QString *error)
{
    const QString dir = qEnvironmentVariable("WOD_SCENARIO_DIR");
    QString why;
    const auto loaded = ScenarioLoader::loadFile(QDir(dir).filePath(fileName), &why);
    if (!loaded) {
        if (error)
            *error = why;
        return {};
    }
    return *loaded;
}

Scenario SandboxFixture::smallScenario(int users)
{
    const QByteArray json = QStringLiteral(R"({
  "org": {"id": "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8wMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDBhYmM",
          "displayName": "Test Org", "created": "2026-09-14T09:30:00.000Z"},
  "actor": {"email": "admin@testorg.example", "displayName": "Test Admin",
            "roles": ["Full Administrator"], "partnerOrg": null},
  "subscriptions": [{"id": "Sub-FREE-1", "type": "free", "status": "active"}],
  "users": [], "generatedUsers": %1, "linkedSites": [], "directorySync": false,
  "managedBy": [], "managedOrgs": []
})").arg(users).toUtf8();
    QString error;
    const auto loaded = ScenarioLoader::loadData(json, QStringLiteral("smallScenario"), &error);
    Q_ASSERT_X(loaded, "smallScenario", qPrintable(error));
    return *loaded;
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
    return state()
        .value(QLatin1String("counters"))
        .toObject()
        .value(QLatin1String("byRoute"))
        .toObject()
        .value(route)
        .toInt();
}

int SandboxFixture::counter(const QString &name) const
{
    return state().value(QLatin1String("counters")).toObject().value(name).toInt();
}

QString SandboxFixture::userState(const QString &email) const
{
    const QJsonArray users = state().value(QLatin1String("users")).toArray();
    for (const QJsonValue &u : users) {
        const QJsonObject o = u.toObject();
        if (o.value(QLatin1String("email")).toString().compare(email, Qt::CaseInsensitive) == 0)
            return o.value(QLatin1String("state")).toString();
    }
    return {};
}

} // namespace wod::test
