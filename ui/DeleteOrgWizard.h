#pragma once
// The Delete Organization window: a QWizard (ModernStyle, fixed) with one page per step. It maps the
// controller's steps to pages and back; nextId() is the only place that branches. Closing while a
// run is active asks first (message-box seam) and then stops the run, leaving a resumable journal.
// The controller and services are not owned and must outlive the wizard; the controller carries
// the sign-in session that renews expired tokens (MainWindow sets it). GUI thread only.

#include "pages/PageId.h"

#include <QWizard>

namespace wod::ui {

class UiServices;
class WizardController;

class DeleteOrgWizard : public QWizard
{
    Q_OBJECT
public:
    // `startPage`: PreflightPageId normally; ProgressPageId to follow a resumed run.
    DeleteOrgWizard(WizardController *controller, UiServices *services, QWidget *parent = nullptr,
                    PageId startPage = PreflightPageId);

    int nextId() const override;
    void reject() override;

    WizardController *controller() const { return m_controller; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void followController();
    void askToStopAndClose();
    void updateButtons();

    WizardController *m_controller;
    UiServices *m_services;
    bool m_closeAfterRun = false;
    bool m_asking = false;
};

} // namespace wod::ui
