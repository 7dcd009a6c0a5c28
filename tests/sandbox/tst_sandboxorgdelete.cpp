// DELETE /v1/organizations/{id} on the sandbox: every 409 condition with its exact message (alone
// and several at once), computed from the current state; 403 for partners and non-full admins;
// 204, then GET 200 for orgDeletionDelayMs, then 404; a second DELETE 404; event ordering.

#include "DataColumns.h"
#include "SandboxIds.h"
#include "SandboxServer.h"
#include "SandboxTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace wod::sandbox;
using namespace wod::sandbox::test;

namespace {

QJsonArray subs(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QJsonArray out;
    int i = 0;
    for (const auto &[type, status] : list)
        out.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("Sub-%1").arg(++i)},
                               {QStringLiteral("type"), QLatin1String(type)},
                               {QStringLiteral("status"), QLatin1String(status)}});
    return out;
}

const QString kLinked = QStringLiteral("Org cannot be deleted as it has Linked sites.");
const QString kSubs =
    QStringLiteral("Org cannot be deleted as it has active subscriptions or licenses.");
const QString kDirSync =
    QStringLiteral("Org cannot be deleted as Directory Synchronization is enabled.");
const QString kUsers = QStringLiteral("Org cannot be deleted as it has more than 1 user.");
const QString kManagedBy =
    QStringLiteral("Org cannot be deleted as it has more than 1 managed by relationship.");
const QString kManagedOrgs = QStringLiteral("Org cannot be deleted as it has managed orgs.");

QStringList descriptions(const QJsonObject &body)
{
    QStringList out;
    for (const QJsonValue &e : body.value(QLatin1String("errors")).toArray())
        out.append(e.toObject().value(QLatin1String("description")).toString());
    return out;
}

} // namespace

