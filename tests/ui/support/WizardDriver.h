#pragma once
// Drives the Delete Organization wizard like an admin with the mouse (clicks on widgets found by
// objectName) and reads its state; each step verifies what it relies on and reports failures
// through QtTest. Returns false when a step could not be taken.

#include <QString>

class UiTestBed;

namespace wod::ui {
class DeleteOrgWizard;
class MainWindow;
} // namespace wod::ui

namespace WizardDriver {

// Waits until the pre-flight finished loading (the whole user list) and Next reflects the verdict.
bool waitPreflightDone(wod::ui::DeleteOrgWizard *wizard);
bool clickNext(wod::ui::DeleteOrgWizard *wizard);
bool chooseUsers(wod::ui::DeleteOrgWizard *wizard, bool convert);
bool acknowledgeAndType(wod::ui::DeleteOrgWizard *wizard, const QString &name);
bool commit(wod::ui::DeleteOrgWizard *wizard);
// Waits until the result page shows (runs can take a few seconds).
bool waitResult(wod::ui::DeleteOrgWizard *wizard, int timeoutMs = 20000);

// Starts the bed's main window and waits until it is ready; dismisses the startup prompt. Null
// when it does not get ready.
wod::ui::MainWindow *startReady(UiTestBed &bed);
// startReady(), MainWindow::openWizard(), and the pre-flight waited for. The wizard, or null.
wod::ui::DeleteOrgWizard *openWizard(UiTestBed &bed);
// Starts the bed's main window, dismisses the startup prompt, clicks Management > Account > Info's
// Delete Organization and waits for the pre-flight. The wizard, or null when a step failed.
wod::ui::DeleteOrgWizard *openFromAccount(UiTestBed &bed);
// From the pre-flight: Next, the users' choice, Next; true on the acknowledgement page.
bool toAcknowledge(wod::ui::DeleteOrgWizard *wizard, bool convert);
// From the pre-flight (waited for): toAcknowledge(), the acknowledgement with `orgName`, and
// Delete Organization; true once the run started.
bool commitFromPreflight(wod::ui::DeleteOrgWizard *wizard, bool convert, const QString &orgName);
// openFromAccount(), toAcknowledge(), the acknowledgement with the organization's exact name, and
// Delete Organization. The wizard (running), or null when a step failed.
wod::ui::DeleteOrgWizard *commitFromAccount(UiTestBed &bed, bool convert);

} // namespace WizardDriver
