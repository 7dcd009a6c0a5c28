// The whole job with the keyboard alone (QTest::keyClick/keyClicks only): the prompt's mnemonic,
// Return for Next, Space for the choice and the acknowledgement, Tab to the name field, Return to
// commit and to finish.

#include "DeleteOrgWizard.h"
#include "MainWindow.h"
#include "StartupPrompt.h"
#include "UiTestBed.h"
#include "WizardController.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

class KeyboardWizardTest : public QObject
{
    Q_OBJECT
private:
    static QWidget *focus(QWidget *fallback)
    {
        QWidget *w = QApplication::focusWidget();
        return w ? w : fallback;
    }

private slots:
    void wholeWizardWithTheKeyboard()
    {
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *window = bed.startMainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(window->startupPrompt(), 10000);
        auto *prompt = window->startupPrompt();
        QTest::keyClick(prompt, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(bed.wizard());
        auto *wizard = bed.wizard();
        wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        QVERIFY(WizardDriver::waitPreflightDone(wizard));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());

        QTest::keyClick(focus(wizard), Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(wod::ui::UsersPageId));
        auto *convert = must<QRadioButton>(wizard, "convertRadioButton");
        QTRY_VERIFY2(convert->hasFocus(), "the first choice takes the focus");
        QTest::keyClick(focus(wizard), Qt::Key_Space);
        QVERIFY2(convert->isChecked(), "Space selects the focused choice");
        QTest::keyClick(focus(wizard), Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(wod::ui::AcknowledgePageId));

        auto *ack = must<QCheckBox>(wizard, "ackCheckBox");
        QTRY_VERIFY2(ack->hasFocus(), "the acknowledgement takes the focus");
        QTest::keyClick(focus(wizard), Qt::Key_Space);
        QVERIFY(ack->isChecked());
        QTest::keyClick(focus(wizard), Qt::Key_Tab);
        auto *name = must<QLineEdit>(wizard, "orgNameLineEdit");
        QVERIFY2(name->hasFocus(), "Tab goes from the acknowledgement to the name field");
        QTest::keyClicks(focus(wizard), bed.scenario().orgDisplayName);
        QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
        QTest::keyClick(focus(wizard), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(wod::ui::ResultPageId), 20000);
        QCOMPARE(wizard->controller()->outcome().status, wod::net::RunOutcome::Status::Deleted);
        QCOMPARE(bed.usersInState(QStringLiteral("converted")), 11);

        QPointer<wod::ui::DeleteOrgWizard> guard(wizard);
        wizard->activateWindow();
        QTest::keyClick(focus(wizard), Qt::Key_Return);
        QTRY_VERIFY2(guard.isNull() || !guard->isVisible(), "Return finishes the wizard");
        QTRY_VERIFY(window->state() == wod::ui::MainWindow::State::Deleted);
    }
};

QTEST_MAIN(KeyboardWizardTest)
#include "tst_keyboard_wizard.moc"
