// The --check --json object is a public contract (issue 2, section 4): its keys and their types,
// for eligible, blocked and partly unknown organizations.

#include "EligibilityPolicy.h"
#include "SnapshotBuilder.h"
#include "VerdictJson.h"

#include <QJsonArray>
#include <QtTest>

using namespace wod;
using wod::test::SnapshotBuilder;

class TestVerdictJson : public QObject
{
    Q_OBJECT

private slots:
    void schema_data();
    void schema();
    void blockerDetailsOnlyWhenPresent();
};

namespace {
QStringList sortedKeys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}
const QStringList kCriteria{QStringLiteral("expired_partner_trials"),
                            QStringLiteral("online_trials"), QStringLiteral("free_only"),
                            QStringLiteral("no_subscriptions")};
const QStringList kCodes{QStringLiteral("not_full_admin"), QStringLiteral("partner_admin"),
                         QStringLiteral("subscriptions"),  QStringLiteral("linked_sites"),
                         QStringLiteral("directory_sync"), QStringLiteral("multiple_managed_by"),
                         QStringLiteral("managed_orgs"),   QStringLiteral("multiple_users"),
                         QStringLiteral("unknown")};
const QStringList kStates{QStringLiteral("passed"), QStringLiteral("failed"),
                          QStringLiteral("unknown"), QStringLiteral("info")};
} // namespace

void TestVerdictJson::schema_data()
{
    QTest::addColumn<OrgSnapshot>("snapshot");
    QTest::newRow("eligible, free only, users")
        << SnapshotBuilder().subs(QStringLiteral("free/active")).otherUsers(3).build();
    QTest::newRow("eligible, no subscriptions") << SnapshotBuilder().build();
    QTest::newRow("blocked by everything")
        << SnapshotBuilder().everyBlocker(QStringLiteral("Contoso")).build();
    QTest::newRow("everything unknown")
        << SnapshotBuilder().unknownSubs().unknownServerConditions().build();
}

void TestVerdictJson::schema()
{
    QFETCH(OrgSnapshot, snapshot);
    const Verdict v = EligibilityPolicy::evaluate(snapshot);
    const QJsonObject o = verdictToJson(snapshot, v);

    QCOMPARE(sortedKeys(o),
             QStringList({QStringLiteral("blockers"), QStringLiteral("checklist"),
                          QStringLiteral("criterion"), QStringLiteral("eligible"),
                          QStringLiteral("org"), QStringLiteral("popup"), QStringLiteral("unknown"),
                          QStringLiteral("usersToHandle")}));
    // org
    QVERIFY(o.value(QStringLiteral("org")).isObject());
    const QJsonObject org = o.value(QStringLiteral("org")).toObject();
    QCOMPARE(sortedKeys(org), QStringList({QStringLiteral("displayName"), QStringLiteral("id")}));
    QCOMPARE(org.value(QStringLiteral("id")).toString(), snapshot.orgId);
    QCOMPARE(org.value(QStringLiteral("displayName")).toString(), snapshot.orgDisplayName);
    // scalars
    QVERIFY(o.value(QStringLiteral("eligible")).isBool());
    QCOMPARE(o.value(QStringLiteral("eligible")).toBool(), v.eligible);
    QVERIFY(o.value(QStringLiteral("popup")).isBool());
    QCOMPARE(o.value(QStringLiteral("popup")).toBool(), v.popup);
    const QJsonValue users = o.value(QStringLiteral("usersToHandle"));
    QVERIFY(users.isDouble());
    QCOMPARE(users.toDouble(), double(users.toInt()));
    QCOMPARE(users.toInt(), v.usersToHandle);
    const QJsonValue criterion = o.value(QStringLiteral("criterion"));
    QVERIFY2(criterion.isNull() ||
                 (criterion.isString() && kCriteria.contains(criterion.toString())),
             "criterion: one of the four wire names, or null");
    QCOMPARE(criterion.isNull(), !v.criterion.has_value());
    // blockers
    QVERIFY(o.value(QStringLiteral("blockers")).isArray());
    const QJsonArray blockers = o.value(QStringLiteral("blockers")).toArray();
    QCOMPARE(blockers.size(), v.blockers.size());
    for (const QJsonValue &b : blockers) {
        QVERIFY(b.isObject());
        const QJsonObject bo = b.toObject();
        for (const char *key : {"code", "message", "remedy"}) {
            QVERIFY2(bo.value(QLatin1String(key)).isString() &&
                         !bo.value(QLatin1String(key)).toString().isEmpty(),
                     key);
        }
        QVERIFY2(kCodes.contains(bo.value(QStringLiteral("code")).toString()),
                 qPrintable(bo.value(QStringLiteral("code")).toString()));
        QStringList allowed{QStringLiteral("code"), QStringLiteral("details"),
                            QStringLiteral("message"), QStringLiteral("remedy")};
        for (const QString &k : bo.keys())
            QVERIFY2(allowed.contains(k), qPrintable(k));
        if (bo.contains(QStringLiteral("details"))) {
            QVERIFY(bo.value(QStringLiteral("details")).isArray());
            for (const QJsonValue &d : bo.value(QStringLiteral("details")).toArray())
                QVERIFY(d.isString());
        }
    }
    QCOMPARE(o.value(QStringLiteral("eligible")).toBool(), blockers.isEmpty());
    // unknown
    QVERIFY(o.value(QStringLiteral("unknown")).isArray());
    QStringList unknown;
    for (const QJsonValue &u : o.value(QStringLiteral("unknown")).toArray()) {
        QVERIFY(u.isString());
        unknown.append(u.toString());
    }
    QCOMPARE(unknown, v.unknown);
    // checklist
    QVERIFY(o.value(QStringLiteral("checklist")).isArray());
    const QJsonArray checklist = o.value(QStringLiteral("checklist")).toArray();
    QCOMPARE(checklist.size(), v.checklist.size());
    for (const QJsonValue &c : checklist) {
        const QJsonObject co = c.toObject();
        for (const char *key : {"id", "state", "title", "detail"})
            QVERIFY2(co.value(QLatin1String(key)).isString(), key);
        QVERIFY(kStates.contains(co.value(QStringLiteral("state")).toString()));
        if (co.contains(QStringLiteral("remedy")))
            QVERIFY(co.value(QStringLiteral("remedy")).isString());
    }
}

void TestVerdictJson::blockerDetailsOnlyWhenPresent()
{
    const QJsonObject plain = blockerToJson(makeBlocker(BlockerCode::DirectorySync));
    QVERIFY2(!plain.contains(QStringLiteral("details")), "no empty details array");
    const QJsonObject named =
        blockerToJson(makeBlocker(BlockerCode::LinkedSites, {QStringLiteral("a.webex.com")}));
    QCOMPARE(named.value(QStringLiteral("details")).toArray(),
             QJsonArray{QStringLiteral("a.webex.com")});
    QCOMPARE(named.value(QStringLiteral("code")).toString(), QStringLiteral("linked_sites"));
    QCOMPARE(named.value(QStringLiteral("message")).toString(),
             QStringLiteral("Org cannot be deleted as it has Linked sites."));
}

QTEST_GUILESS_MAIN(TestVerdictJson)
#include "tst_verdictjson.moc"
