// "Sign in with Webex" end to end against the sandbox on 127.0.0.1: the authorization code flow
// with PKCE S256 through AuthSession (Qt's QOAuth2AuthorizationCodeFlow), the browser step driven
// by an HTTP client through the BrowserOpener seam. Covers a forged state, a wrong verifier, a
// missing challenge, a confidential client, refresh before expiry and refresh after a 401. The
// test browser also asks the redirect port for /favicon.ico, as real browsers do.

#include "AuthSession.h"
#include "TestBrowser.h"
#include "OAuthSandbox.h"
#include "Pkce.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <functional>
#include <memory>

using wod::auth::AuthSession;
using wod::test::TestBrowser;

namespace {

// One sign-in under test: a sandbox on 127.0.0.1, an AuthSession whose browser step is the test
// browser, and spies on its outcome. Declared as a local; start() inside QVERIFY2.
struct SignInRig
{
    wod::test::OAuthSandbox sandbox;
    QNetworkAccessManager nam;
    TestBrowser browser;

    // `adjust` may change the settings (another client id, a secret) before the session is made.
    bool start(const std::function<void(wod::auth::OAuthSettings &)> &adjust = {})
    {
        if (!sandbox.start())
            return false;
        auto settings = sandbox.settings();
        if (adjust)
            adjust(settings);
        m_session = std::make_unique<AuthSession>(&nam, settings);
        m_session->setBrowserOpener(browser.opener());
        m_signedIn = std::make_unique<QSignalSpy>(m_session.get(), &AuthSession::signedIn);
        m_failed = std::make_unique<QSignalSpy>(m_session.get(), &AuthSession::failed);
        m_tokens = std::make_unique<QSignalSpy>(m_session.get(), &AuthSession::accessTokenChanged);
        return true;
    }
    QString error() const { return sandbox.error(); }
    AuthSession &session() { return *m_session; }
    QSignalSpy &signedIn() { return *m_signedIn; }
    QSignalSpy &failed() { return *m_failed; }
    QSignalSpy &tokens() { return *m_tokens; }
    AuthSession::Failure firstFailure() { return m_failed->first().at(0).value<AuthSession::Failure>(); }
    QString firstFailureMessage() { return m_failed->first().at(1).toString(); }

private:
    std::unique_ptr<AuthSession> m_session;
    std::unique_ptr<QSignalSpy> m_signedIn;
    std::unique_ptr<QSignalSpy> m_failed;
    std::unique_ptr<QSignalSpy> m_tokens;
};

} // namespace

class TestOAuthFlow : public QObject
{
    Q_OBJECT

private slots:
    void pkcePairs();
    void fullFlow();
    void forgedStateIsRejected();
    void wrongVerifierIsRejected();
    void missingChallengeIsRefused();
    void unknownClientGetsNoRedirect();
    void confidentialClient();
    void refreshesBeforeExpiry();
    void expiredTokenRefreshesOnceOn401();
    void unauthorizedDuringARefreshJoinsIt();
    void rememberedRefreshTokenSignsIn();
};

void TestOAuthFlow::pkcePairs()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 50; ++i) {
        const auto p = wod::auth::Pkce::generate();
        QVERIFY(wod::auth::Pkce::isValidVerifier(p.verifier));
        QCOMPARE(p.challenge.size(), 43);
        QVERIFY2(!seen.contains(p.verifier), "verifiers are random");
        seen.insert(p.verifier);
    }
    QCOMPARE(wod::auth::Pkce::generate(10).verifier.size(), 43);
    QCOMPARE(wod::auth::Pkce::generate(500).verifier.size(), 128);
    // RFC 7636 appendix B.
    QCOMPARE(wod::auth::Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QVERIFY(!wod::auth::Pkce::isValidVerifier(QByteArray(43, '+')));
}

