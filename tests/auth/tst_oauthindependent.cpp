// Sign-in judged by an independent OAuth 2 / OpenID server (issue #13 item 5): panva's
// oidc-provider (npm, tests/auth/oidc), run with node on 127.0.0.1, not our sandbox's reading of
// OAuth. The app's AuthSession does the authorization code flow with PKCE S256 and state, then a
// refresh; the server's login and consent are driven over HTTP by the test (OidcBrowser, no
// browser). Negative: a tampered state (the app refuses the answer) and a wrong code_verifier (the
// server refuses the code; the app says so).

#include "AuthSession.h"
#include "DataColumns.h"
#include "Pkce.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>
#include <functional>
#include <memory>

using wod::auth::AuthSession;

namespace {

// Drives oidc-provider's authorize endpoint as a user would: follows its redirects by hand,
// POSTs each /interaction/UID step (login as "admin", then consent), and finally GETs the app's
// loopback redirect. `tamper` may rewrite the authorize URL first.
class OidcBrowser
{
public:
    std::function<QUrl(const QUrl &)> tamper;
    QUrl authorizeUrl;
    int steps = 0;
    QString lastError;

    void open(const QUrl &url)
    {
        authorizeUrl = url;
        go(tamper ? tamper(url) : url, false);
    }

private:
    void go(const QUrl &url, bool post)
    {
        if (++steps > 12) {
            lastError = QStringLiteral("too many redirects");
            return;
        }
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(10'000);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = post ? m_nam.post(request, QByteArray()) : m_nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, url] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status < 300 || status >= 400) {
                if (status != 200)
                    lastError = QStringLiteral("%1 %2: %3").arg(status).arg(url.path(),
                                                                 QString::fromUtf8(reply->readAll().left(300)));
                return; // the app's page, or an error page of the server
            }
            const QUrl next = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            go(next, next.path().startsWith(QLatin1String("/interaction/")));
        });
    }

    QNetworkAccessManager m_nam; // with its cookie jar: the server's interaction cookies
};

