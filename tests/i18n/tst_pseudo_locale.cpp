// The pseudo-locale (installTranslations(app, "pseudo")) is generated from the source strings:
// 40 % longer, accented and bracketed, with placeholders, mnemonics and rich text intact. Under
// it, and in German and French, every window, dialog and wizard page at its default size shows
// all of its label, button, check box, radio button and group box texts uncut.

#include "Appearance.h"
#include "ClipCheck.h"
#include "ScreenTour.h"
#include "Translations.h"

#include <QApplication>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QTextDocument>
#include <QtMath>

using wod::ui::pseudoTranslate;

namespace {
qsizetype visibleLength(QString s)
{
    static const QRegularExpression tag(QStringLiteral("<[^<>]*>"));
    s.remove(tag);
    return s.size();
}
} // namespace

class PseudoLocaleTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(wod::ui::installTranslations(*qApp, QStringLiteral("pseudo")));
        wod::ui::Appearance::apply(*qApp);
    }

    void generatedFromTheSource()
    {
        const QString simple = pseudoTranslate(QStringLiteral("Delete users"));
        QVERIFY2(simple.startsWith(u'[') && simple.endsWith(u']'), qPrintable(simple));
        QVERIFY2(simple.size() >= qCeil(12 * 1.4), qPrintable(simple));
        QVERIFY2(!simple.contains(QLatin1String("Delete")), qPrintable(simple)); // accented
        // placeholders and plurals survive
        const QString args = pseudoTranslate(QStringLiteral("%1 of %2 users, %n left, 100%% done, %L3"));
        for (const char *p : {"%1", "%2", "%n", "%%", "%L3"})
            QVERIFY2(args.contains(QLatin1String(p)), qPrintable(args));
        // the mnemonic keeps its letter, "&&" stays a literal ampersand
        const QString mnemonic = pseudoTranslate(QStringLiteral("&Delete Organization && more"));
        QVERIFY2(mnemonic.contains(QLatin1String("&D")) && mnemonic.contains(QLatin1String("&&")), qPrintable(mnemonic));
        // rich text: tags, attributes and entities untouched, still rich text, closing tags last
        const QString rich = QStringLiteral("<p><b>What will be lost</b></p><ul style='margin-left:12px'><li>All &amp; more</li></ul>");
        const QString pr = pseudoTranslate(rich);
        for (const char *t : {"<p>", "<b>", "</b>", "</p>", "<ul style='margin-left:12px'>", "<li>", "&amp;"})
            QVERIFY2(pr.contains(QLatin1String(t)), qPrintable(pr));
        QVERIFY2(pr.endsWith(QLatin1String("]</li></ul>")), qPrintable(pr));
        QVERIFY2(visibleLength(pr) >= qCeil(visibleLength(rich) * 1.4) - 4, qPrintable(pr));
        QVERIFY(Qt::mightBeRichText(pr));
        // translated through tr(): Qt fills in %n and %1 after the pseudo translation
        QCOMPARE(QCoreApplication::translate("wod::ui::OverviewView", "%Ln user(s)", nullptr, 3),
                 pseudoTranslate(QStringLiteral("%Ln user(s)")).replace(QLatin1String("%Ln"), QLatin1String("3")));
        // Qt's own strings too: the wizard's buttons
        QVERIFY(QCoreApplication::translate("QWizard", "&Next").startsWith(u'['));
    }

    void noTextIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("pseudo") << QStringLiteral("pseudo");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void noTextIsClipped()
    {
        QFETCH(QString, language);
        // widgets take their texts when built: the tour builds every screen anew
        QVERIFY(wod::ui::installTranslations(*qApp, language));
        const auto restore = qScopeGuard([] { wod::ui::installTranslations(*qApp, QStringLiteral("pseudo")); });
        QStringList problems;
        int screens = 0;
        const bool toured = ScreenTour::visitEveryScreen([&](QWidget *screen, const QString &name) {
            ++screens;
            for (const QString &p : ClipCheck::clippedTexts(screen))
                problems << name + QStringLiteral(": ") + p;
        });
        QVERIFY(toured);
        QVERIFY2(screens >= 15, qPrintable(QString::number(screens)));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 clipped texts:\n").arg(problems.size()) + problems.join(u'\n')));
    }
};

QTEST_MAIN(PseudoLocaleTest)
#include "tst_pseudo_locale.moc"
