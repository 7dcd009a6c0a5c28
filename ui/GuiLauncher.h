#pragma once
// The GUI entry point that app/main.cpp calls once a QApplication exists and the backend is
// chosen (an embedded sandbox already listening, or a real API URL with or without a token).
//
// runGui() installs the translations (--lang) and the look (--high-contrast), builds the main
// window, signs in (when connection.token is empty, or always with forceSignIn: a refresh token
// remembered in the system keychain first, else the sign-in dialog with "Sign in with Webex" and
// pasting a token; tokens are kept in memory only), loads the organization, shows the
// startup prompt when it applies, offers to resume a pending journal, and returns the exit code of
// QApplication::exec(). GUI thread only.

#include "ApiConnection.h"
#include "OAuthSettings.h"

#include <QLoggingCategory>
#include <QString>
#include <QUrl>
#include <functional>

namespace wod::ui {

struct GuiOptions
{
    wod::net::ApiConnection connection;
    QString orgId;            // empty: the signed-in admin's own organization
    QString language;         // e.g. "de"; empty: the system locale
    bool verbose = false;
    bool highContrast = false; // Appearance::Contrast::High
    QString journalDirectory; // empty: wod::net::Journal::defaultDirectory()

    // Sign in with Webex; incomplete settings (no client id) offer pasting a token only.
    wod::auth::OAuthSettings oauth;
    bool forceSignIn = false; // ask even when connection.token is set (e.g. the sandbox's)
    // Remember me: false keeps the keychain out entirely (tests without a secret service).
    bool useKeychain = true;
    // Opens the authorize URL; empty: the desktop's browser (QDesktopServices). Tests put an HTTP
    // client here.
    std::function<void(const QUrl &)> openBrowser;

    // Set while the backend is still to be started (the embedded sandbox builds its server on its
    // own thread): runGui shows the window at once, saying it is connecting to the sandbox (the
    // banner is there already: set connection.isSandbox and sandboxScenario), and calls this with
    // two handlers once the window's first frame is painted (or after a second if it never is),
    // so that starting the backend does not delay that frame. Exactly one of them must be called later, on the GUI thread: `ready` with the
    // complete connection and sign-in settings (the window then signs in and loads), or `failed`
    // with a one-line message for stderr and the exit code runGui then returns.
    using BackendReady = std::function<void(const wod::net::ApiConnection &connection,
                                            const wod::auth::OAuthSettings &oauth)>;
    using BackendFailed = std::function<void(const QString &message, int exitCode)>;
    std::function<void(BackendReady ready, BackendFailed failed)> pendingBackend;
};

// QApplication already exists; returns the exit code of app.exec(). Returns 2 without showing
// anything when `language` is not supported (the message goes to stderr).
int runGui(const GuiOptions &options);

} // namespace wod::ui

Q_DECLARE_LOGGING_CATEGORY(lcUi) // wod.ui: main window, sign-in, wizard opening
