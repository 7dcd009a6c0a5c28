// The client process killed with SIGKILL at several points of a real deletion, then resumed from
// its journal: the standalone sandbox's state proves every user handled exactly once, the acting
// admin untouched, and the organization's DELETE accepted once, after every user.

#include "DataColumns.h"
#include "ProcessRig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using wod::faults::ProcessRig;

class TestKillResume : public QObject
{
    Q_OBJECT

private slots:
    void killedClientResumes_data()
    {
        // killPoint: "users:N" or "org"
        wod::test::addColumns<QString, int, QJsonObject, QString>("disposition", "users", "faults",
                                                                  "killPoint");
        const QJsonObject slow{{QStringLiteral("latencyMs"), 20}, {QStringLiteral("orgDeletionDelayMs"), 1500}};
        QJsonObject noBulk = slow;
        noBulk.insert(QStringLiteral("scimBulk"), false);
        const QJsonObject slowBulk{{QStringLiteral("latencyMs"), 150},
                                   {QStringLiteral("orgDeletionDelayMs"), 1500}};
        QTest::newRow("convert, killed after the first user") << "convert" << 300 << slow << "users:1";
        QTest::newRow("convert, killed halfway") << "convert" << 300 << slow << "users:150";
        QTest::newRow("convert, killed after the org DELETE") << "convert" << 100 << slow << "org";
        QTest::newRow("delete one by one, killed halfway") << "delete" << 300 << noBulk << "users:150";
        QTest::newRow("delete with SCIM Bulk, killed mid-run") << "delete" << 2000 << slowBulk << "users:1";
        QTest::newRow("delete, killed after the org DELETE") << "delete" << 300 << slow << "org";
    }
    void killedClientResumes()
    {
        QFETCH(QString, disposition);
        QFETCH(int, users);
        QFETCH(QJsonObject, faults);
        QFETCH(QString, killPoint);
        const QString done = disposition == QLatin1String("convert") ? QStringLiteral("converted")
                                                                      : QStringLiteral("deleted");
        ProcessRig rig;
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(users, faults)), qPrintable(rig.error()));
        const QString journal = rig.path(QStringLiteral("run.jsonl"));
        const QStringList deleteArgs = QStringList{QStringLiteral("--delete"), QStringLiteral("--users"),
                                                   disposition, QStringLiteral("--confirm"),
                                                   QStringLiteral("Test Org"), QStringLiteral("--journal"),
                                                   journal}
            + rig.backendArgs();

        const int threshold = killPoint.startsWith(QLatin1String("users:"))
            ? killPoint.mid(6).toInt()
            : -1;
        QString why;
        const bool killed = rig.runClientAndKill(deleteArgs, [&](const QJsonObject &state) {
            if (threshold > 0)
                return ProcessRig::usersIn(state, done) >= threshold;
            return state.value(QLatin1String("org")).toObject().value(QLatin1String("state")).toString()
                != QLatin1String("active");
        }, &why);
        QVERIFY2(killed, qPrintable(why));

        const QJsonObject afterKill = rig.state();
        const QString twice = ProcessRig::checkNoUserTwice(afterKill);
        QVERIFY2(twice.isEmpty(), qPrintable(twice));
        if (threshold > 0) {
            QCOMPARE(afterKill.value(QLatin1String("org")).toObject().value(QLatin1String("state")).toString(),
                     QStringLiteral("active"));
        }
        QVERIFY2(QFile::exists(journal), "the journal was written before the first change");

        const auto resumed = rig.runClient(QStringList{QStringLiteral("--resume"), journal,
                                                       QStringLiteral("--json")}
                                           + rig.backendArgs());
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        const QJsonObject receipt = QJsonDocument::fromJson(resumed.out).object();
        QCOMPARE(receipt.value(QLatin1String("status")).toString(), QStringLiteral("deleted"));
        QCOMPARE(receipt.value(QLatin1String("totals")).toObject().value(QLatin1String("handled")).toInt(),
                 users);
        const QString problems = ProcessRig::checkFinalState(rig.state(), done, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY2(!resumed.out.contains(rig.token().toUtf8()) && !resumed.err.contains(rig.token().toUtf8()),
                 "the token was printed");
    }
};

QTEST_GUILESS_MAIN(TestKillResume)
#include "tst_killresume.moc"
