// "Sign in with Webex" end to end against the sandbox on 127.0.0.1: the authorization code flow
// with PKCE S256 through AuthSession (Qt's QOAuth2AuthorizationCodeFlow), the browser step driven
// by an HTTP client through the BrowserOpener seam. Covers a forged state, a wrong verifier, a
// missing challenge, a confidential client, refresh before expiry and refresh after a 401. The
// test browser also asks the redirect port for /favicon.ico, as real browsers do.

#include "AuthSession.h"
#include "HttpBrowser.h"
#include "OAuthSandbox.h"
#include "Pkce.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using wod::auth::AuthSession;
using wod::test::HttpBrowser;

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
    wod::test::OAuthSandbox sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    const QString initialToken = sandbox.server()->token();
    QNetworkAccessManager nam;
    AuthSession session(&nam, sandbox.settings());
    HttpBrowser browser;
    session.setBrowserOpener(browser.opener());
    QSignalSpy signedIn(&session, &AuthSession::signedIn);
    QSignalSpy failed(&session, &AuthSession::failed);

    QElapsedTimer clock;
    clock.start();
    session.signIn();
    QVERIFY(session.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 15'000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));

    // The authorize request: PKCE S256, a state, loopback redirect, the job's scopes; no verifier.
    const QUrlQuery q(browser.lastAuthorizeUrl);
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
    QCOMPARE(session.redirectUri().host(), QStringLiteral("127.0.0.1"));

    // The token works with the sandbox's API, and the one before it no longer does.
    const QString token = session.accessToken();
    QVERIFY(!token.isEmpty());
    QVERIFY(!session.refreshToken().isEmpty());
    QVERIFY(session.expiresAt() > QDateTime::currentDateTimeUtc().addDays(13));
    QCOMPARE(sandbox.statusWith(token), 200);
    QCOMPARE(sandbox.statusWith(initialToken), 401);
    QVERIFY(!session.isBusy());

    // Bounded: one authorize, one token request; the loopback port is closed again.
    const QJsonObject counters = sandbox.oauth();
    QCOMPARE(counters.value(QLatin1String("authorizeRequests")).toInt(), 1);
    QCOMPARE(counters.value(QLatin1String("tokenRequests")).toInt(), 1);
    QCOMPARE(session.tokenRequests(), 1);
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(session.redirectUri().port()));
    QVERIFY2(!probe.waitForConnected(1000), "the redirect listener closes after sign-in");
    qInfo("FIGURE sign-in flow against the sandbox: %lld ms, %d HTTP requests "
          "(authorize, redirect, token), machine under load",
          elapsed, 3);
}

void TestOAuthFlow::forgedStateIsRejected()
{
    wod::test::OAuthSandbox sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    QNetworkAccessManager nam;
    AuthSession session(&nam, sandbox.settings());
    HttpBrowser browser;
    browser.tamper = [](const QUrl &url) {
        return HttpBrowser::withQueryItem(url, QStringLiteral("state"), QStringLiteral("forged"));
    };
    session.setBrowserOpener(browser.opener());
    QSignalSpy signedIn(&session, &AuthSession::signedIn);
    QSignalSpy failed(&session, &AuthSession::failed);
    session.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15'000);
    QCOMPARE(failed.first().at(0).value<AuthSession::Failure>(), AuthSession::Failure::StateMismatch);
    QTest::qWait(300);
    QVERIFY(signedIn.isEmpty());
    QVERIFY(session.accessToken().isEmpty());
    QCOMPARE(sandbox.oauth().value(QLatin1String("tokenRequests")).toInt(), 0);
    QVERIFY(!session.isBusy());
}

