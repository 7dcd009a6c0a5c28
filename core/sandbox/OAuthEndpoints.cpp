#include "OAuthEndpoints.h"

#include "AccessTokens.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace wod::sandbox {

namespace {

const QString kAuthorizePath = QStringLiteral("/v1/authorize");
const QString kTokenPath = QStringLiteral("/v1/access_token");
const QString kConfigPath = QStringLiteral("/_sandbox/oauth");

QString randomString(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]);
    return out;
}

SandboxResponse oauthError(int status, const QString &error, const QString &description)
{
    return SandboxResponse::json(status, QJsonObject{{QStringLiteral("error"), error},
                                                     {QStringLiteral("error_description"), description}});
}

SandboxResponse page(int status, const QString &text)
{
    SandboxResponse r;
    r.status = status;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain;charset=UTF-8")});
    r.body = text.toUtf8();
    return r;
}

SandboxResponse redirect(QUrl target, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query(target);
    for (const auto &item : items)
        query.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    target.setQuery(query);
    SandboxResponse r;
    r.status = 302;
    r.setHeader(QByteArrayLiteral("Location"), target.toEncoded());
    return r;
}

// A native app's redirect: plain http to a loopback address (RFC 8252 7.3), any port.
bool isLoopbackRedirect(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.port() <= 0)
        return false;
    if (url.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

// Qt 6.4's token request percent-encodes redirect_uri once more than needed; a real server sees
// the same bytes, so the comparison undoes up to two encodings.
QString decoded(const QString &value)
{
    QString once = QUrl::fromPercentEncoding(value.toUtf8());
    if (once.contains(QLatin1Char('%')))
        once = QUrl::fromPercentEncoding(once.toUtf8());
    return once;
}

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

// The sign-in and consent page a browser gets: who signs in, what the app asks for, Allow and
// Deny. Both submit the authorization request again (GET, the same parameters) with
// decision=allow|deny. No script: the page works with scripting off, and a test drives it as a
// user would, by pressing a button.
SandboxResponse consentPage(const QUrlQuery &query)
{
    QString hidden;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("decision"))
            continue;
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                      .arg(item.first.toHtmlEscaped(), item.second.toHtmlEscaped());
    }
    const QString scopes = formValue(query, QStringLiteral("scope")).toHtmlEscaped();
    const QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>Sign in to the Webex sandbox</title>"
        "<style>body{font-family:sans-serif;max-width:36em;margin:3em auto;line-height:1.4}"
        "button{font-size:1em;padding:.5em 1.5em;margin-right:1em}</style></head><body>\n"
        "<h1>Sign in to the Webex sandbox</h1>\n"
        "<p>This sandbox on 127.0.0.1 stands in for Webex: no real account is used.</p>\n"
        "<p id=\"client\">The application <b>%1</b> asks to act for you with these scopes: "
        "<span id=\"scopes\">%2</span>.</p>\n"
        "<form id=\"consent\" method=\"get\" action=\"/v1/authorize\">\n%3"
        "<button type=\"submit\" id=\"allow\" name=\"decision\" value=\"allow\">Allow</button>"
        "<button type=\"submit\" id=\"deny\" name=\"decision\" value=\"deny\">Deny</button>\n"
        "</form></body></html>\n")
                             .arg(formValue(query, QStringLiteral("client_id")).toHtmlEscaped(),
                                  scopes, hidden);
    SandboxResponse r;
    r.status = 200;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html;charset=UTF-8")});
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    // A consent page must not be framed (clickjacking) and runs no script.
    r.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    r.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"));
    r.body = html.toUtf8();
    return r;
}

} // namespace

OAuthEndpoints::OAuthEndpoints(AccessTokens *tokens) : m_tokens(tokens) {}

OAuthEndpoints::~OAuthEndpoints() = default;

