// The deletion runner against a real sandbox on 127.0.0.1: every run is judged by the sandbox's
// own state (each user transitions exactly once, the acting admin never, the organization's
// DELETE after every user), never by what the client believes.

#include "ApiClient.h"
#include "DataColumns.h"
#include "DeletionRunner.h"
#include "Journal.h"
#include "RunnerBed.h"
#include "StateQueries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace wod;
using namespace wod::net;
using namespace wod::test;
using wod::sandbox::FaultConfig;

namespace {

FaultConfig quickFaults()
{
    FaultConfig faults;
    faults.orgDeletionDelayMs = 150;
    return faults;
}

QString userStateFor(const QString &disposition)
{
    return disposition == QLatin1String("convert") ? QStringLiteral("converted")
                                                   : QStringLiteral("deleted");
}

// One row of runsToDeletion: how the run is asked to handle the users, what the server offers,
// and the requests the sandbox must have counted (expectedBulkRequests -1: not counted).
struct RunCase
{
    QString disposition; // "convert" or "delete"
    bool useBulk = true;
    bool serverOffersBulk = true;
    bool publicApiOnly = false;
    int expectedPersonDeletes = 0;
    int expectedBulkRequests = 0;
};

} // namespace

Q_DECLARE_METATYPE(RunCase)

class TestDeletionRunner : public QObject
{
    Q_OBJECT

private slots:
    void runsToDeletion_data()
    {
        QTest::addColumn<RunCase>("run");
        // 150 users: two SCIM Bulk requests (100 + 50).
        QTest::newRow("convert every user")
            << RunCase{.disposition = QStringLiteral("convert"), .useBulk = true, .serverOffersBulk = true,
                       .publicApiOnly = false, .expectedPersonDeletes = 0, .expectedBulkRequests = 0};
        QTest::newRow("delete with SCIM Bulk")
            << RunCase{.disposition = QStringLiteral("delete"), .useBulk = true, .serverOffersBulk = true,
                       .publicApiOnly = false, .expectedPersonDeletes = 0, .expectedBulkRequests = 2};
        QTest::newRow("delete one by one")
            << RunCase{.disposition = QStringLiteral("delete"), .useBulk = false, .serverOffersBulk = true,
                       .publicApiOnly = false, .expectedPersonDeletes = 150, .expectedBulkRequests = 0};
        QTest::newRow("delete, Bulk not offered: falls back")
            << RunCase{.disposition = QStringLiteral("delete"), .useBulk = true, .serverOffersBulk = false,
                       .publicApiOnly = false, .expectedPersonDeletes = 150, .expectedBulkRequests = -1};
        QTest::newRow("delete on the public API only")
            << RunCase{.disposition = QStringLiteral("delete"), .useBulk = true, .serverOffersBulk = true,
                       .publicApiOnly = true, .expectedPersonDeletes = 0, .expectedBulkRequests = 2};
    }
    void runsToDeletion()
    {
        QFETCH(RunCase, run);
        FaultConfig faults = quickFaults();
        faults.scimBulk = run.serverOffersBulk;
        faults.publicApiOnly = run.publicApiOnly;
        RunnerBed f(SandboxFixture::smallScenario(150), faults);
        QVERIFY2(f.startAndRead(), qPrintable(f.error()));
        const DeletionPlan plan = f.plan(*userDispositionFromWire(run.disposition));
        QCOMPARE(plan.users.size(), 150);

        RunnerOptions options = f.options();
        options.useScimBulk = run.useBulk;
        DeletionRunner runner(f.client(), options);
        QList<RunProgress> progress;
        connect(&runner, &DeletionRunner::progress, this,
                [&](const RunProgress &p) { progress.append(p); });
        const auto outcome = runToEnd(runner, [&] { runner.start(plan); });
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        QVERIFY2(outcome->confirmed, "the organization answered 404 before the deadline");
        QCOMPARE(outcome->usersHandled, 150);
        QCOMPARE(outcome->usersFailed, 0);
        QVERIFY(!outcome->resumable);

        const QJsonObject state = f.state();
        const QString expected = userStateFor(run.disposition);
        WOD_VERIFY_NO_PROBLEMS(checkRunResult(state, expected, true));
        QCOMPARE(f.routeCount(QStringLiteral("DELETE /v1/people/{id}")), run.expectedPersonDeletes);
        if (run.expectedBulkRequests >= 0)
            QCOMPARE(f.routeCount(QStringLiteral("POST /identity/scim/{orgUuid}/v2/Bulk")),
                     run.expectedBulkRequests);
        // On the public API only, four checks are unknown: the organization's DELETE goes first
        // as a probe (409: only the users block), then once more after them (#17).
        QCOMPARE(f.routeCount(QStringLiteral("DELETE /v1/organizations/{id}")), run.publicApiOnly ? 2 : 1);

        // The receipt: who, which org, every user with a tracking id, the org DELETE's id.
        const QJsonObject receipt = outcome->receipt;
        QCOMPARE(receipt.value(QLatin1String("status")).toString(), QStringLiteral("deleted"));
        QCOMPARE(receipt.value(QLatin1String("who")).toObject().value(QLatin1String("email")).toString(),
                 QStringLiteral("admin@testorg.example"));
        QCOMPARE(receipt.value(QLatin1String("organization")).toObject().value(QLatin1String("id")).toString(),
                 plan.orgId);
        const QJsonArray users = receipt.value(QLatin1String("users")).toArray();
        QCOMPARE(users.size(), 150);
        for (const QJsonValue &u : users) {
            QCOMPARE(u.toObject().value(QLatin1String("outcome")).toString(), expected);
            QVERIFY2(!u.toObject().value(QLatin1String("trackingId")).toString().isEmpty(),
                     "every user's outcome carries the server's tracking id");
        }
        QCOMPARE(receipt.value(QLatin1String("totals")).toObject().value(expected).toInt(), 150);
        QVERIFY(!receipt.value(QLatin1String("organizationDelete")).toObject()
                     .value(QLatin1String("trackingId")).toString().isEmpty());

        // Never the token, in the receipt or the journal.
        const QByteArray token = f.token().toUtf8();
        QVERIFY(!token.isEmpty());
        QVERIFY2(!QJsonDocument(receipt).toJson().contains(token), "the token leaked into the receipt");
        const QByteArray journal = readFile(options.journalPath);
        QVERIFY(!journal.isEmpty());
        QVERIFY2(!journal.contains(token), "the token leaked into the journal");
        QString error;
        const auto summary = Journal::read(options.journalPath, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->usersDone, 150);
        QCOMPARE(summary->finalStatus, QStringLiteral("deleted"));
        QVERIFY(!summary->isPending());

        // Progress: phases in order, coalesced, the last one Done.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constFirst().phase, RunPhase::Verifying);
        QCOMPARE(progress.constLast().phase, RunPhase::Done);
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY2(int(progress.at(i).phase) >= int(progress.at(i - 1).phase), "phases go forward");
        QVERIFY2(progress.size() < 60, qPrintable(QStringLiteral("%1 progress events for 150 users")
                                                      .arg(progress.size())));
    }

