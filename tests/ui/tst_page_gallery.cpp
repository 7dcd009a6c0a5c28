// Walks the demo organization through every window and wizard page and grabs each one: the grabs
// must be non-trivial images at the window's size. With WOD_UI_SHOTS=DIR set, the PNGs are written
// there so that a developer can look at every page (the screenshot suite compares baselines).

#include "Appearance.h"
#include "DeleteOrgWizard.h"
#include "MainWindow.h"
#include "StartupPrompt.h"
#include "UiTestBed.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class PageGalleryTest : public QObject
{
    Q_OBJECT
private:
    void shoot(QWidget *widget, const QString &name)
    {
        QVERIFY2(widget, qPrintable(name));
        QCoreApplication::processEvents();
        const QPixmap pm = widget->grab();
        QVERIFY2(!pm.isNull() && pm.width() >= 300 && pm.height() >= 150,
                 qPrintable(QStringLiteral("grab of %1 is empty").arg(name)));
        const QImage img = pm.toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 7)
                colours.insert(img.pixel(x, y));
        QVERIFY2(colours.size() > 4, qPrintable(QStringLiteral("%1 looks blank").arg(name)));
        const QString dir = qEnvironmentVariable("WOD_UI_SHOTS");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(pm.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
        }
    }

private slots:
    void initTestCase()
    {
        // The same look as production: bundled font, Fusion, the explicit palette.
        wod::ui::Appearance::apply(*qApp);
    }

    void everyPageOfTheDemoFlow()
    {
        UiTestBed bed(QStringLiteral("demo.json"), [](auto &f) { f.latencyMs = 15; });
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *window = bed.startMainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(window->startupPrompt() != nullptr, 10000);
        shoot(window, QStringLiteral("01-main-account-info"));
        shoot(window->startupPrompt(), QStringLiteral("02-startup-prompt"));
        QTest::mouseClick(must<QPushButton>(window->startupPrompt(), "promptDeleteOrganizationButton"),
                          Qt::LeftButton);
        QTRY_VERIFY(bed.wizard() != nullptr);
        auto *wizard = bed.wizard();
        QVERIFY(WizardDriver::waitPreflightDone(wizard));
        shoot(wizard, QStringLiteral("03-preflight"));
        QVERIFY(WizardDriver::clickNext(wizard));
        QCOMPARE(wizard->currentId(), int(wod::ui::UsersPageId));
        QVERIFY(WizardDriver::chooseUsers(wizard, true));
        shoot(wizard, QStringLiteral("04-users-convert"));
        QTest::keyClicks(must<QLineEdit>(wizard, "userFilterLineEdit"), QStringLiteral("an"));
        shoot(wizard, QStringLiteral("05-users-filtered"));
        QVERIFY(WizardDriver::clickNext(wizard));
        shoot(wizard, QStringLiteral("06-acknowledge-empty"));
        QVERIFY(WizardDriver::acknowledgeAndType(wizard, bed.scenario().orgDisplayName));
        shoot(wizard, QStringLiteral("07-acknowledge-ready"));
        QVERIFY(WizardDriver::commit(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QWidget *>(QStringLiteral("usersProgressBar"))
                                         ->property("value").toInt() > 0
                                     || wizard->currentId() == wod::ui::ResultPageId,
                                 10000);
        if (wizard->currentId() == wod::ui::ProgressPageId)
            shoot(wizard, QStringLiteral("08-progress"));
        QVERIFY(WizardDriver::waitResult(wizard));
        shoot(wizard, QStringLiteral("09-result-success"));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(window->state() == wod::ui::MainWindow::State::Deleted);
        shoot(window, QStringLiteral("10-main-deleted"));
    }

    void blockedAndConflictPages()
    {
        UiTestBed bed(QStringLiteral("blocker-linked-sites.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *window = bed.startMainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(window->state() == wod::ui::MainWindow::State::Ready, 10000);
        shoot(window, QStringLiteral("11-main-blocked"));
        QTest::mouseClick(must<QPushButton>(window, "deleteOrganizationButton"), Qt::LeftButton);
        QTRY_VERIFY(bed.wizard() != nullptr);
        QVERIFY(WizardDriver::waitPreflightDone(bed.wizard()));
        shoot(bed.wizard(), QStringLiteral("12-preflight-blocked"));
    }

    void conflictResult()
    {
        UiTestBed bed(QStringLiteral("criterion-no-subscriptions.json"), [](auto &f) {
            f.conflictAtDelete = {QStringLiteral("linked_sites"), QStringLiteral("directory_sync")};
        });
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *window = bed.startMainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(window->state() == wod::ui::MainWindow::State::Ready, 10000);
        window->openWizard();
        auto *wizard = bed.wizard();
        QVERIFY(WizardDriver::waitPreflightDone(wizard));
        QVERIFY(WizardDriver::clickNext(wizard));
        if (wizard->currentId() == wod::ui::UsersPageId) {
            QVERIFY(WizardDriver::chooseUsers(wizard, false));
            shoot(wizard, QStringLiteral("13-users-delete"));
            QVERIFY(WizardDriver::clickNext(wizard));
        }
        QVERIFY(WizardDriver::acknowledgeAndType(wizard, bed.scenario().orgDisplayName));
        QVERIFY(WizardDriver::commit(wizard));
        QVERIFY(WizardDriver::waitResult(wizard));
        shoot(wizard, QStringLiteral("14-result-409"));
    }
};

QTEST_MAIN(PageGalleryTest)
#include "tst_page_gallery.moc"
