#include "GuiLauncher.h"

#include "MainWindow.h"
#include "Translations.h"
#include "UiServices.h"

#include <QApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QStyleFactory>
#include <QTextStream>

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
    window.show();
    if (!options.pendingBackend) {
        window.start();
        return app->exec();
    }
    // The first frame is painted while the sandbox starts; signing in waits for it.
    window.showConnecting();
    options.pendingBackend(
        [&window](const wod::net::ApiConnection &connection, const wod::auth::OAuthSettings &oauth) {
            window.start(connection, oauth);
        },
        [&window](const QString &message, int exitCode) {
            QTextStream(stderr) << message << Qt::endl;
            window.hide();
            QCoreApplication::exit(exitCode);
        });
    return app->exec();
}

} // namespace wod::ui
