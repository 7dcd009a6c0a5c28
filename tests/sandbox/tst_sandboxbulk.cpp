// POST /identity/scim/{orgUuid}/v2/Bulk on the sandbox: up to 100 DELETE operations with a status
// each, 413 above 100, the actor refused per operation, failOnErrors, and scimBulk off -> 404.

#include "DataColumns.h"
#include "SandboxIds.h"
#include "SandboxServer.h"
#include "SandboxTestSupport.h"
#include "StateQueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace wod::sandbox;
using namespace wod::sandbox::test;

namespace {

const QString kOrgUuid = QStringLiteral("00000000-0000-4000-8000-0000000000aa");

QJsonObject op(const QString &path, const QString &method = QStringLiteral("DELETE"),
               const QString &bulkId = {})
{
    QJsonObject o{{QStringLiteral("method"), method}, {QStringLiteral("path"), path}};
    if (!bulkId.isEmpty())
        o.insert(QStringLiteral("bulkId"), bulkId);
    return o;
}

QJsonObject bulkBody(const QJsonArray &ops, int failOnErrors = 0)
{
    QJsonObject body{
        {QStringLiteral("schemas"),
         QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest")}},
        {QStringLiteral("Operations"), ops}};
    if (failOnErrors > 0)
        body.insert(QStringLiteral("failOnErrors"), failOnErrors);
    return body;
}

QString userPath(int i)
{
    return QStringLiteral("/Users/") +
           SandboxIds::personUuid(QStringLiteral("user%1@test.example").arg(i));
}

} // namespace

class TestSandboxBulk : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Http> m_http;

    void start(int users, const FaultConfig &faults = {}, const QJsonObject &overrides = {})
    {
        m_server = std::make_unique<SandboxServer>(scenario(users, overrides), faults);
        m_server->setToken(QStringLiteral("t"));
        QVERIFY(m_server->listen());
        m_http = std::make_unique<Http>(QStringLiteral("t"));
    }
    QUrl bulkUrl(const QString &orgUuid = kOrgUuid) const
    {
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/identity/scim/%1/v2/Bulk").arg(orgUuid));
        return url;
    }
    int usersInState(const QString &state) const
    {
        return wod::test::usersInState(m_server->state(), state);
    }

private slots:
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void hundredDeletions()
    {
        start(120);
        QJsonArray ops;
        for (int i = 1; i <= 100; ++i)
            ops.append(op(userPath(i), QStringLiteral("DELETE"), QStringLiteral("b%1").arg(i)));
        const HttpResult r = m_http->post(bulkUrl(), bulkBody(ops));
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QCOMPARE(body.value(QLatin1String("schemas")).toArray().at(0).toString(),
                 QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkResponse"));
        const QJsonArray results = body.value(QLatin1String("Operations")).toArray();
        QCOMPARE(results.size(), 100);
        for (int i = 0; i < 100; ++i) {
            const QJsonObject res = results.at(i).toObject();
            QCOMPARE(res.value(QLatin1String("status")).toString(), QStringLiteral("204"));
            QCOMPARE(res.value(QLatin1String("bulkId")).toString(),
                     QStringLiteral("b%1").arg(i + 1));
            QCOMPARE(res.value(QLatin1String("path")).toString(), userPath(i + 1));
        }
        QCOMPARE(usersInState(QStringLiteral("deleted")), 100);
        QCOMPARE(m_server->state().value(QLatin1String("events")).toArray().size(), 100);
    }

    void tooManyOperations()
    {
        start(120);
        QJsonArray ops;
        for (int i = 1; i <= 101; ++i)
            ops.append(op(userPath(i)));
        const HttpResult r = m_http->post(bulkUrl(), bulkBody(ops));
        QCOMPARE(r.status, 413);
        QVERIFY(r.json().contains(QLatin1String("trackingId")));
        QVERIFY(!r.json().value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(usersInState(QStringLiteral("deleted")), 0);
    }

    void perOperationStatuses()
    {
        start(3);
        QCOMPARE(m_http
                     ->del(personUrl(m_server->baseUrl(),
                                     SandboxIds::personId(QStringLiteral("user2@test.example"))))
                     .status,
                 204);
        const QJsonArray ops{
            op(userPath(1)), // 204
            op(userPath(2)), // 404: gone
            op(QStringLiteral("/Users/") +
               SandboxIds::personUuid(QStringLiteral("admin@test.example"))),  // 409: actor
            op(QStringLiteral("/Users/00000000-0000-5000-8000-000000000000")), // 404: unknown
            op(userPath(3), QStringLiteral("PATCH")),                          // 400: unsupported
            op(userPath(1)),                                                   // 404: deleted above
        };
        const HttpResult r = m_http->post(bulkUrl(), bulkBody(ops));
        QCOMPARE(r.status, 200);
        QStringList statuses;
        for (const QJsonValue &v : r.json().value(QLatin1String("Operations")).toArray())
            statuses.append(v.toObject().value(QLatin1String("status")).toString());
        QCOMPARE(statuses, (QStringList{QStringLiteral("204"), QStringLiteral("404"),
                                        QStringLiteral("409"), QStringLiteral("404"),
                                        QStringLiteral("400"), QStringLiteral("404")}));
        const QJsonArray users = m_server->state().value(QLatin1String("users")).toArray();
        QCOMPARE(users.at(0).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(users.at(0).toObject().value(QLatin1String("transitions")).toInt(), 0);
        QCOMPARE(users.at(1).toObject().value(QLatin1String("transitions")).toInt(), 1);
        QCOMPARE(users.at(3).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("active"));
    }

    void failOnErrorsStops()
    {
        start(3);
        const QJsonArray ops{
            op(QStringLiteral("/Users/") +
               SandboxIds::personUuid(QStringLiteral("admin@test.example"))),
            op(userPath(1)),
        };
        const HttpResult r = m_http->post(bulkUrl(), bulkBody(ops, 1));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("Operations")).toArray().size(), 1);
        QCOMPARE(usersInState(QStringLiteral("deleted")), 0);
    }

    // scimBulkRfc (#18): answers as RFC 7644 3.7.3 and Cisco's example (location, method,
    // status; no path or bulkId echo for DELETE), and only Cisco's request spelling is accepted.
    void conformantMode()
    {
        FaultConfig faults;
        faults.scimBulkRfc = true;
        start(5, faults);
        QJsonObject body = bulkBody(QJsonArray{op(userPath(1), QStringLiteral("DELETE"),
                                                  QStringLiteral("b1"))},
                                    100);
        QCOMPARE(m_http->post(bulkUrl(), body).status, 400); // "Operations", not "operations"
        body.insert(QStringLiteral("operations"), body.take(QStringLiteral("Operations")));
        QJsonObject noFailOnErrors = body;
        noFailOnErrors.remove(QStringLiteral("failOnErrors"));
        QCOMPARE(m_http->post(bulkUrl(), noFailOnErrors).status, 400);
        QCOMPARE(usersInState(QStringLiteral("deleted")), 0);

        const HttpResult r = m_http->post(bulkUrl(), body);
        QCOMPARE(r.status, 200);
        const QJsonObject result =
            r.json().value(QLatin1String("Operations")).toArray().first().toObject();
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("204"));
        QCOMPARE(result.value(QLatin1String("method")).toString(), QStringLiteral("DELETE"));
        QVERIFY2(result.value(QLatin1String("location")).toString().endsWith(
                     QStringLiteral("/v2") + userPath(1)),
                 qPrintable(result.value(QLatin1String("location")).toString()));
        QVERIFY(!result.contains(QLatin1String("path")));
        QVERIFY(!result.contains(QLatin1String("bulkId")));
        QCOMPARE(usersInState(QStringLiteral("deleted")), 1);
    }

