#include "OAuthSettings.h"

#include <QHostAddress>

namespace wod::auth {

QStringList OAuthSettings::webexScopes()
{
    // What the job reads and changes (WEBEX-API.md section 1):
    //   spark:people_read               GET /people/me (the signed-in admin)
    //   spark-admin:people_read/_write  list, convert and delete users
    //   spark-admin:organizations_read  read the organization
    //   spark-admin:organizations_write DELETE /organizations/{id}; the docs spell it with a hyphen,
    //                                   apps request it with an underscore (WEBEX-API.md, S3/S10)
    //   spark-admin:licenses_read       subscriptions and linked sites behind the licenses
    //   spark-admin:roles_read          who is a full administrator
    // Not requested by default: identity:people_rw, which SCIM Bulk deletion of users needs
    // (uncertain: inferred from the SCIM 2 docs); an integration registered with it can add it
    // with --scopes. An integration may only request scopes it was registered with: Webex refuses
    // the authorization otherwise.
    return {QStringLiteral("spark:people_read"),
            QStringLiteral("spark-admin:people_read"),
            QStringLiteral("spark-admin:people_write"),
            QStringLiteral("spark-admin:organizations_read"),
            QStringLiteral("spark-admin:organizations_write"),
            QStringLiteral("spark-admin:licenses_read"),
            QStringLiteral("spark-admin:roles_read")};
}

OAuthSettings OAuthSettings::webex(const QString &clientId, const QString &clientSecret)
{
    OAuthSettings s;
    s.authorizeUrl = QUrl(QStringLiteral("https://webexapis.com/v1/authorize"));
    s.tokenUrl = QUrl(QStringLiteral("https://webexapis.com/v1/access_token"));
    s.clientId = clientId;
    s.clientSecret = clientSecret;
    s.scopes = webexScopes();
    return s;
}

OAuthSettings OAuthSettings::sandbox(const QUrl &apiBaseUrl, const QString &clientId)
{
    OAuthSettings s;
    QUrl base = apiBaseUrl;
    QString path = base.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path + QStringLiteral("/authorize"));
    s.authorizeUrl = base;
    base.setPath(path + QStringLiteral("/access_token"));
    s.tokenUrl = base;
    s.clientId = clientId;
    s.scopes = webexScopes();
    return s;
}

QString OAuthSettings::keychainAccount() const
{
    // A loopback server (the sandbox) gets a new port every run: its port is left out, so its
    // sign-ins share one entry instead of leaving one behind per run.
    const bool loopback = QHostAddress(authorizeUrl.host()).isLoopback()
                          || authorizeUrl.host() == QLatin1String("localhost");
    return clientId + QLatin1Char('@') + authorizeUrl.host()
           + (authorizeUrl.port() > 0 && !loopback
                  ? QLatin1Char(':') + QString::number(authorizeUrl.port())
                  : QString());
}

} // namespace wod::auth
