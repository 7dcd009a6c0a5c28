// The users phase of a deletion run (RunUsers) with each of its three strategies, against the
// in-process sandbox: one DELETE per user, one convert per user, SCIM Bulk in chunks, and Bulk
// refused falling back to one DELETE per user. Each ends with UsersDone once every user's line is
// durable; the sandbox's own state says what happened to each user.

#include "RunPhaseRig.h"
#include "RunUsers.h"
#include "SandboxRoutes.h"

using namespace wod;
using namespace wod::net;
using wod::sandbox::FaultConfig;
using namespace wod::test; // RunPhaseRig, the sandbox's route names

namespace {

constexpr int kUsers = 12;

// Runs the users phase of the rig's plan to its end.
bool runUsers(RunPhaseRig &rig, UserDisposition disposition)
{
    if (!rig.prepare(disposition))
        return false;
    RunUsers users(rig.run(), rig.handler);
    users.begin();
    return rig.waitEnded();
}

int usersIn(RunPhaseRig &rig, const QString &state)
{
    int n = 0;
    for (const Person &p : rig.run().plan.users)
        n += rig.fixture().userState(p.email) == state;
    return n;
}

} // namespace

class TestRunUsers : public QObject
{
    Q_OBJECT

private slots:
    void deletesOneByOne()
    {
        RunPhaseRig rig(SandboxFixture::smallScenario(kUsers));
        rig.options.useScimBulk = false;
        QVERIFY2(runUsers(rig, UserDisposition::Delete), qPrintable(rig.handler.describe()));
        QCOMPARE(rig.handler.events, QList<RunEvent>{RunEvent::UsersDone});
        QCOMPARE(rig.run().users.handled(), kUsers);
        QCOMPARE(usersIn(rig, QStringLiteral("deleted")), kUsers);
        QCOMPARE(rig.fixture().routeCount(kPersonDeleteRoute), kUsers);
        QCOMPARE(rig.fixture().routeCount(kBulkRoute), 0);
        // Every user counted only with its line in the journal, each with its tracking id.
        const QList<QJsonObject> lines = rig.journalLines();
        QCOMPARE(lines.size(), kUsers);
        for (const QJsonObject &line : lines) {
            QCOMPARE(line.value(QLatin1String("outcome")).toString(), QStringLiteral("deleted"));
            QVERIFY(!line.value(QLatin1String("trackingId")).toString().isEmpty());
        }
    }

    void convertsOneByOne()
    {
        RunPhaseRig rig(SandboxFixture::smallScenario(kUsers));
        QVERIFY2(runUsers(rig, UserDisposition::Convert), qPrintable(rig.handler.describe()));
        QCOMPARE(rig.handler.events, QList<RunEvent>{RunEvent::UsersDone});
        QCOMPARE(usersIn(rig, QStringLiteral("converted")), kUsers);
        QCOMPARE(rig.fixture().routeCount(kConvertRoute), kUsers);
        QCOMPARE(rig.fixture().routeCount(kPersonDeleteRoute), 0);
        QCOMPARE(rig.fixture().routeCount(kBulkRoute), 0);
        QCOMPARE(rig.run().users.state(0).outcome, UserOutcome::Converted);
    }

    void deletesByScimBulkInChunks()
    {
        RunPhaseRig rig(SandboxFixture::smallScenario(kUsers));
        rig.options.bulkSize = 5;
        QVERIFY2(runUsers(rig, UserDisposition::Delete), qPrintable(rig.handler.describe()));
        QCOMPARE(rig.handler.events, QList<RunEvent>{RunEvent::UsersDone});
        QCOMPARE(usersIn(rig, QStringLiteral("deleted")), kUsers);
        QCOMPARE(rig.fixture().routeCount(kBulkRoute), 3); // 5 + 5 + 2
        QCOMPARE(rig.fixture().routeCount(kPersonDeleteRoute), 0);
        QVERIFY(rig.run().progress.now().notice.isEmpty());
    }

    // Bulk answers 404 (not offered): the same users go one by one, said once in the notice.
    void fallsBackWhenBulkIsRefused()
    {
        FaultConfig faults;
        faults.scimBulk = false;
        RunPhaseRig rig(SandboxFixture::smallScenario(kUsers), faults);
        rig.options.bulkSize = 5;
        QVERIFY2(runUsers(rig, UserDisposition::Delete), qPrintable(rig.handler.describe()));
        QCOMPARE(rig.handler.events, QList<RunEvent>{RunEvent::UsersDone});
        QCOMPARE(usersIn(rig, QStringLiteral("deleted")), kUsers);
        QCOMPARE(rig.fixture().routeCount(kPersonDeleteRoute), kUsers);
        QVERIFY(rig.fixture().routeCount(kBulkRoute) >= 1);
        QVERIFY2(rig.run().progress.now().notice.contains(QLatin1String("one by one")),
                 qPrintable(rig.run().progress.now().notice));
    }

    // Users the journal names as handled are not touched again (a resume's users phase).
    void skipsUsersAlreadyHandled()
    {
        RunPhaseRig rig(SandboxFixture::smallScenario(kUsers));
        rig.options.useScimBulk = false;
        QVERIFY2(rig.prepare(UserDisposition::Delete), qPrintable(rig.error()));
        QHash<QString, JournalUserRecord> done;
        for (qsizetype i = 0; i < 4; ++i) {
            const Person &p = rig.run().plan.users.at(i);
            done.insert(p.id, JournalUserRecord{p.id, p.email, QStringLiteral("deleted"), {}, {}});
        }
        rig.run().users.setUp(rig.run().plan, done);
        QCOMPARE(rig.run().users.handled(), 4);
        RunUsers users(rig.run(), rig.handler);
        users.begin();
        QVERIFY(rig.waitEnded());
        QCOMPARE(rig.handler.events, QList<RunEvent>{RunEvent::UsersDone});
        QCOMPARE(rig.run().users.handled(), kUsers);
        QCOMPARE(rig.fixture().routeCount(kPersonDeleteRoute), kUsers - 4);
        QCOMPARE(usersIn(rig, QStringLiteral("active")), 4); // the journal said so; not asked
    }
};

QTEST_GUILESS_MAIN(TestRunUsers)
#include "tst_runusers.moc"