    void conflictAtTheFinalDeleteBlocksThenResumeDeletes()
    {
        FaultConfig faults = quickFaults();
        faults.conflictAtDelete = {QStringLiteral("linked_sites"), QStringLiteral("directory_sync")};
        RunnerBed f(SandboxFixture::smallScenario(20), faults);
        QVERIFY2(f.startAndRead(), qPrintable(f.error()));
        const RunnerOptions options = f.options();
        {
            const auto outcome = f.run(f.plan(UserDisposition::Delete), options);
            QVERIFY2(outcome && outcome->status == RunOutcome::Status::Blocked,
                     qPrintable(describe(outcome)));
            QCOMPARE(outcome->blockers.size(), 2);
            QCOMPARE(outcome->blockers.at(0).code, BlockerCode::LinkedSites);
            QCOMPARE(outcome->blockers.at(1).code, BlockerCode::DirectorySync);
            QVERIFY(outcome->resumable);
            QVERIFY2(!outcome->trackingIds.isEmpty(), "the 409's tracking id is kept");
            QCOMPARE(outcome->usersHandled, 20);
            WOD_VERIFY_NO_PROBLEMS(f.checkRun(QStringLiteral("deleted"), false));
            QCOMPARE(outcome->receipt.value(QLatin1String("organizationDelete")).toObject()
                         .value(QLatin1String("status")).toInt(),
                     409);
        }
        // The conflict was once: a resume sends the DELETE again and touches no user twice.
        const auto outcome = f.resume(options);
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        WOD_VERIFY_NO_PROBLEMS(f.checkRun(QStringLiteral("deleted"), true));
        QCOMPARE(f.routeCount(QStringLiteral("POST /identity/scim/{orgUuid}/v2/Bulk")), 1);
    }

