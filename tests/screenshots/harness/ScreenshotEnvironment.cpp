#include "ScreenshotEnvironment.h"

#include "NoAnimationStyle.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QScreen>
#include <QStyle>
#include <QSysInfo>

#ifndef WOD_SCREENSHOT_BASELINES
#error "WOD_SCREENSHOT_BASELINES must name the baseline folder in the source tree"
#endif

namespace wod::shots {

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

void pinFont(QApplication &)
{
    QFont font = QApplication::font();
    // Grayscale antialiasing and one hinting mode: subpixel (LCD) rendering and the desktop's
    // hinting choice are the usual reasons two machines disagree on text pixels.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferAntialias | QFont::NoSubpixelAntialias));
    font.setHintingPreference(QFont::PreferVerticalHinting);
    QApplication::setFont(font);
}

const char *const kPackages[] = {"libqt6core6",     "libqt6gui6",   "libqt6widgets6",
                                 "libqt6svg6",      "qt6-qpa-plugins", "libfreetype6",
                                 "libfontconfig1",  "libharfbuzz0b", "libpng16-16"};

} // namespace

void ScreenshotEnvironment::pin(QApplication &app)
{
    // The proxy first: Appearance::apply() keeps a proxy over Fusion instead of replacing it.
    QApplication::setStyle(new NoAnimationStyle);
    applyAppearance(app, wod::ui::Appearance::Contrast::Normal);
    for (const Qt::UIEffect effect : {Qt::UI_General, Qt::UI_AnimateMenu, Qt::UI_FadeMenu,
                                      Qt::UI_AnimateCombo, Qt::UI_AnimateTooltip,
                                      Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox}) {
        QApplication::setEffectEnabled(effect, false);
    }
    QApplication::setCursorFlashTime(0); // a caret that never blinks: it is always drawn
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void ScreenshotEnvironment::applyAppearance(QApplication &app, wod::ui::Appearance::Contrast contrast)
{
    wod::ui::Appearance::apply(app, contrast);
    pinFont(app);
}

ScreenshotEnvironment::Mode ScreenshotEnvironment::mode()
{
    return env("WOD_SCREENSHOT_MODE") == QStringLiteral("update") ? Mode::Update : Mode::Check;
}

bool ScreenshotEnvironment::strict()
{
    return env("SCREENSHOT_STRICT") == QStringLiteral("1");
}

bool ScreenshotEnvironment::underCi()
{
    const QString ci = env("CI").trimmed().toLower();
    return !ci.isEmpty() && ci != QStringLiteral("false") && ci != QStringLiteral("0");
}

int ScreenshotEnvironment::devicePixelRatio()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->devicePixelRatio()) : 0;
}

int ScreenshotEnvironment::expectedDevicePixelRatio()
{
    bool ok = false;
    const int dpr = env("WOD_SCREENSHOT_DPR").toInt(&ok);
    return ok && dpr > 0 ? dpr : 1;
}

QString ScreenshotEnvironment::envKey()
{
    QString os = QSysInfo::productType() + QLatin1Char('-') + QSysInfo::productVersion();
    os.replace(QLatin1Char(' '), QLatin1Char('_'));
    return QStringLiteral("%1-qt%2-%3-dpr%4")
        .arg(os, QString::fromLatin1(qVersion()), QGuiApplication::platformName())
        .arg(devicePixelRatio());
}

QString ScreenshotEnvironment::baselineRoot()
{
    return QStringLiteral(WOD_SCREENSHOT_BASELINES);
}

QString ScreenshotEnvironment::artifactRoot()
{
    const QString configured = env("WOD_SCREENSHOT_ARTIFACTS");
    return configured.isEmpty() ? QDir::current().filePath(QStringLiteral("screenshot-artifacts"))
                                : configured;
}

