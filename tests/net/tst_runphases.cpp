// The deletion run's phases one at a time (RunVerifier, RunProbe, RunOrgDelete, RunConfirmer),
// each against the in-process sandbox: the event or end each reports, the journal lines it
// writes before it reports, and what the sandbox's own state says it did.

#include "RunConfirmer.h"
#include "RunOrgDelete.h"
#include "RunPhaseRig.h"
#include "RunProbe.h"
#include "RunVerifier.h"
#include "SandboxRoutes.h"

#include "Await.h"

using namespace wod;
using namespace wod::net;
using wod::sandbox::FaultConfig;
using wod::test::kOrgDeleteRoute;
using wod::test::RunPhaseRig;
using wod::test::SandboxFixture;

namespace {

FaultConfig publicApiOnly()
{
    FaultConfig faults;
    faults.publicApiOnly = true; // four checks unknown: the probe is needed
    faults.orgDeletionDelayMs = 150;
    return faults;
}

FaultConfig quickDeletion()
{
    FaultConfig faults;
    faults.orgDeletionDelayMs = 150;
    return faults;
}

int activeUsers(const QJsonObject &state)
{
    int n = 0;
    for (const QJsonValue &v : state.value(QLatin1String("users")).toArray())
        n += v.toObject().value(QLatin1String("state")).toString() == QLatin1String("active");
    return n;
}

} // namespace

class TestRunPhases : public QObject
{
    Q_OBJECT

private slots:
    // The organization is as confirmed: Verified; the probe is needed only when a check of the
    // verdict is unknown. Nothing is written or changed.
    void verifierPassesAnUnchangedOrganization_data()
    {
        QTest::addColumn<bool>("publicOnly");
        QTest::newRow("every check readable") << false;
        QTest::newRow("public API only") << true;
    }
    void verifierPassesAnUnchangedOrganization()
    {
        QFETCH(bool, publicOnly);
        RunPhaseRig rig(SandboxFixture::smallScenario(4), publicOnly ? publicApiOnly()
                                                                     : FaultConfig{});
        QVERIFY2(rig.start(), qPrintable(rig.error()));
        QVERIFY(rig.loadPlan(UserDisposition::Delete));
        RunVerifier verifier(rig.run(), rig.handler);
        verifier.start();
        QVERIFY(rig.waitEnded());
        QCOMPARE(rig.handler.events, QList<RunEvent>{RunEvent::Verified});
        QCOMPARE(verifier.probeNeeded(), publicOnly);
        QVERIFY(!QFile::exists(rig.options.journalPath));
        QCOMPARE(activeUsers(rig.fixture().state()), 5);
    }

    // A user joined since the admin confirmed: Changed, said in words, nothing done.
    void verifierStopsAChangedOrganization()
    {
        RunPhaseRig rig(SandboxFixture::smallScenario(4));
        QVERIFY2(rig.start(), qPrintable(rig.error()));
        QVERIFY(rig.loadPlan(UserDisposition::Delete));
        const QString joined = rig.run().plan.users.last().email;
        rig.run().plan.users.removeLast(); // as if confirmed before this user joined
        rig.run().plan.fingerprint = QByteArrayLiteral("confirmed-earlier");
        QVERIFY(rig.runPhase<RunVerifier>());
        QVERIFY2(rig.handler.outcome, qPrintable(rig.handler.describe()));
        QCOMPARE(rig.handler.outcome->status, RunOutcome::Status::Changed);
        QVERIFY(!rig.handler.resumable);
        QVERIFY2(rig.handler.outcome->message.contains(joined),
                 qPrintable(rig.handler.outcome->message));
        QVERIFY(rig.handler.events.isEmpty());
        QCOMPARE(rig.fixture().routeCount(kOrgDeleteRoute), 0);
    }

    // Only the users block: "probe_sent" before the DELETE, "probe" passed, ProbePassed; every
    // user still exists.
    void probePassesWhenOnlyTheUsersBlock()
    {
        RunPhaseRig rig(SandboxFixture::smallScenario(6), publicApiOnly());
        QVERIFY2(rig.prepare(UserDisposition::Delete), qPrintable(rig.error()));
        RunProbe probe(rig.run(), rig.handler);
        probe.start();
        QVERIFY(probe.inFlight());
        QVERIFY(rig.waitEnded());
        QCOMPARE(rig.handler.events, QList<RunEvent>{RunEvent::ProbePassed});
        QVERIFY(!probe.inFlight());
        QCOMPARE(rig.journalTypes(),
                 (QStringList{QStringLiteral("probe_sent"), QStringLiteral("probe")}));
        QVERIFY(rig.journalLines().last().value(QLatin1String("passed")).toBool());
        QVERIFY(rig.run().facts.probePassed);
        QCOMPARE(rig.run().facts.probeStatus, 409);
        QVERIFY(!rig.run().facts.orgDeleteSent);
        QCOMPARE(rig.fixture().routeCount(kOrgDeleteRoute), 1);
        QCOMPARE(activeUsers(rig.fixture().state()), 7);
    }

    // Another blocker named: Blocked at the probe, resumable, the probe journaled as not passed.
    void probeStopsAtAnotherBlocker()
    {
        Scenario sc = SandboxFixture::smallScenario(3);
        sc.directorySync = true;
        RunPhaseRig rig(sc, publicApiOnly());
        QVERIFY2(rig.prepare(UserDisposition::Delete), qPrintable(rig.error()));
        QVERIFY(rig.runPhase<RunProbe>());
        QVERIFY2(rig.handler.outcome, qPrintable(rig.handler.describe()));
        QCOMPARE(rig.handler.outcome->status, RunOutcome::Status::Blocked);
        QVERIFY(rig.handler.outcome->blockedAtProbe);
        QVERIFY(rig.handler.resumable);
        QCOMPARE(rig.handler.outcome->blockers.first().code, BlockerCode::DirectorySync);
        QVERIFY(!rig.journalLines().last().value(QLatin1String("passed")).toBool());
        QCOMPARE(activeUsers(rig.fixture().state()), 4);
    }

