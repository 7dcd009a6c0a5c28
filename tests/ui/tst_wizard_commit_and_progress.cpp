// Two things a click-through under Xvfb showed (issue 16), each against the sandbox:
// - the acknowledgement (commit) page offers the commit button, Back and Close only: no disabled
//   "Next >" beside "Delete Organization", before or after the confirmation is complete; the
//   progress page that follows offers Close only (no disabled Back);
// - on the progress page the confirmation's elapsed time ticks each second while Cisco's
//   confirmation is awaited, although the runner reports only after each poll (here: never again
//   during the test). Time comes from the test bed's FixedClock, moved by the test.

#include "Clock.h"
#include "DeleteOrgWizard.h"
#include "MainWindow.h"
#include "StartupPrompt.h"
#include "UiServices.h"
#include "UiTestBed.h"
#include "WizardController.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

class WizardCommitAndProgressTest : public QObject
{
    Q_OBJECT
private:
    // The wizard's buttons an admin can see, by objectName, in layout order.
    static QStringList visibleButtons(wod::ui::DeleteOrgWizard *wizard)
    {
        QStringList names;
        for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                           QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton}) {
            QAbstractButton *b = wizard->button(which);
            if (b && b->isVisible())
                names << b->objectName();
        }
        return names;
    }

    static int elapsedSeconds(const QLabel *label)
    {
        static const QRegularExpression seconds(QStringLiteral("elapsed (\\d+) seconds?\\."));
        const auto m = seconds.match(label->text());
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

private slots:
    void commitPageOffersCommitBackAndCloseOnly()
    {
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *wizard = WizardDriver::openFromAccount(bed);
        QVERIFY(wizard);
        QVERIFY(WizardDriver::toAcknowledge(wizard, true));
        const QStringList expected{QStringLiteral("backButton"), QStringLiteral("commitButton"),
                                   QStringLiteral("cancelButton")};
        QCOMPARE(visibleButtons(wizard), expected);
        QVERIFY2(!wizard->button(QWizard::CommitButton)->isEnabled(),
                 "Delete Organization waits for the acknowledgement and the name");

        // Completing the confirmation re-evaluates QWizard's buttons: Next stays hidden.
        QVERIFY(WizardDriver::acknowledgeAndType(wizard, bed.scenario().orgDisplayName));
        QTRY_VERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
        QCOMPARE(visibleButtons(wizard), expected);
        QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("Delete Organization"));

        // Back to the users page and forward again: still no Next on the commit page.
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
        QTRY_COMPARE(wizard->currentId(), int(wod::ui::UsersPageId));
        QVERIFY2(visibleButtons(wizard).contains(QStringLiteral("nextButton")),
                 "the users page still offers Next");
        QVERIFY(WizardDriver::clickNext(wizard));
        QCOMPARE(wizard->currentId(), int(wod::ui::AcknowledgePageId));
        QCOMPARE(visibleButtons(wizard), expected);
    }

    void elapsedTimeTicksWhileConfirming()
    {
        // The organization stays after its DELETE, and the runner polls again only after 10
        // minutes: no progress event arrives while the test moves the clock.
        UiTestBed bed(QStringLiteral("demo.json"),
                      [](wod::sandbox::FaultConfig &f) { f.orgDeletionDelayMs = 600'000; });
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        bed.services()->runnerOptions.confirmPollIntervalMs = 600'000;
        bed.services()->runnerOptions.confirmTimeoutMs = 1'200'000;
        auto *wizard = WizardDriver::openFromAccount(bed);
        QVERIFY(wizard);
        QVERIFY(WizardDriver::toAcknowledge(wizard, true));
        QVERIFY(WizardDriver::acknowledgeAndType(wizard, bed.scenario().orgDisplayName));
        QVERIFY(WizardDriver::commit(wizard));
        QTRY_COMPARE(wizard->currentId(), int(wod::ui::ProgressPageId));
        // Nothing leads back from the progress page: Close… alone (it asks while the run lasts).
        QCOMPARE(visibleButtons(wizard), QStringList{QStringLiteral("cancelButton")});
        auto *label = must<QLabel>(wizard, "confirmationProgressLabel");
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->controller()->lastProgress().phase == wod::net::RunPhase::Confirming,
                                 20000);
        QTRY_VERIFY2(elapsedSeconds(label) > 0, qPrintable(label->text()));
        const int atAccept = elapsedSeconds(label);

        // The runner's real elapsed time may still round up by a second meanwhile: at least the
        // clock's seconds are added, within one tick.
        bed.clock()->advanceSeconds(3);
        QTRY_VERIFY2_WITH_TIMEOUT(elapsedSeconds(label) >= atAccept + 3, qPrintable(label->text()), 5000);
        const int afterThree = elapsedSeconds(label);
        QVERIFY2(afterThree <= atAccept + 4, qPrintable(label->text()));
        bed.clock()->advanceSeconds(1);
        QTRY_COMPARE_WITH_TIMEOUT(elapsedSeconds(label), afterThree + 1, 5000);
        QCOMPARE(wizard->controller()->lastProgress().phase, wod::net::RunPhase::Confirming);

        // Past a minute the format changes; the tick goes on.
        bed.clock()->advanceSeconds(60);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral(" min ")), 5000);

        // Leave without waiting 10 minutes: Close asks, the answer closes anyway (the journal
        // keeps the run).
        bed.services()->messageBox()->setNextAnswer(QMessageBox::Yes);
        wizard->reject();
        QTRY_VERIFY(!bed.wizard() || !bed.wizard()->isVisible());
    }
};

QTEST_MAIN(WizardCommitAndProgressTest)
#include "tst_wizard_commit_and_progress.moc"