void TestOAuthFlow::wrongVerifierIsRejected()
{
    wod::test::OAuthSandbox sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    QNetworkAccessManager nam;
    AuthSession session(&nam, sandbox.settings());
    HttpBrowser browser;
    // An interceptor swaps in its own challenge: the app's verifier no longer matches it.
    browser.tamper = [](const QUrl &url) {
        return HttpBrowser::withQueryItem(
            url, QStringLiteral("code_challenge"),
            QString::fromLatin1(wod::auth::Pkce::generate().challenge));
    };
    session.setBrowserOpener(browser.opener());
    QSignalSpy signedIn(&session, &AuthSession::signedIn);
    QSignalSpy failed(&session, &AuthSession::failed);
    session.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15'000);
    QCOMPARE(failed.first().at(0).value<AuthSession::Failure>(), AuthSession::Failure::TokenRejected);
    QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("invalid_grant")),
             qPrintable(failed.first().at(1).toString()));
    QVERIFY(signedIn.isEmpty());
    QVERIFY(session.accessToken().isEmpty());
    const QJsonObject counters = sandbox.oauth();
    QCOMPARE(counters.value(QLatin1String("tokenRequests")).toInt(), 1);
    QCOMPARE(counters.value(QLatin1String("codeGrants")).toInt(), 0);

    // A second attempt without the interceptor succeeds: the failure left nothing stuck.
    browser.tamper = nullptr;
    session.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 15'000);
    QCOMPARE(sandbox.statusWith(session.accessToken()), 200);
}

void TestOAuthFlow::missingChallengeIsRefused()
{
    wod::test::OAuthSandbox sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    QNetworkAccessManager nam;
    AuthSession session(&nam, sandbox.settings());
    HttpBrowser browser;
    browser.tamper = [](const QUrl &url) {
        return HttpBrowser::withQueryItem(url, QStringLiteral("code_challenge"), QString());
    };
    session.setBrowserOpener(browser.opener());
    QSignalSpy failed(&session, &AuthSession::failed);
    session.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15'000);
    QCOMPARE(failed.first().at(0).value<AuthSession::Failure>(), AuthSession::Failure::Denied);
    QVERIFY(session.accessToken().isEmpty());
}

