#include "GuiLauncher.h"

#include "EnglishPlurals.h"
#include "MainWindow.h"
#include "UiServices.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStyleFactory>
#include <QTranslator>

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

    // Translations: the app's own catalogue from resources, then Qt's for standard buttons.
    const QLocale locale = options.language.isEmpty() ? QLocale() : QLocale(options.language);
    if (!options.language.isEmpty())
        QLocale::setDefault(locale);
    EnglishPlurals::ensureInstalled();
    auto *appTranslator = new QTranslator(app);
    if (appTranslator->load(locale, QStringLiteral("webex-org-delete"), QStringLiteral("_"),
                            QStringLiteral(":/translations")))
        QCoreApplication::installTranslator(appTranslator);
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    UiServices services;
    MainWindow window(options, &services);
    window.show();
    window.start();
    return app->exec();
}

} // namespace wod::ui
