#pragma once
// Pre-flight: the eligibility checklist for the organization as the server reports it now. Shows
// a loading state while the controller reads the organization, an error with the way out, and one
// row per check (status mark and word, message, remedy). Next is enabled only when nothing blocks
// and the admin ticked every check the server cannot report (after checking it in Control Hub).
// Re-check reads again; Export saves the checklist as JSON or CSV. A large organization's
// checklist shows before its whole user list is read (WizardController::isUserListLoading): a
// line under the status says how far the reading is; Next and Export wait for it.

#include <QWizardPage>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace wod::ui {

class UiServices;
class WizardController;

class PreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    PreflightPage(WizardController *controller, UiServices *services, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void render();
    void updateVerdictStatus();
    void updateUserListStatus();
    // Where in Control Hub the admin checks a condition the server cannot report.
    static QString howToCheck(const QString &checkId);
    void exportChecklist();

    WizardController *m_controller;
    UiServices *m_services;
    QLabel *m_statusLabel;
    QLabel *m_userListLabel; // hidden unless the user list is still being read
    QWidget *m_rowsHost;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_recheckButton;
    QPushButton *m_exportButton;
};

} // namespace wod::ui
