// The screenshot suite "appearance": Appearance alone, on a sample wizard page and an icon sheet,
// in normal and high contrast. Proves the framework on widgets this area owns.

#include "AppearanceSample.h"
#include "ScreenshotSession.h"
#include "ScreenshotTestMain.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QWizard>
#include <memory>

using namespace wod::shots;
using wod::ui::Appearance;

class TestAppearanceScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wizardPageWithTypedNameAndAcknowledgement();
    void iconSheetShowsEveryIconAtThreeSizesAndDisabled();
    void highContrastPalette();
    void cleanupTestCase();

private:
    ScreenshotSession m_session{QStringLiteral("appearance")};
};

void TestAppearanceScreenshots::initTestCase()
{
    QVERIFY2(m_session.begin(), qPrintable(m_session.lastError()));
}

void TestAppearanceScreenshots::wizardPageWithTypedNameAndAcknowledgement()
{
    std::unique_ptr<QWizard> wizard(AppearanceSample::createWizard());
    QString error;
    QVERIFY2(ScreenshotSession::prepareWindow(wizard.get(), QSize(760, 560), &error), qPrintable(error));

    auto *ack = wizard->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheckBox"));
    auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("orgNameLineEdit"));
    auto *destroy = wizard->findChild<QPushButton *>(QStringLiteral("deleteOrganizationButton"));
    QVERIFY(ack && name && destroy);
    QVERIFY2(!destroy->isEnabled(), "Delete Organization must start disabled");

    // Drive like a user: type the name, then tick the acknowledgement with the keyboard.
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Acme Sandbox Inc."));
    QVERIFY2(!destroy->isEnabled(), "the name alone must not enable Delete Organization");
    ack->setFocus();
    QTest::keyClick(ack, Qt::Key_Space);

    QCOMPARE(wizard->currentId(), 0);
    QCOMPARE(wizard->currentPage()->title(), AppearanceSample::title());
    QCOMPARE(name->text(), QStringLiteral("Acme Sandbox Inc."));
    QVERIFY(ack->isChecked());
    QVERIFY2(destroy->isEnabled(), "name and acknowledgement enable Delete Organization");
    QCOMPARE(destroy->text(), QStringLiteral("Delete Organization"));
    QVERIFY(ack->hasFocus());
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(wizard->button(QWizard::CancelButton)->isEnabled());

    QVERIFY2(m_session.capture(wizard.get(), QStringLiteral("AppearanceSample"),
                               QStringLiteral("wizard-page"),
                               {ack, name, destroy,
                                wizard->findChild<QLabel *>(QStringLiteral("lossLabel"))}),
             qPrintable(m_session.lastError()));
}

void TestAppearanceScreenshots::iconSheetShowsEveryIconAtThreeSizesAndDisabled()
{
    std::unique_ptr<QWidget> sheet(AppearanceSample::createIconSheet());
    QString error;
    QVERIFY2(ScreenshotSession::prepareWindow(sheet.get(), QSize(760, 360), &error), qPrintable(error));
    QList<QWidget *> keys;
    for (const char *name : {"iconStatusPassedWidget", "iconStatusFailedWidget",
                             "iconStatusUnknownWidget", "iconAppWidget"}) {
        auto *w = sheet->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(w, name);
        keys << w;
    }
    QVERIFY2(m_session.capture(sheet.get(), QStringLiteral("AppearanceSample"),
                               QStringLiteral("icon-sheet"), keys),
             qPrintable(m_session.lastError()));
}

void TestAppearanceScreenshots::highContrastPalette()
{
    if (ScreenshotEnvironment::devicePixelRatio() != 1)
        QSKIP("high contrast is captured at DPR 1 only");
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    ScreenshotEnvironment::applyAppearance(*app, Appearance::Contrast::High);
    const auto restore = qScopeGuard(
        [app] { ScreenshotEnvironment::applyAppearance(*app, Appearance::Contrast::Normal); });
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
    QCOMPARE(QApplication::palette().color(QPalette::Inactive, QPalette::Highlight),
             QApplication::palette().color(QPalette::Active, QPalette::Highlight));

    std::unique_ptr<QWizard> wizard(AppearanceSample::createWizard());
    QString error;
    QVERIFY2(ScreenshotSession::prepareWindow(wizard.get(), QSize(760, 560), &error), qPrintable(error));
    auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("orgNameLineEdit"));
    auto *destroy = wizard->findChild<QPushButton *>(QStringLiteral("deleteOrganizationButton"));
    QVERIFY(name && destroy);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Acme"));
    QCOMPARE(name->text(), QStringLiteral("Acme"));
    QVERIFY(!destroy->isEnabled());
    QVERIFY(name->hasFocus());
    QVERIFY2(m_session.capture(wizard.get(), QStringLiteral("AppearanceSample"),
                               QStringLiteral("high-contrast"), {name, destroy}),
             qPrintable(m_session.lastError()));
}

void TestAppearanceScreenshots::cleanupTestCase()
{
    QVERIFY2(m_session.finish(), qPrintable(m_session.lastError()));
}

WOD_SCREENSHOT_TEST_MAIN(TestAppearanceScreenshots)
#include "tst_appearance_screenshots.moc"
