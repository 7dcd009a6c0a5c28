#include "ScreenshotSession.h"

#include "BaselineStore.h"
#include "CaptureManifest.h"
#include "FontGuard.h"
#include "ImageSanity.h"
#include "ScreenshotEnvironment.h"

#include <QApplication>
#include <QDir>
#include <QTest>
#include <QWidget>
#include <QWindow>
#include <cstdio>

namespace wod::shots {

namespace {

// QtTest options that take a value: their value is not a test function name.
bool takesValue(const QString &option)
{
    static const QStringList withValue{QStringLiteral("-o"),          QStringLiteral("-maxwarnings"),
                                       QStringLiteral("-eventdelay"), QStringLiteral("-keydelay"),
                                       QStringLiteral("-mousedelay"), QStringLiteral("-seed"),
                                       QStringLiteral("-platform"),   QStringLiteral("-repeat")};
    return withValue.contains(option);
}

} // namespace

ScreenshotSession::ScreenshotSession(QString suite) : m_suite(std::move(suite)) {}

ScreenshotSession::~ScreenshotSession()
{
    delete m_store;
}

bool ScreenshotSession::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ScreenshotSession::begin()
{
    m_dpr = ScreenshotEnvironment::devicePixelRatio();
    m_update = ScreenshotEnvironment::mode() == ScreenshotEnvironment::Mode::Update;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (takesValue(args.at(i))) {
            ++i;
        } else if (!args.at(i).startsWith(QLatin1Char('-'))) {
            m_filtered = true;
        }
    }
    if (m_update && ScreenshotEnvironment::underCi())
        return fail(QStringLiteral("the baseline update refuses to run under CI (CI is set)"));
    const QStringList problems = ScreenshotEnvironment::hermeticProblems();
    if (!problems.isEmpty()) {
        return fail(QStringLiteral("not the pinned screenshot environment (run through ctest -L "
                                   "screenshots): ")
                    + problems.join(QStringLiteral("; ")));
    }
    m_store = new BaselineStore(ScreenshotEnvironment::baselineRoot(),
                                ScreenshotEnvironment::envKey());
    if (m_update)
        return true;
    if (!m_store->hasEnvironment()) {
        m_skipping = true;
        if (ScreenshotEnvironment::strict()) {
            return fail(QStringLiteral("SCREENSHOT_STRICT=1 and ")
                        + ScreenshotEnvironment::instructions());
        }
        return true;
    }
    const QString recorded = m_store->readEnvironment();
    const QString current = ScreenshotEnvironment::description();
    const QStringList want = ScreenshotEnvironment::decisiveLines(recorded);
    const QStringList have = ScreenshotEnvironment::decisiveLines(current);
    if (want != have) {
        QStringList differences;
        for (const QString &line : want) {
            if (!have.contains(line))
                differences << QStringLiteral("baselines: \"%1\"").arg(line);
        }
        for (const QString &line : have) {
            if (!want.contains(line))
                differences << QStringLiteral("here: \"%1\"").arg(line);
        }
        return fail(QStringLiteral("%1 does not match this environment: %2. If the change is "
                                   "intended, run tests/screenshots/update-baselines.sh and review "
                                   "every changed PNG.")
                        .arg(m_store->environmentFile(), differences.join(QStringLiteral("; "))));
    }
    const QStringList recordedPackages = ScreenshotEnvironment::packageLines(recorded);
    for (const QString &line : ScreenshotEnvironment::packageLines(current)) {
        if (!recordedPackages.contains(line))
            m_packageDrift << line;
    }
    if (!m_packageDrift.isEmpty()) {
        std::printf("screenshots: package versions differ from %s (baselines must still match): %s\n",
                    qPrintable(m_store->environmentFile()),
                    qPrintable(m_packageDrift.join(QStringLiteral(", "))));
    }
    return true;
}

bool ScreenshotSession::prepareWindow(QWidget *window, const QSize &size, QString *error)
{
    auto report = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    window->resize(size);
    window->move(QPoint(160, 120)); // away from the offscreen cursor at (10,10): no hover
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowExposed(window))
        return report(QStringLiteral("the window was never exposed"));
    if (!QTest::qWaitForWindowActive(window))
        return report(QStringLiteral("the window never became active"));
    if (window->size() != size) {
        return report(QStringLiteral("the window is %1x%2 instead of %3x%4: its content needs "
                                     "more room than the fixed capture size")
                          .arg(window->width())
                          .arg(window->height())
                          .arg(size.width())
                          .arg(size.height()));
    }
    return true;
}