void TestOAuthFlow::unknownClientGetsNoRedirect()
{
    wod::test::OAuthSandbox sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    QNetworkAccessManager nam;
    auto settings = sandbox.settings();
    settings.clientId = QStringLiteral("someone-else");
    AuthSession session(&nam, settings);
    session.setSignInTimeout(1500);
    HttpBrowser browser;
    session.setBrowserOpener(browser.opener());
    QSignalSpy failed(&session, &AuthSession::failed);
    session.signIn();
    QTRY_COMPARE_WITH_TIMEOUT(browser.pages, 1, 10'000);
    QCOMPARE(browser.lastStatus, 400); // shown in the browser, not redirected to the app
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10'000);
    QCOMPARE(failed.first().at(0).value<AuthSession::Failure>(), AuthSession::Failure::Timeout);
}

void TestOAuthFlow::confidentialClient()
{
    wod::test::OAuthSandbox sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    sandbox.oauth({{QStringLiteral("clientSecret"), QStringLiteral("integration-secret")}});
    QNetworkAccessManager nam;
    HttpBrowser browser;
    {
        AuthSession withoutSecret(&nam, sandbox.settings());
        withoutSecret.setBrowserOpener(browser.opener());
        QSignalSpy failed(&withoutSecret, &AuthSession::failed);
        withoutSecret.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15'000);
        QCOMPARE(failed.first().at(0).value<AuthSession::Failure>(),
                 AuthSession::Failure::TokenRejected);
    }
    auto settings = sandbox.settings();
    settings.clientSecret = QStringLiteral("integration-secret");
    AuthSession session(&nam, settings);
    session.setBrowserOpener(browser.opener());
    QSignalSpy signedIn(&session, &AuthSession::signedIn);
    session.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 15'000);
    QCOMPARE(sandbox.statusWith(session.accessToken()), 200);
}

void TestOAuthFlow::refreshesBeforeExpiry()
{
    wod::test::OAuthSandbox sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    sandbox.oauth({{QStringLiteral("expiresInSeconds"), 3}});
    QNetworkAccessManager nam;
    AuthSession session(&nam, sandbox.settings());
    HttpBrowser browser;
    session.setBrowserOpener(browser.opener());
    QSignalSpy tokens(&session, &AuthSession::accessTokenChanged);
    QSignalSpy failed(&session, &AuthSession::failed);
    session.signIn();
    QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 1, 15'000);
    const QString first = session.accessToken();
    const QDateTime firstExpiry = session.expiresAt();
    QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 2, 10'000);
    QVERIFY2(QDateTime::currentDateTimeUtc() < firstExpiry, "refreshed before the token expired");
    QVERIFY(failed.isEmpty());
    const QString second = session.accessToken();
    QVERIFY(second != first);
    QCOMPARE(sandbox.statusWith(second), 200);
    QCOMPARE(sandbox.statusWith(first), 401);
    QCOMPARE(sandbox.oauth().value(QLatin1String("refreshGrants")).toInt(), 1);
    session.signOut();
    QVERIFY(session.accessToken().isEmpty());
}

void TestOAuthFlow::expiredTokenRefreshesOnceOn401()
{
    wod::test::OAuthSandbox sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    QNetworkAccessManager nam;
    AuthSession session(&nam, sandbox.settings());
    HttpBrowser browser;
    session.setBrowserOpener(browser.opener());
    QSignalSpy tokens(&session, &AuthSession::accessTokenChanged);
    session.signIn();
    QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 1, 15'000);

    // The server expires the token early: the API answers 401, one refresh gets a working token.
    sandbox.expireToken();
    QCOMPARE(sandbox.statusWith(session.accessToken()), 401);
    QVERIFY(session.refreshAfterUnauthorized());
    QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 2, 10'000);
    QCOMPARE(sandbox.statusWith(session.accessToken()), 200);

    // A token from a 401-refresh that gets 401 again is not refreshed again: sign in anew.
    sandbox.expireToken();
    QCOMPARE(sandbox.statusWith(session.accessToken()), 401);
    QVERIFY(!session.refreshAfterUnauthorized());
    QCOMPARE(sandbox.oauth().value(QLatin1String("refreshGrants")).toInt(), 1);
}

void TestOAuthFlow::unauthorizedDuringARefreshJoinsIt()
{
    wod::test::OAuthSandbox sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    QNetworkAccessManager nam;
    AuthSession session(&nam, sandbox.settings());
    HttpBrowser browser;
    session.setBrowserOpener(browser.opener());
    QSignalSpy tokens(&session, &AuthSession::accessTokenChanged);
    QSignalSpy failed(&session, &AuthSession::failed);
    session.signIn();
    QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 1, 15'000);
    QVERIFY2(browser.strayRequests >= 1, "the browser asked the redirect port for its favicon");

    // A 401 while the scheduled refresh is on its way: that refresh answers it; no "sign in again".
    session.refresh();
    QVERIFY(session.isBusy());
    QVERIFY2(session.refreshAfterUnauthorized(), "a 401 during a refresh waits for that refresh");
    QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 2, 10'000);
    QVERIFY(failed.isEmpty());
    QCOMPARE(sandbox.statusWith(session.accessToken()), 200);
    QCOMPARE(sandbox.oauth().value(QLatin1String("refreshGrants")).toInt(), 1);
}

void TestOAuthFlow::rememberedRefreshTokenSignsIn()
{
    wod::test::OAuthSandbox sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    QNetworkAccessManager nam;
    QString refreshToken;
    {
        AuthSession first(&nam, sandbox.settings());
        HttpBrowser browser;
        first.setBrowserOpener(browser.opener());
        QSignalSpy signedIn(&first, &AuthSession::signedIn);
        first.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 15'000);
        refreshToken = first.refreshToken();
    }
    AuthSession later(&nam, sandbox.settings());
    later.setBrowserOpener([](const QUrl &) { QFAIL("a remembered sign-in opens no browser"); });
    QSignalSpy signedIn(&later, &AuthSession::signedIn);
    QSignalSpy failed(&later, &AuthSession::failed);
    later.signInWithRefreshToken(refreshToken);
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 15'000);
    QVERIFY(failed.isEmpty());
    QCOMPARE(sandbox.statusWith(later.accessToken()), 200);

    AuthSession revoked(&nam, sandbox.settings());
    QSignalSpy revokedFailed(&revoked, &AuthSession::failed);
    revoked.signInWithRefreshToken(QStringLiteral("not-a-refresh-token-we-issued"));
    QTRY_VERIFY_WITH_TIMEOUT(!revokedFailed.isEmpty(), 15'000);
    QCOMPARE(revokedFailed.first().at(0).value<AuthSession::Failure>(),
             AuthSession::Failure::TokenRejected);
}

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_oauthflow.moc"
