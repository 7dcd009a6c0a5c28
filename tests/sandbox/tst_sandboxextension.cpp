// The project's extension endpoints (/v1/controlHub/organizations/{orgId}/...) on the sandbox:
// what only Control Hub knows, converting users, and public-API-only mode (every one 404).

#include "DataColumns.h"
#include "SandboxIds.h"
#include "SandboxServer.h"
#include "SandboxTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace wod::sandbox;
using namespace wod::sandbox::test;

class TestSandboxExtension : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Http> m_http;

    void start(const QJsonObject &overrides, const FaultConfig &faults = {}, int users = 3)
    {
        m_server = std::make_unique<SandboxServer>(scenario(users, overrides), faults);
        m_server->setToken(QStringLiteral("t"));
        QVERIFY(m_server->listen());
        m_http = std::make_unique<Http>(QStringLiteral("t"));
    }
    QUrl ext(const QString &what, const QString &org = testOrgId()) const
    {
        return at(m_server->baseUrl(),
                  QStringLiteral("controlHub/organizations/%1/%2").arg(org, what));
    }
    QUrl convertUrl(const QString &email) const
    {
        return ext(QStringLiteral("people/%1/convert").arg(SandboxIds::personId(email)));
    }

private slots:
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void reads()
    {
        start({{QStringLiteral("subscriptions"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("S1")},
                                       {QStringLiteral("type"), QStringLiteral("partner_trial")},
                                       {QStringLiteral("status"), QStringLiteral("expired")}},
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("S2")},
                                       {QStringLiteral("type"), QStringLiteral("online_trial")},
                                       {QStringLiteral("status"), QStringLiteral("active")},
                                       {QStringLiteral("expires"), QStringLiteral("2026-12-24")}}}},
               {QStringLiteral("linkedSites"), QJsonArray{QStringLiteral("acme.webex.com")}},
               {QStringLiteral("directorySync"), true},
               {QStringLiteral("managedBy"), QJsonArray{QStringLiteral("Contoso Partner")}},
               {QStringLiteral("managedOrgs"), QJsonArray{QStringLiteral("Child Org")}}});
        HttpResult r = m_http->get(ext(QStringLiteral("subscriptions")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().size(), 2);
        QCOMPARE(r.items().at(0).toObject(),
                 (QJsonObject{{QStringLiteral("id"), QStringLiteral("S1")},
                              {QStringLiteral("type"), QStringLiteral("partner_trial")},
                              {QStringLiteral("status"), QStringLiteral("expired")}}));
        // The optional expiry date, only where the scenario gives one.
        QCOMPARE(r.items().at(1).toObject().value(QLatin1String("expires")).toString(),
                 QStringLiteral("2026-12-24"));
        r = m_http->get(ext(QStringLiteral("linkedSites")));
        QCOMPARE(r.items().at(0).toObject().value(QLatin1String("siteUrl")).toString(),
                 QStringLiteral("acme.webex.com"));
        r = m_http->get(ext(QStringLiteral("directorySync")));
        QCOMPARE(r.json().value(QLatin1String("enabled")).toBool(), true);
        r = m_http->get(ext(QStringLiteral("managedBy")));
        QCOMPARE(r.items().at(0).toObject().value(QLatin1String("displayName")).toString(),
                 QStringLiteral("Contoso Partner"));
        r = m_http->get(ext(QStringLiteral("managedOrgs")));
        QCOMPARE(r.items().at(0).toObject().value(QLatin1String("displayName")).toString(),
                 QStringLiteral("Child Org"));
        QCOMPARE(m_http->get(ext(QStringLiteral("subscriptions"), QStringLiteral("someOtherOrg")))
                     .status,
                 404);
    }

    void publicApiOnly_data()
    {
        wod::test::addColumns<QByteArray, QString>("method", "what");
        QTest::newRow("subscriptions") << QByteArray("GET") << QStringLiteral("subscriptions");
        QTest::newRow("linkedSites") << QByteArray("GET") << QStringLiteral("linkedSites");
        QTest::newRow("directorySync") << QByteArray("GET") << QStringLiteral("directorySync");
        QTest::newRow("managedBy") << QByteArray("GET") << QStringLiteral("managedBy");
        QTest::newRow("managedOrgs") << QByteArray("GET") << QStringLiteral("managedOrgs");
        QTest::newRow("convert") << QByteArray("POST")
                                 << QStringLiteral("people/%1/convert")
                                        .arg(SandboxIds::personId(
                                            QStringLiteral("user1@test.example")));
    }
    void publicApiOnly()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, what);
        FaultConfig faults;
        faults.publicApiOnly = true;
        start({}, faults);
        const HttpResult r =
            m_http->send(method, ext(what), method == "POST" ? QByteArray("{}") : QByteArray());
        QCOMPARE(r.status, 404);
        QVERIFY2(r.json().contains(QLatin1String("message")), r.body.constData());
        QVERIFY(r.json().contains(QLatin1String("trackingId")));
        // The public API still answers.
        QCOMPARE(m_http->get(at(m_server->baseUrl(), QStringLiteral("people"))).status, 200);
        QCOMPARE(m_server->state()
                     .value(QLatin1String("users"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("active"));
    }

    void convert()
    {
        start({});
        const QUrl url = convertUrl(QStringLiteral("user1@test.example"));
        HttpResult r = m_http->post(url, {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("converted"));
        QCOMPARE(r.json().value(QLatin1String("personId")).toString(),
                 SandboxIds::personId(QStringLiteral("user1@test.example")));
        QVERIFY(!r.json().contains(QLatin1String("alreadyConverted")));
        r = m_http->send("POST", url); // empty body is fine, and idempotent
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("alreadyConverted")).toBool(), true);
        const QJsonObject u =
            m_server->state().value(QLatin1String("users")).toArray().at(1).toObject();
        QCOMPARE(u.value(QLatin1String("state")).toString(), QStringLiteral("converted"));
        QCOMPARE(u.value(QLatin1String("transitions")).toInt(), 1);
        // A converted user has left the org.
        QCOMPARE(m_http
                     ->get(personUrl(m_server->baseUrl(),
                                     SandboxIds::personId(QStringLiteral("user1@test.example"))))
                     .status,
                 404);
        QCOMPARE(m_http->get(at(m_server->baseUrl(), QStringLiteral("people"))).items().size(), 3);
        QCOMPARE(m_server->state().value(QLatin1String("events")).toArray().size(), 1);
    }

    void convertRefusals_data()
    {
        wod::test::addColumns<QStringList, QString, bool, int>("roles", "email", "deleteFirst",
                                                               "status");
        const QStringList full{QStringLiteral("Full Administrator")};
        QTest::newRow("the actor") << full << QStringLiteral("admin@test.example") << false << 409;
        QTest::newRow("unknown user")
            << full << QStringLiteral("ghost@test.example") << false << 404;
        QTest::newRow("deleted user")
            << full << QStringLiteral("user2@test.example") << true << 404;
        QTest::newRow("read-only admin") << QStringList{QStringLiteral("Read-only Administrator")}
                                         << QStringLiteral("user2@test.example") << false << 403;
        QTest::newRow("user admin may") << QStringList{QStringLiteral("User Administrator")}
                                        << QStringLiteral("user2@test.example") << false << 200;
    }
    void convertRefusals()
    {
        QFETCH(QStringList, roles);
        QFETCH(QString, email);
        QFETCH(bool, deleteFirst);
        QFETCH(int, status);
        start({{QStringLiteral("actor"),
                QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@test.example")},
                            {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}}}});
        if (deleteFirst)
            QCOMPARE(
                m_http->del(personUrl(m_server->baseUrl(), SandboxIds::personId(email))).status,
                204);
        const HttpResult r = m_http->post(convertUrl(email), {});
        QCOMPARE(r.status, status);
        if (status == 409)
            QCOMPARE(r.json().value(QLatin1String("message")).toString(),
                     QStringLiteral("You cannot convert your own account."));
        const QJsonArray events = m_server->state().value(QLatin1String("events")).toArray();
        const auto converted = std::count_if(events.begin(), events.end(), [](const QJsonValue &v) {
            return v.toObject().value(QLatin1String("kind")).toString() ==
                   QLatin1String("user_converted");
        });
        QCOMPARE(converted, status == 200 ? 1 : 0);
    }

    void extensionNeedsToken()
    {
        start({});
        Http anonymous;
        QCOMPARE(anonymous.get(ext(QStringLiteral("subscriptions"))).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSandboxExtension)
#include "tst_sandboxextension.moc"