QImage ScreenshotSession::stableGrab(QWidget *window, int attempts, int *grabsNeeded)
{
    // Two identical grabs in a row are not enough on their own: a grab is much faster than an
    // animation frame, so two grabs can fall inside one frame of an animation that style hints
    // do not control (e.g. QLineEdit's clear button fades in over 160 ms). So the image must also
    // stay identical over a settle window longer than any such animation.
    constexpr qint64 kSettleMs = 250;
    QImage previous;
    QElapsedTimer sameSince;
    for (int i = 1; i <= attempts; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QImage current = ImageComparator::normalized(window->grab().toImage());
        if (!previous.isNull() && current == previous) {
            if (!sameSince.isValid())
                sameSince.start();
            if (sameSince.elapsed() >= kSettleMs) {
                if (grabsNeeded)
                    *grabsNeeded = i;
                return current;
            }
        } else {
            sameSince.invalidate();
        }
        previous = std::move(current);
        QTest::qWait(kSettleMs / 5);
    }
    return {};
}

QString ScreenshotSession::artifactDirectory(const QString &caseName, const QString &step) const
{
    return QDir(ScreenshotEnvironment::artifactRoot())
        .filePath(ScreenshotEnvironment::envKey() + QLatin1Char('/') + caseName + QLatin1Char('/')
                  + step);
}

bool ScreenshotSession::capture(QWidget *window, const QString &caseName, const QString &step,
                                const QList<QWidget *> &keyWidgets, const Tolerance &tolerance)
{
    if (!m_store)
        return fail(QStringLiteral("capture() before a successful begin()"));
    const QString file = caseName + QLatin1Char('/') + step + QStringLiteral(".png");
    bool listed = false;
    for (const ManifestEntry &e : CaptureManifest::forSuite(m_suite, m_dpr))
        listed |= e.file() == file;
    if (!listed) {
        return fail(QStringLiteral("%1 is not in the capture manifest of suite \"%2\" at DPR %3")
                        .arg(file, m_suite)
                        .arg(m_dpr));
    }
    if (m_captured.contains(file))
        return fail(QStringLiteral("%1 captured twice").arg(file));
    m_captured.insert(file);
    if (const QString why = tolerance.validationError(); !why.isEmpty())
        return fail(file + QStringLiteral(": ") + why);
    if (!window->isWindow() || !window->windowHandle() || !window->windowHandle()->isExposed()
        || !window->isActiveWindow()) {
        return fail(file + QStringLiteral(": capture protocol: the window must be a shown, exposed, "
                                          "active top-level window (prepareWindow())"));
    }

    QElapsedTimer timer;
    timer.start();
    int grabs = 0;
    const QImage actual = stableGrab(window, 100, &grabs);
    if (actual.isNull())
        return fail(file + QStringLiteral(": rendering never settled within 100 grabs (250 ms without change required)"));

    if (const QStringList fonts = FontGuard::problems(window, wod::ui::Appearance::fontFamily());
        !fonts.isEmpty()) {
        return fail(file + QStringLiteral(": font guard: ") + fonts.join(QStringLiteral("; ")));
    }

    SanityRequirements req;
    req.size = window->size() * m_dpr;
    for (QWidget *key : keyWidgets) {
        if (!key || !key->isVisible())
            return fail(file + QStringLiteral(": a key widget is missing or hidden"));
        // Only the part of the widget that is on screen (a widget inside a scroll area may
        // extend beyond its viewport).
        const QRect visible = key->visibleRegion().boundingRect();
        if (visible.isEmpty())
            return fail(file + QStringLiteral(": key widget %1 is not visible on screen").arg(key->objectName()));
        const QRect r(key->mapTo(window, visible.topLeft()), visible.size());
        req.keyRects << QRect(r.topLeft() * m_dpr, r.size() * m_dpr);
    }
    const SanityReport sanity = ImageSanity::check(actual, req);
    const QString artifacts = artifactDirectory(caseName, step);
    if (!sanity.ok()) {
        QString ignored;
        ImageComparator::writeArtifacts(artifacts, m_store->load(caseName, step), actual,
                                        ImageComparator::compare(m_store->load(caseName, step), actual),
                                        &ignored);
        return fail(QStringLiteral("%1: image sanity (%2%3): %4; artifacts in %5")
                        .arg(file, m_update ? QStringLiteral("refusing to write the baseline, ")
                                            : QString(),
                             QStringLiteral("%1 colours").arg(sanity.distinctColours),
                             sanity.problems.join(QStringLiteral("; ")), artifacts));
    }

    if (m_update) {
        const auto result = m_store->writeIfChanged(caseName, step, actual);
        if (result == BaselineStore::WriteResult::Failed)
            return fail(file + QStringLiteral(": cannot write ") + m_store->path(caseName, step));
        if (result != BaselineStore::WriteResult::Unchanged) {
            ++m_written;
            std::printf("screenshots: %s %s\n",
                        result == BaselineStore::WriteResult::Created ? "created" : "updated",
                        qPrintable(m_store->path(caseName, step)));
        }
        ++m_comparisons;
    } else if (!m_skipping) {
        const QImage expected = m_store->load(caseName, step);
        if (expected.isNull()) {
            QString ignored;
            ImageComparator::writeArtifacts(artifacts, expected, actual,
                                            ImageComparator::compare(expected, actual), &ignored);
            return fail(QStringLiteral("%1: missing baseline %2 (run tests/screenshots/"
                                       "update-baselines.sh); actual image in %3")
                            .arg(file, m_store->path(caseName, step), artifacts));
        }
        const ComparisonResult result = ImageComparator::compare(expected, actual, tolerance);
        ++m_comparisons;
        if (!result.passed) {
            QString writeError;
            ImageComparator::writeArtifacts(artifacts, expected, actual, result, &writeError);
            QString message = QStringLiteral("%1 differs from its baseline: %2; expected, actual, "
                                             "diff and summary in %3")
                                  .arg(file, result.summary(), artifacts);
            if (!writeError.isEmpty())
                message += QStringLiteral(" (") + writeError + QLatin1Char(')');
            if (!m_packageDrift.isEmpty())
                message += QStringLiteral("; packages changed since the baselines: ")
                           + m_packageDrift.join(QStringLiteral(", "));
            return fail(message);
        }
    }
    const qint64 ms = timer.elapsed();
    m_captureMs += ms;
    m_slowestMs = qMax(m_slowestMs, ms);
    Q_UNUSED(grabs)
    return true;
}

