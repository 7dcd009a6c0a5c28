#include "ScreenTour.h"

#include "DeleteOrgWizard.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "StartupPrompt.h"
#include "UiTestBed.h"
#include "WizardDriver.h"
#include "pages/PageId.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QTest>

namespace ScreenTour {

namespace {

void settle(QWidget *screen)
{
    // Let layouts, deferred size adjustments and word-wrapped labels reach their final geometry.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
    if (screen)
        screen->ensurePolished();
}

bool show(QWidget *screen, const QString &name, const Visitor &visit)
{
    if (!screen || !screen->isVisible()) {
        QTest::qFail(qPrintable(QStringLiteral("screen %1 is not showing").arg(name)), __FILE__, __LINE__);
        return false;
    }
    settle(screen);
    visit(screen, name);
    return true;
}

bool mainWindowAndWizard(const Visitor &visit)
{
    UiTestBed bed(QStringLiteral("demo.json"), [](auto &f) { f.latencyMs = 120; });
    if (!bed.isReady()) {
        QTest::qFail(qPrintable(bed.error()), __FILE__, __LINE__);
        return false;
    }
    auto *window = bed.startMainWindow();
    if (!QTest::qWaitFor([&] { return window->startupPrompt() != nullptr; }, 15000)) {
        QTest::qFail("the startup prompt did not show", __FILE__, __LINE__);
        return false;
    }
    bool ok = show(window->startupPrompt(), QStringLiteral("startup-prompt"), visit);
    window->startupPrompt()->close();
    settle(window);
    using Section = wod::ui::MainWindow::Section;
    window->showSection(Section::Account);
    ok = show(window, QStringLiteral("main-account"), visit) && ok;
    window->showSection(Section::Overview);
    ok = show(window, QStringLiteral("main-overview"), visit) && ok;
    window->showSection(Section::Users);
    ok = show(window, QStringLiteral("main-users"), visit) && ok;
    window->showSection(Section::Account);

    window->openWizard();
    if (!QTest::qWaitFor([&] { return bed.wizard() != nullptr; }, 5000) || !WizardDriver::waitPreflightDone(bed.wizard())) {
        QTest::qFail("the wizard did not open", __FILE__, __LINE__);
        return false;
    }
    auto *wizard = bed.wizard();
    ok = show(wizard, QStringLiteral("wizard-preflight"), visit) && ok;
    if (!WizardDriver::clickNext(wizard) || wizard->currentId() != wod::ui::UsersPageId
        || !WizardDriver::chooseUsers(wizard, true)) {
        QTest::qFail("could not reach the users page", __FILE__, __LINE__);
        return false;
    }
    ok = show(wizard, QStringLiteral("wizard-users"), visit) && ok;
    if (!WizardDriver::clickNext(wizard)) {
        QTest::qFail("could not reach the acknowledgement page", __FILE__, __LINE__);
        return false;
    }
    ok = show(wizard, QStringLiteral("wizard-acknowledge-empty"), visit) && ok;
    if (!WizardDriver::acknowledgeAndType(wizard, bed.scenario().orgDisplayName)) {
        QTest::qFail("could not acknowledge", __FILE__, __LINE__);
        return false;
    }
    ok = show(wizard, QStringLiteral("wizard-acknowledge-ready"), visit) && ok;

    auto *dryRun = wizard->findChild<QPushButton *>(QStringLiteral("dryRunButton"));
    if (!dryRun) {
        QTest::qFail("no dry-run button", __FILE__, __LINE__);
        return false;
    }
    QTest::mouseClick(dryRun, Qt::LeftButton);
    QDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] {
        dialog = wizard->findChild<QDialog *>(QStringLiteral("dryRunDialog"));
        return dialog && dialog->isVisible();
    }, 5000);
    ok = show(dialog, QStringLiteral("dry-run-dialog"), visit) && ok;
    if (dialog)
        dialog->reject();
    settle(wizard);

