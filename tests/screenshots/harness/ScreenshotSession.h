#pragma once
// The capture protocol of one screenshot test executable ("suite"), used from a QtTest class:
//
//   initTestCase():    QVERIFY2(session.begin(), qPrintable(session.lastError()));
//   each step:         QVERIFY(ScreenshotSession::prepareWindow(window, size));
//                      ... drive like a user, assert behaviour (page id, texts, buttons, focus) ...
//                      QVERIFY2(session.capture(window, "Case", "step", {keyWidget, ...}),
//                               qPrintable(session.lastError()));
//   cleanupTestCase(): QVERIFY2(session.finish(), qPrintable(session.lastError()));
//
// capture() grabs until two consecutive grabs are identical, checks the fonts (FontGuard) and the
// image (ImageSanity), then compares with the baseline exactly (check mode) or writes it when its
// pixels changed (update mode). On a failure it writes expected/actual/diff/summary under
// <artifacts>/<envkey>/<Case>/<step>/ and names that folder in lastError(). finish() asserts that
// exactly the manifest's captures were made (the number of comparisons), handles orphan baselines
// of this suite's cases (check: failure; update: removed) and prints WOD_SUITE_SKIPPED when there
// are no baselines for this environment (a failure under SCREENSHOT_STRICT=1).

#include "ImageComparator.h"

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QSet>
#include <QSize>
#include <QString>

class QWidget;

namespace wod::shots {

class BaselineStore;

class ScreenshotSession
{
public:
    explicit ScreenshotSession(QString suite);
    ~ScreenshotSession();

    bool begin();
    bool capture(QWidget *window, const QString &caseName, const QString &step,
                 const QList<QWidget *> &keyWidgets, const Tolerance &tolerance = Tolerance::exact());
    bool finish();
    // Whether the manifest lists this capture for this suite at the current DPR (a DPR 2 run
    // captures a subset; the behaviour of every step is still asserted).
    bool wants(const QString &caseName, const QString &step) const;

    QString lastError() const { return m_error; }
    bool skipping() const { return m_skipping; }
    int comparisons() const { return m_comparisons; }

    // Fixed size, moved away from the offscreen cursor at (10,10), shown, exposed and active.
    // Fails when the window cannot be exactly `size` (its content needs more room: cramped).
    static bool prepareWindow(QWidget *window, const QSize &size, QString *error = nullptr);
    // Grabs until consecutive grabs stay identical for a 250 ms settle window (at most
    // `attempts` grabs, 50 ms apart); null if the rendering never settles.
    static QImage stableGrab(QWidget *window, int attempts = 100, int *grabsNeeded = nullptr);

private:
    bool fail(const QString &message);
    QString artifactDirectory(const QString &caseName, const QString &step) const;

    QString m_suite;
    QString m_error;
    BaselineStore *m_store = nullptr;
    bool m_update = false;
    bool m_skipping = false;
    bool m_filtered = false; // only some test functions were asked for on the command line
    int m_dpr = 1;
    int m_comparisons = 0;
    int m_written = 0;
    QStringList m_packageDrift;
    QSet<QString> m_captured; // "<Case>/<step>.png"
    qint64 m_captureMs = 0;
    qint64 m_slowestMs = 0;
};

} // namespace wod::shots
