// Before the irreversible click: a sign-in older than SignInFreshness::kMaxAgeSeconds (by the
// injected clock) makes Delete Organization ask for a fresh sign-in over the wizard, with nothing
// sent to the server; re-entering the token lets the next click start the run. A remembered
// sign-in never counts as fresh.

#include "Clock.h"
#include "DeleteOrgWizard.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "SignInFreshness.h"
#include "SandboxServer.h"
#include "StartupPrompt.h"
#include "UiTestBed.h"
#include "WizardController.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimeZone>

class ReauthenticationTest : public QObject
{
    Q_OBJECT
private slots:
    void freshnessFollowsTheClock()
    {
        wod::FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc()));
        wod::auth::SignInFreshness freshness(&clock);
        QVERIFY2(!freshness.isFresh(), "nothing proven yet (a remembered sign-in)");
        freshness.markSignedIn();
        QVERIFY(freshness.isFresh());
        clock.advanceSeconds(wod::auth::SignInFreshness::kMaxAgeSeconds);
        QVERIFY(freshness.isFresh());
        clock.advanceSeconds(1);
        QVERIFY(!freshness.isFresh());
        freshness.markSignedIn();
        QVERIFY(freshness.isFresh());
        freshness.forget();
        QVERIFY(!freshness.isFresh());
    }

    void staleSignInAsksBeforeDeleting()
    {
        UiTestBed bed(QStringLiteral("demo.json"), [](wod::sandbox::FaultConfig &f) { f.orgDeletionDelayMs = 0; });
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *wizard = WizardDriver::openFromAccount(bed);
        QVERIFY(wizard);
        auto *window = bed.mainWindow();
        QVERIFY(WizardDriver::toAcknowledge(wizard, true));
        QVERIFY(WizardDriver::acknowledgeAndType(wizard, bed.scenario().orgDisplayName));

        // The admin left the desk: six minutes later, someone clicks Delete Organization.
        bed.clock()->advanceSeconds(wod::auth::SignInFreshness::kMaxAgeSeconds + 60);
        QAbstractButton *commit = wizard->button(QWizard::CommitButton);
        QVERIFY(commit->isEnabled());
        QTest::mouseClick(commit, Qt::LeftButton);
        QTRY_VERIFY(window->signInDialog());
        QCOMPARE(wizard->currentId(), int(wod::ui::AcknowledgePageId));
        QVERIFY(!wizard->controller()->hasRunStarted());
        QCOMPARE(bed.usersInState(QStringLiteral("converted")), 0);
        QCOMPARE(bed.orgState(), QStringLiteral("active"));
        auto *note = must<QLabel>(wizard, "reauthNoteLabel");
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("Sign in again")), qPrintable(note->text()));
        auto *dialog = window->signInDialog();
        QCOMPARE(dialog->parentWidget(), static_cast<QWidget *>(wizard));
        // Closing the dialog without signing in changes nothing: the click is refused again.
        dialog->reject();
        QTRY_VERIFY(!window->signInDialog());
        QTest::mouseClick(commit, Qt::LeftButton);
        QTRY_VERIFY(window->signInDialog());
        QVERIFY(!wizard->controller()->hasRunStarted());

        // Re-entering the token proves presence; the next click starts the run.
        dialog = window->signInDialog();
        auto *token = must<QLineEdit>(dialog, "tokenLineEdit");
        QVERIFY(token);
        token->setFocus();
        QTest::keyClicks(token, bed.server()->token());
        QTest::mouseClick(must<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY(!window->signInDialog());
        QVERIFY(!wizard->controller()->needsReauthentication());
        QVERIFY2(note->text().contains(QStringLiteral("signed in again")), qPrintable(note->text()));
        QCOMPARE(wizard->currentId(), int(wod::ui::AcknowledgePageId));
        QVERIFY(WizardDriver::commit(wizard));
        QVERIFY(WizardDriver::waitResult(wizard));
        QCOMPARE(wizard->controller()->outcome().status, wod::net::RunOutcome::Status::Deleted);
    }
};

QTEST_MAIN(ReauthenticationTest)
#include "tst_reauthentication.moc"
