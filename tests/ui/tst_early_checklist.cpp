// A large organization's pre-flight (10,000 users, read through SCIM pages): the checklist shows
// as soon as SnapshotLoader::checklistReady() brings the partial snapshot, with a line saying the
// user list is still being read; Next stays disabled and the controller refuses every use of the
// partial snapshot (no dry run, no export, no run) until loaded() brings the whole list. A later
// page that fails after the checklist showed leaves the load's error and nothing usable.

#include "CheckRowWidget.h"
#include "DeleteOrgWizard.h"
#include "EligibilityPolicy.h"
#include "SandboxServer.h"
#include "UiTestBed.h"
#include "WizardController.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class EarlyChecklistTest : public QObject
{
    Q_OBJECT
private slots:
    void checklistShowsWhileTheUserListLoads()
    {
        UiTestBed bed(QStringLiteral("users-large.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        const wod::OrgSnapshot expected = bed.scenario().toSnapshot();
        QVERIFY(expected.users.size() > 1'000);
        const wod::Verdict verdict = wod::EligibilityPolicy::evaluate(expected);
        QVERIFY2(verdict.eligible, "the scenario must be eligible: Next follows the list only");

        auto *wizard = WizardDriver::openWizard(bed);
        QVERIFY(wizard);
        wod::ui::WizardController *controller = wizard->controller();
        auto *next = wizard->button(QWizard::NextButton);
        QVERIFY(next->isEnabled());

        // What the page and the controller show at the moment the early checklist arrives.
        struct Seen
        {
            bool reached = false;
            bool nextEnabled = true;
            bool canLeave = true;
            int rows = 0;
            bool loadingLineVisible = false;
            QString loadingLine;
            QString dryRun;
            bool exported = true;
            bool confirmed = true;
            bool runStarted = true;
            QList<wod::CheckItem> checklist;
        } seen;
        QTemporaryDir dir;
        QObject::connect(controller, &wod::ui::WizardController::busyChanged, wizard, [&](bool busy) {
            if (busy || !controller->isUserListLoading() || seen.reached)
                return;
            seen.reached = true;
            seen.nextEnabled = next->isEnabled();
            seen.canLeave = controller->canLeavePreflight();
            seen.checklist = controller->verdict().checklist;
            seen.rows = int(wizard->findChildren<wod::ui::CheckRowWidget *>().size());
            auto *line = wizard->findChild<QLabel *>(QStringLiteral("userListLoadingLabel"));
            seen.loadingLineVisible = line && line->isVisible();
            seen.loadingLine = line ? line->text() : QString();
            seen.dryRun = controller->dryRunText();
            QString error;
            seen.exported = controller->exportUsers(dir.filePath(QStringLiteral("users.csv")), &error)
                || controller->exportChecklist(dir.filePath(QStringLiteral("c.json")),
                                               wod::ui::WizardController::ExportFormat::Json, &error);
            seen.confirmed = controller->confirmDeletion(expected.orgDisplayName, true);
            seen.runStarted = controller->hasRunStarted();
        });

        // Re-check: the wizard's own pre-flight of the large org, read again.
        QTest::mouseClick(must<QPushButton>(wizard, "recheckButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return controller->isBusy(); }, 5'000) || seen.reached);
        QVERIFY(QTest::qWaitFor(
            [&] { return !controller->isBusy() && !controller->isUserListLoading(); }, 60'000));

        QVERIFY2(seen.reached, "the checklist did not come before the whole user list");
        QCOMPARE(seen.rows, int(verdict.checklist.size()));
        QVERIFY(!seen.nextEnabled);
        QVERIFY(!seen.canLeave);
        QVERIFY(seen.loadingLineVisible);
        QVERIFY2(seen.loadingLine.contains(QLocale().toString(qlonglong(expected.users.size()))),
                 qPrintable(seen.loadingLine));
        QCOMPARE(seen.dryRun, QStringLiteral("The user list is still being read."));
        QVERIFY(!seen.exported);
        QVERIFY(!seen.confirmed);
        QVERIFY(!seen.runStarted);

        // The whole list: the same checklist, Next enabled, the line gone.
        QVERIFY(controller->snapshot().isUserListComplete());
        QCOMPARE(controller->snapshot().users.size(), expected.users.size());
        QCOMPARE(controller->verdict().checklist, seen.checklist);
        QCOMPARE(controller->verdict().usersToHandle, verdict.usersToHandle);
        QVERIFY(QTest::qWaitFor([&] { return next->isEnabled(); }, 5'000));
        QVERIFY(!must<QLabel>(wizard, "userListLoadingLabel")->isVisible());
        QCOMPARE(int(wizard->findChildren<wod::ui::CheckRowWidget *>().size()),
                 int(verdict.checklist.size()));
        QVERIFY(controller->dryRunText() != seen.dryRun);
    }

    void laterPageFailureLeavesNothingUsable()
    {
        UiTestBed bed(QStringLiteral("users-large.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *wizard = WizardDriver::openWizard(bed);
        QVERIFY(wizard);
        wod::ui::WizardController *controller = wizard->controller();
        bool checklistShown = false;
        QObject::connect(controller, &wod::ui::WizardController::busyChanged, wizard, [&](bool busy) {
            checklistShown = checklistShown || (!busy && controller->isUserListLoading());
        });
        // The token expires after the re-check's first twelve requests (rounds 1 and 2, SCIM's
        // first page): the later SCIM pages answer 401, a pasted token cannot be renewed.
        wod::sandbox::FaultConfig faults = bed.server()->faults();
        faults.tokenExpiresAfterRequests = bed.state()
                                               .value(QStringLiteral("counters"))
                                               .toObject()
                                               .value(QStringLiteral("requests"))
                                               .toInt()
            + 12;
        bed.server()->setFaults(faults);
        QTest::mouseClick(must<QPushButton>(wizard, "recheckButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !controller->errorText().isEmpty(); }, 60'000));
        QVERIFY2(checklistShown, "the failure came before the early checklist");
        QVERIFY(!controller->isBusy());
        QVERIFY(!controller->hasSnapshot());
        QVERIFY(!controller->canLeavePreflight());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard->findChildren<wod::ui::CheckRowWidget *>().isEmpty());
        QVERIFY(!must<QLabel>(wizard, "userListLoadingLabel")->isVisible());
        QVERIFY(!must<QPushButton>(wizard, "exportChecklistButton")->isEnabled());
        QVERIFY(must<QLabel>(wizard, "preflightStatusLabel")->text().contains(controller->errorText()));
    }
};

QTEST_MAIN(EarlyChecklistTest)
#include "tst_early_checklist.moc"
