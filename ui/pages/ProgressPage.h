#pragma once
// Progress: the run as it happens, one progress bar per phase (users, organization, confirmation),
// counts, the estimated time left and the current item. Cancel works until the organization's
// DELETE is sent; afterwards the page says the deletion cannot be stopped. The page only renders
// the controller's (coalesced) progress events, so the UI stays responsive.

#include "RunProgress.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace wod::ui {

class WizardController;

class ProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ProgressPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void render(const wod::net::RunProgress &progress);
    static QString formatDuration(qint64 ms);

    WizardController *m_controller;
    QLabel *m_phaseLabel;
    QProgressBar *m_usersBar;
    QLabel *m_usersLabel;
    QProgressBar *m_orgBar;
    QLabel *m_orgLabel;
    QProgressBar *m_confirmBar;
    QLabel *m_confirmLabel;
    QLabel *m_currentLabel;
    QLabel *m_cancelNoteLabel;
    QPushButton *m_cancelButton;
    // What the bars last showed, so that a later phase keeps the earlier bars full.
    int m_usersDone = 0;
    int m_usersTotal = 0;
    int m_usersFailed = 0;
};

} // namespace wod::ui
