// The sign-in prompt: shown for a free-only org, "Remind Me Later" (button or Escape) snoozes it for
// 7 days per org and admin through the injected clock, and it comes back after the snooze.

#include "Clock.h"
#include "MainWindow.h"
#include "StartupPrompt.h"
#include "UiTestBed.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class StartupPromptTest : public QObject
{
    Q_OBJECT
private:
    bool startAndWaitReady(UiTestBed &bed)
    {
        auto *window = bed.startMainWindow();
        return QTest::qWaitFor([&] { return window->state() == wod::ui::MainWindow::State::Ready; }, 10000);
    }

private slots:
    void remindLaterSnoozesForSevenDays_data()
    {
        QTest::addColumn<bool>("useEscape");
        QTest::newRow("Remind Me Later button") << false;
        QTest::newRow("Escape key") << true;
    }
    void remindLaterSnoozesForSevenDays()
    {
        QFETCH(bool, useEscape);
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        QVERIFY(startAndWaitReady(bed));
        QPointer<wod::ui::StartupPrompt> prompt = bed.mainWindow()->startupPrompt();
        QVERIFY2(prompt, "a free-only org prompts at sign-in");
        QVERIFY(prompt->isVisible());
        QVERIFY2(prompt->windowModality() != Qt::ApplicationModal,
                 "the prompt does not block the application");
        auto *remind = must<QPushButton>(prompt, "remindLaterButton");
        QVERIFY(remind->isDefault());
        QVERIFY(!remind->accessibleName().isEmpty());
        if (useEscape)
            QTest::keyClick(prompt, Qt::Key_Escape);
        else
            QTest::mouseClick(remind, Qt::LeftButton);
        QTRY_VERIFY(prompt.isNull() || !prompt->isVisible());

        bed.clock()->advanceSeconds(6 * 24 * 3600);
        QVERIFY(startAndWaitReady(bed));
        QVERIFY2(!bed.mainWindow()->startupPrompt(), "snoozed: no prompt within 7 days");

        bed.clock()->advanceSeconds(24 * 3600 + 60);
        QVERIFY(startAndWaitReady(bed));
        QVERIFY2(bed.mainWindow()->startupPrompt(), "the prompt returns after the snooze");
    }

    void deleteOrganizationOpensTheWizard()
    {
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        QVERIFY(startAndWaitReady(bed));
        auto *prompt = bed.mainWindow()->startupPrompt();
        QVERIFY(prompt);
        QSignalSpy opened(bed.mainWindow(), &wod::ui::MainWindow::wizardOpened);
        QTest::keyClick(prompt, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(opened.count(), 1);
        QVERIFY(bed.mainWindow()->wizard());
    }

    void noPromptWhenNotFreeOnly_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("no subscriptions") << QStringLiteral("criterion-no-subscriptions.json");
        QTest::newRow("paid subscription") << QStringLiteral("blocker-subscriptions-paid.json");
    }
    void noPromptWhenNotFreeOnly()
    {
        QFETCH(QString, scenario);
        UiTestBed bed(scenario);
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        QVERIFY(startAndWaitReady(bed));
        QVERIFY2(!bed.mainWindow()->startupPrompt(), "the prompt is for free-only organizations");
    }
};

QTEST_MAIN(StartupPromptTest)
#include "tst_startup_prompt.moc"