void OAuthEndpoints::configure(const QJsonObject &oauth)
{
    if (oauth.contains(QLatin1String("clientId")))
        m_clientId = oauth.value(QLatin1String("clientId")).toString();
    if (oauth.contains(QLatin1String("clientSecret")))
        m_clientSecret = oauth.value(QLatin1String("clientSecret")).toString();
    if (oauth.contains(QLatin1String("expiresInSeconds")))
        m_expiresInSeconds = qMax(1, oauth.value(QLatin1String("expiresInSeconds")).toInt(1));
}

bool OAuthEndpoints::handles(const QString &path)
{
    return path == kAuthorizePath || path == kTokenPath || path == kConfigPath;
}

SandboxResponse OAuthEndpoints::respond(const SandboxRequest &request, const QString &trackingId)
{
    if (request.path == kConfigPath)
        return config(request, trackingId);
    if (request.path == kAuthorizePath) {
        if (request.method != QLatin1String("GET"))
            return SandboxResponse::error(405, QStringLiteral("Use GET."), trackingId);
        ++m_authorizeRequests;
        return authorize(request);
    }
    if (request.method != QLatin1String("POST"))
        return SandboxResponse::error(405, QStringLiteral("Use POST."), trackingId);
    ++m_tokenRequests;
    SandboxResponse r = token(request);
    if (r.status != 200)
        ++m_rejected;
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

SandboxResponse OAuthEndpoints::authorize(const SandboxRequest &request)
{
    QUrlQuery q = request.query;
    // The consent page's form submission: application/x-www-form-urlencoded, '+' is a space.
    if (!formValue(q, QStringLiteral("decision")).isEmpty())
        q = QUrlQuery(q.query(QUrl::FullyEncoded).replace(QLatin1Char('+'), QStringLiteral("%20")));
    const QString clientId = formValue(q, QStringLiteral("client_id"));
    const QUrl redirectUri(formValue(q, QStringLiteral("redirect_uri")));
    // Errors about the client or its redirect are shown, never redirected (RFC 6749 4.1.2.1).
    if (clientId != m_clientId) {
        ++m_rejected;
        return page(400, QStringLiteral("Unknown client_id."));
    }
    if (!isLoopbackRedirect(redirectUri)) {
        ++m_rejected;
        return page(400, QStringLiteral("redirect_uri must be http on a loopback address."));
    }
    const QString state = formValue(q, QStringLiteral("state"));
    const QString decision = formValue(q, QStringLiteral("decision"));
    QList<QPair<QString, QString>> answer;
    if (formValue(q, QStringLiteral("response_type")) != QLatin1String("code")) {
        ++m_rejected;
        answer = {{QStringLiteral("error"), QStringLiteral("unsupported_response_type")}};
    } else {
        const QString challenge = formValue(q, QStringLiteral("code_challenge"));
        static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        if (formValue(q, QStringLiteral("code_challenge_method")) != QLatin1String("S256")
            || !base64url.match(challenge).hasMatch()) {
            ++m_rejected;
            answer = {{QStringLiteral("error"), QStringLiteral("invalid_request")},
                      {QStringLiteral("error_description"),
                       QStringLiteral("PKCE with code_challenge_method=S256 is required.")}};
        } else if (decision.isEmpty() && request.header("accept").contains("text/html")) {
            // A browser (it asks for HTML) gets the sign-in and consent page first; other
            // clients, the tests' stand-in browsers, are approved at once as before.
            return consentPage(q);
        } else if (decision == QLatin1String("deny")) {
            ++m_rejected;
            answer = {{QStringLiteral("error"), QStringLiteral("access_denied")},
                      {QStringLiteral("error_description"),
                       QStringLiteral("You denied the sign-in on the consent page.")}};
        } else {
            const QString code = randomString(48);
            m_codes.insert(code, Grant{clientId, redirectUri.toString(), challenge,
                                       formValue(q, QStringLiteral("scope")),
                                       QDateTime::currentDateTimeUtc().addSecs(60)});
            answer = {{QStringLiteral("code"), code}};
        }
    }
    if (!state.isEmpty())
        answer.append({QStringLiteral("state"), state});
    return redirect(redirectUri, answer);
}

bool OAuthEndpoints::clientAuthenticated(const QUrlQuery &form) const
{
    if (formValue(form, QStringLiteral("client_id")) != m_clientId)
        return false;
    return m_clientSecret.isEmpty()
           || formValue(form, QStringLiteral("client_secret")) == m_clientSecret;
}

SandboxResponse OAuthEndpoints::token(const SandboxRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body).replace(QLatin1Char('+'), QStringLiteral("%20")));
    if (!clientAuthenticated(form))
        return oauthError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("Unknown client or wrong client secret."));
    const QString grantType = formValue(form, QStringLiteral("grant_type"));
    if (grantType == QLatin1String("authorization_code")) {
        // Single use: a replayed code fails even when everything else is right.
        const Grant grant = m_codes.take(formValue(form, QStringLiteral("code")));
        if (grant.clientId.isEmpty() || grant.expires < QDateTime::currentDateTimeUtc())
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("The authorization code is unknown, used or expired."));
        if (QUrl(decoded(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyEncoded)))
                .toString()
            != grant.redirectUri)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("redirect_uri differs from the authorization request."));
        const QByteArray verifier = formValue(form, QStringLiteral("code_verifier")).toLatin1();
        static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
        const QByteArray computed =
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (!unreserved.match(QString::fromLatin1(verifier)).hasMatch()
            || QString::fromLatin1(computed) != grant.challenge)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("code_verifier does not match the code_challenge."));
        ++m_codeGrants;
        const QString refresh = randomString(64);
        m_refreshTokens.insert(refresh, grant.scope);
        return issue(grant.scope, refresh);
    }
    if (grantType == QLatin1String("refresh_token")) {
        const QString refresh = formValue(form, QStringLiteral("refresh_token"));
        if (!m_refreshTokens.contains(refresh))
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("The refresh token is unknown or revoked."));
        ++m_refreshGrants;
        return issue(m_refreshTokens.value(refresh), refresh);
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("grant_type must be authorization_code or refresh_token."));
}

