// Pre-flight benchmark: how long the SnapshotLoader takes against a sandbox answering every
// request after 100 ms, expressed in round trips (wall time / latency), next to the same reads
// made one after another (the same loader over a client limited to one request at a time).
// Two moments: "checklist", when the wizard can show the checklist (SnapshotLoader::
// checklistReady, or loaded() when there is none: up to 1,000 users, the /people walk), and
// "whole list", loaded() with every user. Targets (issue #14), on the checklist: at most 3 round
// trips for an org of up to 1,000 users, at most 4 for 100,000. A large org twice: users through
// SCIM (the default; pages of 1,000, the pages after the first in parallel: the checklist after
// the first page, the whole list at 16 requests in flight no sooner than 1 + 1 + ceil(99 / 16) =
// 9 round trips for 100,000 users, plus the decoding) and through the /v1/people walk (a token
// without the SCIM scope: the sandbox answers SCIM with 403; no early checklist).
//
//   bench_net_preflight            # 10, 1,000, 10,000 and 100,000 users, median of 3 runs
//                                  # (100,000: one run)
//   WOD_BENCH_SMOKE=1 bench_net_preflight   # 10 and 2,500 users, one run (ctest)
//   WOD_BENCH_CONCURRENCY=N        # requests in flight at once (default: the client's, 16)
//   WOD_BENCH_USERS=N WOD_BENCH_VIA=scim|people WOD_BENCH_NO_SEQUENTIAL=1
//                                  # one size, one way of reading (for profiling)

#include "ApiClient.h"
#include "EligibilityPolicy.h"
#include "EmbeddedSandbox.h"
#include "FaultConfig.h"
#include "FigureLine.h"
#include "ScenarioLoader.h"
#include "SnapshotLoader.h"
#include "TestScenarios.h"
#include "TextTable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace wod;
using namespace wod::net;