    void refusals_data()
    {
        wod::test::addColumns<bool, QString, QStringList, QByteArray, int>(
            "scimBulk", "orgUuid", "roles", "body", "status");
        const QStringList full{QStringLiteral("Full Administrator")};
        QTest::newRow("scimBulk off") << false << kOrgUuid << full << QByteArray() << 404;
        QTest::newRow("another org")
            << true << QStringLiteral("11111111-1111-4111-8111-111111111111") << full
            << QByteArray() << 404;
        QTest::newRow("read-only admin")
            << true << kOrgUuid << QStringList{QStringLiteral("Read-only Administrator")}
            << QByteArray() << 403;
        QTest::newRow("not JSON") << true << kOrgUuid << full << QByteArray("nope") << 400;
        QTest::newRow("no Operations") << true << kOrgUuid << full << QByteArray("{}") << 400;
    }
    void refusals()
    {
        QFETCH(bool, scimBulk);
        QFETCH(QString, orgUuid);
        QFETCH(QStringList, roles);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        FaultConfig faults;
        faults.scimBulk = scimBulk;
        start(2, faults,
              {{QStringLiteral("actor"),
                QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@test.example")},
                            {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}}}});
        const QByteArray payload =
            body.isEmpty() ? QJsonDocument(bulkBody(QJsonArray{op(userPath(1))})).toJson() : body;
        const HttpResult r = m_http->send("POST", bulkUrl(orgUuid), payload);
        QCOMPARE(r.status, status);
        QVERIFY(r.json().contains(QLatin1String("trackingId")));
        QCOMPARE(usersInState(QStringLiteral("deleted")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxBulk)
#include "tst_sandboxbulk.moc"