void TestOAuthFlow::fullFlow()
{
    SignInRig rig;
    QVERIFY2(rig.start(), qPrintable(rig.error()));
    const QString initialToken = rig.sandbox.server()->token();

    QElapsedTimer clock;
    clock.start();
    rig.session().signIn();
    QVERIFY(rig.session().isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!rig.signedIn().isEmpty() || !rig.failed().isEmpty(), 15'000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(rig.failed().isEmpty(), rig.failed().isEmpty() ? "" : qPrintable(rig.firstFailureMessage()));

    // The authorize request: PKCE S256, a state, loopback redirect, the job's scopes; no verifier.
    const QUrlQuery q(rig.browser.lastAuthorizeUrl);
    QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(q.queryItemValue(QStringLiteral("state")).size() >= 32);
    QVERIFY(!q.hasQueryItem(QStringLiteral("code_verifier")));
    const QString scope = q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    for (const char *needed : {"spark-admin:people_read", "spark-admin:people_write",
                               "spark-admin:organizations_read", "spark-admin:organizations_write",
                               "spark-admin:licenses_read", "spark-admin:roles_read"})
        QVERIFY2(scope.contains(QLatin1String(needed)), needed);
    const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QVERIFY2(QHostAddress(redirect.host()).isLoopback(), qPrintable(redirect.toString()));
    QCOMPARE(rig.session().redirectUri().host(), QStringLiteral("127.0.0.1"));

    // The token works with the sandbox's API, and the one before it no longer does.
    const QString token = rig.session().accessToken();
    QVERIFY(!token.isEmpty());
    QVERIFY(!rig.session().refreshToken().isEmpty());
    QVERIFY(rig.session().expiresAt() > QDateTime::currentDateTimeUtc().addDays(13));
    QCOMPARE(rig.sandbox.statusWith(token), 200);
    QCOMPARE(rig.sandbox.statusWith(initialToken), 401);
    QVERIFY(!rig.session().isBusy());

    // Bounded: one authorize, one token request; the loopback port is closed again.
    const QJsonObject counters = rig.sandbox.oauth();
    QCOMPARE(counters.value(QLatin1String("authorizeRequests")).toInt(), 1);
    QCOMPARE(counters.value(QLatin1String("tokenRequests")).toInt(), 1);
    QCOMPARE(rig.session().tokenRequests(), 1);
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(rig.session().redirectUri().port()));
    QVERIFY2(!probe.waitForConnected(1000), "the redirect listener closes after sign-in");
    qInfo("FIGURE sign-in flow against the sandbox: %lld ms, %d HTTP requests "
          "(authorize, redirect, token), machine under load",
          elapsed, 3);
}

void TestOAuthFlow::forgedStateIsRejected()
{
    SignInRig rig;
    QVERIFY2(rig.start(), qPrintable(rig.error()));
    rig.browser.tamper = [](const QUrl &url) {
        return TestBrowser::withQueryItem(url, QStringLiteral("state"), QStringLiteral("forged"));
    };
    rig.session().signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!rig.failed().isEmpty(), 15'000);
    QCOMPARE(rig.firstFailure(), AuthSession::Failure::StateMismatch);
    QTest::qWait(300);
    QVERIFY(rig.signedIn().isEmpty());
    QVERIFY(rig.session().accessToken().isEmpty());
    QCOMPARE(rig.sandbox.oauth().value(QLatin1String("tokenRequests")).toInt(), 0);
    QVERIFY(!rig.session().isBusy());
}

void TestOAuthFlow::wrongVerifierIsRejected()
{
    SignInRig rig;
    QVERIFY2(rig.start(), qPrintable(rig.error()));
    // An interceptor swaps in its own challenge: the app's verifier no longer matches it.
    rig.browser.tamper = [](const QUrl &url) {
        return TestBrowser::withQueryItem(
            url, QStringLiteral("code_challenge"),
            QString::fromLatin1(wod::auth::Pkce::generate().challenge));
    };
    rig.session().signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!rig.failed().isEmpty(), 15'000);
    QCOMPARE(rig.firstFailure(), AuthSession::Failure::TokenRejected);
    QVERIFY2(rig.firstFailureMessage().contains(QLatin1String("invalid_grant")),
             qPrintable(rig.firstFailureMessage()));
    QVERIFY(rig.signedIn().isEmpty());
    QVERIFY(rig.session().accessToken().isEmpty());
    const QJsonObject counters = rig.sandbox.oauth();
    QCOMPARE(counters.value(QLatin1String("tokenRequests")).toInt(), 1);
    QCOMPARE(counters.value(QLatin1String("codeGrants")).toInt(), 0);

    // A second attempt without the interceptor succeeds: the failure left nothing stuck.
    rig.browser.tamper = nullptr;
    rig.session().signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!rig.signedIn().isEmpty(), 15'000);
    QCOMPARE(rig.sandbox.statusWith(rig.session().accessToken()), 200);
}

