// An access token that expires while the Delete Organization wizard is open is renewed silently
// through the main window's sign-in session (one refresh), and the step is tried once more: the
// pre-flight's Re-check reads again, a stopped run resumes from its journal to the end. A renewed
// token that is refused too reaches the admin ("sign in again"), without a second refresh.
// Sign-in runs the OAuth flow against the in-process sandbox, its browser step driven by an HTTP
// client (tests/support's TestBrowser, without favicon requests).

#include "ApiClient.h"
#include "AuthSession.h"
#include "DeleteOrgWizard.h"
#include "MainWindow.h"
#include "OAuthEndpoints.h"
#include "SandboxServer.h"
#include "SignInDialog.h"
#include "StartupPrompt.h"
#include "TestBrowser.h"
#include "UiTestBed.h"
#include "WizardController.h"
#include "WizardDriver.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using wod::test::TestBrowser;
using wod::ui::MainWindow;
using wod::ui::WizardController;

namespace {

// A main window signed in through "Sign in with Webex" (so that its session can refresh).
std::unique_ptr<MainWindow> signedInWindow(UiTestBed &bed, TestBrowser &browser)
{
    wod::ui::GuiOptions options = bed.options();
    options.oauth = wod::auth::OAuthSettings::sandbox(bed.server()->baseUrl(),
                                                      wod::sandbox::OAuthEndpoints::defaultClientId());
    options.forceSignIn = true; // not the sandbox's built-in token
    options.openBrowser = browser.opener();
    options.useKeychain = false;
    auto window = std::make_unique<MainWindow>(options, bed.services());
    window->move(40, 40);
    window->show();
    window->start();
    if (!QTest::qWaitFor([&] { return window->signInDialog() && window->signInDialog()->isVisible(); }, 10'000)) {
        qWarning("no sign-in dialog (window state %d)", int(window->state()));
        return nullptr;
    }
    QTest::mouseClick(must<QPushButton>(window->signInDialog(), "signInWithWebexButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return window->state() == MainWindow::State::Ready; }, 20'000)) {
        qWarning("not signed in (window state %d)", int(window->state()));
        return nullptr;
    }
    if (auto *prompt = window->startupPrompt())
        prompt->reject();
    return window;
}

// Clicks Re-check and waits until the pre-flight is no longer busy.
bool recheck(wod::ui::DeleteOrgWizard *wizard)
{
    WizardController *controller = wizard->controller();
    QSignalSpy busy(controller, &WizardController::busyChanged);
    QTest::mouseClick(must<QPushButton>(wizard, "recheckButton"), Qt::LeftButton);
    return QTest::qWaitFor([&] { return !busy.isEmpty() && !controller->isBusy(); }, 20'000);
}

} // namespace

class WizardSignInRenewalTest : public QObject
{
    Q_OBJECT
private slots:
    void recheckRenewsAnExpiredTokenOnce()
    {
        UiTestBed bed(QStringLiteral("blocker-linked-sites.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        TestBrowser browser{TestBrowser::Favicons::None};
        auto window = signedInWindow(bed, browser);
        QVERIFY(window);
        window->openWizard();
        auto *wizard = window->wizard();
        QVERIFY(wizard);
        QVERIFY(WizardDriver::waitPreflightDone(wizard));
        WizardController *controller = wizard->controller();
        wod::auth::AuthSession *session = window->authSession();
        QVERIFY(session);
        QCOMPARE(controller->authSession(), session);
        const QString first = session->accessToken();
        const int tokenRequests = session->tokenRequests();

        // The server retires the token, as at expiry: Re-check gets 401, renews, reads again.
        bed.server()->setToken(QStringLiteral("SANDBOX_rotated_elsewhere_0123456789"));
        QSignalSpy errors(controller, &WizardController::errorChanged);
        QVERIFY(recheck(wizard));
        for (const QList<QVariant> &e : std::as_const(errors))
            QVERIFY2(e.first().toString().isEmpty(), qPrintable(e.first().toString()));
        QVERIFY2(controller->errorText().isEmpty(), qPrintable(controller->errorText()));
        QVERIFY(controller->hasSnapshot());
        QCOMPARE(controller->silentRenewals(), 1);
        QCOMPARE(session->tokenRequests(), tokenRequests + 1);
        QVERIFY(session->accessToken() != first);
        QCOMPARE(bed.server()->token(), session->accessToken());
        auto *status = must<QLabel>(wizard, "preflightStatusLabel");
        QVERIFY(status);
        QVERIFY2(!status->text().contains(QLatin1String("sign-in")), qPrintable(status->text()));

        // The renewed token is refused too: no second refresh, the page asks to sign in again.
        bed.server()->setToken(QStringLiteral("SANDBOX_rotated_again_0123456789"));
        QVERIFY(recheck(wizard));
        QVERIFY(controller->errorIsUnauthorized());
        QVERIFY2(status->text().contains(controller->errorText()), qPrintable(status->text()));
        QCOMPARE(session->tokenRequests(), tokenRequests + 1);
        QCOMPARE(controller->silentRenewals(), 1);
    }

    void runResumesAfterTheTokenExpiresMidRun()
    {
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        TestBrowser browser{TestBrowser::Favicons::None};
        auto window = signedInWindow(bed, browser);
        QVERIFY(window);
        window->openWizard();
        auto *wizard = window->wizard();
        QVERIFY(wizard);
        WizardController *controller = wizard->controller();
        wod::auth::AuthSession *session = window->authSession();
        QVERIFY(session && controller->authSession() == session);

        // Once the run starts, the token expires after a few more requests (while the run
        // converts users); the renewed one does not.
        const wod::sandbox::FaultConfig calm = bed.server()->faults();
        int runs = 0;
        int handledBeforeRenewal = -1;
        connect(controller, &WizardController::runStarted, this, [&] {
            if (++runs > 1)
                return;
            wod::sandbox::FaultConfig expiring = calm;
            expiring.tokenExpiresAfterRequests = 16;
            bed.server()->setToken(session->accessToken()); // counts from here
            bed.server()->setFaults(expiring);
        });
        connect(session, &wod::auth::AuthSession::accessTokenChanged, this, [&] {
            handledBeforeRenewal = controller->lastProgress().done;
            bed.server()->setFaults(calm);
        });
        const int tokenRequests = session->tokenRequests();

        QVERIFY(WizardDriver::waitPreflightDone(wizard));
        QVERIFY(WizardDriver::clickNext(wizard));
        QVERIFY(WizardDriver::chooseUsers(wizard, true));
        QVERIFY(WizardDriver::clickNext(wizard));
        QVERIFY(WizardDriver::acknowledgeAndType(wizard, bed.scenario().orgDisplayName));
        QVERIFY(WizardDriver::commit(wizard));
        QVERIFY(WizardDriver::waitResult(wizard, 30'000));

        QCOMPARE(controller->outcome().status, wod::net::RunOutcome::Status::Deleted);
        QCOMPARE(runs, 2); // the run, then its resumption with the renewed token
        QCOMPARE(controller->silentRenewals(), 1);
        QCOMPARE(session->tokenRequests(), tokenRequests + 1);
        QVERIFY2(handledBeforeRenewal >= 0, "the token was renewed during the run");
        QCOMPARE(bed.usersInState(QStringLiteral("converted")), 11);
        const QString org = bed.orgState();
        QVERIFY2(org == QStringLiteral("deleted") || org == QStringLiteral("deleting"), qPrintable(org));
    }

    void runStopsWhenTheRenewedTokenIsRefusedToo()
    {
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        TestBrowser browser{TestBrowser::Favicons::None};
        auto window = signedInWindow(bed, browser);
        QVERIFY(window);
        window->openWizard();
        auto *wizard = window->wizard();
        QVERIFY(wizard);
        WizardController *controller = wizard->controller();
        wod::auth::AuthSession *session = window->authSession();
        QVERIFY(session);

        // The token expires during the run, and the renewed one soon after: one renewal, then
        // the run stops, resumably.
        int runs = 0;
        connect(controller, &WizardController::runStarted, this, [&] {
            if (++runs > 1)
                return;
            wod::sandbox::FaultConfig expiring = bed.server()->faults();
            expiring.tokenExpiresAfterRequests = 16;
            bed.server()->setToken(session->accessToken());
            bed.server()->setFaults(expiring);
        });
        connect(session, &wod::auth::AuthSession::accessTokenChanged, this, [&] {
            wod::sandbox::FaultConfig expiring = bed.server()->faults();
            expiring.tokenExpiresAfterRequests = 2;
            bed.server()->setFaults(expiring);
        });
        const int tokenRequests = session->tokenRequests();

        QVERIFY(WizardDriver::waitPreflightDone(wizard));
        QVERIFY(WizardDriver::clickNext(wizard));
        QVERIFY(WizardDriver::chooseUsers(wizard, true));
        QVERIFY(WizardDriver::clickNext(wizard));
        QVERIFY(WizardDriver::acknowledgeAndType(wizard, bed.scenario().orgDisplayName));
        QVERIFY(WizardDriver::commit(wizard));
        QVERIFY(WizardDriver::waitResult(wizard, 30'000));

        const wod::net::RunOutcome &outcome = controller->outcome();
        QCOMPARE(outcome.status, wod::net::RunOutcome::Status::Failed);
        QCOMPARE(outcome.error.kind, wod::net::ApiError::Kind::Unauthorized);
        QVERIFY(outcome.resumable);
        QCOMPARE(runs, 2);
        QCOMPARE(controller->silentRenewals(), 1);
        QCOMPARE(session->tokenRequests(), tokenRequests + 1);
        QVERIFY(must<QPushButton>(wizard, "resumeButton")->isVisible());
        QCOMPARE(bed.orgState(), QStringLiteral("active"));
    }
};

QTEST_MAIN(WizardSignInRenewalTest)
#include "tst_wizard_sign_in_renewal.moc"
