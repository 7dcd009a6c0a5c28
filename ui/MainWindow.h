#pragma once
// The Control Hub-like customer view: a left navigation (Overview; Management: Users, Account), the
// signed-in admin and the backend always visible (a sandbox banner, or the API URL), loading and
// error states (Retry; sign in again after a 401). After the organization loads it offers to resume
// a pending journal, else shows the startup prompt when the verdict says so and it is not snoozed.
// Opens the Delete Organization wizard (one controller per opening).
//
// Sign-in: with a configured OAuth client (GuiOptions::oauth) it first tries a refresh token
// remembered in the system keychain, else opens the sign-in dialog ("Sign in with Webex" through
// wod::auth::AuthSession, or a pasted token). Refreshed access tokens go to the API client; a 401
// refreshes once and reloads before asking to sign in again. Sign out (header) forgets the tokens
// and removes the remembered one from the keychain.
//
// Owns its network objects; `services` is not owned and must outlive the window. GUI thread only.
// Where to look: MainWindow.cpp (the window, its states and sections, the wizard),
// MainWindowSignIn.cpp (start, sign-in, keychain, Sign out), ResumeOffer (the offer to resume an
// unfinished run), BackendBanner (the sandbox banner or API URL).

#include "GuiLauncher.h"
#include "OrgSnapshot.h"
#include "ReminderPolicy.h"
#include "SignInFreshness.h"
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

namespace wod::auth {
class AuthSession;
class RefreshTokenStore;
} // namespace wod::auth

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
    // The backend was still starting when the window was built (GuiOptions::pendingBackend):
    // "Connecting to the sandbox…" until start(connection, oauth).
    void showConnecting();
    // The backend is ready now: talks to `connection` with the sign-in settings `oauth` (both
    // replace the window's options), then start(). Only before the first start().
    void start(const wod::net::ApiConnection &connection, const wod::auth::OAuthSettings &oauth);
    // Reads the organization again (Retry).
    void reload();
    void showSection(Section section);
    // Opens (or raises) the wizard; `resumeJournal` set: follow that journal's run.
    void openWizard(const QString &resumeJournal = {});
    // Forgets the tokens (memory and keychain) and asks to sign in again.
    void signOut();

    State state() const { return m_state; }
    bool hasSnapshot() const { return m_snapshot.has_value(); }
    const OrgSnapshot &snapshot() const;
    const Verdict &verdict() const { return m_verdict; }
    StartupPrompt *startupPrompt() const; // null when not shown
    DeleteOrgWizard *wizard() const;      // null when not open
    wod::net::ApiClient *apiClient() const { return m_client; }
    wod::auth::AuthSession *authSession() const { return m_session; } // null without OAuth
    SignInDialog *signInDialog() const;                                 // null when not shown

signals:
    void stateChanged(wod::ui::MainWindow::State state);
    // The organization was read and rendered, before any prompt or resume offer.
    void snapshotLoaded();
    void startupPromptShown(wod::ui::StartupPrompt *prompt);
    void wizardOpened(wod::ui::DeleteOrgWizard *wizard);
    // Once, from the event loop right after the window's first frame was painted and flushed:
    // work not needed for that frame can start now.
    void firstFramePainted();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // What the sign-in under way is for; at most one at a time (see MainWindowSignIn.cpp).
    enum class PendingSignIn {
        None,
        Restoring,         // signing in with the remembered refresh token
        Reauthenticating,  // the sign-in dialog over the wizard, for Delete Organization
        RenewingForReload, // a 401 started a refresh: reload when it lands
    };

    void setState(State state, const QString &message = {});
    void onLoaded(const OrgSnapshot &snapshot);
    void onLoadFailed(const wod::net::ApiError &error);
    // The sign-in dialog. `reauthenticate`: over the wizard, for the fresh sign-in that Delete
    // Organization asks for; the organization is not read again and the wizard stays as it is.
    void askForToken(const QString &why, bool reauthenticate = false);
    void onReauthenticated();
    // Ends the pending sign-in if it is `pending`; true when it was.
    bool endPendingSignIn(PendingSignIn pending);
    void setUpSignIn();
    void setUpClient(const QString &token);
    void restoreRememberedSignIn();
    void onSignedIn();
    void onAuthFailed(const QString &message, bool tokenRejected);
    void updateRememberAvailability();
    void afterLoad();
    void offerPrompt();
    void onWizardFinished();
    QString adminId() const;
    // A section's view, built (with the current snapshot, if any) on first use.
    OverviewView *overviewView();
    UsersView *usersView();
    AccountView *accountView();

    GuiOptions m_options;
    UiServices *m_services;
    QNetworkAccessManager *m_nam;
    wod::net::ApiClient *m_client;
    wod::net::SnapshotLoader *m_loader;
    ReminderPolicy m_reminders;
    wod::auth::SignInFreshness m_freshness; // when the admin last signed in themselves
    std::optional<OrgSnapshot> m_snapshot;
    Verdict m_verdict;
    State m_state = State::SignedOut;
    bool m_switchingSection = false; // re-entrancy guard of showSection()
    bool m_startupChecksDone = false;
    bool m_firstFramePainted = false;
    bool m_needsToken = false;
    wod::auth::AuthSession *m_session = nullptr;
    wod::auth::RefreshTokenStore *m_keychain = nullptr;
    enum class Keychain { Unknown, Probing, Available, Unavailable };
    Keychain m_keychainState = Keychain::Unknown;
    QString m_keychainWhyNot;
    bool m_rememberMe = false;
    PendingSignIn m_pendingSignIn = PendingSignIn::None;
    bool m_signedInInteractively = false; // Sign out is offered

    QLabel *m_adminLabel;
    QLabel *m_backendLabel;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QWidget *m_statePage;
    QLabel *m_stateLabel;
    QPushButton *m_retryButton;
    QPushButton *m_signInAgainButton;
    QPushButton *m_signOutButton;
    // Built on first use (overviewView() etc.): null until their section is first shown.
    OverviewView *m_overview = nullptr;
    UsersView *m_usersView = nullptr;
    AccountView *m_account = nullptr;
    QPointer<SignInDialog> m_signIn;
    QPointer<StartupPrompt> m_prompt;
    QPointer<DeleteOrgWizard> m_wizard;
    QPointer<WizardController> m_controller;
};

} // namespace wod::ui
