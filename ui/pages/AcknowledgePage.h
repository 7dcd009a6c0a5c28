#pragma once
// Acknowledge (the commit page): what will be lost, an acknowledgement worded after the choice for
// the users (transferred or deleted) that says the step is irreversible, and a field where the admin
// types the organization's display name exactly. The commit button reads "Delete Organization" and
// is enabled only when both are satisfied. Dry run shows the exact plan without changing anything.
// Fields: "ack.irreversible*" (the check box) and "confirm.orgName" (validated by isComplete()).

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wod::ui {

class UiServices;
class WizardController;

class AcknowledgePage : public QWizardPage
{
    Q_OBJECT
public:
    AcknowledgePage(WizardController *controller, UiServices *services, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // Asks the controller to start the run; never blocks.
    bool validatePage() override;

private:
    void render();
    void updateNameHint();
    void showDryRun();

    WizardController *m_controller;
    UiServices *m_services;
    QLabel *m_lossLabel;
    QCheckBox *m_ackCheckBox;
    QLabel *m_ackTextLabel;
    QLabel *m_nameLabel;
    QLineEdit *m_nameEdit;
    QLabel *m_nameHintLabel;
    QLabel *m_reauthLabel;
    QPushButton *m_dryRunButton;
};

} // namespace wod::ui
