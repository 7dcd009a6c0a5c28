#pragma once
// Result: how the run ended. Success says deletion can take up to 10 minutes and what now; a 409
// lists the blockers with their remedies and tracking ids; a cancelled or failed run says what was
// done and offers Resume when its journal is pending. Save receipt writes the run's JSON receipt.

#include "RunOutcome.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace wod::ui {

class UiServices;
class WizardController;

class ResultPage : public QWizardPage
{
    Q_OBJECT
public:
    ResultPage(WizardController *controller, UiServices *services, QWidget *parent = nullptr);

    void initializePage() override;

private:
    void render();
    void saveReceipt();
    // The header's one line: true to what happened (users handled before a 409 are never
    // "intact").
    static QString subtitleFor(const wod::net::RunOutcome &outcome, bool deleteUsers);

    WizardController *m_controller;
    UiServices *m_services;
    QLabel *m_iconLabel;
    QLabel *m_headlineLabel;
    QLabel *m_bodyLabel;
    QPushButton *m_resumeButton;
    QPushButton *m_saveReceiptButton;
};

} // namespace wod::ui