    void changedOrganizationAbortsWithNothingDone_data()
    {
        wod::test::addColumns<QString, QString>("change", "expected");
        QTest::newRow("a user joined after the check") << "user joined" << "joined";
        QTest::newRow("a user left after the check") << "user left" << "left";
        QTest::newRow("the organization was renamed") << "renamed" << "name changed";
        QTest::newRow("a blocker went away") << "blocker" << "blockers changed";
        QTest::newRow("another admin") << "actor" << "signed in as";
    }
    void changedOrganizationAbortsWithNothingDone()
    {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        RunnerBed f(SandboxFixture::smallScenario(10), quickFaults());
        QVERIFY2(f.startAndRead(), qPrintable(f.error()));
        // The plan is built from what the admin saw; the server is what it is now.
        OrgSnapshot seen = f.snapshot();
        if (change == QLatin1String("user joined"))
            seen.users.removeLast();
        else if (change == QLatin1String("user left"))
            seen.users.append(Person{QStringLiteral("Z2hvc3Q"), QStringLiteral("ghost@testorg.example"), {}});
        else if (change == QLatin1String("renamed"))
            seen.orgDisplayName = QStringLiteral("Test Org (old name)");
        else if (change == QLatin1String("blocker"))
            seen.linkedSites = QStringList{QStringLiteral("testorg.webex.com")};
        else
            seen.actor.email = QStringLiteral("someone.else@testorg.example");
        const DeletionPlan plan = planFor(seen, UserDisposition::Delete);

        const RunnerOptions options = f.options();
        const int requestsBefore = f.requestCount();
        const auto outcome = f.run(plan, options);
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Changed, qPrintable(describe(outcome)));
        QVERIFY2(outcome->message.contains(expected), qPrintable(outcome->message));
        QVERIFY(!outcome->resumable);
        QCOMPARE(outcome->usersHandled, 0);
        QVERIFY2(!QFile::exists(options.journalPath), "nothing is journaled for a run that never began");
        const QJsonObject state = f.state();
        QCOMPARE(usersInState(state, QStringLiteral("active")), 11);
        QVERIFY2(state.value(QLatin1String("events")).toArray().isEmpty(), "the server saw no change");
        QVERIFY2(f.requestCount() - requestsBefore <= 12, "only the re-read happened");
    }

    void cancelMidRunThenResume_data()
    {
        QTest::addColumn<QString>("disposition");
        QTest::newRow("convert") << "convert";
        QTest::newRow("delete one by one") << "delete";
    }
    void cancelMidRunThenResume()
    {
        QFETCH(QString, disposition);
        FaultConfig faults = quickFaults();
        faults.latencyMs = 5;
        RunnerBed f(SandboxFixture::smallScenario(200), faults);
        QVERIFY2(f.startAndRead(), qPrintable(f.error()));
        RunnerOptions options = f.options();
        options.useScimBulk = false;
        options.userConcurrency = 4;
        options.progressIntervalMs = 10;
        int cancelledAt = -1;
        {
            DeletionRunner runner(f.client(), options);
            connect(&runner, &DeletionRunner::progress, this, [&](const RunProgress &p) {
                if (cancelledAt < 0 && p.phase == RunPhase::Users && p.done >= 40) {
                    cancelledAt = p.done;
                    QVERIFY(runner.cancel());
                }
            });
            const auto outcome = runToEnd(runner, [&] {
                runner.start(f.plan(*userDispositionFromWire(disposition)));
            });
            QVERIFY2(outcome && outcome->status == RunOutcome::Status::Cancelled,
                     qPrintable(describe(outcome)));
            QVERIFY(outcome->resumable);
            QCOMPARE(outcome->journalPath, options.journalPath);
            QVERIFY2(outcome->usersHandled >= cancelledAt && outcome->usersHandled < 200,
                     qPrintable(QString::number(outcome->usersHandled)));
            QVERIFY(!runner.cancel());
            // What the server did is exactly what the journal recorded: in-flight work finished.
            const QJsonObject state = f.state();
            const QString done = userStateFor(disposition);
            QCOMPARE(usersInState(state, done), outcome->usersHandled);
            QCOMPARE(maxTransitions(state), 1);
            QCOMPARE(orgState(state),
                     QStringLiteral("active"));
        }
        const auto outcome = f.resume(options);
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        QCOMPARE(outcome->usersHandled, 200);
        QVERIFY(outcome->receipt.value(QLatin1String("resumed")).toBool());
        WOD_VERIFY_NO_PROBLEMS(f.checkRun(userStateFor(disposition), true));
        // Resumed users are not sent again: one request per user overall (no retries happen here).
        const int perUser = disposition == QLatin1String("convert")
            ? f.routeCount(QStringLiteral("POST /v1/controlHub/organizations/{orgId}/people/{personId}/convert"))
            : f.routeCount(QStringLiteral("DELETE /v1/people/{id}"));
        QCOMPARE(perUser, 200);
    }

    void tokenExpiryStopsThenResumeWithRenewedToken()
    {
        FaultConfig faults = quickFaults();
        faults.tokenExpiresAfterRequests = 60;
        RunnerBed f(SandboxFixture::smallScenario(120), faults);
        QVERIFY2(f.startAndRead(), qPrintable(f.error()));
        RunnerOptions options = f.options();
        {
            const auto outcome = f.run(f.plan(UserDisposition::Convert), options);
            QVERIFY2(outcome && outcome->status == RunOutcome::Status::Failed, qPrintable(describe(outcome)));
            QCOMPARE(outcome->error.kind, ApiError::Kind::Unauthorized);
            QVERIFY(outcome->resumable);
            QVERIFY2(outcome->usersHandled > 0 && outcome->usersHandled < 120,
                     qPrintable(QString::number(outcome->usersHandled)));
            const QJsonObject state = f.state();
            QCOMPARE(usersInState(state, QStringLiteral("converted")), outcome->usersHandled);
            QCOMPARE(orgState(state),
                     QStringLiteral("active"));
        }
        // The admin signs in again: a renewed token (that no longer expires) continues the run.
        f.server()->setFaults(quickFaults());
        const QString token = renewSandboxToken(f.nam(), f.baseUrl());
        QVERIFY(!token.isEmpty());
        f.client()->setToken(token);
        const auto outcome = f.resume(options);
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        WOD_VERIFY_NO_PROBLEMS(f.checkRun(QStringLiteral("converted"), true));
        QVERIFY2(!readFile(options.journalPath).contains(token.toUtf8()), "the token leaked into the journal");
    }

    void resumeAfterATornJournalLine()
    {
        RunnerBed f(SandboxFixture::smallScenario(60), quickFaults());
        QVERIFY2(f.startAndRead(), qPrintable(f.error()));
        RunnerOptions options = f.options();
        options.useScimBulk = false;
        options.userConcurrency = 2;
        options.progressIntervalMs = 1;
        {
            DeletionRunner runner(f.client(), options);
            connect(&runner, &DeletionRunner::progress, this, [&](const RunProgress &p) {
                if (p.phase == RunPhase::Users && p.done >= 10)
                    runner.cancel();
            });
            const auto outcome = runToEnd(runner, [&] {
                runner.start(f.plan(UserDisposition::Delete));
            });
            QVERIFY2(outcome && outcome->status == RunOutcome::Status::Cancelled,
                     qPrintable(describe(outcome)));
        }
        // A crash while writing the next line: half a record, no newline.
        {
            QFile journal(options.journalPath);
            QVERIFY(journal.open(QIODevice::Append));
            journal.write("{\"type\":\"user\",\"id\":\"Y2lz");
        }
        const auto outcome = f.resume(options);
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        WOD_VERIFY_NO_PROBLEMS(f.checkRun(QStringLiteral("deleted"), true));
        QString error;
        const auto summary = Journal::read(options.journalPath, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->usersDone, 60);
    }

    void resumeAfterTheOrgDeleteWasSentButNotAnswered()
    {
        RunnerBed f(SandboxFixture::smallScenario(5), quickFaults());
        QVERIFY2(f.startAndRead(), qPrintable(f.error()));
        const RunnerOptions options = f.options();
        {
            const auto outcome = f.run(f.plan(UserDisposition::Delete), options);
            QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        }
        // Cut the journal right after "org_delete_sent", as if the process died awaiting the answer.
        QByteArray journal = readFile(options.journalPath);
        const qsizetype sent = journal.indexOf("\"org_delete_sent\"");
        QVERIFY(sent > 0);
        journal.truncate(journal.indexOf('\n', sent) + 1);
        {
            QFile file(options.journalPath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(journal);
        }
        const auto outcome = f.resume(options);
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        QVERIFY(outcome->confirmed);
        WOD_VERIFY_NO_PROBLEMS(f.checkRun(QStringLiteral("deleted"), true));
        QCOMPARE(f.routeCount(QStringLiteral("POST /identity/scim/{orgUuid}/v2/Bulk")), 1);
    }

    void cancelIsRefusedOnceTheOrgDeleteIsSent()
    {
        RunnerBed f(SandboxFixture::smallScenario(3), quickFaults());
        QVERIFY2(f.startAndRead(), qPrintable(f.error()));
        DeletionRunner runner(f.client(), f.options());
        std::optional<bool> cancelAnswer;
        connect(&runner, &DeletionRunner::progress, this, [&](const RunProgress &p) {
            if (p.phase == RunPhase::Confirming && !cancelAnswer)
                cancelAnswer = runner.cancel();
        });
        const auto outcome = runToEnd(runner, [&] {
            runner.start(f.plan(UserDisposition::Delete));
        });
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        QVERIFY(cancelAnswer.has_value());
        QVERIFY2(!*cancelAnswer, "cancel() after the org DELETE must say it is too late");
    }

    void cancelWhileVerifyingChangesNothing()
    {
        RunnerBed f(SandboxFixture::smallScenario(3), quickFaults());
        QVERIFY2(f.startAndRead(), qPrintable(f.error()));
        const RunnerOptions options = f.options();
        DeletionRunner runner(f.client(), options);
        const auto outcome = runToEnd(runner, [&] {
            runner.start(f.plan(UserDisposition::Delete));
            QVERIFY(runner.cancel());
        });
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Cancelled, qPrintable(describe(outcome)));
        QVERIFY(!outcome->resumable);
        QVERIFY(!QFile::exists(options.journalPath));
        QVERIFY(f.state().value(QLatin1String("events")).toArray().isEmpty());
    }

    void planWithBlockersIsRefusedBeforeAnyUser()
    {
        // An org with a linked site: the plan is what the admin saw, but the run must not convert
        // users of an organization whose DELETE would fail.
        Scenario scenario = SandboxFixture::smallScenario(4);
        scenario.linkedSites = {QStringLiteral("testorg.webex.com")};
        RunnerBed f(scenario, quickFaults());
        QVERIFY2(f.startAndRead(), qPrintable(f.error()));
        const auto outcome = f.run(f.plan(UserDisposition::Convert), f.options());
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Blocked, qPrintable(describe(outcome)));
        QCOMPARE(outcome->blockers.size(), 1);
        QCOMPARE(outcome->blockers.constFirst().code, BlockerCode::LinkedSites);
        QVERIFY(f.state().value(QLatin1String("events")).toArray().isEmpty());
    }

    void resumeWithAnotherAdminsTokenIsRefused()
    {
        RunnerBed f(SandboxFixture::smallScenario(3), quickFaults());
        QVERIFY2(f.startAndRead(), qPrintable(f.error()));
        DeletionPlan plan = f.plan(UserDisposition::Delete);
        plan.actorId = QStringLiteral("c29tZWJvZHkgZWxzZQ");
        const RunnerOptions options = f.options();
        {
            QFile journal(options.journalPath);
            QVERIFY(journal.open(QIODevice::WriteOnly));
            QJsonObject line = plan.toJson();
            line.insert(QStringLiteral("type"), QStringLiteral("plan"));
            journal.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        }
        const auto outcome = f.resume(options);
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Changed, qPrintable(describe(outcome)));
        QVERIFY(f.state().value(QLatin1String("events")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeletionRunner)
#include "tst_deletionrunner.moc"
