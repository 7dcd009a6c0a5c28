#include "GuiLauncher.h"

#include "MainWindow.h"
#include "Translations.h"
#include "UiServices.h"

#include <QApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>

#ifdef WOD_HAVE_APPEARANCE
#include "Appearance.h"
#endif

Q_LOGGING_CATEGORY(lcUi, "wod.ui", QtInfoMsg)

namespace wod::ui {

int runGui(const GuiOptions &options)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    Q_ASSERT_X(app, "runGui", "a QApplication must exist");

#ifdef WOD_HAVE_APPEARANCE
    Appearance::apply(*app, options.highContrast ? Appearance::Contrast::High
                                                 : Appearance::Contrast::Normal);
#else
    // One look everywhere until the bundled appearance is linked in.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
#endif

    qCInfo(lcUi) << "GUI starting; language" << (options.language.isEmpty() ? QStringLiteral("system") : options.language)
                 << "high contrast" << options.highContrast;

    // Translations (--lang; empty: the system locale) before the first widget: our catalogue,
    // Qt's for standard buttons, or the pseudo-locale. An unsupported language is a usage error.
    QString languageError;
    if (!installTranslations(*app, options.language, &languageError)) {
        QTextStream(stderr) << QStringLiteral("--lang %1: %2").arg(options.language, languageError)
                            << Qt::endl;
        return 2;
    }
    // Numbers and dates follow the chosen language too.
    if (!options.language.isEmpty() && options.language != QLatin1String("pseudo"))
        QLocale::setDefault(QLocale(options.language));

    UiServices services;
    GuiOptions windowOptions = options;
    // Sign-in is set up once the backend is known: nothing built twice.
    if (options.pendingBackend)
        windowOptions.oauth = {};
    MainWindow window(windowOptions, &services);
    if (!options.pendingBackend) {
        window.show();
        window.start();
        return app->exec();
    }
    // Said before the first frame, not after it (no second layout of the window).
    window.showConnecting();
    window.show();
    // The backend (the embedded sandbox: building its server, Qt's HTTP server loading the TLS
    // plugin) starts once the first frame is painted, not while it is: it would compete with that
    // frame for the CPU (start-up, issue #8). Signing in waits for it. A window that is never
    // painted (not exposed) starts it after a second all the same.
    bool backendStarted = false;
    const auto startBackend = [&window, &options, &backendStarted] {
        if (backendStarted)
            return;
        backendStarted = true;
        options.pendingBackend(
            [&window](const wod::net::ApiConnection &connection, const wod::auth::OAuthSettings &oauth) {
                window.start(connection, oauth);
            },
            [&window](const QString &message, int exitCode) {
                QTextStream(stderr) << message << Qt::endl;
                window.hide();
                QCoreApplication::exit(exitCode);
            });
    };
    QObject::connect(&window, &MainWindow::firstFramePainted, &window, startBackend);
    QTimer::singleShot(1000, &window, startBackend);
    return app->exec();
}

} // namespace wod::ui