// One sign-in of the app's AuthSession through an OidcBrowser, with spies on both outcomes.
struct OidcSignIn
{
    explicit OidcSignIn(const wod::auth::OAuthSettings &settings) : session(&nam, settings)
    {
        session.setSignInTimeout(20'000);
        session.setBrowserOpener([this](const QUrl &url) { browser.open(url); });
    }

    QNetworkAccessManager nam;
    OidcBrowser browser;
    AuthSession session;
    QSignalSpy signedIn{&session, &AuthSession::signedIn};
    QSignalSpy failed{&session, &AuthSession::failed};
};

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class TestOAuthIndependent : public QObject
{
    Q_OBJECT

private:
    QProcess m_server;
    QUrl m_issuer;
    quint16 m_redirectPort = 0;

    wod::auth::OAuthSettings settings() const
    {
        wod::auth::OAuthSettings s;
        s.authorizeUrl = m_issuer.resolved(QUrl(QStringLiteral("/auth")));
        s.tokenUrl = m_issuer.resolved(QUrl(QStringLiteral("/token")));
        s.clientId = QStringLiteral("wod-desktop");
        s.scopes = {QStringLiteral("openid"), QStringLiteral("spark:people_read")};
        s.redirectPort = m_redirectPort;
        return s;
    }

    // GET /me (OpenID userinfo) with `token`: the HTTP status.
    int userinfoStatus(const QString &token)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_issuer.resolved(QUrl(QStringLiteral("/me"))));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10'000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

private slots:
    void initTestCase()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString dir = QStringLiteral(WOD_OIDC_DIR);
        if (node.isEmpty() || !QFile::exists(dir + QStringLiteral("/node_modules/oidc-provider")))
            QSKIP("WOD_SUITE_SKIPPED: node or tests/auth/oidc's npm packages are missing "
                  "(packaging/install-deps.sh installs node; the auth_oidc_npm_ci fixture runs npm ci)");
        m_redirectPort = freePort();
        QVERIFY(m_redirectPort != 0);
        m_server.setWorkingDirectory(dir);
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start(node, {QStringLiteral("server.mjs"), QString::number(m_redirectPort)});
        QVERIFY2(m_server.waitForStarted(10'000), qPrintable(m_server.errorString()));
        QByteArray line;
        while (!line.contains('\n') && m_server.waitForReadyRead(20'000))
            line += m_server.readAllStandardOutput();
        const qsizetype at = line.indexOf("listening ");
        QVERIFY2(at >= 0, line.constData());
        m_issuer = QUrl(QString::fromLatin1(line.mid(at + 10).trimmed()));
        QVERIFY2(m_issuer.isValid() && m_issuer.port() > 0, line.constData());
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        m_server.closeWriteChannel(); // the server exits when its stdin ends
        if (!m_server.waitForFinished(5'000)) {
            m_server.kill();
            m_server.waitForFinished(5'000);
        }
    }

    // Code + PKCE S256 + state, then a refresh; the tokens are the server's own (userinfo).
    void signInAndRefresh()
    {
        OidcSignIn s(settings());
        QSignalSpy tokens(&s.session, &AuthSession::accessTokenChanged);
        s.session.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(s.signedIn.size() == 1 || s.failed.size() == 1, 20'000);
        QVERIFY2(s.failed.isEmpty(),
                 s.failed.isEmpty() ? "" : qPrintable(s.failed.first().at(1).toString()));
        const QUrlQuery asked(s.browser.authorizeUrl);
        QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QVERIFY(!asked.queryItemValue(QStringLiteral("code_challenge")).isEmpty());
        QVERIFY(asked.queryItemValue(QStringLiteral("state")).size() >= 16);
        const QString first = s.session.accessToken();
        const QString firstRefresh = s.session.refreshToken();
        QVERIFY(!first.isEmpty());
        QVERIFY2(!firstRefresh.isEmpty(), "the server issued no refresh token");
        QCOMPARE(userinfoStatus(first), 200);

        s.session.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(tokens.size() == 2 || s.failed.size() == 1, 20'000);
        QVERIFY2(s.failed.isEmpty(),
                 s.failed.isEmpty() ? "" : qPrintable(s.failed.first().at(1).toString()));
        QVERIFY(s.session.accessToken() != first);
        QCOMPARE(userinfoStatus(s.session.accessToken()), 200);
        QVERIFY2(s.session.refreshToken() != firstRefresh, "a public client's refresh token rotates");
        QCOMPARE(s.session.tokenRequests(), 2);
    }

    // A tampered authorize URL: the sign-in fails, says why and leaves no token. Another state
    // than this sign-in's: the app refuses the answer and never exchanges the code. A code bound
    // to another challenge than the app's verifier: the server refuses the exchange
    // (invalid_grant) and the app says so.
    void tamperedSignInIsRefused_data()
    {
        wod::test::addColumns<QString, QString, AuthSession::Failure, QString, int>(
            "item", "forged", "failure", "messageNames", "tokenRequests");
        QTest::newRow("tampered state")
            << QStringLiteral("state") << QStringLiteral("forged-by-an-attacker-0123456789")
            << AuthSession::Failure::StateMismatch << QStringLiteral("state") << 0;
        QTest::newRow("wrong verifier")
            << QStringLiteral("code_challenge")
            << QString::fromLatin1(wod::auth::Pkce::generate().challenge)
            << AuthSession::Failure::TokenRejected << QStringLiteral("invalid_grant") << 1;
    }

    void tamperedSignInIsRefused()
    {
        QFETCH(QString, item);
        QFETCH(QString, forged);
        QFETCH(AuthSession::Failure, failure);
        QFETCH(QString, messageNames);
        QFETCH(int, tokenRequests);
        OidcSignIn s(settings());
        s.browser.tamper = [&](const QUrl &url) {
            QUrlQuery q(url);
            q.removeAllQueryItems(item);
            q.addQueryItem(item, forged);
            QUrl out = url;
            out.setQuery(q);
            return out;
        };
        s.session.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(s.failed.size(), 1, 20'000);
        QCOMPARE(s.failed.first().at(0).value<AuthSession::Failure>(), failure);
        const QString message = s.failed.first().at(1).toString();
        QVERIFY2(message.contains(messageNames), qPrintable(message));
        QCOMPARE(s.signedIn.size(), 0);
        QVERIFY(s.session.accessToken().isEmpty());
        QCOMPARE(s.session.tokenRequests(), tokenRequests); // 0 when the app refused: never exchanged
    }
};

QTEST_GUILESS_MAIN(TestOAuthIndependent)
#include "tst_oauthindependent.moc"
