#pragma once
// The sandbox's OAuth 2 authorization server, enough for the app's "Sign in with Webex" (authorization
// code + PKCE S256, refresh) to run end to end on 127.0.0.1:
//   GET  /v1/authorize     response_type=code, client_id, redirect_uri, scope, state,
//                          code_challenge, code_challenge_method=S256. A browser (Accept:
//                          text/html) first gets a sign-in and consent page whose Allow and Deny
//                          buttons send the same request with decision=allow|deny; other clients
//                          and decision=allow consent at once: 302 to
//                          redirect_uri?code=...&state=... (state echoed as given);
//                          decision=deny: 302 with error=access_denied. A wrong client id or a
//                          redirect URI that is not
//                          http on a loopback host gets a 400 page and no redirect (RFC 6749
//                          4.1.2.1); a missing or malformed challenge redirects with
//                          error=invalid_request.
//   POST /v1/access_token  form body. grant_type=authorization_code: client_id, client_secret
//                          (when configured), code (single use, 60 s), redirect_uri (as in the
//                          authorize request), code_verifier (BASE64URL(SHA-256(verifier)) must
//                          equal the challenge). grant_type=refresh_token: client_id,
//                          client_secret, refresh_token. Answers Webex's shape {access_token,
//                          expires_in, refresh_token, refresh_token_expires_in, token_type,
//                          scope}; errors {error, error_description} with 400/401.
//   GET|POST /_sandbox/oauth  the configuration and counters; POST merges
//                          {clientId, clientSecret, expiresInSeconds}.
// An issued access token becomes the one the sandbox's API accepts (AccessTokens::renew(); the
// previous one answers 401 "expired"); after expiresInSeconds the server retires it by itself.
// Configuration from the scenario: "sandbox": {"oauth": {"clientId", "clientSecret",
// "expiresInSeconds"}}. Lives in the server's thread; not thread-safe.

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace wod::sandbox {

class AccessTokens;

class OAuthEndpoints
{
public:
    // The client id the sandbox accepts unless configured otherwise; the app uses it when it
    // signs in against the embedded sandbox.
    static QString defaultClientId() { return QStringLiteral("webex-org-delete-sandbox"); }

    explicit OAuthEndpoints(AccessTokens *tokens);
    ~OAuthEndpoints();

    // Applies the scenario's "sandbox"."oauth" object (missing keys keep their defaults).
    void configure(const QJsonObject &oauth);

    // True for the paths this class answers (they need no bearer token and take no faults).
    static bool handles(const QString &path);
    SandboxResponse respond(const SandboxRequest &request, const QString &trackingId);

private:
    struct Grant
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString scope;
        QDateTime expires;
    };

    SandboxResponse authorize(const SandboxRequest &request);
    SandboxResponse token(const SandboxRequest &request);
    SandboxResponse issue(const QString &scope, const QString &refreshToken);
    SandboxResponse config(const SandboxRequest &request, const QString &trackingId);
    bool clientAuthenticated(const QUrlQuery &form) const;

    AccessTokens *m_tokens;
    QObject m_timers; // context of the expiry timers: they die with this object
    QString m_clientId = defaultClientId();
    QString m_clientSecret; // empty: public client (PKCE only)
    int m_expiresInSeconds = 14 * 24 * 3600; // Webex: 14 days
    QHash<QString, Grant> m_codes;
    QHash<QString, QString> m_refreshTokens; // refresh token -> scope
    int m_authorizeRequests = 0;
    int m_tokenRequests = 0;
    int m_codeGrants = 0;
    int m_refreshGrants = 0;
    int m_rejected = 0;
};

} // namespace wod::sandbox
