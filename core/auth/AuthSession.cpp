#include "AuthSession.h"

#include "AuthLogging.h"
#include "LogRedactor.h"
#include "LoopbackReplyHandler.h"
#include "Pkce.h"

#include <QHostAddress>
#include <QOAuth2AuthorizationCodeFlow>
#include <QRandomGenerator>

namespace wod::auth {

// Qt 6.4 keeps a flow in RefreshingToken after a failed refresh, which blocks every later one:
// AuthSession resets the status through this accessor.
class AuthorizationCodeFlow : public QOAuth2AuthorizationCodeFlow
{
public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;
    using QOAuth2AuthorizationCodeFlow::setStatus;
};

namespace {

QString randomState()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString state;
    for (int i = 0; i < 32; ++i)
        state += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]);
    return state;
}

} // namespace

AuthSession::AuthSession(QNetworkAccessManager *nam, const OAuthSettings &settings, QObject *parent)
    : QObject(parent), m_nam(nam), m_settings(settings)
{
    m_signInTimer.setSingleShot(true);
    m_refreshTimer.setSingleShot(true);
    connect(&m_signInTimer, &QTimer::timeout, this, [this] {
        fail(Failure::Timeout, tr("Sign-in did not complete in time."));
    });
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { startRefresh(false); });
}

AuthSession::~AuthSession()
{
    log::LogRedactor::removeSecret(m_knownAccessToken);
    log::LogRedactor::removeSecret(m_knownRefreshToken);
}

void AuthSession::setBrowserOpener(const BrowserOpener &opener)
{
    m_opener = opener;
}

QString AuthSession::accessToken() const
{
    return m_flow ? m_flow->token() : QString();
}

QString AuthSession::refreshToken() const
{
    return m_flow ? m_flow->refreshToken() : QString();
}

QDateTime AuthSession::expiresAt() const
{
    return m_flow ? m_flow->expirationAt() : QDateTime();
}

void AuthSession::createFlow()
{
    if (m_flow)
        return;
    m_flow = new AuthorizationCodeFlow(m_settings.clientId, m_settings.authorizeUrl,
                                       m_settings.tokenUrl, m_nam, this);
    m_flow->setClientIdentifierSharedKey(m_settings.clientSecret);
    m_flow->setScope(m_settings.scopes.join(QLatin1Char(' ')));
    m_handler = new LoopbackReplyHandler(m_settings.redirectPort, this);
    m_handler->close(); // listens only while a browser step is pending
    m_flow->setReplyHandler(m_handler);

    // PKCE (RFC 7636) through the parameter hook: Qt 6.4 has none of its own.
    m_flow->setModifyParametersFunction(
        [this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            switch (stage) {
            case QAbstractOAuth::Stage::RequestingAuthorization:
                parameters->replace(QStringLiteral("code_challenge"),
                                    QString::fromLatin1(Pkce::challengeFor(m_verifier)));
                parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
                break;
            case QAbstractOAuth::Stage::RequestingAccessToken:
                ++m_tokenRequests;
                parameters->replace(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
                if (m_settings.clientSecret.isEmpty())
                    parameters->remove(QStringLiteral("client_secret"));
                break;
            case QAbstractOAuth::Stage::RefreshingAccessToken:
                ++m_tokenRequests;
                if (m_settings.clientSecret.isEmpty())
                    parameters->remove(QStringLiteral("client_secret"));
                break;
            case QAbstractOAuth::Stage::RequestingTemporaryCredentials:
                break;
            }
        });

    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        qCInfo(lcAuth) << "Opening the authorization page of" << url.host();
        emit browserStepStarted(url);
        if (m_opener)
            m_opener(url);
    });
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &AuthSession::onCallback);
    connect(m_handler, &LoopbackReplyHandler::tokenRequestFailed, this,
            [this](const QString &error, const QString &description, int status) {
                if (!m_busy)
                    return;
                if (status == 0)
                    fail(Failure::Network, tr("The sign-in server could not be reached: %1").arg(error));
                else
                    fail(Failure::TokenRejected,
                         tr("The sign-in server refused the request (%1%2).")
                             .arg(error, description.isEmpty() ? QString() : QStringLiteral(": ") + description));
            });
    connect(m_flow, &QAbstractOAuth::granted, this, &AuthSession::onGranted);
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                if (m_busy)
                    fail(Failure::Denied, tr("Sign-in was refused: %1 %2").arg(error, description).trimmed());
            });
}

