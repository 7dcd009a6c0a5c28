#pragma once
// The Control Hub-like customer view: a left navigation (Overview; Management: Users, Account), the
// signed-in admin and the backend always visible (a sandbox banner, or the API URL), loading and
// error states (Retry; sign in again after a 401). After the organization loads it offers to resume
// a pending journal, else shows the startup prompt when the verdict says so and it is not snoozed.
// Opens the Delete Organization wizard (one controller per opening).
//
// Owns its network objects; `services` is not owned and must outlive the window. GUI thread only.

#include "GuiLauncher.h"
#include "OrgSnapshot.h"
#include "ReminderPolicy.h"
#include "Verdict.h"
#include "pages/PageId.h"

#include <QMainWindow>
#include <QPointer>
#include <optional>

class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;

namespace wod::net {
class ApiClient;
class SnapshotLoader;
struct ApiError;
} // namespace wod::net

namespace wod::ui {

class AccountView;
class DeleteOrgWizard;
class OverviewView;
class SignInDialog;
class StartupPrompt;
class UiServices;
class UsersView;
class WizardController;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Section { Overview, Users, Account };
    enum class State { SignedOut, Loading, Ready, Error, Deleted };

    MainWindow(const GuiOptions &options, UiServices *services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Signs in (asks for a token when there is none) and loads the organization.
    void start();
    // Reads the organization again (Retry).
    void reload();
    void showSection(Section section);
    // Opens (or raises) the wizard; `resumeJournal` set: follow that journal's run.
    void openWizard(const QString &resumeJournal = {});

    State state() const { return m_state; }
    bool hasSnapshot() const { return m_snapshot.has_value(); }
    const OrgSnapshot &snapshot() const;
    const Verdict &verdict() const { return m_verdict; }
    StartupPrompt *startupPrompt() const; // null when not shown
    DeleteOrgWizard *wizard() const;      // null when not open
    wod::net::ApiClient *apiClient() const { return m_client; }

signals:
    void stateChanged(wod::ui::MainWindow::State state);
    // The organization was read and rendered, before any prompt or resume offer.
    void snapshotLoaded();
    void startupPromptShown(wod::ui::StartupPrompt *prompt);
    void wizardOpened(wod::ui::DeleteOrgWizard *wizard);

private:
    void setState(State state, const QString &message = {});
    void onLoaded(const OrgSnapshot &snapshot);
    void onLoadFailed(const wod::net::ApiError &error);
    void askForToken(const QString &why);
    void afterLoad();
    void offerPrompt();
    void onWizardFinished();
    QString adminId() const;

    GuiOptions m_options;
    UiServices *m_services;
    QNetworkAccessManager *m_nam;
    wod::net::ApiClient *m_client;
    wod::net::SnapshotLoader *m_loader;
    ReminderPolicy m_reminders;
    std::optional<OrgSnapshot> m_snapshot;
    Verdict m_verdict;
    State m_state = State::SignedOut;
    bool m_switchingSection = false; // re-entrancy guard of showSection()
    bool m_startupChecksDone = false;
    bool m_needsToken = false;

    QLabel *m_adminLabel;
    QLabel *m_backendLabel;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QWidget *m_statePage;
    QLabel *m_stateLabel;
    QPushButton *m_retryButton;
    QPushButton *m_signInAgainButton;
    OverviewView *m_overview;
    UsersView *m_usersView;
    AccountView *m_account;
    QPointer<SignInDialog> m_signIn;
    QPointer<StartupPrompt> m_prompt;
    QPointer<DeleteOrgWizard> m_wizard;
    QPointer<WizardController> m_controller;
};

} // namespace wod::ui
