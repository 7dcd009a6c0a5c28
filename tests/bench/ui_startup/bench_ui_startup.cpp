// Benchmark: start-up time to the first painted main window (figures, not a timed test; see
// tests/bench/ui.cmake). Starts, in turns and under the same conditions (same platform plugin,
// fresh HOME), the real webex-org-delete executable as an admin does (no flags: the bundled demo on
// the embedded sandbox) and bench_ui_bare_window (a QMainWindow with a label). Neither program has
// a hook: the wodpaintprobe plugin (PaintProbePlugin.cpp) prints the CLOCK_MONOTONIC time of the
// first flushed frame and ends the process. Prints the median of N runs of each and the ratio
// (target: webex-org-delete within 1.5x of the bare window), and, as an extra, the time until the
// organization is shown (the Overview painted after the sandbox answered). "of which to Qt init":
// the part until the platform was initialised inside the QApplication constructor (loading and
// relocating shared libraries, static initialisers); the rest is the program's own start-up.
//
//   bench_ui_startup [runs]      default 11 after one warm-up each; WOD_BENCH_SMOKE=1: 2

#include "BenchFigures.h"
#include "FigureLine.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>

namespace {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

struct Program
{
    QString label;
    QString path;
    QString widget; // empty: the first painted QMainWindow
    std::vector<double> ms;
    std::vector<double> initMs; // to QGuiApplication's platform initialisation (libraries loaded)
};

// One start to the probe's marker, in ms; -1 on failure (printed). `initMs`: to the probe's load.
double startOnce(const Program &program, double *initMs)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QString pluginPath = QStringLiteral(WOD_PAINT_PROBE_DIR);
    if (env.contains(QStringLiteral("QT_PLUGIN_PATH")))
        pluginPath += QLatin1Char(':') + env.value(QStringLiteral("QT_PLUGIN_PATH"));
    env.insert(QStringLiteral("QT_PLUGIN_PATH"), pluginPath);
    env.insert(QStringLiteral("QT_QPA_GENERIC_PLUGINS"), QStringLiteral("wodpaintprobe"));
    env.insert(QStringLiteral("WOD_PAINT_PROBE_WIDGET"), program.widget);
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    QProcess process;
    process.setProcessEnvironment(env);
    const qint64 t0 = monotonicNs();
    process.start(program.path, {});
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        QTextStream(stderr) << program.label << ": no marker within 60 s" << Qt::endl;
        return -1;
    }
    const QByteArray out = process.readAllStandardOutput();
    const qsizetype at = out.indexOf("WOD_PAINT_PROBE ");
    if (at < 0) {
        QTextStream(stderr) << program.label << ": no marker; stderr: " << process.readAllStandardError()
                            << Qt::endl;
        return -1;
    }
    const QList<QByteArray> fields = out.mid(at).split('\n').constFirst().split(' ');
    const qsizetype init = out.indexOf("WOD_PAINT_PROBE_INIT ");
    *initMs = init < 0 ? 0
                       : double(out.mid(init + 21).split('\n').constFirst().toLongLong() - t0) / 1e6;
    return double(fields.value(2).toLongLong() - t0) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = app.arguments().size() > 1 ? app.arguments().at(1).toInt()
                                                 : (BenchFigures::smoke() ? 2 : 11);
    std::vector<Program> programs{
        {QStringLiteral("bare Qt Widgets window (QMainWindow + QLabel)"),
         QStringLiteral(WOD_BARE_WINDOW_PATH), {}, {}, {}},
        {QStringLiteral("webex-org-delete, first painted main window"), QStringLiteral(WOD_APP_PATH), {}, {}, {}},
        {QStringLiteral("webex-org-delete, organization shown"), QStringLiteral(WOD_APP_PATH),
         // The first section shown after the load: Overview or Account, whichever the app picks.
         QStringLiteral("overviewTitleLabel,orgNameLabel"), {}, {}},
    };
    out << "bench_ui_startup" << (BenchFigures::smoke() ? " (smoke)" : "") << ": median of " << runs
        << " starts each, taken in turns after one warm-up; QT_QPA_PLATFORM="
        << (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"))
        << Qt::endl;
    bool ok = true;
    for (int run = -1; run < runs; ++run) {
        for (Program &p : programs) {
            double initMs = 0;
            const double ms = startOnce(p, &initMs);
            ok = ok && ms > 0;
            if (run >= 0 && ms > 0) {
                p.ms.push_back(ms);
                p.initMs.push_back(initMs);
            }
        }
    }
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("start-up to first paint"), -48)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("min ms"), 8)
               .arg(QStringLiteral("max ms"), 8)
               .arg(QStringLiteral("of which to Qt init"), 20);
    for (const Program &p : programs) {
        const auto [lo, hi] = std::minmax_element(p.ms.begin(), p.ms.end());
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(p.label, -48)
                   .arg(BenchFigures::median(p.ms), 10, 'f', 1)
                   .arg(p.ms.empty() ? 0 : *lo, 8, 'f', 1)
                   .arg(p.ms.empty() ? 0 : *hi, 8, 'f', 1)
                   .arg(BenchFigures::median(p.initMs), 20, 'f', 1);
    }
    const double bare = BenchFigures::median(programs[0].ms);
    out << QStringLiteral("ratio webex-org-delete / bare window: %1x (target <= 1.5x); organization "
                          "shown: %2x\n")
               .arg(bare > 0 ? BenchFigures::median(programs[1].ms) / bare : 0, 0, 'f', 2)
               .arg(bare > 0 ? BenchFigures::median(programs[2].ms) / bare : 0, 0, 'f', 2);
    if (!BenchFigures::smoke() && bare > 0)
        FigureLine::print(out, QStringLiteral("ui_startup.ratio"),
                          QStringLiteral("Start-up to the first painted main window vs a bare Qt "
                                         "window (offscreen, median of %1)").arg(runs),
                          BenchFigures::median(programs[1].ms) / bare, QStringLiteral("x"),
                          QStringLiteral("%1 vs %2 ms")
                              .arg(BenchFigures::median(programs[1].ms), 0, 'f', 0)
                              .arg(bare, 0, 'f', 0),
                          QStringLiteral("≤ 1.5x"), QStringLiteral("`bench_ui_startup %1`").arg(runs));
    return ok ? 0 : 1;
}
