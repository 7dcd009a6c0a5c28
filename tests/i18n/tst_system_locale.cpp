// installTranslations(app, "") follows the system locale. ctest runs this with LC_ALL=fr_FR.UTF-8
// and LANGUAGE=fr: the UI must come up in French (and in English for a locale we don't have).

#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

class SystemLocaleTest : public QObject
{
    Q_OBJECT
private slots:
    void followsTheSystemLocale()
    {
        QVERIFY2(QLocale::system().uiLanguages().join(u' ').startsWith(QLatin1String("fr")),
                 qPrintable(QLocale::system().uiLanguages().join(u' ')));
        QVERIFY(wod::ui::installTranslations(*QCoreApplication::instance(), QString()));
        QCOMPARE(QCoreApplication::translate("wod::ui::StartupPrompt", "Remind Me Later"),
                 QStringLiteral("Me le rappeler plus tard"));
    }
};

QTEST_GUILESS_MAIN(SystemLocaleTest)
#include "tst_system_locale.moc"
