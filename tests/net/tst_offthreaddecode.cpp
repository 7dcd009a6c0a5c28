// Answers are decoded off the caller's thread (BackgroundTask), and a decode still in flight when
// its requester goes away is dropped safely: the client destroyed, the runner destroyed, or the
// run cancelled while a SCIM Bulk answer is being decoded (its users still counted exactly once).
// A run started from a snapshot builds its plan (the fingerprint) on the worker too.
// A test seam (BackgroundTask::setObserverForTests) sees the worker's thread and can hold a task.

#include "ApiClient.h"
#include "BackgroundTask.h"
#include "DeletionRunner.h"
#include "EligibilityPolicy.h"
#include "Journal.h"
#include "RunnerBed.h"
#include "StateQueries.h"
#include "SnapshotLoader.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <atomic>

using namespace wod;
using namespace wod::net;
using wod::test::RunnerBed;
using wod::test::SandboxFixture;

namespace {

// What the worker reports through the observer; `hold` keeps the next task waiting on the worker
// until release() (the test meanwhile destroys or cancels whoever waits for it).
struct WorkerGate
{
    std::atomic<QThread *> lastThread{nullptr};
    std::atomic<int> tasks{0};
    std::atomic<bool> hold{false};
    QSemaphore entered;
    QSemaphore released;