class TestSandboxOrgDelete : public QObject
{
    Q_OBJECT

private:
    struct Running
    {
        std::unique_ptr<SandboxServer> server;
        std::unique_ptr<Http> http;
        QUrl orgUrl() const
        {
            return at(server->baseUrl(), QStringLiteral("organizations/") + testOrgId());
        }
        // The organization as the sandbox's state holds it now.
        QJsonObject org() const { return server->state().value(QLatin1String("org")).toObject(); }
    };
    static Running run(int users, const QJsonObject &overrides, FaultConfig faults = {})
    {
        Running r;
        r.server = std::make_unique<SandboxServer>(scenario(users, overrides), faults);
        r.server->setToken(QStringLiteral("t"));
        if (!r.server->listen())
            qFatal("cannot listen");
        r.http = std::make_unique<Http>(QStringLiteral("t"));
        return r;
    }

private slots:
    void conflicts_data()
    {
        wod::test::addColumns<int, QJsonObject, QStringList>("users", "overrides", "expected");
        QTest::newRow("linked sites") << 0
                                      << QJsonObject{{QStringLiteral("linkedSites"),
                                                      QJsonArray{QStringLiteral("acme.webex.com")}}}
                                      << QStringList{kLinked};
        QTest::newRow("paid subscription")
            << 0 << QJsonObject{{QStringLiteral("subscriptions"), subs({{"paid", "active"}})}}
            << QStringList{kSubs};
        QTest::newRow("active partner trial")
            << 0
            << QJsonObject{{QStringLiteral("subscriptions"), subs({{"partner_trial", "active"}})}}
            << QStringList{kSubs};
        QTest::newRow("free and paid mixed")
            << 0
            << QJsonObject{{QStringLiteral("subscriptions"),
                            subs({{"free", "active"}, {"paid", "expired"}})}}
            << QStringList{kSubs};
        QTest::newRow("directory sync")
            << 0 << QJsonObject{{QStringLiteral("directorySync"), true}} << QStringList{kDirSync};
        QTest::newRow("more than 1 user") << 1 << QJsonObject{} << QStringList{kUsers};
        QTest::newRow("two managed by")
            << 0
            << QJsonObject{{QStringLiteral("managedBy"),
                            QJsonArray{QStringLiteral("P1"), QStringLiteral("P2")}}}
            << QStringList{kManagedBy};
        QTest::newRow("managed orgs")
            << 0
            << QJsonObject{{QStringLiteral("managedOrgs"), QJsonArray{QStringLiteral("Child")}}}
            << QStringList{kManagedOrgs};
        QTest::newRow("all six at once")
            << 3
            << QJsonObject{{QStringLiteral("linkedSites"),
                            QJsonArray{QStringLiteral("a.webex.com")}},
                           {QStringLiteral("subscriptions"), subs({{"paid", "active"}})},
                           {QStringLiteral("directorySync"), true},
                           {QStringLiteral("managedBy"),
                            QJsonArray{QStringLiteral("P1"), QStringLiteral("P2")}},
                           {QStringLiteral("managedOrgs"), QJsonArray{QStringLiteral("Child")}}}
            << QStringList{kLinked, kSubs, kDirSync, kUsers, kManagedBy, kManagedOrgs};
        QTest::newRow("users and directory sync")
            << 2 << QJsonObject{{QStringLiteral("directorySync"), true}}
            << QStringList{kDirSync, kUsers};
    }
    void conflicts()
    {
        QFETCH(int, users);
        QFETCH(QJsonObject, overrides);
        QFETCH(QStringList, expected);
        Running r = run(users, overrides);
        const HttpResult res = r.http->del(r.orgUrl());
        QCOMPARE(res.status, 409);
        const QJsonObject body = res.json();
        QCOMPARE(descriptions(body), expected);
        QCOMPARE(body.value(QLatin1String("message")).toString(), expected.join(QLatin1Char(' ')));
        QCOMPARE(body.value(QLatin1String("trackingId")).toString().toLatin1(),
                 res.header("TrackingID"));
        const QJsonObject state = r.server->state();
        const QJsonObject org = state.value(QLatin1String("org")).toObject();
        QCOMPARE(org.value(QLatin1String("state")).toString(), QStringLiteral("active"));
        QCOMPARE(org.value(QLatin1String("deleteRequests")).toInt(), 1);
        QVERIFY(org.value(QLatin1String("deleteAcceptedAt")).isNull());
        const QJsonArray events = state.value(QLatin1String("events")).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("org_delete_conflict"));
    }

    void conditionsComeFromCurrentState()
    {
        Running r = run(2, {});
        QCOMPARE(r.http->del(r.orgUrl()).status, 409);
        for (int i = 1; i <= 2; ++i) {
            const QString id = SandboxIds::personId(QStringLiteral("user%1@test.example").arg(i));
            const QUrl convert = at(r.server->baseUrl(),
                                    QStringLiteral("controlHub/organizations/%1/people/%2/convert")
                                        .arg(testOrgId(), id));
            QCOMPARE(r.http->post(convert, {}).status, 200);
        }
        QCOMPARE(r.http->del(r.orgUrl()).status, 204);
    }

    void forbidden_data()
    {
        wod::test::addColumns<QJsonObject, QString>("actor", "message");
        QTest::newRow("partner full admin")
            << QJsonObject{{QStringLiteral("email"), QStringLiteral("pat@partner.example")},
                           {QStringLiteral("roles"),
                            QJsonArray{QStringLiteral("Full Administrator")}},
                           {QStringLiteral("partnerOrg"), QStringLiteral("Contoso Partner")}}
            << QStringLiteral("Partners can't delete organizations for their customers.");
        QTest::newRow("user administrator")
            << QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@test.example")},
                           {QStringLiteral("roles"),
                            QJsonArray{QStringLiteral("User Administrator")}}}
            << QStringLiteral("Only a Full Administrator of the organization can delete it.");
        QTest::newRow("read-only administrator")
            << QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@test.example")},
                           {QStringLiteral("roles"),
                            QJsonArray{QStringLiteral("Read-only Administrator")}}}
            << QStringLiteral("Only a Full Administrator of the organization can delete it.");
    }
    void forbidden()
    {
        QFETCH(QJsonObject, actor);
        QFETCH(QString, message);
        // Zero users besides the actor: were it allowed, the delete would succeed.
        Running r = run(0, {{QStringLiteral("actor"), actor}});
        const HttpResult res = r.http->del(r.orgUrl());
        QCOMPARE(res.status, 403);
        QCOMPARE(res.json().value(QLatin1String("message")).toString(), message);
        QCOMPARE(r.org().value(QLatin1String("state")).toString(), QStringLiteral("active"));
    }

    void acceptedThenGoneAfterDelay()
    {
        FaultConfig faults;
        faults.orgDeletionDelayMs = 300;
        Running r = run(0, {}, faults);
        QCOMPARE(
            r.http->del(at(r.server->baseUrl(), QStringLiteral("organizations/unknown"))).status,
            404);
        const HttpResult res = r.http->del(r.orgUrl());
        QCOMPARE(res.status, 204);
        QVERIFY(res.body.isEmpty());
        const QJsonObject org = r.org();
        QCOMPARE(org.value(QLatin1String("state")).toString(), QStringLiteral("deleting"));
        QVERIFY(!org.value(QLatin1String("deleteAcceptedAt")).toString().isEmpty());
        QCOMPARE(org.value(QLatin1String("activeUsersAtDelete")).toInt(), 1);
        QCOMPARE(r.http->get(r.orgUrl()).status, 200); // still visible while deleting
        QCOMPARE(r.http->del(r.orgUrl()).status, 404); // a second DELETE while deleting
        QTRY_COMPARE_WITH_TIMEOUT(r.http->get(r.orgUrl()).status, 404, 5000);
        QCOMPARE(r.org().value(QLatin1String("state")).toString(), QStringLiteral("deleted"));
        QCOMPARE(
            r.http->get(at(r.server->baseUrl(), QStringLiteral("organizations"))).items().size(),
            0);
        QCOMPARE(r.http->del(r.orgUrl()).status, 404);
        QCOMPARE(r.org().value(QLatin1String("deleteRequests")).toInt(), 3);
    }

    void orgByUuidToo()
    {
        Running r = run(1, {});
        const QString uuid = QStringLiteral("00000000-0000-4000-8000-0000000000aa");
        QCOMPARE(
            r.http->get(at(r.server->baseUrl(), QStringLiteral("organizations/") + uuid)).status,
            200);
    }

    void eventsOrderUsersBeforeOrg()
    {
        FaultConfig faults;
        faults.orgDeletionDelayMs = 0;
        Running r = run(4, {}, faults);
        QStringList ids;
        for (int i = 1; i <= 4; ++i)
            ids.append(SandboxIds::personId(QStringLiteral("user%1@test.example").arg(i)));
        QCOMPARE(r.http->del(personUrl(r.server->baseUrl(), ids.at(0))).status, 204);
        QCOMPARE(r.http
                     ->post(at(r.server->baseUrl(),
                               QStringLiteral("controlHub/organizations/%1/people/%2/convert")
                                   .arg(testOrgId(), ids.at(1))),
                            {})
                     .status,
                 200);
        QCOMPARE(r.http->del(r.orgUrl()).status, 409); // two users left
        QCOMPARE(r.http->del(personUrl(r.server->baseUrl(), ids.at(2))).status, 204);
        QCOMPARE(r.http->del(personUrl(r.server->baseUrl(), ids.at(3))).status, 204);
        QCOMPARE(r.http->del(r.orgUrl()).status, 204);
        const QJsonObject state = r.server->state();
        QStringList kinds;
        qint64 lastSeq = 0;
        for (const QJsonValue &v : state.value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            QVERIFY(e.value(QLatin1String("seq")).toInteger() > lastSeq);
            lastSeq = e.value(QLatin1String("seq")).toInteger();
            kinds.append(e.value(QLatin1String("kind")).toString());
        }
        QCOMPARE(
            kinds,
            (QStringList{QStringLiteral("user_deleted"), QStringLiteral("user_converted"),
                         QStringLiteral("org_delete_conflict"), QStringLiteral("user_deleted"),
                         QStringLiteral("user_deleted"), QStringLiteral("org_delete_accepted")}));
        QCOMPARE(
            state.value(QLatin1String("org")).toObject().value(QLatin1String("state")).toString(),
            QStringLiteral("deleted"));
        QCOMPARE(state.value(QLatin1String("org"))
                     .toObject()
                     .value(QLatin1String("activeUsersAtDelete"))
                     .toInt(),
                 1);
        const QJsonArray users = state.value(QLatin1String("users")).toArray();
        QCOMPARE(users.at(0).toObject().value(QLatin1String("transitions")).toInt(),
                 0); // the actor
        QCOMPARE(users.at(0).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("active"));
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(users.at(i).toObject().value(QLatin1String("transitions")).toInt(), 1);
        QCOMPARE(
            state.value(QLatin1String("actor")).toObject().value(QLatin1String("email")).toString(),
            QStringLiteral("admin@test.example"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxOrgDelete)
#include "tst_sandboxorgdelete.moc"
