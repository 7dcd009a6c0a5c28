#pragma once
// Test helper: one in-process sandbox on 127.0.0.1 for a scenario, plus an ApiClient talking to
// it through its own QNetworkAccessManager. Shared by the net, contract and fault tests.
//
//   SandboxFixture f(SandboxFixture::scenario(QStringLiteral("demo.json")), faults);
//   QVERIFY2(f.start(), qPrintable(f.error()));
//   f.client()->me(...);
//   QCOMPARE(f.routeCount(QStringLiteral("GET /v1/people/me")), 1);

#include "ApiClient.h"
#include "FaultConfig.h"
#include "SandboxServer.h"
#include "Scenario.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <memory>

namespace wod::test {

class SandboxFixture
{
public:
    // A scenario from $WOD_SCENARIO_DIR; an empty Scenario (orgId empty) when it cannot be read,
    // with the reason in *error.
    static Scenario scenario(const QString &fileName, QString *error = nullptr);
    // A small valid scenario: a free org whose actor is a full admin, plus `users` generated users.
    static Scenario smallScenario(int users);
    // Client options for tests: short timeouts and backoff so failures are quick.
    static net::ApiClientOptions fastOptions();

    explicit SandboxFixture(const Scenario &scenario, const sandbox::FaultConfig &faults = {},
                            const net::ApiClientOptions &options = fastOptions());
    ~SandboxFixture();

    bool start();          // listen on 127.0.0.1:0 and create the client
    QString error() const; // why start() failed

    sandbox::SandboxServer *server() const { return m_server.get(); }
    net::ApiClient *client() const { return m_client.get(); }
    QNetworkAccessManager *nam() const { return m_nam.get(); }
    QUrl baseUrl() const;
    QString token() const;

    // From the sandbox's own state (/_sandbox/state), never from the client.
    QJsonObject state() const;
    int requestCount() const;                   // counters.requests
    int routeCount(const QString &route) const; // counters.byRoute["GET /v1/people"]
    int counter(const QString &name) const;     // rateLimited, faultsInjected, unauthorized
    QString userState(const QString &email) const; // active|converted|deleted, empty if unknown

protected:
    void setError(const QString &error) { m_error = error; }

private:
    Scenario m_scenario;
    sandbox::FaultConfig m_faults;
    net::ApiClientOptions m_options;
    QString m_error;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<net::ApiClient> m_client;
};

} // namespace wod::test
