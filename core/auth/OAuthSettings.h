#pragma once
// Where and as whom the app signs in with OAuth 2: the authorization server's URLs, the
// integration's client id (and secret, when the integration has one), the scopes, and the
// loopback port of the redirect. Defaults are Webex's.

#include <QString>
#include <QStringList>
#include <QUrl>

namespace wod::auth {

struct OAuthSettings
{
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString clientId;
    // Webex integrations are issued a client secret, and Webex's token endpoint documents it as
    // required with the authorization code; whether it accepts PKCE without it is not documented
    // (uncertain), so it is sent when configured. A desktop app cannot keep it secret: PKCE is
    // what protects the code.
    QString clientSecret;
    QStringList scopes;
    // 0: any free port. A Webex integration lists its redirect URIs exactly, so against Webex
    // register http://127.0.0.1:PORT/ and pass the same port.
    quint16 redirectPort = 0;

    bool isComplete() const { return authorizeUrl.isValid() && tokenUrl.isValid() && !clientId.isEmpty(); }
    // A stable name for this sign-in in the keychain: client id @ authorization server host, with
    // its port unless the server is on loopback (the sandbox's port changes every run).
    QString keychainAccount() const;

    // https://webexapis.com/v1/authorize, https://webexapis.com/v1/access_token, webexScopes().
    static OAuthSettings webex(const QString &clientId, const QString &clientSecret = {});
    // The embedded or standalone sandbox at `apiBaseUrl` (http://127.0.0.1:PORT/v1).
    static OAuthSettings sandbox(const QUrl &apiBaseUrl, const QString &clientId);
    static QStringList webexScopes();
};

} // namespace wod::auth
