// The human --check output: one line per check with a textual status that reads without colour,
// then the verdict sentence.

#include "DataColumns.h"
#include "EligibilityPolicy.h"
#include "SnapshotBuilder.h"
#include "VerdictText.h"

#include <QtTest>

using namespace wod;
using wod::test::SnapshotBuilder;

class TestVerdictText : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
};

void TestVerdictText::text_data()
{
    wod::test::addColumns<OrgSnapshot, QStringList, QStringList>("snapshot", "contains", "absent");
    QTest::newRow("eligible, free only, three users")
        << SnapshotBuilder().subs(QStringLiteral("free/active")).otherUsers(3).build()
        << QStringList{QStringLiteral("Organization: Northwind Trial (org-1)"),
                       QStringLiteral("[ OK ] Who may delete"),
                       QStringLiteral("[INFO] Users"),
                       QStringLiteral("Eligible: the organization can be deleted."),
                       QStringLiteral("It only has free subscriptions"),
                       QStringLiteral("3 user(s) besides you"),
                       QStringLiteral("Remind Me Later")}
        << QStringList{QStringLiteral("[FAIL]"), QStringLiteral("Not eligible")};
    QTest::newRow("blocked by linked sites and directory sync")
        << SnapshotBuilder().linkedSites(1).directorySync(true).build()
        << QStringList{QStringLiteral("[FAIL] Linked sites"),
                       QStringLiteral("[FAIL] Directory Synchronization"),
                       QStringLiteral("What to do: "), QStringLiteral("site1.webex.com"),
                       QStringLiteral("Not eligible: 2 blocker(s)")}
        << QStringList{QStringLiteral("Eligible:"), QStringLiteral("Remind Me Later")};
    QTest::newRow("unknown conditions")
        << SnapshotBuilder().unknownSubs().unknownServerConditions().build()
        << QStringList{QStringLiteral("[ ?? ] Subscriptions"),
                       QStringLiteral("[ ?? ] Linked sites"), QStringLiteral("the server decides")}
        << QStringList{QStringLiteral("[FAIL]")};
}

void TestVerdictText::text()
{
    QFETCH(OrgSnapshot, snapshot);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, absent);
    const QString out = verdictToText(snapshot, EligibilityPolicy::evaluate(snapshot));
    for (const QString &c : contains)
        QVERIFY2(out.contains(c), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(c, out)));
    for (const QString &a : absent)
        QVERIFY2(!out.contains(a),
                 qPrintable(QStringLiteral("unexpected \"%1\" in:\n%2").arg(a, out)));
    QVERIFY(out.endsWith(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestVerdictText)
#include "tst_verdicttext.moc"