void AuthSession::signIn()
{
    if (m_busy)
        return;
    if (!m_settings.isComplete()) {
        emit failed(Failure::Configuration,
                    tr("Sign in with Webex needs the integration's client id (--client-id or "
                       "WEBEX_CLIENT_ID)."));
        return;
    }
    createFlow();
    if (!m_handler->listen(QHostAddress(QHostAddress::LocalHost), m_settings.redirectPort)) {
        emit failed(Failure::LoopbackUnavailable,
                    tr("Cannot receive the sign-in on 127.0.0.1:%1; is the port in use?")
                        .arg(m_settings.redirectPort));
        return;
    }
    m_busy = true;
    m_signingIn = true;
    m_refreshing = false;
    m_verifier = Pkce::generate().verifier;
    m_redirectUri = QUrl(m_handler->callback());
    m_flow->setState(randomState());
    m_flow->setStatus(QAbstractOAuth::Status::NotAuthenticated);
    m_signInTimer.start(m_signInTimeoutMs);
    qCInfo(lcAuth) << "Sign-in started; redirect on port" << m_handler->port();
    m_flow->grant();
}

void AuthSession::onCallback(const QVariantMap &values)
{
    if (!m_busy || m_refreshing)
        return;
    // Qt 6.4 reports every request on the redirect port, e.g. the browser's /favicon.ico after
    // the callback page: only an answer that carries a code or an error belongs to the sign-in.
    if (!values.contains(QStringLiteral("code")) && !values.contains(QStringLiteral("error"))) {
        qCDebug(lcAuth) << "Ignored a request on the redirect port without code or error";
        return;
    }
    const QString error = values.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        fail(Failure::Denied, tr("Sign-in was refused: %1 %2")
                                  .arg(error, values.value(QStringLiteral("error_description")).toString())
                                  .trimmed());
        return;
    }
    // Qt 6.4 ignores a mismatching state with a warning and waits on: end the attempt instead.
    const QString state = QUrl::fromPercentEncoding(values.value(QStringLiteral("state")).toString().toUtf8());
    if (state != m_flow->state()) {
        fail(Failure::StateMismatch,
             tr("The sign-in answer did not belong to this sign-in (state mismatch); nothing was "
                "accepted. Try again."));
        return;
    }
    qCInfo(lcAuth) << "Authorization code received; exchanging it";
}

void AuthSession::signInWithRefreshToken(const QString &refreshToken)
{
    if (m_busy || refreshToken.isEmpty())
        return;
    if (!m_settings.isComplete()) {
        emit failed(Failure::Configuration, tr("Sign in with Webex is not configured."));
        return;
    }
    createFlow();
    m_flow->setRefreshToken(refreshToken);
    startRefresh(false);
    m_signingIn = m_busy;
}

void AuthSession::refresh()
{
    startRefresh(false);
}

bool AuthSession::refreshAfterUnauthorized()
{
    if (m_refreshing) {
        // A refresh is already on its way (scheduled or after another 401): its new token answers
        // this 401 too.
        m_refreshingAfterUnauthorized = true;
        return true;
    }
    if (m_busy || !m_flow || m_flow->refreshToken().isEmpty() || m_tokenFromUnauthorizedRefresh)
        return false;
    startRefresh(true);
    return true;
}

