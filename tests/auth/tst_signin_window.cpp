// The main window's sign-in against the sandbox on 127.0.0.1 (offscreen): "Sign in with Webex"
// through the dialog with the browser step driven by an HTTP client (GuiOptions::openBrowser),
// Sign out, a 401 that refreshes once and reloads, and "Remember me":
//   WOD_KEYCHAIN_EXPECT=available   (run-with-keyring.sh: a real secret service) the refresh token
//                                   is kept, the next window signs in without a dialog, Sign out
//                                   removes it;
//   WOD_KEYCHAIN_EXPECT=unavailable (no session bus) the dialog says "Remember me" is unavailable
//                                   and sign-in still works.

#include "AuthSession.h"
#include "TestBrowser.h"
#include "KeychainExpectation.h"
#include "MainWindow.h"
#include "OAuthEndpoints.h"
#include "RefreshTokenStore.h"
#include "SandboxServer.h"
#include "SignInDialog.h"
#include "UiTestBed.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using wod::ui::MainWindow;

namespace {

std::optional<wod::auth::RefreshTokenStore::Outcome> keychainRead(const QString &account)
{
    wod::auth::RefreshTokenStore store(account);
    std::optional<wod::auth::RefreshTokenStore::Outcome> outcome;
    store.load([&outcome](const wod::auth::RefreshTokenStore::Outcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20'000))
        return std::nullopt;
    return outcome;
}

} // namespace

class TestSignInWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_keychain.read(), "set WOD_KEYCHAIN_EXPECT");
    }

    void signInWithWebexThenSignOut()
    {
        UiTestBed bed(QStringLiteral("blocker-linked-sites.json")); // no startup prompt
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        wod::test::TestBrowser browser;
        wod::ui::GuiOptions options = withOAuth(bed, &browser);
        options.useKeychain = m_keychain.available();
        const QString builtInToken = bed.server()->token();
        MainWindow window(options, bed.services());
        window.show();
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.signInDialog() && window.signInDialog()->isVisible(), 10'000);
        auto *dialog = window.signInDialog();
        QCOMPARE(window.state(), MainWindow::State::SignedOut);
        auto *webex = must<QPushButton>(dialog, "signInWithWebexButton");
        QVERIFY(webex && webex->isEnabled() && webex->isDefault());
        QVERIFY(!webex->accessibleName().isEmpty());
        auto *remember = must<QCheckBox>(dialog, "rememberMeCheckBox");
        auto *note = must<QLabel>(dialog, "rememberMeNoteLabel");
        if (m_keychain.unavailable()) {
            QTRY_VERIFY_WITH_TIMEOUT(note->isVisible() && note->text().contains(QLatin1String("unavailable")), 20'000);
            QVERIFY(!remember->isEnabled());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(remember->isEnabled(), 20'000);
            QVERIFY(!note->isVisible());
        }

        QTest::mouseClick(webex, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), MainWindow::State::Ready, 20'000);
        QVERIFY(!window.signInDialog());
        QCOMPARE(browser.pages, 1);
        QCOMPARE(window.snapshot().orgDisplayName, bed.scenario().orgDisplayName);
        QVERIFY2(bed.server()->token() != builtInToken, "the window uses the token the flow issued");
        auto *signOut = must<QPushButton>(&window, "signOutButton");
        QVERIFY(signOut && signOut->isVisible() && !signOut->accessibleName().isEmpty());

        QTest::mouseClick(signOut, Qt::LeftButton);
        QCOMPARE(window.state(), MainWindow::State::SignedOut);
        QVERIFY(window.authSession()->accessToken().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(window.signInDialog() && window.signInDialog()->isVisible(), 10'000);
        QVERIFY(!signOut->isVisible());
    }

    void unauthorizedRefreshesOnceAndReloads()
    {
        UiTestBed bed(QStringLiteral("blocker-linked-sites.json")); // no startup prompt
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        wod::test::TestBrowser browser;
        wod::ui::GuiOptions options = withOAuth(bed, &browser);
        options.useKeychain = false;
        MainWindow window(options, bed.services());
        window.show();
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.signInDialog() && window.signInDialog()->isVisible(), 10'000);
        QTest::mouseClick(must<QPushButton>(window.signInDialog(), "signInWithWebexButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), MainWindow::State::Ready, 20'000);
        const QString first = window.authSession()->accessToken();

        // The server retires the token (as at expiry): Retry gets 401, one refresh, loaded again.
        bed.server()->setToken(QStringLiteral("SANDBOX_rotated_elsewhere_0123456789"));
        QSignalSpy states(&window, &MainWindow::stateChanged);
        window.reload();
        QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 3 && window.state() == MainWindow::State::Ready, 20'000);
        QVERIFY(window.authSession()->accessToken() != first);
        QVERIFY(!window.signInDialog());

        // The refreshed token gets 401 too: no second refresh, the window asks to sign in.
        bed.server()->setToken(QStringLiteral("SANDBOX_rotated_again_0123456789"));
        window.reload();
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), MainWindow::State::Error, 20'000);
        QVERIFY(must<QPushButton>(&window, "signInAgainButton")->isVisible());
    }

    void rememberMeKeepsTheRefreshTokenInTheKeychain()
    {
        if (!m_keychain.available())
            QSKIP("needs the secret service (run-with-keyring.sh)");
        UiTestBed bed(QStringLiteral("blocker-linked-sites.json")); // no startup prompt
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        wod::test::TestBrowser browser;
        wod::ui::GuiOptions options = withOAuth(bed, &browser);
        const QString account = options.oauth.keychainAccount();
        QString refreshToken;
        {
            MainWindow window(options, bed.services());
            window.show();
            window.start();
            QTRY_VERIFY_WITH_TIMEOUT(window.signInDialog() && window.signInDialog()->isVisible(), 20'000);
            auto *remember = must<QCheckBox>(window.signInDialog(), "rememberMeCheckBox");
            QTRY_VERIFY_WITH_TIMEOUT(remember->isEnabled(), 20'000);
            remember->setChecked(true);
            QTest::mouseClick(must<QPushButton>(window.signInDialog(), "signInWithWebexButton"), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(window.state(), MainWindow::State::Ready, 20'000);
            refreshToken = window.authSession()->refreshToken();
            QTRY_VERIFY_WITH_TIMEOUT(keychainRead(account) && keychainRead(account)->token == refreshToken, 20'000);
        }

        // Next start: signed in from the keychain, no dialog, no browser.
        const int pagesBefore = browser.pages;
        MainWindow again(options, bed.services());
        again.show();
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(again.state(), MainWindow::State::Ready, 20'000);
        QVERIFY(!again.signInDialog());
        QCOMPARE(browser.pages, pagesBefore);

        // Sign out removes it from the keychain.
        QTest::mouseClick(must<QPushButton>(&again, "signOutButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(keychainRead(account) && keychainRead(account)->ok
                                     && keychainRead(account)->token.isEmpty(),
                                 20'000);
    }

private:
    wod::ui::GuiOptions withOAuth(UiTestBed &bed, wod::test::TestBrowser *browser)
    {
        wod::ui::GuiOptions options = bed.options();
        options.oauth = wod::auth::OAuthSettings::sandbox(bed.server()->baseUrl(),
                                                          wod::sandbox::OAuthEndpoints::defaultClientId());
        options.forceSignIn = true; // ignore the sandbox's built-in token: sign in with Webex
        options.openBrowser = browser->opener();
        return options;
    }

    wod::test::KeychainExpectation m_keychain;
};

QTEST_MAIN(TestSignInWindow)
#include "tst_signin_window.moc"
