#pragma once
// One signed-in session with an OAuth 2 authorization server (Webex or the sandbox), built on
// Qt's QOAuth2AuthorizationCodeFlow:
//   signIn()    authorization code flow with PKCE S256 (Pkce, added through the flow's
//               modifyParametersFunction) and a fresh CSPRNG `state` per attempt, checked on the
//               callback; the redirect is a LoopbackReplyHandler on 127.0.0.1. The authorize URL
//               goes to the BrowserOpener seam (the desktop's browser in the GUI; an HTTP client in
//               tests). Ends with signedIn() or failed(); a time limit ends it too.
//   signInWithRefreshToken()  "Remember me": a refresh grant from a stored refresh token.
//   refresh()   a refresh grant now. It also runs by itself shortly before the access token
//               expires (at 80 % of its lifetime, at most 5 minutes before).
//   refreshAfterUnauthorized()  for a 401: refreshes once; a token obtained that way that gets
//               401 again is not refreshed again (the caller signs in anew).
// accessTokenChanged() follows every new access token; the tokens live in memory only and are
// registered with the log redactor. Main/GUI thread only.

#include "OAuthSettings.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace wod::auth {

class LoopbackReplyHandler;
class AuthorizationCodeFlow;

class AuthSession : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        Configuration,       // no client id or URLs
        LoopbackUnavailable, // the redirect port cannot be opened
        Denied,              // the authorization server redirected with error=...
        StateMismatch,       // the callback's state is not this attempt's
        TokenRejected,       // the token endpoint answered 400/401 (wrong verifier, revoked token)
        Network,             // no answer from the token endpoint
        Timeout,             // nobody completed the browser step in time
        Cancelled,
    };
    Q_ENUM(Failure)

    using BrowserOpener = std::function<void(const QUrl &authorizeUrl)>;

    // `nam` is not owned and must outlive the session.
    AuthSession(QNetworkAccessManager *nam, const OAuthSettings &settings, QObject *parent = nullptr);
    ~AuthSession() override;

    void setBrowserOpener(const BrowserOpener &opener);
    void setSignInTimeout(int ms) { m_signInTimeoutMs = ms; }
    const OAuthSettings &settings() const { return m_settings; }

    void signIn();
    void signInWithRefreshToken(const QString &refreshToken);
    void refresh();
    // False when no refresh is possible or it was tried already for this token: sign in anew.
    // True: a refresh runs; accessTokenChanged() or failed() follows.
    bool refreshAfterUnauthorized();
    void cancel();
    // Forgets the tokens (memory only; the keychain is RefreshTokenStore's).
    void signOut();

    bool isBusy() const { return m_busy; }
    QString accessToken() const;
    QString refreshToken() const;
    QDateTime expiresAt() const;
    // The redirect URI of the current or last sign-in (http://127.0.0.1:PORT/).
    QUrl redirectUri() const { return m_redirectUri; }
    // Token endpoint requests made (code exchanges and refreshes), for tests and figures.
    int tokenRequests() const { return m_tokenRequests; }

signals:
    void browserStepStarted(const QUrl &authorizeUrl);
    void signedIn(); // after signIn() or signInWithRefreshToken(), not after refreshes
    void accessTokenChanged(const QString &accessToken);
    void refreshTokenChanged(const QString &refreshToken);
    void failed(wod::auth::AuthSession::Failure failure, const QString &message);

private:
    void createFlow();
    void onCallback(const QVariantMap &values);
    void onGranted();
    // Registers the flow's tokens with the log redactor, schedules the next refresh and tells.
    void adoptFlowTokens(bool afterUnauthorized, bool signingIn);
    void dropFlowTokens();
    void fail(Failure failure, const QString &message);
    void finishAttempt();
    void scheduleRefresh();
    void startRefresh(bool afterUnauthorized);

    QNetworkAccessManager *m_nam;
    OAuthSettings m_settings;
    BrowserOpener m_opener;
    AuthorizationCodeFlow *m_flow = nullptr;
    LoopbackReplyHandler *m_handler = nullptr;
    QByteArray m_verifier;
    QUrl m_redirectUri;
    QTimer m_signInTimer;
    QTimer m_refreshTimer;
    int m_signInTimeoutMs = 5 * 60 * 1000;
    int m_tokenRequests = 0;
    bool m_busy = false;
    bool m_signingIn = false; // signIn() or signInWithRefreshToken(), not a refresh
    bool m_refreshing = false;
    bool m_refreshingAfterUnauthorized = false;
    bool m_lastAttemptWasRefresh = false; // how the last finished attempt began
    bool m_tokenFromUnauthorizedRefresh = false;
    QString m_knownAccessToken;  // registered with the log redactor
    QString m_knownRefreshToken; // registered with the log redactor
};

} // namespace wod::auth
