// Benchmark of the eligibility core on a large organization: how long loading a scenario with
// generatedUsers, evaluating it and fingerprinting the deletion plan take, and the peak resident
// memory of the process. Prints figures; it is not a timed test and only fails when the pipeline
// itself breaks (a load error or a wrong verdict).
//
//   bench_core [users]          default 100000; WOD_BENCH_SMOKE=1 uses 10000
//
// Each step runs several times; the best and median times are printed (wall clock, ms).

#include "DeletionPlan.h"
#include "FigureLine.h"
#include "EligibilityPolicy.h"
#include "ScenarioLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <vector>

namespace {

// VmHWM: the peak resident set size of this process, in KiB (Linux).
qint64 peakRssKib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

struct Timing
{
    double bestMs = 0;
    double medianMs = 0;
};

Timing measure(int runs, const std::function<void()> &step)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        step();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return Timing{ms.front(), ms.at(ms.size() / 2)};
}

QByteArray scenarioJson(int users)
{
    const QByteArray text = QByteArrayLiteral(R"({
  "org": {"id": "org-bench", "displayName": "Bench Org"},
  "actor": {"email": "dana.admin@bench.example", "displayName": "Dana", "roles": ["Full Administrator"]},
  "subscriptions": [{"id": "Sub-FREE-1", "type": "free", "status": "active"}],
  "users": [{"email": "alex@bench.example"}, {"email": "mei@bench.example"}],
  "generatedUsers": %USERS%
})");
    return QByteArray(text).replace("%USERS%", QByteArray::number(users));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const bool smoke = qEnvironmentVariableIntValue("WOD_BENCH_SMOKE") == 1;
    int users = smoke ? 10'000 : 100'000;
    if (argc > 1)
        users = QByteArray(argv[1]).toInt();
    const int runs = smoke ? 3 : 5;
    const QByteArray json = scenarioJson(users);
    const qint64 rssBefore = peakRssKib();

    std::optional<wod::Scenario> scenario;
    QString error;
    const Timing load = measure(runs, [&] {
        scenario = wod::ScenarioLoader::loadData(json, QStringLiteral("bench.json"), &error);
    });
    if (!scenario) {
        out << "FAIL: " << error << Qt::endl;
        return 1;
    }
    const qint64 expectedUsers = qint64(users) + 3; // actor + 2 listed + generated
    if (scenario->users.size() != expectedUsers) {
        out << "FAIL: " << scenario->users.size() << " users loaded, expected " << expectedUsers
            << Qt::endl;
        return 1;
    }

    wod::OrgSnapshot snapshot;
    const Timing toSnapshot = measure(runs, [&] { snapshot = scenario->toSnapshot(); });
    wod::Verdict verdict;
    const Timing evaluate =
        measure(runs, [&] { verdict = wod::EligibilityPolicy::evaluate(snapshot); });
    if (!verdict.eligible || verdict.usersToHandle != expectedUsers - 1 || !verdict.popup) {
        out << "FAIL: wrong verdict (eligible " << verdict.eligible << ", usersToHandle "
            << verdict.usersToHandle << ")" << Qt::endl;
        return 1;
    }
    QByteArray fingerprint;
    const Timing fp =
        measure(runs, [&] { fingerprint = wod::DeletionPlan::fingerprintOf(snapshot, verdict); });
    wod::DeletionPlan plan;
    const Timing planTiming = measure(runs, [&] {
        plan = wod::DeletionPlan::fromSnapshot(snapshot, verdict, wod::UserDisposition::Convert,
                                               QDateTime::currentDateTimeUtc(), {});
    });
    QByteArray journalHeader;
    const Timing planJson = measure(
        runs, [&] { journalHeader = QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact); });

    auto line = [&out](const char *what, const Timing &t) {
        out << QStringLiteral("  %1 best %2 ms, median %3 ms")
                   .arg(QString::fromLatin1(what).leftJustified(34))
                   .arg(t.bestMs, 0, 'f', 2)
                   .arg(t.medianMs, 0, 'f', 2)
            << Qt::endl;
    };
    out << "bench_core: " << users << " generated users (" << expectedUsers << " in all), " << runs
        << " runs per step" << (smoke ? " [smoke]" : "") << Qt::endl;
    out << "  scenario JSON size                 " << json.size() << " bytes" << Qt::endl;
    line("load scenario (parse + validate)", load);
    line("scenario -> snapshot", toSnapshot);
    line("evaluate eligibility", evaluate);
    line("fingerprint (SHA-256)", fp);
    line("deletion plan from snapshot", planTiming);
    line("plan -> journal header JSON", planJson);
    out << "  journal header size                " << journalHeader.size() << " bytes" << Qt::endl;
    out << "  peak RSS (VmHWM)                   " << peakRssKib() << " KiB (at start " << rssBefore
        << " KiB)" << Qt::endl;
    out << "  fingerprint                        " << fingerprint << Qt::endl;
    if (!smoke)
        FigureLine::print(out, QStringLiteral("core.evaluate_100k"),
                          QStringLiteral("Evaluate a 100,000-user organization"), evaluate.medianMs,
                          QStringLiteral("ms"),
                          QStringLiteral("median (load the scenario %1 ms), peak %2 MB")
                              .arg(load.medianMs, 0, 'f', 0)
                              .arg(peakRssKib() / 1024.0, 0, 'f', 0),
                          QStringLiteral("–"), QStringLiteral("`bench_core`"));
    return 0;
}
