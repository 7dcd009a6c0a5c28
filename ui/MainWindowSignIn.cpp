#include "MainWindow.h"

// The main window's sign-in: how start() gets a token (given, remembered or asked for), the
// sign-in dialog (Sign in with Webex or a pasted token), the remembered sign-in in the system
// keychain ("Remember me"), the silent renewal after a 401, the fresh sign-in Delete Organization
// asks for, and Sign out. The rest of the window is in MainWindow.cpp. At most one sign-in is pending at a
// time (m_pendingSignIn): each starts from a state where none is (a restore only at start, a
// renewal only while the window reads the organization, a re-authentication only over the wizard).

#include "ApiClient.h"
#include "AuthSession.h"
#include "DeleteOrgWizard.h"
#include "RefreshTokenStore.h"
#include "SignInDialog.h"
#include "SnapshotLoader.h"
#include "UiServices.h"
#include "WizardController.h"

#include <QDesktopServices>
#include <QPushButton>

namespace wod::ui {

void MainWindow::start()
{
    // No token (a real API without --token-file or WEBEX_ACCESS_TOKEN, or --sign-in): a
    // remembered sign-in first, else the admin signs in.
    if (!m_needsToken)
        reload();
    else if (m_session && m_keychain)
        restoreRememberedSignIn();
    else
        askForToken({});
}

void MainWindow::showConnecting()
{
    setState(State::Loading, m_options.connection.isSandbox ? tr("Connecting to the sandbox…")
                                                            : tr("Connecting…"));
}

void MainWindow::start(const wod::net::ApiConnection &connection, const wod::auth::OAuthSettings &oauth)
{
    // Nothing has used the placeholders yet: no request sent, no dialog open.
    delete m_loader;
    delete m_client;
    delete m_session;
    m_session = nullptr;
    delete m_keychain;
    m_keychain = nullptr;
    m_keychainState = Keychain::Unknown;
    m_options.connection = connection;
    m_options.oauth = oauth;
    setUpClient(connection.token);
    setUpSignIn();
    start();
}

bool MainWindow::endPendingSignIn(PendingSignIn pending)
{
    if (m_pendingSignIn != pending)
        return false;
    m_pendingSignIn = PendingSignIn::None;
    return true;
}

void MainWindow::askForToken(const QString &why, bool reauthenticate)
{
    if (m_signIn) {
        m_signIn->raise();
        return;
    }
    if (reauthenticate)
        m_pendingSignIn = PendingSignIn::Reauthenticating;
    else
        endPendingSignIn(PendingSignIn::Reauthenticating);
    // Over the wizard when it asks: the window-modal wizard blocks this window.
    QWidget *parent = reauthenticate && m_wizard ? static_cast<QWidget *>(m_wizard.data()) : this;
    auto *dialog = new SignInDialog(m_options.connection.baseUrl.toDisplayString(),
                                    m_session != nullptr, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMessage(why);
    m_signIn = dialog;
    if (m_session) {
        if (m_keychain && m_keychainState == Keychain::Unknown) {
            m_keychainState = Keychain::Probing;
            m_keychain->probe([this](const wod::auth::RefreshTokenStore::Outcome &outcome) {
                m_keychainState = outcome.ok ? Keychain::Available : Keychain::Unavailable;
                m_keychainWhyNot = outcome.error;
                updateRememberAvailability();
            });
        }
        updateRememberAvailability();
        connect(dialog, &SignInDialog::webexSignInRequested, this, [this](bool remember) {
            m_rememberMe = remember;
            m_session->signIn();
        });
        connect(dialog, &QDialog::rejected, this, [this] {
            if (m_session->isBusy())
                m_session->cancel();
        });
    }
    connect(dialog, &QDialog::rejected, this,
            [this] { endPendingSignIn(PendingSignIn::Reauthenticating); });
    connect(dialog, &SignInDialog::tokenEntered, this, [this](const QString &token) {
        // A pasted token replaces any Webex sign-in: nothing refreshes it behind the admin's back.
        if (m_session)
            m_session->signOut();
        m_client->setToken(token);
        m_freshness.markSignedIn();
        if (m_pendingSignIn == PendingSignIn::Reauthenticating) {
            onReauthenticated();
            return;
        }
        m_signedInInteractively = true;
        m_needsToken = false;
        // A new sign-in may be another admin: the startup checks run again.
        m_startupChecksDone = false;
        reload();
    });
    if (!reauthenticate)
        setState(State::SignedOut, tr("Sign in to read your organization."));
    dialog->open();
}

void MainWindow::onReauthenticated()
{
    endPendingSignIn(PendingSignIn::Reauthenticating);
    if (m_controller)
        m_controller->signInRenewed();
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_signIn.data();
}

void MainWindow::setUpSignIn()
{
    if (!m_options.oauth.isComplete())
        return;
    m_session = new wod::auth::AuthSession(m_nam, m_options.oauth, this);
    const auto opener = m_options.openBrowser;
    m_session->setBrowserOpener([opener](const QUrl &url) {
        if (opener)
            opener(url);
        else if (!QDesktopServices::openUrl(url))
            qCWarning(lcUi) << "No browser could be opened for the sign-in page";
    });
    if (m_options.useKeychain)
        m_keychain = new wod::auth::RefreshTokenStore(m_options.oauth.keychainAccount(), this);
    connect(m_session, &wod::auth::AuthSession::accessTokenChanged, this, [this](const QString &token) {
        m_client->setToken(token);
        if (endPendingSignIn(PendingSignIn::RenewingForReload))
            reload();
    });
    connect(m_session, &wod::auth::AuthSession::refreshTokenChanged, this, [this](const QString &token) {
        // Webex may rotate the refresh token: the keychain keeps the newest.
        if (m_rememberMe && m_keychain && m_pendingSignIn != PendingSignIn::Restoring && !token.isEmpty())
            m_keychain->save(token, [](const wod::auth::RefreshTokenStore::Outcome &) {});
    });
    connect(m_session, &wod::auth::AuthSession::signedIn, this, &MainWindow::onSignedIn);
    connect(m_session, &wod::auth::AuthSession::failed, this,
            [this](wod::auth::AuthSession::Failure failure, const QString &message) {
                // The authorization server's raw error code (e.g. access_denied) goes to the log
                // only; the admin reads a sentence.
                if (failure == wod::auth::AuthSession::Failure::Denied) {
                    qCInfo(lcUi) << "Sign-in refused by the authorization server:" << message;
                    onAuthFailed(message.contains(QLatin1String("access_denied"))
                                     ? tr("The sign-in was refused in the browser, so nobody is "
                                          "signed in. Choose Sign in with Webex to try again.")
                                     : tr("Webex refused the sign-in. Try again, or paste an access "
                                          "token instead."),
                                 false);
                    return;
                }
                onAuthFailed(message, failure == wod::auth::AuthSession::Failure::TokenRejected);
            });
}

void MainWindow::updateRememberAvailability()
{
    if (!m_signIn)
        return;
    switch (m_keychainState) {
    case Keychain::Available:
        m_signIn->setRememberAvailable(true);
        break;
    case Keychain::Unavailable:
        m_signIn->setRememberAvailable(false, m_keychainWhyNot);
        break;
    case Keychain::Unknown:
    case Keychain::Probing:
        m_signIn->setRememberAvailable(false, m_keychain ? tr("checking the system keychain…")
                                                         : tr("no system keychain is used."));
        break;
    }
}

void MainWindow::restoreRememberedSignIn()
{
    m_keychainState = Keychain::Probing;
    setState(State::Loading, tr("Signing in…"));
    m_keychain->load([this](const wod::auth::RefreshTokenStore::Outcome &outcome) {
        m_keychainState = outcome.ok ? Keychain::Available : Keychain::Unavailable;
        m_keychainWhyNot = outcome.error;
        if (outcome.ok && !outcome.token.isEmpty()) {
            qCInfo(lcUi) << "Signing in with the remembered sign-in";
            m_rememberMe = true;
            m_pendingSignIn = PendingSignIn::Restoring;
            m_session->signInWithRefreshToken(outcome.token);
            return;
        }
        askForToken({});
    });
}

void MainWindow::onSignedIn()
{
    // A remembered sign-in proves nothing about who sits at the desktop; a browser sign-in does.
    if (m_pendingSignIn == PendingSignIn::Restoring)
        m_freshness.forget();
    else
        m_freshness.markSignedIn();
    if (m_pendingSignIn == PendingSignIn::Reauthenticating) {
        if (m_keychain && m_rememberMe)
            m_keychain->save(m_session->refreshToken(), [](const wod::auth::RefreshTokenStore::Outcome &) {});
        if (m_signIn)
            m_signIn->finishWebexSignIn();
        onReauthenticated();
        return;
    }
    endPendingSignIn(PendingSignIn::Restoring);
    m_needsToken = false;
    m_signedInInteractively = true;
    // A new sign-in may be another admin: the startup checks run again.
    m_startupChecksDone = false;
    if (m_keychain) {
        const auto ignore = [](const wod::auth::RefreshTokenStore::Outcome &) {};
        if (m_rememberMe)
            m_keychain->save(m_session->refreshToken(), ignore);
        else
            m_keychain->remove(ignore); // an older "Remember me" is forgotten, not left behind
    }
    if (m_signIn)
        m_signIn->finishWebexSignIn();
    reload();
}

void MainWindow::onAuthFailed(const QString &message, bool tokenRejected)
{
    if (endPendingSignIn(PendingSignIn::Restoring)) {
        m_rememberMe = false;
        // A refresh token the server refuses is useless: forget it.
        if (tokenRejected && m_keychain)
            m_keychain->remove([](const wod::auth::RefreshTokenStore::Outcome &) {});
        askForToken(tokenRejected
                        ? tr("Your remembered sign-in is no longer valid; sign in again.")
                        : tr("Your remembered sign-in could not be renewed (the sign-in server "
                             "did not answer); sign in again."));
        return;
    }
    if (endPendingSignIn(PendingSignIn::RenewingForReload)) {
        setState(State::Error, tr("Your sign-in has expired and could not be renewed. Sign in again."));
        m_retryButton->setVisible(false);
        return;
    }
    if (m_signIn) {
        m_signIn->setWaiting(false);
        m_signIn->setMessage(message);
    }
}

void MainWindow::signOut()
{
    if (m_wizard)
        return; // never in the middle of a run; the wizard is modal anyway
    qCInfo(lcUi) << "Signing out";
    if (m_session)
        m_session->signOut();
    if (m_keychain)
        m_keychain->remove([](const wod::auth::RefreshTokenStore::Outcome &) {});
    m_client->setToken(QString());
    m_rememberMe = false;
    m_freshness.forget();
    m_signedInInteractively = false;
    endPendingSignIn(PendingSignIn::RenewingForReload);
    m_snapshot.reset();
    m_startupChecksDone = false;
    m_needsToken = true;
    askForToken(tr("You are signed out."));
}

} // namespace wod::ui
