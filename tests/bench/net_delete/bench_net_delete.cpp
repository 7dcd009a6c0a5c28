// Benchmark of the deletion runner (figures, not a timed test). See tests/bench/net_delete.cmake.
// The server is a webex-sandbox child process, so this process's peak memory is the client's.

#include "ApiClient.h"
#include "BenchSandbox.h"
#include "DeletionRunner.h"
#include "FigureLine.h"
#include "HeapPeak.h"
#include "MemoryGuard.h"
#include "RunnerSpies.h"
#include "StateQueries.h"
#include "TextTable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

using namespace wod;
using namespace wod::net;

namespace {

bool smoke()
{
    return qEnvironmentVariableIntValue("WOD_BENCH_SMOKE") == 1;
}

// The heap's peak (HeapPeak) when the memory figure was taken: before the server's state document
// is read (its 30 MB of JSON are the benchmark's, not the client's).
qint64 g_heapPeakAtFigure = 0;
// ... and when the users phase began: the snapshot, the plan and the re-read before the first
// change, the part that grows with the organization (the users phase's is mostly fixed).
qint64 g_heapPeakBeforeUsers = 0;

qint64 peakMemoryKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// A webex-sandbox child for `users`; the benchmark stops when it cannot start.
void startSandbox(BenchSandbox &sandbox, int users, const QJsonObject &faults)
{
    QString error;
    if (!sandbox.start(QStringLiteral(WOD_SANDBOX_PATH), users, faults, &error))
        qFatal("%s", qPrintable(error));
}

struct Figures
{
    double seconds = 0;
    int handled = 0;
    int lost = 0;       // users the server still has active (actor excluded) or touched twice
    int rateLimited = 0;
    int requests = 0;
    QString status;
    ApiClientStats client; // what the client saw: 429s, waits, in-flight peak, learned pacing
};

// The organization, or the benchmark stops (reading 100,000 users takes minutes).
OrgSnapshot snapshotOrDie(ApiClient *client)
{
    QString why;
    const auto snapshot = wod::test::loadSnapshot(client, &why, 600'000);
    if (!snapshot)
        qFatal("no snapshot: %s", qPrintable(why));
    return *snapshot;
}

Figures countServer(const QJsonObject &state, Figures f)
{
    const QString actorId = state.value(QLatin1String("actor")).toObject().value(QLatin1String("id")).toString();
    for (const QJsonValue &v : state.value(QLatin1String("users")).toArray()) {
        const QJsonObject u = v.toObject();
        if (u.value(QLatin1String("id")).toString() == actorId)
            continue;
        if (u.value(QLatin1String("state")).toString() == QLatin1String("active")
            || u.value(QLatin1String("transitions")).toInt() != 1)
            ++f.lost;
    }
    f.rateLimited = wod::test::counter(state, QStringLiteral("rateLimited"));
    f.requests = wod::test::counter(state, QStringLiteral("requests"));
    return f;
}

// One full run: snapshot, plan, runner; wall time of the runner only (verify + users + org).
Figures runDeletion(int users, const QJsonObject &faults, bool bulk, int concurrency,
                    qint64 *peakKb = nullptr)
{
    QTemporaryDir dir;
    BenchSandbox sandbox;
    startSandbox(sandbox, users, faults);
    QNetworkAccessManager nam;
    ApiClientOptions options;
    options.maxConcurrentRequests = std::max(16, concurrency);
    ApiClient client(&nam, sandbox.baseUrl(), sandbox.token(), options);
    // As in the app: the snapshot the admin confirmed is dropped once the plan is made.
    const DeletionPlan plan = wod::test::planFor(snapshotOrDie(&client), UserDisposition::Delete);
    const qint64 afterPlanKb = peakMemoryKb();
    RunnerOptions ro;
    ro.journalPath = dir.filePath(QStringLiteral("run.jsonl"));
    ro.useScimBulk = bulk;
    ro.userConcurrency = concurrency;
    ro.confirmPollIntervalMs = 100;
    DeletionRunner runner(&client, ro);
    std::optional<RunOutcome> outcome;
    QObject::connect(&runner, &DeletionRunner::finished, [&](const RunOutcome &o) { outcome = o; });
    // The peak so far at each phase change: where the memory goes.
    QStringList peaks;
    RunPhase lastPhase = RunPhase::Verifying;
    QObject::connect(&runner, &DeletionRunner::progress, [&](const RunProgress &p) {
        if (!peakKb || p.phase == lastPhase)
            return;
        if (lastPhase == RunPhase::Verifying)
            g_heapPeakBeforeUsers = HeapPeak::peakBytes();
        peaks << QStringLiteral("%1 %2 MB").arg(toWireName(lastPhase)).arg(peakMemoryKb() / 1024.0, 0, 'f', 1);
        lastPhase = p.phase;
    });
    QElapsedTimer clock;
    clock.start();
    runner.start(plan);
    (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 1'800'000);
    Figures f;
    f.seconds = clock.elapsed() / 1000.0;
    if (!outcome)
        qFatal("the run did not finish");
    f.status = toWireName(outcome->status);
    f.handled = outcome->usersHandled;
    f.client = client.stats();
    if (peakKb) {
        // As the headless client does: the receipt goes to a file (serialized from the run's
        // data, never as one JSON object per user).
        QFile receipt(dir.filePath(QStringLiteral("run.receipt.json")));
        if (!receipt.open(QIODevice::WriteOnly) || receipt.write(outcome->receipt.toJson()) <= 0)
            qFatal("cannot write the receipt");
        receipt.close();
        *peakKb = peakMemoryKb(); // before the (large) state document is read
        g_heapPeakAtFigure = HeapPeak::peakBytes();
        QTextStream(stdout) << QStringLiteral("  (peak after the first snapshot and plan: %1 MB; "
                                              "then at the end of each phase: %2; with the "
                                              "outcome and receipt: %3 MB)\n")
                                   .arg(afterPlanKb / 1024.0, 0, 'f', 1)
                                   .arg(peaks.join(QStringLiteral(", ")))
                                   .arg(*peakKb / 1024.0, 0, 'f', 1);
        // For a heap profiler (heaptrack): stop before the server's state document is read, whose
        // 30 MB of JSON would otherwise be the profile's peak. Nothing is counted as lost then.
        if (qEnvironmentVariableIntValue("WOD_BENCH_NO_SERVER_CHECK") == 1)
            return f;
    }
    return countServer(sandbox.state(&nam), f);
}

// The naive baseline: DELETE /people/{id} one at a time, each waiting for the previous.
double sequentialLoop(int users, const QJsonObject &faults)
{
    BenchSandbox sandbox;
    startSandbox(sandbox, users, faults);
    QNetworkAccessManager nam;
    ApiClient client(&nam, sandbox.baseUrl(), sandbox.token());
    const QList<Person> people = snapshotOrDie(&client).usersToHandle();
    QElapsedTimer clock;
    clock.start();
    for (const Person &p : people) {
        bool done = false;
        client.deletePerson(p.id, [&](const Result<std::monostate> &) { done = true; });
        (void)QTest::qWaitFor([&] { return done; }, 60'000);
    }
    return clock.elapsed() / 1000.0;
}

} // namespace

// The memory guard (ctest memory_guard_net, tests/bench/memory_guard.cmake): the headless client's
// peak for `users` against the target. Plain build: VmHWM <= 120 MB for 100,000 users (the
// target itself; a smaller org's bound shrinks with its user list). AddressSanitizer: the live
// heap's peak (HeapPeak) <= kGuardFixedMiB + kGuardPerUserBytes per user: the heap of the build
// that met the target plus 15 % (measured: 20,000 users 20.6 MiB, 100,000 users 74.9 MiB, i.e.
// 7.0 MiB + 712 bytes per user).
constexpr double kTargetMiB = 120;
constexpr double kGuardFixedMiB = 8.0;
constexpr double kGuardPerUserBytes = 820;

bool guardPasses(int users, qint64 peakKb)
{
    QTextStream out(stdout);
    const MemoryGuard guard{QString(), kTargetMiB, 0.25, 0.75, kGuardFixedMiB, kGuardPerUserBytes};
    return guard.passes(out, users, double(g_heapPeakAtFigure), double(peakKb));
}

int main(int argc, char **argv)
{
    HeapPeak::install();
    QCoreApplication app(argc, argv);
    // WOD_BENCH_VERBOSE=1 keeps the network layer's info lines (429s, learned pacing, retries).
    if (qEnvironmentVariableIntValue("WOD_BENCH_VERBOSE") != 1)
        QLoggingCategory::setFilterRules(QStringLiteral("wod.*.info=false\nwod.*.debug=false"));
    const bool quick = smoke();
    const int users = quick ? 300 : 10'000;
    const int loopUsers = quick ? 50 : 500;
    // WOD_MEMORY_GUARD=1: the memory run only, checked (see guardPasses); its size
    // WOD_MEMORY_GUARD_USERS (default 100,000).
    const bool guard = qEnvironmentVariableIntValue("WOD_MEMORY_GUARD") == 1;
    const int memoryUsers = guard && qEnvironmentVariableIsSet("WOD_MEMORY_GUARD_USERS")
        ? qEnvironmentVariableIntValue("WOD_MEMORY_GUARD_USERS")
        : quick ? 2'000 : 100'000;
    const int rate = 300;
    // Users in flight at once. 32: at 300 requests/s a 20 ms request needs only ~6, but on a
    // loaded machine answers take 2-3 times the latency, and a user answered 429 holds its slot
    // for the one-second Retry-After.
    const int concurrency = qEnvironmentVariableIsSet("WOD_BENCH_CONCURRENCY")
        ? qEnvironmentVariableIntValue("WOD_BENCH_CONCURRENCY")
        : 32;
    const QJsonObject faults{{QStringLiteral("latencyMs"), 20},
                             {QStringLiteral("rateLimitPerSecond"), rate},
                             {QStringLiteral("orgDeletionDelayMs"), 0}};
    QTextStream out(stdout);
    const double floor = double(users) / rate;
    out << "bench_net_delete" << (quick ? " (smoke)" : "") << ": " << users
        << " users, 20 ms latency, " << rate << " requests/s rate limit, concurrency "
        << concurrency << Qt::endl;

    // WOD_BENCH_ONLY_MEMORY=1 skips the timed runs (for quick memory work);
    // WOD_BENCH_ONLY_SPEED=1 the sequential loop and the memory run (for quick throughput work).
    const bool memoryOnly = guard || qEnvironmentVariableIntValue("WOD_BENCH_ONLY_MEMORY") == 1;
    const bool speedOnly = qEnvironmentVariableIntValue("WOD_BENCH_ONLY_SPEED") == 1;
    const Figures single = memoryOnly ? Figures{} : runDeletion(users, faults, false, concurrency);
    const double loopPerUser =
        memoryOnly || speedOnly ? 0 : sequentialLoop(loopUsers, faults) / loopUsers;
    const Figures bulk = memoryOnly ? Figures{} : runDeletion(users, faults, true, concurrency);
    qint64 peakKb = 0;
    const Figures big = speedOnly
        ? Figures{0, 0, 0, 0, 0, QStringLiteral("deleted"), {}}
        : runDeletion(memoryUsers,
                      {{QStringLiteral("orgDeletionDelayMs"), 0},
                       // WOD_BENCH_NO_SCIM_USERS=1: the users through the /people walk, not SCIM.
                       {QStringLiteral("scimUsers"),
                        qEnvironmentVariableIntValue("WOD_BENCH_NO_SCIM_USERS") != 1}},
                      true, concurrency, &peakKb);

    const TextTable table({-34, 8, 8, 8, 5, 6, 8},
                          {"run", "wall s", "x floor", "handled", "lost", "429s", "status"});
    out << table.header();
    auto row = [&](const QString &name, const Figures &f) {
        out << table.row({name, QString::number(f.seconds, 'f', 2),
                          QString::number(f.seconds / floor, 'f', 3), QString::number(f.handled),
                          QString::number(f.lost), QString::number(f.rateLimited), f.status});
    };
    row(QStringLiteral("runner, DELETE /people/{id}"), single);
    row(QStringLiteral("runner, SCIM Bulk (100 per request)"), bulk);
    // Where the time beyond the floor goes, as the client saw it.
    auto clientRow = [&](const QString &name, const Figures &f) {
        out << QStringLiteral("  client, %1: %2 attempts (%10 ms each on average), %3 retries, %4 "
                              "answered 429, at most %5 in flight, waited %6 s for pacing and %7 s "
                              "for Retry-After pauses, pacing at %8/s (server estimated at %9/s)\n")
                   .arg(name)
                   .arg(f.client.attempts)
                   .arg(f.client.retries)
                   .arg(f.client.rateLimited)
                   .arg(f.client.maxInFlight)
                   .arg(f.client.pacedMs / 1000.0, 0, 'f', 2)
                   .arg(f.client.pausedMs / 1000.0, 0, 'f', 2)
                   .arg(f.client.pacingPerSecond)
                   .arg(f.client.estimatedServerPerSecond)
                   .arg(f.client.attempts ? double(f.client.attemptMs) / f.client.attempts : 0.0, 0,
                        'f', 1);
    };
    clientRow(QStringLiteral("one by one"), single);
    clientRow(QStringLiteral("SCIM Bulk"), bulk);
    out << QStringLiteral("%1 %2 %3   (measured on %4 users, %5 ms each)\n")
               .arg(QStringLiteral("one-request-at-a-time loop"), -34)
               .arg(loopPerUser * users, 8, 'f', 2)
               .arg(loopPerUser * users / floor, 8, 'f', 3)
               .arg(loopUsers)
               .arg(loopPerUser * 1000, 0, 'f', 1);
    out << QStringLiteral("rate-limit floor: %1 s; target <= 1.15x\n").arg(floor, 0, 'f', 2);
    out << QStringLiteral("peak memory (VmHWM) of the client for %1 users: %2 MB (target <= 120 MB), "
                          "run %3 s, lost %4, status %5\n")
               .arg(memoryUsers)
               .arg(peakKb / 1024.0, 0, 'f', 1)
               .arg(big.seconds, 0, 'f', 2)
               .arg(big.lost)
               .arg(big.status);
    out.flush();
    const QString reproduce = QStringLiteral("`bench_net_delete`");
    if (!quick && !guard && !memoryOnly) {
        FigureLine::print(out, QStringLiteral("net_delete.per_user_10k"),
                          QStringLiteral("Delete 10,000 users, 20 ms latency, 300 requests/s limit, "
                                         "one DELETE per user"),
                          single.seconds / floor, QStringLiteral("x the floor"),
                          QStringLiteral("%1 s for a %2 s floor, %3 lost; one at a time: %4x")
                              .arg(single.seconds, 0, 'f', 1)
                              .arg(floor, 0, 'f', 1)
                              .arg(single.lost)
                              .arg(loopPerUser * users / floor, 0, 'f', 1),
                          QStringLiteral("≤ 1.15x"), reproduce);
        FigureLine::print(out, QStringLiteral("net_delete.bulk_10k"), QStringLiteral("Same with SCIM Bulk"),
                          bulk.seconds, QStringLiteral("s"),
                          QStringLiteral("%1 lost").arg(bulk.lost), QStringLiteral("–"), reproduce);
    }
    if (!quick && !guard && !speedOnly)
        FigureLine::print(out, QStringLiteral("net_delete.peak_memory_100k"),
                          QStringLiteral("Headless client peak memory, 100,000 users"),
                          peakKb / 1024.0, QStringLiteral("MB"),
                          QStringLiteral("%1 lost").arg(big.lost), QStringLiteral("≤ 120 MB"),
                          QStringLiteral("`WOD_BENCH_ONLY_MEMORY=1 bench_net_delete`"));
    if (HeapPeak::available())
        out << QStringLiteral("heap peak (AddressSanitizer allocator hooks): %1 MiB; until the "
                              "users phase began: %2 MiB\n")
                   .arg(g_heapPeakAtFigure / 1048576.0, 0, 'f', 1)
                   .arg(g_heapPeakBeforeUsers / 1048576.0, 0, 'f', 1);
    out.flush();
    if (guard && !guardPasses(memoryUsers, peakKb))
        return 1;
    if (memoryOnly)
        return big.lost == 0 && big.status == QLatin1String("deleted") ? 0 : 1;
    const bool ok = single.lost == 0 && bulk.lost == 0 && big.lost == 0
        && single.status == QLatin1String("deleted") && bulk.status == QLatin1String("deleted")
        && big.status == QLatin1String("deleted");
    return ok ? 0 : 1;
}
