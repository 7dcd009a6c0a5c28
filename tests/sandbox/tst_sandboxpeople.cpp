// The public read endpoints and DELETE /v1/people/{id} of the sandbox over real HTTP on 127.0.0.1:
// auth (401), roles (403), pagination by Link with the max cap, ids stable across restarts.

#include "DataColumns.h"
#include "SandboxIds.h"
#include "SandboxServer.h"
#include "SandboxTestSupport.h"
#include "StateQueries.h"
#include "WebexId.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace wod::sandbox;
using namespace wod::sandbox::test;

class TestSandboxPeople : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(scenario(25), FaultConfig{});
        m_server->setToken(QStringLiteral("good-token"));
        QString error;
        QVERIFY2(m_server->listen(0, &error), qPrintable(error));
        m_http = std::make_unique<Http>(QStringLiteral("good-token"));
    }
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void listensOnLoopbackWithV1Base()
    {
        QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_server->baseUrl().path(), QStringLiteral("/v1"));
        QVERIFY(m_server->port() != 0);
    }

    void unauthorized_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("no token") << QString();
        QTest::newRow("wrong token") << QStringLiteral("bad-token");
    }
    void unauthorized()
    {
        QFETCH(QString, token);
        Http http(token);
        const HttpResult r = http.get(at(m_server->baseUrl(), QStringLiteral("people/me")));
        QCOMPARE(r.status, 401);
        const QJsonObject body = r.json();
        const QString expected = QStringLiteral(
            "The request requires a valid access token set in the Authorization request header.");
        QCOMPARE(body.value(QLatin1String("message")).toString(), expected);
        QCOMPARE(body.value(QLatin1String("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("description"))
                     .toString(),
                 expected);
        QVERIFY2(body.value(QLatin1String("trackingId"))
                     .toString()
                     .startsWith(QLatin1String("SANDBOX_")),
                 r.body.constData());
        QCOMPARE(r.header("TrackingID"),
                 body.value(QLatin1String("trackingId")).toString().toLatin1());
        QCOMPARE(r.header("Content-Type"), QByteArrayLiteral("application/json;charset=UTF-8"));
        QCOMPARE(m_server->state()
                     .value(QLatin1String("counters"))
                     .toObject()
                     .value(QLatin1String("unauthorized"))
                     .toInt(),
                 1);
    }

    void trackingIdIsEchoed()
    {
        const HttpResult r =
            m_http->send("GET", at(m_server->baseUrl(), QStringLiteral("people/me")), {},
                         {{"TrackingID", "CLIENT_1234"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("TrackingID"), QByteArrayLiteral("CLIENT_1234"));
    }

    void peopleMe()
    {
        const HttpResult r = m_http->get(at(m_server->baseUrl(), QStringLiteral("people/me")));
        QCOMPARE(r.status, 200);
        const QJsonObject me = r.json();
        QCOMPARE(me.value(QLatin1String("id")).toString(),
                 SandboxIds::personId(QStringLiteral("admin@test.example")));
        QCOMPARE(me.value(QLatin1String("emails")).toArray().at(0).toString(),
                 QStringLiteral("admin@test.example"));
        QCOMPARE(me.value(QLatin1String("orgId")).toString(), testOrgId());
        QCOMPARE(me.value(QLatin1String("type")).toString(), QStringLiteral("person"));
        QCOMPARE(me.value(QLatin1String("roles")).toArray().at(0).toString(),
                 QStringLiteral("Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfZnVsbF9hZG1pbg"));
        QVERIFY(me.contains(QLatin1String("created")));
    }

    void partnerActorHasItsOwnOrg()
    {
        SandboxServer server(
            scenario(2, {{QStringLiteral("actor"),
                          QJsonObject{
                              {QStringLiteral("email"), QStringLiteral("pat@partner.example")},
                              {QStringLiteral("roles"),
                               QJsonArray{QStringLiteral("Full Administrator")}},
                              {QStringLiteral("partnerOrg"), QStringLiteral("Contoso Partner")}}}}),
            FaultConfig{});
        server.setToken(QStringLiteral("t"));
        QVERIFY(server.listen());
        Http http(QStringLiteral("t"));
        const QJsonObject me = http.get(at(server.baseUrl(), QStringLiteral("people/me"))).json();
        QCOMPARE(me.value(QLatin1String("orgId")).toString(),
                 SandboxIds::partnerOrgId(QStringLiteral("Contoso Partner")));
        QVERIFY(me.value(QLatin1String("orgId")).toString() != testOrgId());
        // The partner is not a member: the org lists its two users only.
        QCOMPARE(http.get(at(server.baseUrl(), QStringLiteral("people"))).items().size(), 2);
    }

    void pagination_data()
    {
        wod::test::addColumns<int, int>("max", "pages");
        QTest::newRow("max 10 over 26 users") << 10 << 3;
        QTest::newRow("max 26 exactly, no Link") << 26 << 1;
        QTest::newRow("max 1") << 1 << 26;
        QTest::newRow("max 5000 capped at 1000") << 5000 << 1;
    }
    void pagination()
    {
        QFETCH(int, max);
        QFETCH(int, pages);
        QUrl url = at(m_server->baseUrl(), QStringLiteral("people?max=%1").arg(max));
        QSet<QString> ids;
        QStringList order;
        int pageCount = 0;
        while (url.isValid() && !url.isEmpty()) {
            QVERIFY2(pageCount < 100, "runaway pagination");
            const HttpResult r = m_http->get(url);
            QCOMPARE(r.status, 200);
            const QJsonArray items = r.items();
            QVERIFY2(items.size() <= qMin(max, 1000), r.body.left(200).constData());
            QVERIFY(r.json().contains(QLatin1String("notFoundIds")));
            for (const QJsonValue &v : items) {
                ids.insert(v.toObject().value(QLatin1String("id")).toString());
                order.append(
                    v.toObject().value(QLatin1String("emails")).toArray().at(0).toString());
            }
            ++pageCount;
            const QUrl next = r.nextLink();
            if (!next.isEmpty()) {
                QCOMPARE(next.host(), QStringLiteral("127.0.0.1"));
                QCOMPARE(next.port(), int(m_server->port()));
                QCOMPARE(next.path(), QStringLiteral("/v1/people"));
            }
            url = next;
        }
        QCOMPARE(pageCount, pages);
        QCOMPARE(ids.size(), 26);
        QCOMPARE(order.first(), QStringLiteral("admin@test.example"));
        QCOMPARE(order.at(1), QStringLiteral("user1@test.example"));
        QCOMPARE(order.last(), QStringLiteral("user25@test.example"));
    }

    void paginationSkipsRemovedUsers()
    {
        const HttpResult first =
            m_http->get(at(m_server->baseUrl(), QStringLiteral("people?max=10")));
        const QUrl next = first.nextLink();
        QVERIFY(!next.isEmpty());
        // Users on the next page are deleted meanwhile: the cursor still points at the right place.
        for (int i = 10; i <= 14; ++i) {
            const QString id = SandboxIds::personId(QStringLiteral("user%1@test.example").arg(i));
            QCOMPARE(m_http->del(personUrl(m_server->baseUrl(), id)).status, 204);
        }
        const HttpResult second = m_http->get(next);
        QCOMPARE(second.status, 200);
        const QJsonArray items = second.items();
        QCOMPARE(items.size(), 10);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("emails")).toArray().at(0).toString(),
                 QStringLiteral("user15@test.example"));
    }

    void badQueries_data()
    {
        wod::test::addColumns<QString, int>("query", "status");
        QTest::newRow("max 0") << QStringLiteral("people?max=0") << 400;
        QTest::newRow("max not a number") << QStringLiteral("people?max=ten") << 400;
        QTest::newRow("bad cursor") << QStringLiteral("people?cursor=zzz") << 400;
        QTest::newRow("another orgId")
            << QStringLiteral("people?orgId=") +
                   wod::WebexId::encode(QStringLiteral("ORGANIZATION"),
                                        QStringLiteral("11111111-1111-4111-8111-111111111111"))
            << 404;
        QTest::newRow("own orgId") << QStringLiteral("people?orgId=") + testOrgId() << 200;
    }
    void badQueries()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        const HttpResult r = m_http->get(at(m_server->baseUrl(), query));
        QCOMPARE(r.status, status);
        if (status != 200)
            QVERIFY2(r.json().contains(QLatin1String("trackingId")), r.body.constData());
    }

    void emailFilter_data()
    {
        wod::test::addColumns<QString, int>("email", "count");
        QTest::newRow("known") << QStringLiteral("user3@test.example") << 1;
        QTest::newRow("case-insensitive") << QStringLiteral("USER3@Test.Example") << 1;
        QTest::newRow("unknown") << QStringLiteral("nobody@test.example") << 0;
    }
    void emailFilter()
    {
        QFETCH(QString, email);
        QFETCH(int, count);
        QUrl url = at(m_server->baseUrl(), QStringLiteral("people"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("email"),
                       QString::fromLatin1(QUrl::toPercentEncoding(email)));
        url.setQuery(q);
        const HttpResult r = m_http->get(url);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().size(), count);
    }

    void personGetAndDelete()
    {
        const QString id = SandboxIds::personId(QStringLiteral("user2@test.example"));
        const QUrl url = personUrl(m_server->baseUrl(), id);
        HttpResult r = m_http->get(url);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("displayName")).toString(), QStringLiteral("User 2"));
        QCOMPARE(m_http->del(url).status, 204);
        QCOMPARE(m_http->get(url).status, 404);
        QCOMPARE(m_http->del(url).status, 404); // already gone
        const QJsonArray users = m_server->state().value(QLatin1String("users")).toArray();
        const QJsonObject u = users.at(2).toObject();
        QCOMPARE(u.value(QLatin1String("email")).toString(), QStringLiteral("user2@test.example"));
        QCOMPARE(u.value(QLatin1String("state")).toString(), QStringLiteral("deleted"));
        QCOMPARE(u.value(QLatin1String("transitions")).toInt(), 1);
    }

    void personByUuidToo()
    {
        const QString uuid = SandboxIds::personUuid(QStringLiteral("user2@test.example"));
        QCOMPARE(m_http->get(personUrl(m_server->baseUrl(), uuid)).status, 200);
    }

    void deleteUnknownAndSelf()
    {
        QCOMPARE(m_http->del(at(m_server->baseUrl(), QStringLiteral("people/nobody"))).status, 404);
        const HttpResult self = m_http->del(personUrl(
            m_server->baseUrl(), SandboxIds::personId(QStringLiteral("admin@test.example"))));
        QCOMPARE(self.status, 409);
        QCOMPARE(self.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("You cannot delete your own account."));
    }

    void rolesDecide_data()
    {
        wod::test::addColumns<QStringList, int, int>("roles", "deleteStatus", "listStatus");
        QTest::newRow("full admin")
            << QStringList{QStringLiteral("Full Administrator")} << 204 << 200;
        QTest::newRow("user admin")
            << QStringList{QStringLiteral("User Administrator")} << 204 << 200;
        QTest::newRow("read-only admin")
            << QStringList{QStringLiteral("Read-only Administrator")} << 403 << 200;
        QTest::newRow("no admin role") << QStringList{} << 403 << 403;
    }
    void rolesDecide()
    {
        QFETCH(QStringList, roles);
        QFETCH(int, deleteStatus);
        QFETCH(int, listStatus);
        SandboxServer server(
            scenario(2,
                     {{QStringLiteral("actor"),
                       QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@test.example")},
                                   {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}}}}),
            FaultConfig{});
        server.setToken(QStringLiteral("t"));
        QVERIFY(server.listen());
        Http http(QStringLiteral("t"));
        QCOMPARE(http.get(at(server.baseUrl(), QStringLiteral("people"))).status, listStatus);
        QCOMPARE(http.get(at(server.baseUrl(), QStringLiteral("people/me"))).status, 200);
        const HttpResult r = http.del(personUrl(
            server.baseUrl(), SandboxIds::personId(QStringLiteral("user1@test.example"))));
        QCOMPARE(r.status, deleteStatus);
        const QString state = wod::test::userState(server.state(), QStringLiteral("user1@test.example"));
        QCOMPARE(state, deleteStatus == 204 ? QStringLiteral("deleted") : QStringLiteral("active"));
    }

    void organizationsRolesLicenses()
    {
        HttpResult r = m_http->get(at(m_server->baseUrl(), QStringLiteral("organizations")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().size(), 1);
        QCOMPARE(r.items().at(0).toObject().value(QLatin1String("displayName")).toString(),
                 QStringLiteral("Test Org"));
        QVERIFY(!r.header("Link").size());

        r = m_http->get(at(m_server->baseUrl(), QStringLiteral("organizations/") + testOrgId()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("id")).toString(), testOrgId());
        QCOMPARE(r.json().value(QLatin1String("created")).toString(),
                 QStringLiteral("2026-01-02T03:04:05.000Z"));
        QCOMPARE(m_http->get(at(m_server->baseUrl(), QStringLiteral("organizations/other"))).status,
                 404);

        r = m_http->get(at(m_server->baseUrl(), QStringLiteral("roles")));
        QCOMPARE(r.status, 200);
        QStringList names;
        for (const QJsonValue &v : r.items())
            names.append(v.toObject().value(QLatin1String("name")).toString());
        for (const char *n :
             {"Full Administrator", "Read-only Administrator", "User Administrator",
              "Device Administrator", "Support Administrator", "Billing Administrator"})
            QVERIFY2(names.contains(QLatin1String(n)), n);

        r = m_http->get(at(m_server->baseUrl(), QStringLiteral("licenses")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().size(), 1);
        QCOMPARE(r.items().at(0).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Free Messaging"));
        QCOMPARE(r.items().at(0).toObject().value(QLatin1String("subscriptionId")).toString(),
                 QStringLiteral("Sub-FREE-1"));
    }

    void linkedSitesAppearAsLicenses()
    {
        SandboxServer server(scenario(0, {{QStringLiteral("linkedSites"),
                                           QJsonArray{QStringLiteral("acme.webex.com")}}}),
                             FaultConfig{});
        server.setToken(QStringLiteral("t"));
        QVERIFY(server.listen());
        Http http(QStringLiteral("t"));
        const QJsonArray items = http.get(at(server.baseUrl(), QStringLiteral("licenses"))).items();
        QCOMPARE(items.size(), 2);
        const QJsonObject site = items.at(1).toObject();
        QCOMPARE(site.value(QLatin1String("siteUrl")).toString(), QStringLiteral("acme.webex.com"));
        QCOMPARE(site.value(QLatin1String("siteType")).toString(), QStringLiteral("Linked site"));
    }

    void unknownRouteAndMethod()
    {
        QCOMPARE(m_http->get(at(m_server->baseUrl(), QStringLiteral("nothing/here"))).status, 404);
        QCOMPARE(m_http->del(at(m_server->baseUrl(), QStringLiteral("roles"))).status, 405);
    }

    void idsStableAcrossRestarts()
    {
        const QJsonArray before =
            m_http->get(at(m_server->baseUrl(), QStringLiteral("people"))).items();
        m_server = std::make_unique<SandboxServer>(scenario(25), FaultConfig{});
        m_server->setToken(QStringLiteral("good-token"));
        QVERIFY(m_server->listen());
        m_http->reset();
        const QJsonArray after =
            m_http->get(at(m_server->baseUrl(), QStringLiteral("people"))).items();
        QCOMPARE(after, before);
    }

    void countersByRoute()
    {
        m_http->get(at(m_server->baseUrl(), QStringLiteral("people")));
        m_http->get(at(m_server->baseUrl(), QStringLiteral("people/me")));
        m_http->get(at(m_server->baseUrl(), QStringLiteral("people/x")));
        m_http->get(QUrl(m_server->baseUrl().toString().replace(
            QStringLiteral("/v1"), QStringLiteral("/_sandbox/state"))));
        const QJsonObject counters = m_server->state().value(QLatin1String("counters")).toObject();
        QCOMPARE(counters.value(QLatin1String("requests")).toInt(), 3); // /_sandbox not counted
        const QJsonObject byRoute = counters.value(QLatin1String("byRoute")).toObject();
        QCOMPARE(byRoute.value(QLatin1String("GET /v1/people")).toInt(), 1);
        QCOMPARE(byRoute.value(QLatin1String("GET /v1/people/me")).toInt(), 1);
        QCOMPARE(byRoute.value(QLatin1String("GET /v1/people/{id}")).toInt(), 1);
    }


    // Qt's HTTP server would log request headers at debug level; the sandbox keeps those
    // categories off even when the user's rules turn them on, so the token never reaches a log.
    void tokenNeverLoggedEvenWithHttpServerDebugOn()
    {
        static QStringList captured;
        captured.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("qt.httpserver*=true\nqt.httpserver*.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) {
                captured.append(message);
            });
        const HttpResult r = m_http->get(at(m_server->baseUrl(), QStringLiteral("people/me")));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(r.status, 200);
        for (const QString &line : std::as_const(captured))
            QVERIFY2(!line.contains(QLatin1String("good-token")), qPrintable(line));
    }

    // A partner admin reads their own organization (its name labels them in the checklist).
    void partnerReadsOwnOrganization()
    {
        QJsonObject overrides{{QStringLiteral("actor"),
                               QJsonObject{{QStringLiteral("email"), QStringLiteral("pat@partner.example")},
                                           {QStringLiteral("roles"), QJsonArray{QStringLiteral("Full Administrator")}},
                                           {QStringLiteral("partnerOrg"), QStringLiteral("Contoso Partner")}}}};
        SandboxServer server(scenario(2, overrides), FaultConfig{});
        server.setToken(QStringLiteral("good-token"));
        QVERIFY(server.listen(0));
        const HttpResult me = m_http->get(at(server.baseUrl(), QStringLiteral("people/me")));
        QCOMPARE(me.status, 200);
        const QString ownOrg = me.json().value(QLatin1String("orgId")).toString();
        QVERIFY(ownOrg != testOrgId());
        const HttpResult org = m_http->get(at(server.baseUrl(), QStringLiteral("organizations/") + ownOrg));
        QCOMPARE(org.status, 200);
        QCOMPARE(org.json().value(QLatin1String("displayName")).toString(), QStringLiteral("Contoso Partner"));
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Http> m_http;
};

QTEST_GUILESS_MAIN(TestSandboxPeople)
#include "tst_sandboxpeople.moc"
