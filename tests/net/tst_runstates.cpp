// The deletion run's transition table (RunState.h, documented in RunOrchestrator.h) and the
// state a resume enters from what its journal says (RunResume::entryState). No network: these
// are the decisions, the phases are tested in tst_runphases and tst_runusers.

#include "RunContext.h"
#include "RunResume.h"
#include "RunState.h"

#include <QtTest>

using namespace wod::net;

namespace {

// One row of resumeEntersTheStateTheJournalNames: what the journal says was done, and the state
// the resume must enter.
struct ResumeCase
{
    bool orgDeleteSent = false;
    bool probePassed = false;
    bool deletedAtProbe = false;
    int handled = 0; // users with an outcome
    int users = 0;   // users in the plan
    RunState expected = RunState::Idle;
};

} // namespace

Q_DECLARE_METATYPE(ResumeCase)

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
        QTest::addColumn<ResumeCase>("journal");
        QTest::newRow("nothing done yet: probe first")
            << ResumeCase{.orgDeleteSent = false, .probePassed = false, .deletedAtProbe = false,
                          .handled = 0, .users = 5, .expected = RunState::Probing};
        QTest::newRow("probe passed: users")
            << ResumeCase{.orgDeleteSent = false, .probePassed = true, .deletedAtProbe = false,
                          .handled = 0, .users = 5, .expected = RunState::Users};
        QTest::newRow("some users handled: users")
            << ResumeCase{.orgDeleteSent = false, .probePassed = false, .deletedAtProbe = false,
                          .handled = 2, .users = 5, .expected = RunState::Users};
        QTest::newRow("no users at all: users (then the org)")
            << ResumeCase{.orgDeleteSent = false, .probePassed = false, .deletedAtProbe = false,
                          .handled = 0, .users = 0, .expected = RunState::Users};
        QTest::newRow("org DELETE sent, all handled")
            << ResumeCase{.orgDeleteSent = true, .probePassed = true, .deletedAtProbe = false,
                          .handled = 5, .users = 5, .expected = RunState::Organization};
        QTest::newRow("org DELETE sent, users left")
            << ResumeCase{.orgDeleteSent = true, .probePassed = true, .deletedAtProbe = false,
                          .handled = 3, .users = 5, .expected = RunState::Users};
        QTest::newRow("deleted at the probe")
            << ResumeCase{.orgDeleteSent = true, .probePassed = false, .deletedAtProbe = true,
                          .handled = 0, .users = 5, .expected = RunState::Organization};
    }
    void resumeEntersTheStateTheJournalNames()
    {
        QFETCH(ResumeCase, journal);
        RunFacts facts;
        facts.orgDeleteSentBefore = journal.orgDeleteSent;
        facts.probePassed = journal.probePassed;
        facts.deletedAtProbe = journal.deletedAtProbe;
        QCOMPARE(int(RunResume::entryState(facts, journal.handled, journal.users, journal.users > 0)),
                 int(journal.expected));
    }
};

QTEST_GUILESS_MAIN(TestRunStates)
#include "tst_runstates.moc"
