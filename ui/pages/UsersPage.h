#pragma once
// Users: what happens to everyone but the signed-in admin, in the document's words ("Convert to
// individual user accounts with free Webex licenses" or "Delete users"), with counts and what each
// choice means. Only the choices the server supports can be picked. Below, the affected users as a
// searchable model/view list (100,000 rows), exportable as CSV before anything is deleted.
// Next is enabled once a choice is made.

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace wod::ui {

class UiServices;
class UserListModel;
class WizardController;

class UsersPage : public QWizardPage
{
    Q_OBJECT
public:
    UsersPage(WizardController *controller, UiServices *services, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void render();
    void updateMatchCount();
    void exportUsers();

    WizardController *m_controller;
    UiServices *m_services;
    QRadioButton *m_convertRadio;
    QRadioButton *m_deleteRadio;
    QLabel *m_convertLabel;
    QLabel *m_deleteLabel;
    QLabel *m_unsupportedLabel;
    QLabel *m_selfLabel;
    QLabel *m_noMatchLabel;
    QLineEdit *m_filterEdit;
    QLabel *m_matchLabel;
    QTableView *m_table;
    QPushButton *m_exportButton;
    UserListModel *m_model;
};

} // namespace wod::ui
