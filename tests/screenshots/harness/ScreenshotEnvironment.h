#pragma once
// The pinned rendering environment of the screenshot tests and its identity.
//
// pin() is called once in main() right after the QApplication is constructed: it installs the
// test-only NoAnimationStyle (Fusion, 0 ms animations), then the production Appearance::apply(),
// then the test pins (grayscale antialiasing, fixed hinting, UI effects off, no caret blink,
// en_US locale, left-to-right). CTest provides the rest (see tests/screenshots/CMakeLists.txt):
// offscreen platform with a config file pinning one screen (96 DPI, DPR 1 or 2), a hermetic
// FONTCONFIG_FILE, LC_ALL=C.UTF-8, TZ=UTC, empty HOME, no scale variables.
//
// The environment key names the baseline folder: "<os>-<version>-qt<version>-<platform>-dpr<N>".
// ENVIRONMENT.txt records the key plus everything else that decides pixels; its "decisive" lines
// must match in check mode, package versions are reported when they drift.

#include "Appearance.h"

#include <QString>
#include <QStringList>

class QApplication;

namespace wod::shots {

class ScreenshotEnvironment
{
public:
    enum class Mode { Check, Update };

    static void pin(QApplication &app);
    // Appearance::apply() with the test font pins re-applied (apply() resets the app font).
    static void applyAppearance(QApplication &app, wod::ui::Appearance::Contrast contrast);

    static Mode mode();             // WOD_SCREENSHOT_MODE=update selects Update
    static bool strict();           // SCREENSHOT_STRICT=1: a skip is a failure
    static bool underCi();          // CI set and not "false"/"0"
    static int devicePixelRatio();  // of the primary screen, rounded
    static int expectedDevicePixelRatio(); // WOD_SCREENSHOT_DPR (default 1)
    static QString envKey();
    static QString baselineRoot();  // tests/screenshots/baselines in the source tree
    static QString artifactRoot();  // WOD_SCREENSHOT_ARTIFACTS or ./screenshot-artifacts

    // ENVIRONMENT.txt: "key: value" lines, decisive ones first, then "package: name=version".
    static QString description();
    static QStringList decisiveLines(const QString &description);
    static QStringList packageLines(const QString &description);

    // Why this process is not in the pinned environment (empty: it is).
    static QStringList hermeticProblems();
    // How to get baselines for a new environment (printed with a skip).
    static QString instructions();
};

} // namespace wod::shots