bool ScreenshotSession::wants(const QString &caseName, const QString &step) const
{
    const QString file = caseName + QLatin1Char('/') + step + QStringLiteral(".png");
    for (const ManifestEntry &e : CaptureManifest::forSuite(m_suite, ScreenshotEnvironment::devicePixelRatio())) {
        if (e.file() == file)
            return true;
    }
    return false;
}

bool ScreenshotSession::finish()
{
    if (!m_store)
        return fail(QStringLiteral("finish() without a successful begin()"));
    const QList<ManifestEntry> expected = CaptureManifest::forSuite(m_suite, m_dpr);
    std::printf("screenshots: suite %s at DPR %d: %d capture(s), %d comparison(s), %d baseline(s) "
                "written, capture time total %lld ms, slowest %lld ms\n",
                qPrintable(m_suite), m_dpr, int(m_captured.size()), m_comparisons, m_written,
                m_captureMs, m_slowestMs);
    if (m_filtered) {
        std::printf("screenshots: only some test functions ran: completeness and orphans not checked\n");
    } else {
        QStringList missing;
        for (const ManifestEntry &e : expected) {
            if (!m_captured.contains(e.file()))
                missing << e.file();
        }
        if (!missing.isEmpty()) {
            return fail(QStringLiteral("captures listed in the manifest but never made: ")
                        + missing.join(QStringLiteral(", ")));
        }
        const int wanted = m_skipping ? 0 : int(expected.size());
        if (m_comparisons != wanted) {
            return fail(QStringLiteral("%1 comparisons made, %2 expected").arg(m_comparisons).arg(wanted));
        }
        if (!m_skipping) {
            QStringList orphans;
            for (const QString &caseName : CaptureManifest::suiteCases(m_suite, m_dpr)) {
                for (const QString &step : m_store->steps(caseName)) {
                    const QString file = caseName + QLatin1Char('/') + step + QStringLiteral(".png");
                    if (m_captured.contains(file))
                        continue;
                    if (m_update) {
                        m_store->remove(caseName, step);
                        std::printf("screenshots: removed orphan %s\n", qPrintable(file));
                    } else {
                        orphans << file;
                    }
                }
            }
            if (!orphans.isEmpty()) {
                return fail(QStringLiteral("orphan baselines (no capture makes them; the update "
                                           "command removes them): ")
                            + orphans.join(QStringLiteral(", ")));
            }
        }
    }
    if (m_update) {
        if (!m_store->writeEnvironmentIfChanged(ScreenshotEnvironment::description()))
            return fail(QStringLiteral("cannot write ") + m_store->environmentFile());
    }
    if (m_skipping) {
        std::printf("WOD_SUITE_SKIPPED: %s\n", qPrintable(ScreenshotEnvironment::instructions()));
    }
    std::fflush(stdout);
    return true;
}

} // namespace wod::shots