namespace {

constexpr int kLatencyMs = 100;

Scenario scenarioWith(int users)
{
    // The actor plus generated users: `users` in total; the test org's shape under bench names.
    const QByteArray json = QJsonDocument(test::testOrgScenarioJson(
        users - 1, {},
        {{QStringLiteral("org"),
          test::orgJson(QStringLiteral("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8wMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMGJlbmNo"),
                        QStringLiteral("Bench Org"), QStringLiteral("2026-09-14T09:30:00.000Z"))},
         {QStringLiteral("actor"),
          test::fullAdminJson(QStringLiteral("admin@bench.example"), QStringLiteral("Bench Admin"), true)}}))
        .toJson();
    QString error;
    const auto sc = ScenarioLoader::loadData(json, QStringLiteral("bench"), &error);
    if (!sc) {
        std::fprintf(stderr, "scenario: %s\n", qPrintable(error));
        std::exit(2);
    }
    return *sc;
}

struct Run
{
    qint64 checklistMs = -1; // checklistReady(), else loaded()
    qint64 wallMs = -1;      // loaded(): the whole user list
    int requests = 0;
    int users = 0;
    QString error;
};

// One snapshot load against `server` with at most `concurrency` requests in flight.
Run loadOnce(const sandbox::EmbeddedSandbox &server, int concurrency)
{
    QNetworkAccessManager nam;
    ApiClientOptions options;
    if (concurrency > 0)
        options.maxConcurrentRequests = concurrency;
    ApiClient client(&nam, server.baseUrl(), server.token(), options);
    SnapshotLoader loader(&client);
    QEventLoop loop;
    Run run;
    QElapsedTimer timer;
    // The early checklist counts only if it is the one the whole list gives.
    std::optional<Verdict> early;
    QObject::connect(&loader, &SnapshotLoader::checklistReady, &loop, [&](const OrgSnapshot &p) {
        run.checklistMs = timer.elapsed();
        early = EligibilityPolicy::evaluate(p);
    });
    QObject::connect(&loader, &SnapshotLoader::loaded, &loop, [&](const OrgSnapshot &s) {
        run.wallMs = timer.elapsed();
        if (run.checklistMs < 0)
            run.checklistMs = run.wallMs;
        const Verdict full = EligibilityPolicy::evaluate(s);
        if (early && (early->checklist != full.checklist || early->eligible != full.eligible
                      || early->usersToHandle != full.usersToHandle || early->popup != full.popup))
            run.error = QStringLiteral("the early checklist differs from the whole list's");
        run.users = int(s.users.size());
        loop.quit();
    });
    QObject::connect(&loader, &SnapshotLoader::failed, &loop, [&](const ApiError &e) {
        run.error = e.toString();
        loop.quit();
    });
    QTimer::singleShot(120'000, &loop, [&] {
        run.error = QStringLiteral("timed out");
        loop.quit();
    });
    timer.start();
    loader.load();
    loop.exec();
    run.requests = client.requestsSent();
    return run;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIntValue("WOD_BENCH_VERBOSE") != 1)
        QLoggingCategory::setFilterRules(QStringLiteral("wod.*.info=false\nwod.*.debug=false"));
    const bool smoke = qEnvironmentVariableIntValue("WOD_BENCH_SMOKE") == 1;
    QList<int> sizes = smoke ? QList<int>{10, 2'500} : QList<int>{10, 1'000, 10'000, 100'000};
    // For profiling one size: WOD_BENCH_USERS=100000 (and WOD_BENCH_NO_SEQUENTIAL=1).
    if (qEnvironmentVariableIsSet("WOD_BENCH_USERS"))
        sizes = {qEnvironmentVariableIntValue("WOD_BENCH_USERS")};
    const bool noSequential = qEnvironmentVariableIntValue("WOD_BENCH_NO_SEQUENTIAL") == 1;
    // For profiling one way of reading: WOD_BENCH_VIA=scim|people.
    const QString onlyVia = qEnvironmentVariable("WOD_BENCH_VIA");
    const int concurrency = qEnvironmentVariableIsSet("WOD_BENCH_CONCURRENCY")
        ? qEnvironmentVariableIntValue("WOD_BENCH_CONCURRENCY")
        : ApiClientOptions{}.maxConcurrentRequests;

    QTextStream out(stdout);
    out << "Pre-flight (SnapshotLoader) against the sandbox, " << kLatencyMs
        << " ms latency per request, " << concurrency << " requests in flight at most"
        << (smoke ? " [smoke]" : "") << "\n\n";
    out << "checklist: until the wizard can show the checklist (checklistReady, else loaded); "
           "whole list: until loaded() with every user; sequential: the whole list, one request "
           "at a time\n\n";
    const TextTable table({7, -10, 8, 12, 11, 13, 11, 13, 11, 8},
                          {"users", "users via", "requests", "checklist ms", "round trips",
                           "whole list ms", "round trips", "sequential ms", "round trips",
                           "speed-up"},
                          QStringLiteral(" | "));
    out << table.header() << table.rule();
    out.flush();

    // How a large org's users are read: SCIM pages, or the /people walk.
    enum class Via { Scim, People };
    const auto viaName = [](Via v) {
        return v == Via::Scim ? QStringLiteral("scim") : QStringLiteral("people");
    };
    struct Row
    {
        int users;
        Via mode;
        QString via;
        double checklistRoundTrips;
        double roundTrips; // the whole list
        double sequentialRoundTrips;
        int requests;
    };
    std::vector<Row> figures;
    bool failed = false;
    bool smallMet = true;
    bool largeMet = true;
    for (int users : sizes) {
        const Scenario sc = scenarioWith(users);
        for (const Via mode : {Via::Scim, Via::People}) {
            if (mode != Via::Scim && users <= 1'000)
                continue; // one /people page: SCIM is never asked
            if (!onlyVia.isEmpty() && onlyVia != viaName(mode))
                continue;
            const bool scim = mode != Via::People;
            sandbox::FaultConfig faults;
            faults.latencyMs = qEnvironmentVariableIsSet("WOD_BENCH_LATENCY_MS") ? qEnvironmentVariableIntValue("WOD_BENCH_LATENCY_MS") : kLatencyMs;
            faults.scimUsers = scim;
            // On its own thread, as the app's sandbox: a real server's work is not the client's.
            QString error;
            const auto embedded = sandbox::EmbeddedSandbox::start(sc, faults, &error);
            if (!embedded) {
                std::fprintf(stderr, "listen: %s\n", qPrintable(error));
                return 2;
            }
            const sandbox::EmbeddedSandbox &server = *embedded;
            const int repeats = smoke || users >= 100'000 ? 1 : 3;
            QList<qint64> checklist;
            QList<qint64> parallel;
            QList<qint64> sequential;
            int requests = 0;
            for (int i = 0; i < repeats; ++i) {
                const Run p = loadOnce(server, concurrency);
                const Run s = noSequential ? p : loadOnce(server, 1);
                if (!p.error.isEmpty() || !s.error.isEmpty() || p.users != users || s.users != users) {
                    std::fprintf(stderr, "load failed: %s %s (users %d, %d of %d)\n",
                                 qPrintable(p.error), qPrintable(s.error), p.users, s.users, users);
                    failed = true;
                    break;
                }
                checklist << p.checklistMs;
                parallel << p.wallMs;
                sequential << s.wallMs;
                requests = p.requests;
            }
            if (failed)
                break;
            const qint64 cm = median(checklist);
            const qint64 pm = median(parallel);
            const qint64 sm = median(sequential);
            const double crt = double(cm) / kLatencyMs;
            const double prt = double(pm) / kLatencyMs;
            const double srt = double(sm) / kLatencyMs;
            if (users <= 1'000 && crt > 3.0)
                smallMet = false;
            if (users >= 100'000 && mode == Via::Scim && crt > 4.0)
                largeMet = false;
            // A large org's users come through SCIM only when the token may use it.
            const QString via = users <= 1'000 ? QStringLiteral("people")
                                               : scim ? QStringLiteral("SCIM") : QStringLiteral("people*");
            out << table.row(
                {QString::number(users), via, QString::number(requests), QString::number(cm),
                 QString::number(crt, 'f', 2), QString::number(pm), QString::number(prt, 'f', 2),
                 QString::number(sm), QString::number(srt, 'f', 2),
                 QString::number(double(sm) / double(std::max<qint64>(pm, 1)), 'f', 1) +
                     QLatin1Char('x')});
            figures.push_back({users, mode, via, crt, prt, srt, requests});
            out.flush();
        }
        if (failed)
            break;
    }
    out << "\npeople*: SCIM refused (403, a token without identity:people_read), the /v1/people "
           "walk\n";
    out << "Target: the checklist in at most 3 round trips for up to 1,000 users: "
        << (failed ? "not measured" : smallMet ? "met" : "NOT met") << '\n';
    if (!smoke)
        out << "Target: the checklist in at most 4 round trips for 100,000 users (SCIM): "
            << (failed ? "not measured" : largeMet ? "met" : "NOT met") << '\n';
    const bool full = !smoke && !qEnvironmentVariableIsSet("WOD_BENCH_USERS") && onlyVia.isEmpty()
        && !qEnvironmentVariableIsSet("WOD_BENCH_LATENCY_MS") && !noSequential;
    for (const Row &r : figures) {
        if (failed || !full || r.users < 1'000)
            continue;
        const QString size = QLocale(QLocale::English).toString(r.users);
        const bool refused = r.mode == Via::People;
        // SCIM pages after the first: the checklist comes before the whole list.
        const bool early = !refused && r.users > 1'000;
        if (early)
            FigureLine::print(
                out, QStringLiteral("net_preflight.%1_checklist").arg(r.users),
                QStringLiteral("Pre-flight until the checklist shows, %1 users, 100 ms latency per "
                               "request, users through SCIM")
                    .arg(size),
                r.checklistRoundTrips, QStringLiteral("round trips"),
                QStringLiteral("the whole user list after %1 round trips (%2 requests, %3 in "
                               "flight at most)")
                    .arg(r.roundTrips, 0, 'f', 2)
                    .arg(r.requests)
                    .arg(concurrency),
                r.users >= 100'000 ? QStringLiteral("≤ 4") : QStringLiteral("–"),
                QStringLiteral("`bench_net_preflight`"));
        FigureLine::print(
            out, QStringLiteral("net_preflight.%1%2").arg(r.users).arg(refused ? QStringLiteral("_people") : QString()),
            QStringLiteral("Pre-flight, %1 users, 100 ms latency per request%2")
                .arg(size, refused ? QStringLiteral(", without the SCIM scope (/people walk)")
                                   : early ? QStringLiteral(", users through SCIM, whole user list")
                                           : QString()),
            r.roundTrips, QStringLiteral("round trips"),
            QStringLiteral("%1 requests, %2 in flight at most; one after another: %3 round trips")
                .arg(r.requests)
                .arg(concurrency)
                .arg(r.sequentialRoundTrips, 0, 'f', 2),
            r.users <= 1'000 ? QStringLiteral("≤ 3") : QStringLiteral("–"),
            QStringLiteral("`bench_net_preflight`"));
    }
    return failed ? 1 : 0;
}