void AuthSession::startRefresh(bool afterUnauthorized)
{
    if (m_busy || !m_flow || m_flow->refreshToken().isEmpty())
        return;
    m_busy = true;
    m_refreshing = true;
    m_refreshingAfterUnauthorized = afterUnauthorized;
    m_refreshTimer.stop();
    m_signInTimer.start(qMin(m_signInTimeoutMs, 60'000));
    qCInfo(lcAuth) << (afterUnauthorized ? "Refreshing the access token after a 401"
                                         : "Refreshing the access token");
    m_flow->refreshAccessToken();
}

void AuthSession::onGranted()
{
    if (!m_busy) {
        // A late answer to an attempt that already ended. After a sign-in (cancelled, timed out,
        // state mismatch) nobody asked for it any more: drop its tokens, so nothing can use or
        // refresh them. After a refresh that timed out the server has rotated the tokens
        // already, so the old ones may be void: adopt the new ones.
        if (!m_lastAttemptWasRefresh) {
            qCInfo(lcAuth) << "Dropped the tokens of a sign-in that had already ended";
            dropFlowTokens();
            return;
        }
        qCInfo(lcAuth) << "A refresh answered after its time limit; its tokens are adopted";
        adoptFlowTokens(false, false);
        return;
    }
    const bool afterUnauthorized = m_refreshingAfterUnauthorized;
    const bool signingIn = m_signingIn;
    finishAttempt();
    adoptFlowTokens(afterUnauthorized, signingIn);
}

void AuthSession::adoptFlowTokens(bool afterUnauthorized, bool signingIn)
{
    m_tokenFromUnauthorizedRefresh = afterUnauthorized;

    const QString access = m_flow->token();
    const QString refresh = m_flow->refreshToken();
    log::LogRedactor::addSecret(access);
    log::LogRedactor::addSecret(refresh);
    if (m_knownAccessToken != access)
        log::LogRedactor::removeSecret(m_knownAccessToken);
    const bool refreshChanged = m_knownRefreshToken != refresh;
    if (refreshChanged)
        log::LogRedactor::removeSecret(m_knownRefreshToken);
    m_knownAccessToken = access;
    m_knownRefreshToken = refresh;

    scheduleRefresh();
    qCInfo(lcAuth) << "Access token granted; expires" << m_flow->expirationAt().toString(Qt::ISODate);
    emit accessTokenChanged(access);
    if (refreshChanged)
        emit refreshTokenChanged(refresh);
    if (signingIn)
        emit signedIn();
}

void AuthSession::scheduleRefresh()
{
    m_refreshTimer.stop();
    const QDateTime expires = m_flow->expirationAt();
    if (!expires.isValid() || m_flow->refreshToken().isEmpty())
        return;
    const qint64 lifetimeMs = QDateTime::currentDateTimeUtc().msecsTo(expires);
    const qint64 marginMs = qMin<qint64>(5 * 60 * 1000, lifetimeMs / 5);
    // QTimer takes an int: cap at 24 days. A token living longer is simply refreshed early.
    const qint64 delayMs = qBound<qint64>(500, lifetimeMs - marginMs, qint64(24) * 24 * 3600 * 1000);
    m_refreshTimer.start(int(delayMs));
    qCDebug(lcAuth) << "Next refresh in" << delayMs / 1000 << "s";
}

void AuthSession::finishAttempt()
{
    m_lastAttemptWasRefresh = m_refreshing;
    m_busy = false;
    m_signingIn = false;
    m_refreshing = false;
    m_refreshingAfterUnauthorized = false;
    m_signInTimer.stop();
    m_verifier.clear();
    if (m_handler)
        m_handler->close();
}

void AuthSession::fail(Failure failure, const QString &message)
{
    if (!m_busy)
        return;
    const bool wasRefreshing = m_refreshing;
    finishAttempt();
    if (m_flow) {
        m_flow->setStatus(wasRefreshing && !m_flow->token().isEmpty()
                              ? QAbstractOAuth::Status::Granted
                              : QAbstractOAuth::Status::NotAuthenticated);
    }
    qCWarning(lcAuth).noquote() << "Sign-in failed:" << message;
    emit failed(failure, message);
}

void AuthSession::cancel()
{
    fail(Failure::Cancelled, tr("Sign-in cancelled."));
}

void AuthSession::signOut()
{
    if (m_busy)
        cancel();
    m_refreshTimer.stop();
    log::LogRedactor::removeSecret(m_knownAccessToken);
    log::LogRedactor::removeSecret(m_knownRefreshToken);
    m_knownAccessToken.clear();
    m_knownRefreshToken.clear();
    m_tokenFromUnauthorizedRefresh = false;
    dropFlowTokens();
}

void AuthSession::dropFlowTokens()
{
    if (!m_flow)
        return;
    m_flow->setToken(QString());
    m_flow->setRefreshToken(QString());
    m_flow->setStatus(QAbstractOAuth::Status::NotAuthenticated);
}

} // namespace wod::auth
