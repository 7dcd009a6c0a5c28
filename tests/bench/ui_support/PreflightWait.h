#pragma once
// Waits, with the app's own event loop (waitUntil), until an opened wizard shows its pre-flight
// page with the organization read and nothing left to load, the whole user list included (a large
// organization's checklist shows before it; Next waits for it): the point from which the GUI
// benchmarks step through the wizard.

#include "DeleteOrgWizard.h"
#include "EventLoopWait.h"
#include "WizardController.h"

inline bool waitForPreflight(wod::ui::DeleteOrgWizard *wizard, int timeoutMs)
{
    return waitUntil([wizard] {
        return wizard->currentId() == wod::ui::PreflightPageId && !wizard->controller()->isBusy()
            && wizard->controller()->hasSnapshot() && !wizard->controller()->isUserListLoading();
    }, timeoutMs);
}
