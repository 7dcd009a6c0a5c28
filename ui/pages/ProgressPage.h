#pragma once
// Progress: the run as it happens, one progress bar per phase (users, organization, confirmation),
// counts, the estimated time left and the current item. Cancel works until the organization's
// DELETE is sent; afterwards the page says the deletion cannot be stopped. The page only renders
// the controller's (coalesced) progress events, so the UI stays responsive. While Cisco's
// confirmation is awaited (events arrive only every few seconds) the elapsed time still ticks each
// second, counted on the injected clock from the confirmation's first event.

#include "RunProgress.h"

#include <QDateTime>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace wod {
class Clock;
}

namespace wod::ui {

class WizardController;

class ProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    // `clock` (not owned, outlives the page; null: the system clock) measures the time between
    // progress events.
    explicit ProgressPage(WizardController *controller, const Clock *clock = nullptr,
                          QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void render(const wod::net::RunProgress &progress);
    void renderConfirmation();
    QDateTime now() const;
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
    // The last event, and the first of the confirmation with when it arrived: the elapsed time
    // goes on from there on the clock, never below what the runner last said.
    const Clock *m_clock;
    wod::net::RunProgress m_last;
    qint64 m_confirmStartElapsedMs = -1;
    QDateTime m_confirmStartAt;
    QTimer m_elapsedTicker;
};

} // namespace wod::ui