    // A lax server deletes the organization at the probe: journaled as the probe and as the
    // organization's DELETE, then ProbeDeletedOrg (to Confirming); cancel() no longer applies.
    void probeReportsADeletionAtOnce()
    {
        FaultConfig faults = publicApiOnly();
        faults.orgDeleteIgnoresUsers = true;
        RunPhaseRig rig(SandboxFixture::smallScenario(3), faults);
        QVERIFY2(rig.prepare(UserDisposition::Delete), qPrintable(rig.error()));
        QVERIFY(rig.runPhase<RunProbe>());
        QCOMPARE(rig.handler.events, QList<RunEvent>{RunEvent::ProbeDeletedOrg});
        QCOMPARE(rig.journalTypes(), (QStringList{QStringLiteral("probe_sent"),
                                                  QStringLiteral("probe"),
                                                  QStringLiteral("org_delete")}));
        QVERIFY(rig.run().facts.deletedAtProbe);
        QVERIFY(rig.run().facts.orgDeleteSent);
        QCOMPARE(rig.run().facts.orgDeleteStatus, 204);
    }

    // No users left: "org_delete_sent" before the DELETE, "org_delete" 204, OrgAccepted.
    void orgDeleteIsJournaledBeforeAndAfter()
    {
        RunPhaseRig rig(SandboxFixture::smallScenario(0), quickDeletion());
        QVERIFY2(rig.prepare(UserDisposition::Delete), qPrintable(rig.error()));
        RunOrgDelete orgDelete(rig.run(), rig.handler);
        orgDelete.start();
        QCOMPARE(rig.run().progress.phase(), RunPhase::Organization);
        QVERIFY(rig.waitEnded());
        QCOMPARE(rig.handler.events, QList<RunEvent>{RunEvent::OrgAccepted});
        QCOMPARE(rig.journalTypes(), (QStringList{QStringLiteral("org_delete_sent"),
                                                  QStringLiteral("org_delete")}));
        QCOMPARE(rig.journalLines().last().value(QLatin1String("status")).toInt(), 204);
        QVERIFY(rig.run().facts.orgDeleteSent);
        QCOMPARE(rig.run().facts.orgDeleteStatus, 204);
        QVERIFY(!rig.run().facts.orgDeleteTrackingId.isEmpty());
        QCOMPARE(rig.fixture().routeCount(kOrgDeleteRoute), 1);
    }

    // A 409 at the organization's DELETE: Blocked with its blockers, resumable, journaled.
    void orgDeleteConflictBlocks()
    {
        FaultConfig faults = quickDeletion();
        faults.conflictAtDelete = {QStringLiteral("directory_sync")};
        RunPhaseRig rig(SandboxFixture::smallScenario(0), faults);
        QVERIFY2(rig.prepare(UserDisposition::Delete), qPrintable(rig.error()));
        QVERIFY(rig.runPhase<RunOrgDelete>());
        QVERIFY2(rig.handler.outcome, qPrintable(rig.handler.describe()));
        QCOMPARE(rig.handler.outcome->status, RunOutcome::Status::Blocked);
        QVERIFY(rig.handler.resumable);
        QCOMPARE(rig.handler.outcome->blockers.first().code, BlockerCode::DirectorySync);
        QVERIFY(!rig.handler.outcome->blockedAtProbe);
        // Written on the journal worker, ahead of the "finished" line the orchestrator queues.
        QTRY_COMPARE_WITH_TIMEOUT(rig.journalTypes().size(), 2, 10'000);
        QCOMPARE(rig.journalLines().last().value(QLatin1String("status")).toInt(), 409);
        const QJsonObject org = rig.fixture().state().value(QLatin1String("org")).toObject();
        QCOMPARE(org.value(QLatin1String("state")).toString(), QStringLiteral("active"));
    }

    // Confirming: polls until the organization answers 404, then Deleted, confirmed.
    void confirmerWaitsForTheOrganizationToGo()
    {
        RunPhaseRig rig(SandboxFixture::smallScenario(0), quickDeletion());
        QVERIFY2(rig.start(), qPrintable(rig.error()));
        QVERIFY(rig.loadPlan(UserDisposition::Delete));
        auto deleted = test::awaitable<std::monostate>();
        rig.fixture().client()->deleteOrganization(rig.run().plan.orgId, deleted.callback());
        QTRY_VERIFY_WITH_TIMEOUT(deleted.done(), 10'000);
        QVERIFY2(deleted.ok(), deleted.describe().constData());
        const int pollsBefore = rig.fixture().requestCount();
        RunConfirmer confirmer(rig.run(), rig.handler);
        confirmer.start();
        QCOMPARE(rig.run().progress.phase(), RunPhase::Confirming);
        QVERIFY(rig.waitEnded());
        QVERIFY2(rig.handler.outcome, qPrintable(rig.handler.describe()));
        QCOMPARE(rig.handler.outcome->status, RunOutcome::Status::Deleted);
        QVERIFY(rig.handler.outcome->confirmed);
        QVERIFY(!rig.handler.resumable);
        // The deletion takes 150 ms and the polls come every 50 ms: more than one was needed.
        QVERIFY(rig.fixture().requestCount() - pollsBefore > 1);
    }
};

QTEST_GUILESS_MAIN(TestRunPhases)
#include "tst_runphases.moc"
