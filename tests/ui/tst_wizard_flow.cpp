// The Delete Organization flow end to end against the sandbox, driven by objectName: convert and
// delete paths with the sandbox's state checked, the typed-name guard, a 409 at the final DELETE,
// and a run cancelled mid-way then resumed without touching anyone twice.

#include "DataColumns.h"
#include "DeleteOrgWizard.h"
#include "MainWindow.h"
#include "StartupPrompt.h"
#include "StateQueries.h"
#include "UiServices.h"
#include "UiTestBed.h"
#include "WizardController.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class WizardFlowTest : public QObject
{
    Q_OBJECT
private slots:
    void promptToDeletedByConversion()
    {
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *window = bed.startMainWindow();
        QTRY_VERIFY2_WITH_TIMEOUT(window->startupPrompt(), "the free-only demo org must prompt", 10000);
        auto *banner = window->findChild<QLabel *>(QStringLiteral("sandboxBannerLabel"));
        QVERIFY2(banner && banner->text().contains(QStringLiteral("no real organization is touched")),
                 "the sandbox banner must be visible");
        QTest::mouseClick(must<QPushButton>(window->startupPrompt(), "promptDeleteOrganizationButton"),
                          Qt::LeftButton);
        QTRY_VERIFY(bed.wizard());
        auto *wizard = bed.wizard();
        QVERIFY(WizardDriver::waitPreflightDone(wizard));
        QVERIFY(WizardDriver::clickNext(wizard));
        QCOMPARE(wizard->currentId(), int(wod::ui::UsersPageId));
        QVERIFY2(!wizard->button(QWizard::NextButton)->isEnabled(), "Next needs a choice for the users");
        QVERIFY(WizardDriver::chooseUsers(wizard, true));
        QVERIFY(WizardDriver::clickNext(wizard));
        QCOMPARE(wizard->currentId(), int(wod::ui::AcknowledgePageId));
        QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("Delete Organization"));
        QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
        QVERIFY(WizardDriver::acknowledgeAndType(wizard, bed.scenario().orgDisplayName));
        QVERIFY2(wizard->button(QWizard::CommitButton)->isEnabled(), "ack + exact name enable commit");
        QVERIFY(WizardDriver::commit(wizard));
        QVERIFY(WizardDriver::waitResult(wizard));
        QCOMPARE(wizard->controller()->outcome().status, wod::net::RunOutcome::Status::Deleted);
        QCOMPARE(bed.usersInState(QStringLiteral("converted")), 11);
        QCOMPARE(bed.usersInState(QStringLiteral("deleted")), 0);
        const QString org = bed.orgState();
        QVERIFY2(org == QStringLiteral("deleted") || org == QStringLiteral("deleting"), qPrintable(org));
        auto *body = must<QLabel>(wizard, "resultBodyLabel");
        QVERIFY(body->text().contains(QStringLiteral("another organization")));
    }

    void deleteUsersPath()
    {
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *wizard = WizardDriver::openFromAccount(bed);
        QVERIFY(wizard);
        QVERIFY(WizardDriver::toAcknowledge(wizard, false));
        auto *ackText = must<QLabel>(wizard, "ackTextLabel");
        QVERIFY2(ackText->text().contains(QStringLiteral("will be deleted")) && ackText->text().contains(QStringLiteral("irreversible")),
                 qPrintable(ackText->text()));
        QVERIFY(WizardDriver::acknowledgeAndType(wizard, bed.scenario().orgDisplayName));
        QVERIFY(WizardDriver::commit(wizard));
        QVERIFY(WizardDriver::waitResult(wizard));
        QCOMPARE(wizard->controller()->outcome().status, wod::net::RunOutcome::Status::Deleted);
        QCOMPARE(bed.usersInState(QStringLiteral("deleted")), 11);
        QCOMPARE(bed.usersInState(QStringLiteral("converted")), 0);
    }

    void commitNeedsTheExactName_data()
    {
        wod::test::addColumns<QString, bool>("typed", "enabled");
        QTest::newRow("wrong case") << QStringLiteral("northwind trial") << false;
        QTest::newRow("trailing space") << QStringLiteral("Northwind Trial ") << false;
        QTest::newRow("prefix only") << QStringLiteral("Northwind") << false;
        QTest::newRow("exact") << QStringLiteral("Northwind Trial") << true;
    }
    void commitNeedsTheExactName()
    {
        QFETCH(QString, typed);
        QFETCH(bool, enabled);
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *wizard = WizardDriver::openFromAccount(bed);
        QVERIFY(wizard);
        QVERIFY(WizardDriver::toAcknowledge(wizard, true));
        QVERIFY(WizardDriver::acknowledgeAndType(wizard, typed));
        QCOMPARE(wizard->button(QWizard::CommitButton)->isEnabled(), enabled);
        QCOMPARE(bed.state().value(QStringLiteral("org")).toObject().value(QStringLiteral("deleteRequests")).toInt(), 0);
    }

    void conflictAtFinalDeleteShowsBlockers()
    {
        UiTestBed bed(QStringLiteral("demo.json"), [](auto &f) {
            f.conflictAtDelete = {QStringLiteral("linked_sites")};
        });
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *wizard = WizardDriver::commitFromAccount(bed, true);
        QVERIFY(wizard);
        QVERIFY(WizardDriver::waitResult(wizard));
        QCOMPARE(wizard->controller()->outcome().status, wod::net::RunOutcome::Status::Blocked);
        QCOMPARE(bed.orgState(), QStringLiteral("active"));
        auto *body = must<QLabel>(wizard, "resultBodyLabel");
        QVERIFY2(body->text().contains(QStringLiteral("Linked sites")), qPrintable(body->text()));
        QVERIFY2(body->text().contains(QStringLiteral("What to do")), "the remedy must be shown");
        QVERIFY2(body->text().contains(QStringLiteral("Tracking IDs")), "tracking ids must be shown");
        // The users were converted before Cisco refused: the page says so, never "intact".
        const QString subtitle = wizard->currentPage()->subTitle();
        QVERIFY2(!subtitle.contains(QStringLiteral("intact")), qPrintable(subtitle));
        QVERIFY2(subtitle.contains(QStringLiteral("11 users were converted")), qPrintable(subtitle));
        QVERIFY2(body->text().contains(QStringLiteral("11 users were already converted")), qPrintable(body->text()));
        QVERIFY2(body->text().contains(QStringLiteral("cannot be undone")), qPrintable(body->text()));
        auto *resume = must<QPushButton>(wizard, "resumeButton");
        QVERIFY2(resume->isVisible() && resume->isEnabled(), "a blocked run can be resumed");
    }

    void cancelMidRunThenResume()
    {
        UiTestBed bed(QStringLiteral("demo.json"), [](auto &f) { f.latencyMs = 40; });
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        bed.services()->runnerOptions.userConcurrency = 1;
        auto *wizard = WizardDriver::commitFromAccount(bed, true);
        QVERIFY(wizard);
        auto *bar = must<QProgressBar>(wizard, "usersProgressBar");
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() >= 2, 10000);
        auto *cancel = must<QPushButton>(wizard, "cancelRunButton");
        QVERIFY2(cancel->isEnabled(), "Stop works before the organization's DELETE");
        // Nothing that cannot be undone is "cancelled": the page says Stop, for screen readers too.
        QCOMPARE(cancel->accessibleName(), QStringLiteral("Stop the deletion"));
        QVERIFY2(!wizard->currentPage()->subTitle().contains(QStringLiteral("cancel"), Qt::CaseInsensitive),
                 qPrintable(wizard->currentPage()->subTitle()));
        for (const QWidget *w : wizard->currentPage()->findChildren<QWidget *>()) {
            const auto *label = qobject_cast<const QLabel *>(w);
            const auto *button = qobject_cast<const QAbstractButton *>(w);
            const QString shown = label ? label->text() : button ? button->text() : QString();
            QVERIFY2(!QString(shown + w->accessibleName()).contains(QStringLiteral("cancel"), Qt::CaseInsensitive),
                     qPrintable(w->objectName() + QStringLiteral(": ") + shown));
        }
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(WizardDriver::waitResult(wizard));
        QCOMPARE(wizard->controller()->outcome().status, wod::net::RunOutcome::Status::Cancelled);
        const int converted = bed.usersInState(QStringLiteral("converted"));
        QVERIFY2(converted >= 2 && converted < 11, qPrintable(QString::number(converted)));
        QCOMPARE(bed.orgState(), QStringLiteral("active"));
        QCOMPARE(bed.state().value(QStringLiteral("org")).toObject().value(QStringLiteral("deleteRequests")).toInt(), 0);

        auto *resume = must<QPushButton>(wizard, "resumeButton");
        QVERIFY2(resume->isVisible(), "a cancelled run offers Resume");
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_COMPARE(wizard->currentId(), int(wod::ui::ProgressPageId));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(wod::ui::ResultPageId), 20000);
        QCOMPARE(wizard->controller()->outcome().status, wod::net::RunOutcome::Status::Deleted);
        QCOMPARE(bed.usersInState(QStringLiteral("converted")), 11);
        QVERIFY2(wod::test::maxTransitions(bed.state()) <= 1, "no user may be handled twice");
    }

    void closingMidRunAsksAndLeavesAResumableJournal()
    {
        UiTestBed bed(QStringLiteral("demo.json"), [](auto &f) { f.latencyMs = 40; });
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        bed.services()->runnerOptions.userConcurrency = 1;
        auto *wizard = WizardDriver::commitFromAccount(bed, true);
        QVERIFY(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(must<QProgressBar>(wizard, "usersProgressBar")->value() >= 1, 10000);
        QPointer<wod::ui::DeleteOrgWizard> guard(wizard);
        bed.services()->messageBox()->setNextAnswer(QMessageBox::Yes);
        QSignalSpy asked(bed.services()->messageBox(), &wod::ui::MessageBoxService::asked);
        wizard->close();
        QTRY_COMPARE(asked.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 10000);
        QCOMPARE(bed.orgState(), QStringLiteral("active"));

        // The next start offers to resume the journal; accepting finishes the run.
        bed.services()->messageBox()->setNextAnswer(QMessageBox::Yes);
        auto *window = bed.startMainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(bed.wizard() != nullptr, 10000);
        QVERIFY2(bed.services()->messageBox()->lastText().contains(QStringLiteral("Resume")),
                 qPrintable(bed.services()->messageBox()->lastText()));
        QTRY_COMPARE_WITH_TIMEOUT(bed.wizard()->currentId(), int(wod::ui::ResultPageId), 20000);
        QCOMPARE(bed.wizard()->controller()->outcome().status, wod::net::RunOutcome::Status::Deleted);
        QCOMPARE(bed.usersInState(QStringLiteral("converted")), 11);
        Q_UNUSED(window);
    }
};

QTEST_MAIN(WizardFlowTest)
#include "tst_wizard_flow.moc"