    if (!WizardDriver::commit(wizard)) {
        QTest::qFail("could not start the deletion", __FILE__, __LINE__);
        return false;
    }
    if (wizard->currentId() == wod::ui::ProgressPageId)
        ok = show(wizard, QStringLiteral("wizard-progress"), visit) && ok;
    else
        QTest::qFail("the progress page was skipped", __FILE__, __LINE__);
    if (!WizardDriver::waitResult(wizard, 30000)) {
        QTest::qFail("no result page", __FILE__, __LINE__);
        return false;
    }
    ok = show(wizard, QStringLiteral("wizard-result-deleted"), visit) && ok;
    return ok;
}

bool blockedAndRefused(const Visitor &visit)
{
    bool ok = true;
    {
        UiTestBed bed(QStringLiteral("blocker-linked-sites.json"));
        if (!bed.isReady()) {
            QTest::qFail(qPrintable(bed.error()), __FILE__, __LINE__);
            return false;
        }
        auto *window = bed.startMainWindow();
        (void)QTest::qWaitFor([&] { return window->state() == wod::ui::MainWindow::State::Ready; }, 15000);
        ok = show(window, QStringLiteral("main-account-blocked"), visit) && ok;
        window->openWizard();
        if (!QTest::qWaitFor([&] { return bed.wizard() != nullptr; }, 5000) || !WizardDriver::waitPreflightDone(bed.wizard())) {
            QTest::qFail("the blocked wizard did not open", __FILE__, __LINE__);
            return false;
        }
        ok = show(bed.wizard(), QStringLiteral("wizard-preflight-blocked"), visit) && ok;
    }
    UiTestBed bed(QStringLiteral("criterion-no-subscriptions.json"), [](auto &f) {
        f.conflictAtDelete = {QStringLiteral("linked_sites"), QStringLiteral("directory_sync")};
    });
    if (!bed.isReady()) {
        QTest::qFail(qPrintable(bed.error()), __FILE__, __LINE__);
        return false;
    }
    auto *window = bed.startMainWindow();
    (void)QTest::qWaitFor([&] { return window->state() == wod::ui::MainWindow::State::Ready; }, 15000);
    window->openWizard();
    auto *wizard = QTest::qWaitFor([&] { return bed.wizard() != nullptr; }, 5000) ? bed.wizard() : nullptr;
    if (!wizard || !WizardDriver::waitPreflightDone(wizard) || !WizardDriver::clickNext(wizard)) {
        QTest::qFail("the refused wizard did not open", __FILE__, __LINE__);
        return false;
    }
    if (wizard->currentId() == wod::ui::UsersPageId) {
        if (!WizardDriver::chooseUsers(wizard, false) || !WizardDriver::clickNext(wizard)) {
            QTest::qFail("could not choose to delete users", __FILE__, __LINE__);
            return false;
        }
    }
    if (!WizardDriver::acknowledgeAndType(wizard, bed.scenario().orgDisplayName) || !WizardDriver::commit(wizard)
        || !WizardDriver::waitResult(wizard, 30000)) {
        QTest::qFail("no refused result page", __FILE__, __LINE__);
        return false;
    }
    return show(wizard, QStringLiteral("wizard-result-refused"), visit) && ok;
}

bool signInDialogs(const Visitor &visit)
{
    bool ok = true;
    for (const bool webex : {false, true}) {
        wod::ui::SignInDialog dialog(QStringLiteral("https://webexapis.com/v1"), webex);
        dialog.show();
        ok = show(&dialog, webex ? QStringLiteral("sign-in-webex") : QStringLiteral("sign-in-token"), visit) && ok;
        dialog.close();
    }
    return ok;
}

} // namespace

bool visitEveryScreen(const Visitor &visit)
{
    const bool signIn = signInDialogs(visit);
    const bool main = mainWindowAndWizard(visit);
    const bool other = blockedAndRefused(visit);
    return signIn && main && other;
}

} // namespace ScreenTour