void TestOAuthFlow::missingChallengeIsRefused()
{
    SignInRig rig;
    QVERIFY2(rig.start(), qPrintable(rig.error()));
    rig.browser.tamper = [](const QUrl &url) {
        return TestBrowser::withQueryItem(url, QStringLiteral("code_challenge"), QString());
    };
    rig.session().signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!rig.failed().isEmpty(), 15'000);
    QCOMPARE(rig.firstFailure(), AuthSession::Failure::Denied);
    QVERIFY(rig.session().accessToken().isEmpty());
}

void TestOAuthFlow::unknownClientGetsNoRedirect()
{
    SignInRig rig;
    QVERIFY2(rig.start([](wod::auth::OAuthSettings &settings) {
                 settings.clientId = QStringLiteral("someone-else");
             }),
             qPrintable(rig.error()));
    rig.session().setSignInTimeout(1500);
    rig.session().signIn();
    QTRY_COMPARE_WITH_TIMEOUT(rig.browser.pages, 1, 10'000);
    QCOMPARE(rig.browser.lastStatus, 400); // shown in the browser, not redirected to the app
    QTRY_VERIFY_WITH_TIMEOUT(!rig.failed().isEmpty(), 10'000);
    QCOMPARE(rig.firstFailure(), AuthSession::Failure::Timeout);
}

void TestOAuthFlow::confidentialClient()
{
    {
        SignInRig withoutSecret;
        QVERIFY2(withoutSecret.start(), qPrintable(withoutSecret.error()));
        withoutSecret.sandbox.oauth({{QStringLiteral("clientSecret"), QStringLiteral("integration-secret")}});
        withoutSecret.session().signIn();
        QTRY_VERIFY_WITH_TIMEOUT(!withoutSecret.failed().isEmpty(), 15'000);
        QCOMPARE(withoutSecret.firstFailure(), AuthSession::Failure::TokenRejected);
    }
    SignInRig rig;
    QVERIFY2(rig.start([](wod::auth::OAuthSettings &settings) {
                 settings.clientSecret = QStringLiteral("integration-secret");
             }),
             qPrintable(rig.error()));
    rig.sandbox.oauth({{QStringLiteral("clientSecret"), QStringLiteral("integration-secret")}});
    rig.session().signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!rig.signedIn().isEmpty(), 15'000);
    QCOMPARE(rig.sandbox.statusWith(rig.session().accessToken()), 200);
}

void TestOAuthFlow::refreshesBeforeExpiry()
{
    SignInRig rig;
    QVERIFY2(rig.start(), qPrintable(rig.error()));
    rig.sandbox.oauth({{QStringLiteral("expiresInSeconds"), 3}});
    rig.session().signIn();
    QTRY_COMPARE_WITH_TIMEOUT(rig.tokens().size(), 1, 15'000);
    const QString first = rig.session().accessToken();
    const QDateTime firstExpiry = rig.session().expiresAt();
    QTRY_COMPARE_WITH_TIMEOUT(rig.tokens().size(), 2, 10'000);
    QVERIFY2(QDateTime::currentDateTimeUtc() < firstExpiry, "refreshed before the token expired");
    QVERIFY(rig.failed().isEmpty());
    const QString second = rig.session().accessToken();
    QVERIFY(second != first);
    QCOMPARE(rig.sandbox.statusWith(second), 200);
    QCOMPARE(rig.sandbox.statusWith(first), 401);
    QCOMPARE(rig.sandbox.oauth().value(QLatin1String("refreshGrants")).toInt(), 1);
    rig.session().signOut();
    QVERIFY(rig.session().accessToken().isEmpty());
}

void TestOAuthFlow::expiredTokenRefreshesOnceOn401()
{
    SignInRig rig;
    QVERIFY2(rig.start(), qPrintable(rig.error()));
    rig.session().signIn();
    QTRY_COMPARE_WITH_TIMEOUT(rig.tokens().size(), 1, 15'000);

    // The server expires the token early: the API answers 401, one refresh gets a working token.
    rig.sandbox.expireToken();
    QCOMPARE(rig.sandbox.statusWith(rig.session().accessToken()), 401);
    QVERIFY(rig.session().refreshAfterUnauthorized());
    QTRY_COMPARE_WITH_TIMEOUT(rig.tokens().size(), 2, 10'000);
    QCOMPARE(rig.sandbox.statusWith(rig.session().accessToken()), 200);

    // A token from a 401-refresh that gets 401 again is not refreshed again: sign in anew.
    rig.sandbox.expireToken();
    QCOMPARE(rig.sandbox.statusWith(rig.session().accessToken()), 401);
    QVERIFY(!rig.session().refreshAfterUnauthorized());
    QCOMPARE(rig.sandbox.oauth().value(QLatin1String("refreshGrants")).toInt(), 1);
}

void TestOAuthFlow::unauthorizedDuringARefreshJoinsIt()
{
    SignInRig rig;
    QVERIFY2(rig.start(), qPrintable(rig.error()));
    rig.session().signIn();
    QTRY_COMPARE_WITH_TIMEOUT(rig.tokens().size(), 1, 15'000);
    QVERIFY2(rig.browser.strayRequests >= 1, "the browser asked the redirect port for its favicon");

    // A 401 while the scheduled refresh is on its way: that refresh answers it; no "sign in again".
    rig.session().refresh();
    QVERIFY(rig.session().isBusy());
    QVERIFY2(rig.session().refreshAfterUnauthorized(), "a 401 during a refresh waits for that refresh");
    QTRY_COMPARE_WITH_TIMEOUT(rig.tokens().size(), 2, 10'000);
    QVERIFY(rig.failed().isEmpty());
    QCOMPARE(rig.sandbox.statusWith(rig.session().accessToken()), 200);
    QCOMPARE(rig.sandbox.oauth().value(QLatin1String("refreshGrants")).toInt(), 1);
}

void TestOAuthFlow::rememberedRefreshTokenSignsIn()
{
    SignInRig rig;
    QVERIFY2(rig.start(), qPrintable(rig.error()));
    rig.session().signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!rig.signedIn().isEmpty(), 15'000);
    const QString refreshToken = rig.session().refreshToken();

    AuthSession later(&rig.nam, rig.sandbox.settings());
    later.setBrowserOpener([](const QUrl &) { QFAIL("a remembered sign-in opens no browser"); });
    QSignalSpy signedIn(&later, &AuthSession::signedIn);
    QSignalSpy failed(&later, &AuthSession::failed);
    later.signInWithRefreshToken(refreshToken);
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 15'000);
    QVERIFY(failed.isEmpty());
    QCOMPARE(rig.sandbox.statusWith(later.accessToken()), 200);

    AuthSession revoked(&rig.nam, rig.sandbox.settings());
    QSignalSpy revokedFailed(&revoked, &AuthSession::failed);
    revoked.signInWithRefreshToken(QStringLiteral("not-a-refresh-token-we-issued"));
    QTRY_VERIFY_WITH_TIMEOUT(!revokedFailed.isEmpty(), 15'000);
    QCOMPARE(revokedFailed.first().at(0).value<AuthSession::Failure>(),
             AuthSession::Failure::TokenRejected);
}

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_oauthflow.moc"
