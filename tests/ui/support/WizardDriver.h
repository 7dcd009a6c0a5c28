#pragma once
// Drives the Delete Organization wizard like an admin with the mouse (clicks on widgets found by
// objectName) and reads its state; each step verifies what it relies on and reports failures
// through QtTest. Returns false when a step could not be taken.

#include <QString>

namespace wod::ui {
class DeleteOrgWizard;
class MainWindow;
} // namespace wod::ui

namespace WizardDriver {

// Waits until the pre-flight finished loading and Next reflects the verdict.
bool waitPreflightDone(wod::ui::DeleteOrgWizard *wizard);
bool clickNext(wod::ui::DeleteOrgWizard *wizard);
bool chooseUsers(wod::ui::DeleteOrgWizard *wizard, bool convert);
bool acknowledgeAndType(wod::ui::DeleteOrgWizard *wizard, const QString &name);
bool commit(wod::ui::DeleteOrgWizard *wizard);
// Waits until the result page shows (runs can take a few seconds).
bool waitResult(wod::ui::DeleteOrgWizard *wizard, int timeoutMs = 20000);

} // namespace WizardDriver