SandboxResponse OAuthEndpoints::issue(const QString &scope, const QString &refreshToken)
{
    const QString access = m_tokens->renew();
    // Server-side expiry: after expires_in the API answers 401 for this token, as Webex does.
    // QTimer takes int milliseconds: a lifetime over 24 days never expires within a sandbox run.
    constexpr qint64 maxTimerMs = qint64(24) * 24 * 3600 * 1000;
    if (qint64(m_expiresInSeconds) * 1000 <= maxTimerMs) {
        QTimer::singleShot(int(qint64(m_expiresInSeconds) * 1000), &m_timers, [this, access] {
            if (m_tokens->token() == access)
                m_tokens->renew();
        });
    }
    return SandboxResponse::json(
        200, QJsonObject{{QStringLiteral("access_token"), access},
                         {QStringLiteral("expires_in"), m_expiresInSeconds},
                         {QStringLiteral("refresh_token"), refreshToken},
                         {QStringLiteral("refresh_token_expires_in"), 90 * 24 * 3600},
                         {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                         {QStringLiteral("scope"), scope}});
}

SandboxResponse OAuthEndpoints::config(const SandboxRequest &request, const QString &trackingId)
{
    if (request.method == QLatin1String("POST")) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject())
            return SandboxResponse::error(400, QStringLiteral("Expected a JSON object."), trackingId);
        configure(doc.object());
    } else if (request.method != QLatin1String("GET")) {
        return SandboxResponse::error(405, QStringLiteral("Use GET or POST."), trackingId);
    }
    return SandboxResponse::json(
        200, QJsonObject{{QStringLiteral("clientId"), m_clientId},
                         {QStringLiteral("confidentialClient"), !m_clientSecret.isEmpty()},
                         {QStringLiteral("expiresInSeconds"), m_expiresInSeconds},
                         {QStringLiteral("authorizeRequests"), m_authorizeRequests},
                         {QStringLiteral("tokenRequests"), m_tokenRequests},
                         {QStringLiteral("codeGrants"), m_codeGrants},
                         {QStringLiteral("refreshGrants"), m_refreshGrants},
                         {QStringLiteral("rejected"), m_rejected}});
}

} // namespace wod::sandbox