    void reset()
    {
        lastThread = nullptr;
        tasks = 0;
        hold = false;
        entered.tryAcquire(entered.available());
        released.tryAcquire(released.available());
    }
};

WorkerGate g_gate;

void observeWorker()
{
    g_gate.lastThread = QThread::currentThread();
    ++g_gate.tasks;
    if (g_gate.hold.exchange(false)) {
        g_gate.entered.release();
        g_gate.released.acquire();
    }
}

// Waits (running the event loop) until the held task is on the worker.
bool waitUntilHeld()
{
    return QTest::qWaitFor([] { return g_gate.entered.tryAcquire(); }, 20'000);
}

RunnerOptions bulkOptions(const QTemporaryDir &dir)
{
    RunnerOptions o;
    o.journalPath = dir.filePath(QStringLiteral("run.jsonl"));
    o.useScimBulk = true;
    o.bulkSize = 50;
    o.userConcurrency = 1; // one Bulk request at a time: the held decode is the only one in flight
    o.confirmPollIntervalMs = 50;
    o.confirmTimeoutMs = 10'000;
    return o;
}

// How many users the sandbox says were deleted.
int deletedOnServer(const SandboxFixture &f)
{
    return wod::test::usersInState(f.state(), QStringLiteral("deleted"));
}

} // namespace

class TestOffThreadDecode : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        g_gate.reset();
        BackgroundTask::setObserverForTests(&observeWorker);
    }

    void cleanup()
    {
        // Never leave the worker blocked for the next test.
        g_gate.hold = false;
        g_gate.released.release(4);
        BackgroundTask::setObserverForTests(nullptr);
        QTest::qWait(20);
        g_gate.reset();
    }

    void decodesAnswersOffTheCallingThread()
    {
        SandboxFixture f(SandboxFixture::smallScenario(30));
        QVERIFY2(f.start(), qPrintable(f.error()));
        std::optional<Result<QList<ApiPerson>>> people;
        QThread *callbackThread = nullptr;
        f.client()->people(10, [&](const Result<QList<ApiPerson>> &r) {
            callbackThread = QThread::currentThread();
            people = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(people.has_value(), 20'000);
        QVERIFY2(std::holds_alternative<QList<ApiPerson>>(*people), "the people list was read");
        QCOMPARE(std::get<QList<ApiPerson>>(*people).size(), 31); // 30 users + the admin, 4 pages
        QVERIFY2(g_gate.tasks >= 4, "every page was decoded on the worker");
        QVERIFY(g_gate.lastThread != nullptr);
        QVERIFY2(g_gate.lastThread != QThread::currentThread(),
                 "the decoding ran on the caller's thread");
        QCOMPARE(callbackThread, QThread::currentThread());
    }

    void destroyingTheClientDropsADecodeInFlight()
    {
        SandboxFixture f(SandboxFixture::smallScenario(5));
        QVERIFY2(f.start(), qPrintable(f.error()));
        auto *client = new ApiClient(f.nam(), f.baseUrl(), f.token(), SandboxFixture::fastOptions());
        bool called = false;
        g_gate.hold = true;
        client->me([&called](const Result<ApiPerson> &) { called = true; });
        QVERIFY2(waitUntilHeld(), "the answer reached the worker");
        QCOMPARE(client->pendingRequests(), 1);
        delete client; // while its answer is being decoded
        g_gate.released.release();
        QTest::qWait(200);
        QVERIFY2(!called, "a destroyed client's callback ran");
    }

    void destroyingTheRunnerDuringABulkDecodeIsSafe()
    {
        RunnerBed f(SandboxFixture::smallScenario(120));
        QVERIFY2(f.startAndRead(), qPrintable(f.error()));
        const DeletionPlan plan = f.plan(UserDisposition::Delete);
        QTemporaryDir dir;
        auto *runner = new DeletionRunner(f.client(), bulkOptions(dir));
        bool finished = false;
        connect(runner, &DeletionRunner::finished, this, [&finished] { finished = true; });
        // The users phase begins: the next task on the worker is the first SCIM Bulk answer.
        connect(runner, &DeletionRunner::progress, this, [](const RunProgress &p) {
            if (p.phase == RunPhase::Users && p.done == 0)
                g_gate.hold = true;
        });
        runner->start(plan);
        QVERIFY2(waitUntilHeld(), "a SCIM Bulk answer reached the worker");
        QCOMPARE(f.client()->pendingRequests(), 1);
        delete runner; // while the client still decodes the answer it will call back with
        g_gate.released.release();
        QTRY_COMPARE_WITH_TIMEOUT(f.client()->pendingRequests(), 0, 10'000);
        QTest::qWait(100);
        QVERIFY2(!finished, "a destroyed runner emitted finished()");
        QCOMPARE(f.routeCount(QStringLiteral("POST /identity/scim/{orgUuid}/v2/Bulk")), 1);
        // The shared client keeps working for whoever else uses it.
        std::optional<Result<ApiPerson>> me;
        f.client()->me([&me](const Result<ApiPerson> &r) { me = r; });
        QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 10'000);
        QVERIFY(std::holds_alternative<ApiPerson>(*me));
    }

    void cancellingDuringABulkDecodeCountsItsUsersOnce()
    {
        RunnerBed f(SandboxFixture::smallScenario(120));
        QVERIFY2(f.startAndRead(), qPrintable(f.error()));
        const DeletionPlan plan = f.plan(UserDisposition::Delete);
        QTemporaryDir dir;
        const RunnerOptions options = bulkOptions(dir);
        DeletionRunner runner(f.client(), options);
        std::optional<RunOutcome> outcome;
        connect(&runner, &DeletionRunner::finished, this, [&outcome](const RunOutcome &o) { outcome = o; });
        connect(&runner, &DeletionRunner::progress, this, [](const RunProgress &p) {
            if (p.phase == RunPhase::Users && p.done == 0)
                g_gate.hold = true;
        });
        runner.start(plan);
        QVERIFY2(waitUntilHeld(), "a SCIM Bulk answer reached the worker");
        QVERIFY2(runner.cancel(), "the organization's DELETE was not sent yet");
        QTest::qWait(50); // the cancel is under way; the answer is still on the worker
        QVERIFY(!outcome);
        g_gate.released.release();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20'000);
        QCOMPARE(outcome->status, RunOutcome::Status::Cancelled);
        // The answer that arrived after the cancel still counts: its users are journaled and
        // reported exactly as the server deleted them, and nothing else was started.
        QCOMPARE(f.routeCount(QStringLiteral("POST /identity/scim/{orgUuid}/v2/Bulk")), 1);
        QCOMPARE(deletedOnServer(f), 50);
        QCOMPARE(outcome->usersHandled, 50);
        QVERIFY(outcome->resumable);
        QString error;
        const auto summary = Journal::read(options.journalPath, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->usersDone, 50);
        QCOMPARE(f.routeCount(QStringLiteral("DELETE /v1/organizations/{id}")), 0);
    }

    void startingFromASnapshotBuildsThePlanOffTheCallingThread()
    {
        RunnerBed f(SandboxFixture::smallScenario(120));
        QVERIFY2(f.startAndRead(), qPrintable(f.error()));
        const OrgSnapshot *snapshot = &f.snapshot();
        const Verdict verdict = EligibilityPolicy::evaluate(*snapshot);
        const QDateTime confirmedAt = QDateTime::currentDateTimeUtc();
        QTemporaryDir dir;
        const RunnerOptions options = bulkOptions(dir);
        DeletionRunner runner(f.client(), options);
        std::optional<RunOutcome> outcome;
        connect(&runner, &DeletionRunner::finished, this, [&outcome](const RunOutcome &o) { outcome = o; });
        const int requestsBefore = f.requestCount();
        g_gate.hold = true; // the next task: building the plan
        runner.start(*snapshot, verdict, UserDisposition::Delete, confirmedAt, {});
        QVERIFY2(waitUntilHeld(), "the plan is built on the worker");
        QTest::qWait(50);
        QCOMPARE(f.requestCount(), requestsBefore); // nothing is re-read before the plan exists
        g_gate.released.release();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30'000);
        QCOMPARE(outcome->status, RunOutcome::Status::Deleted);
        QCOMPARE(outcome->usersHandled, 120);
        // The journal's plan is the one DeletionPlan::fromSnapshot() gives.
        QString error;
        const auto summary = Journal::read(options.journalPath, &error);
        QVERIFY2(summary, qPrintable(error));
        const DeletionPlan expected =
            DeletionPlan::fromSnapshot(*snapshot, verdict, UserDisposition::Delete, confirmedAt, {});
        QCOMPARE(summary->plan.fingerprint, expected.fingerprint);
        QCOMPARE(summary->plan.users.size(), expected.users.size());
        QCOMPARE(summary->plan.disposition, UserDisposition::Delete);
    }
};

QTEST_GUILESS_MAIN(TestOffThreadDecode)
#include "tst_offthreaddecode.moc"
