// The deletion run's transition table (RunState.h, documented in RunOrchestrator.h) and the
// state a resume enters from what its journal says (RunResume::entryState). No network: these
// are the decisions, the phases are tested in tst_runphases and tst_runusers.

#include "RunContext.h"
#include "RunResume.h"
#include "RunState.h"

#include <QtTest>

using namespace wod::net;

class TestRunStates : public QObject
{
    Q_OBJECT

private slots:
    void tableAllowsTheDocumentedPath()
    {
        // A fresh run with the probe, and one without.
        QVERIFY(isRunTransition(RunState::Idle, RunEvent::Started, RunState::Verifying));
        QVERIFY(isRunTransition(RunState::Verifying, RunEvent::Verified, RunState::JournalingPlan));
        QVERIFY(isRunTransition(RunState::JournalingPlan, RunEvent::PlanDurable, RunState::Probing));
        QVERIFY(isRunTransition(RunState::JournalingPlan, RunEvent::PlanDurable, RunState::Users));
        QVERIFY(isRunTransition(RunState::Probing, RunEvent::ProbePassed, RunState::Users));
        QVERIFY(isRunTransition(RunState::Users, RunEvent::UsersDone, RunState::Organization));
        QVERIFY(isRunTransition(RunState::Organization, RunEvent::OrgAccepted, RunState::Confirming));
        QVERIFY(isRunTransition(RunState::Confirming, RunEvent::Ended, RunState::Done));
        QVERIFY(isRunTransition(RunState::Probing, RunEvent::ProbeDeletedOrg, RunState::Confirming));
        QVERIFY(isRunTransition(RunState::Resuming, RunEvent::Resumed, RunState::Organization));
    }

    void tableRefusesShortcuts()
    {
        // No user is touched before the plan is durable, the org DELETE never skips the users,
        // and nothing leaves Done.
        QVERIFY(!isRunTransition(RunState::Verifying, RunEvent::Verified, RunState::Users));
        QVERIFY(!isRunTransition(RunState::Verifying, RunEvent::PlanDurable, RunState::Users));
        QVERIFY(!isRunTransition(RunState::Probing, RunEvent::ProbePassed, RunState::Organization));
        QVERIFY(!isRunTransition(RunState::Users, RunEvent::OrgAccepted, RunState::Confirming));
        QVERIFY(!isRunTransition(RunState::Done, RunEvent::Ended, RunState::Done));
        QVERIFY(!isRunTransition(RunState::Resuming, RunEvent::Resumed, RunState::Confirming));
        QCOMPARE(QByteArray(runStateName(RunState::JournalingPlan)), QByteArray("JournalingPlan"));
        QCOMPARE(QByteArray(runEventName(RunEvent::ProbeDeletedOrg)), QByteArray("ProbeDeletedOrg"));
    }

    void resumeEntersTheStateTheJournalNames_data()
    {
        QTest::addColumn<bool>("orgDeleteSent");
        QTest::addColumn<bool>("probePassed");
        QTest::addColumn<bool>("deletedAtProbe");
        QTest::addColumn<int>("handled");
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("expected");
        const int probing = int(RunState::Probing);
        const int users = int(RunState::Users);
        const int organization = int(RunState::Organization);
        QTest::newRow("nothing done yet: probe first") << false << false << false << 0 << 5 << probing;
        QTest::newRow("probe passed: users") << false << true << false << 0 << 5 << users;
        QTest::newRow("some users handled: users") << false << false << false << 2 << 5 << users;
        QTest::newRow("no users at all: users (then the org)") << false << false << false << 0 << 0 << users;
        QTest::newRow("org DELETE sent, all handled") << true << true << false << 5 << 5 << organization;
        QTest::newRow("org DELETE sent, users left") << true << true << false << 3 << 5 << users;
        QTest::newRow("deleted at the probe") << true << false << true << 0 << 5 << organization;
    }
    void resumeEntersTheStateTheJournalNames()
    {
        QFETCH(bool, orgDeleteSent);
        QFETCH(bool, probePassed);
        QFETCH(bool, deletedAtProbe);
        QFETCH(int, handled);
        QFETCH(int, users);
        QFETCH(int, expected);
        RunFacts facts;
        facts.orgDeleteSentBefore = orgDeleteSent;
        facts.probePassed = probePassed;
        facts.deletedAtProbe = deletedAtProbe;
        QCOMPARE(int(RunResume::entryState(facts, handled, users, users > 0)), expected);
    }
};

QTEST_GUILESS_MAIN(TestRunStates)
#include "tst_runstates.moc"