QString ScreenshotEnvironment::description()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    QStringList lines;
    lines << QStringLiteral("envkey: ") + envKey();
    lines << QStringLiteral("os: ") + QSysInfo::prettyProductName();
    lines << QStringLiteral("qt: ") + QString::fromLatin1(qVersion());
    lines << QStringLiteral("platform: ") + QGuiApplication::platformName();
    const QStyle *style = QApplication::style();
    const auto *proxy = qobject_cast<const QProxyStyle *>(style);
    lines << QStringLiteral("style: ")
                 + (proxy ? proxy->baseStyle()->name() + QStringLiteral(" (")
                                + QString::fromLatin1(style->metaObject()->className())
                                + QLatin1Char(')')
                          : style->name());
    lines << QStringLiteral("font: ") + wod::ui::Appearance::fontFamily() + QStringLiteral(" sha256 ")
                 + QString::fromLatin1(wod::ui::Appearance::fontHash());
    lines << QStringLiteral("font-pins: grayscale antialiasing, vertical hinting");
    lines << QStringLiteral("fontconfig: hermetic, hintslight, antialias, rgba none, no conf.d");
    lines << QStringLiteral("screen: logical DPI %1, DPR %2")
                 .arg(screen ? qRound(screen->logicalDotsPerInch()) : 0)
                 .arg(devicePixelRatio());
    // Package versions: recorded so a changed pixel can be traced to an upgrade.
    QProcess dpkg;
    QStringList args{QStringLiteral("-W"), QStringLiteral("-f"),
                     QStringLiteral("${Package}=${Version}\\n")};
    for (const char *p : kPackages)
        args << QString::fromLatin1(p);
    dpkg.start(QStringLiteral("dpkg-query"), args);
    QStringList packages;
    if (dpkg.waitForFinished(10000)) {
        const QString out = QString::fromUtf8(dpkg.readAllStandardOutput());
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            packages << QStringLiteral("package: ") + line.trimmed();
    }
    if (packages.isEmpty())
        packages << QStringLiteral("package: (dpkg-query unavailable)");
    packages.sort();
    lines << packages;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList ScreenshotEnvironment::decisiveLines(const QString &description)
{
    QStringList result;
    for (const QString &line : description.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QStringLiteral("package: ")) && !line.startsWith(QStringLiteral("os: ")))
            result << line;
    }
    return result;
}

QStringList ScreenshotEnvironment::packageLines(const QString &description)
{
    QStringList result;
    for (const QString &line : description.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QStringLiteral("package: ")) || line.startsWith(QStringLiteral("os: ")))
            result << line;
    }
    return result;
}

QStringList ScreenshotEnvironment::hermeticProblems()
{
    QStringList problems;
    if (QGuiApplication::platformName() != QStringLiteral("offscreen"))
        problems << QStringLiteral("platform is %1, not offscreen").arg(QGuiApplication::platformName());
    if (!env("QT_QPA_PLATFORM").startsWith(QStringLiteral("offscreen:configfile=")))
        problems << QStringLiteral("QT_QPA_PLATFORM does not pin the screen with a config file");
    const QString fcFile = env("FONTCONFIG_FILE");
    QFile fc(fcFile);
    if (fcFile.isEmpty() || !fc.open(QIODevice::ReadOnly)) {
        problems << QStringLiteral("FONTCONFIG_FILE is not set to a readable hermetic config");
    } else {
        const QByteArray text = fc.readAll();
        if (text.contains("conf.d") && text.contains("<include"))
            problems << QStringLiteral("FONTCONFIG_FILE includes system configuration");
    }
    const QString family = wod::ui::Appearance::fontFamily();
    // Every family fontconfig offers (including generic aliases such as "Sans Serif") must
    // resolve to the bundled font: no other glyphs can reach a capture, not even as fallback.
    for (const QString &f : QFontDatabase::families()) {
        const QString resolved = QFontInfo(QFont(f)).family();
        if (!resolved.startsWith(family))
            problems << QStringLiteral("font family \"%1\" resolves to \"%2\" (only %3 may be "
                                       "visible)").arg(f, resolved, family);
    }
    for (const char *var : {"QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS", "QT_FONT_DPI",
                            "QT_ENABLE_HIGHDPI_SCALING", "QT_AUTO_SCREEN_SCALE_FACTOR",
                            "QT_SCALE_FACTOR_ROUNDING_POLICY", "QT_STYLE_OVERRIDE",
                            "QT_QPA_PLATFORMTHEME"}) {
        if (!env(var).isEmpty())
            problems << QStringLiteral("%1 is set").arg(QString::fromLatin1(var));
    }
    if (env("LC_ALL") != QStringLiteral("C.UTF-8"))
        problems << QStringLiteral("LC_ALL is not C.UTF-8");
    if (env("TZ") != QStringLiteral("UTC"))
        problems << QStringLiteral("TZ is not UTC");
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen || qRound(screen->logicalDotsPerInch()) != 96)
        problems << QStringLiteral("the screen's logical DPI is not 96");
    if (devicePixelRatio() != expectedDevicePixelRatio()) {
        problems << QStringLiteral("device pixel ratio %1, expected %2")
                        .arg(devicePixelRatio())
                        .arg(expectedDevicePixelRatio());
    }
    if (QGuiApplication::screens().size() != 1)
        problems << QStringLiteral("more than one screen");
    return problems;
}

QString ScreenshotEnvironment::instructions()
{
    return QStringLiteral(
               "no screenshot baselines for environment \"%1\" (they exist for: %2). Baselines are "
               "exact and keyed by environment; this machine kind differs from the one they were "
               "made on. To review and create baselines for it: tests/screenshots/update-baselines.sh "
               "<build-dir>, look at every PNG under tests/screenshots/baselines/%1/, commit them.")
        .arg(envKey(),
             QDir(baselineRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).join(QStringLiteral(", ")));
}

} // namespace wod::shots
