// The sandbox's routing table and fault table, alone: which template names a path, which method
// finds a handler (else 405), what the placeholders capture, that the extension endpoints come
// from ApiExtensions; and that the fault keys, their kinds, toJson() and the unknown-key message
// all speak of the same keys.

#include "ApiRoutes.h"
#include "FaultConfig.h"
#include "RouteTable.h"

#include <QJsonObject>
#include <QTest>

using namespace wod::sandbox;
namespace ext = wod::ApiExtensions;

namespace {
// Three handlers, told apart by their address (none is called).
SandboxResponse first(RouteContext &, const QStringList &)
{
    return SandboxResponse::jsonText(201, {});
}
SandboxResponse second(RouteContext &, const QStringList &)
{
    return SandboxResponse::jsonText(202, {});
}
SandboxResponse third(RouteContext &, const QStringList &)
{
    return SandboxResponse::jsonText(203, {});
}
} // namespace

class TestSandboxRouteTable : public QObject
{
    Q_OBJECT

private slots:
    void firstTemplateNamesTheRoute()
    {
        RouteTable t;
        t.add("GET", "/v1/people/me", first);
        t.add("GET", "/v1/people/{id}", second);
        t.add("DELETE", "/v1/people/{id}", third);

        const auto me = t.find(QStringLiteral("GET"), QStringLiteral("/v1/people/me"));
        QVERIFY(me);
        QCOMPARE(me->name, QStringLiteral("/v1/people/me"));
        QVERIFY(me->handler == &first);
        QVERIFY(me->params.isEmpty());

        // DELETE of "me" is not the {id} route: the template that matched first takes no DELETE.
        const auto deleteMe = t.find(QStringLiteral("DELETE"), QStringLiteral("/v1/people/me"));
        QVERIFY(deleteMe);
        QCOMPARE(deleteMe->name, QStringLiteral("/v1/people/me"));
        QVERIFY(!deleteMe->handler);

        const auto del = t.find(QStringLiteral("DELETE"), QStringLiteral("/v1/people/abc"));
        QVERIFY(del);
        QCOMPARE(del->name, QStringLiteral("/v1/people/{id}"));
        QVERIFY(del->handler == &third);
        QCOMPARE(del->params, QStringList{QStringLiteral("abc")});
        QVERIFY(!del->extension);

        const auto post = t.find(QStringLiteral("POST"), QStringLiteral("/v1/people/abc"));
        QVERIFY(post);
        QVERIFY(!post->handler);
    }

    void segmentsAreComparedWholeAndEmptyOnesSkipped()
    {
        RouteTable t;
        t.add("POST", "/identity/scim/{orgUuid}/v2/Bulk", first);
        const auto found =
            t.find(QStringLiteral("POST"), QStringLiteral("//identity/scim/u1/v2/Bulk/"));
        QVERIFY(found);
        QCOMPARE(found->params, QStringList{QStringLiteral("u1")});
        QVERIFY(!t.find(QStringLiteral("POST"), QStringLiteral("/identity/scim/u1/v2/bulk")));
        QVERIFY(!t.find(QStringLiteral("POST"), QStringLiteral("/identity/scim/u1/v2/Bulk/x")));
        QVERIFY(!t.find(QStringLiteral("POST"), QStringLiteral("/identity/scim/v2/Bulk")));
    }

    void extensionsComeFromTheirDeclaration()
    {
        RouteTable t;
        t.addExtension(ext::Endpoint::Convert, first);
        const ext::Declaration &d = ext::declaration(ext::Endpoint::Convert);
        const QString path = QStringLiteral("/v1/") + ext::relativePath(ext::Endpoint::Convert,
                                                                        QStringLiteral("ORG"),
                                                                        QStringLiteral("PERSON"));
        const auto found = t.find(QLatin1String(d.method), path);
        QVERIFY(found);
        QVERIFY(found->extension);
        QCOMPARE(found->name, QLatin1String(d.pathTemplate));
        QCOMPARE(found->params, (QStringList{QStringLiteral("ORG"), QStringLiteral("PERSON")}));
        QVERIFY(found->handler == &first);
        QVERIFY(!t.find(QStringLiteral("GET"), path)->handler);
    }

    // Every declared extension endpoint and every route of the contract has a route.
    void everyEndpointIsRouted()
    {
        for (const ext::Declaration &d : ext::declarations()) {
            const QString path =
                QStringLiteral("/v1/") +
                ext::relativePath(d.endpoint, QStringLiteral("o"), QStringLiteral("p"));
            QCOMPARE(ApiRoutes::routeName(QLatin1String(d.method), path),
                     QLatin1String(d.method) + QLatin1Char(' ') + QLatin1String(d.pathTemplate));
        }
        QCOMPARE(ApiRoutes::routeName(QStringLiteral("DELETE"), QStringLiteral("/v1/people/me")),
                 QStringLiteral("DELETE /v1/people/me"));
        QCOMPARE(ApiRoutes::routeName(QStringLiteral("GET"), QStringLiteral("/v1/people/x/y")),
                 QStringLiteral("unmatched"));
    }

    void faultKeysAgree()
    {
        const QJsonObject all = FaultConfig{}.toJson();
        QString error;
        QVERIFY(!FaultConfig::fromJson({{QStringLiteral("nope"), 1}}, &error));
        for (auto it = all.begin(); it != all.end(); ++it) {
            QVERIFY2(FaultConfig::kindOf(it.key()), qPrintable(it.key()));
            QVERIFY2(error.contains(it.key()), qPrintable(it.key()));
        }
        QVERIFY(!FaultConfig::kindOf(QStringLiteral("nope")));
        QCOMPARE(*FaultConfig::kindOf(QStringLiteral("errorRate")), FaultConfig::ValueKind::Rate);
        QCOMPARE(*FaultConfig::kindOf(QStringLiteral("seed")), FaultConfig::ValueKind::WholeNumber);
        QCOMPARE(*FaultConfig::kindOf(QStringLiteral("scimBulk")), FaultConfig::ValueKind::Switch);
        QCOMPARE(*FaultConfig::kindOf(QStringLiteral("conflictAtDelete")),
                 FaultConfig::ValueKind::BlockerCodes);

        // toJson() and fromJson() read and write the same keys and values.
        FaultConfig c;
        c.errorRate = 0.25;
        c.seed = 4'000'000'000u / 2;
        c.scimBulk = false;
        c.conflictAtDelete = QStringList{QStringLiteral("managed_orgs")};
        c.scimBulkStatus = 403;
        const auto back = FaultConfig::fromJson(c.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == c);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRouteTable)
#include "tst_sandboxroutetable.moc"
