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

// A bed for `scenarioFile`, a main window signed in through "Sign in with Webex", its wizard open.
struct SignedInWizard
{
    explicit SignedInWizard(const QString &scenarioFile) : bed(scenarioFile)
    {
        if (!bed.isReady())
            return;
        window = signedInWindow(bed, browser);
        if (!window)
            return;
        window->openWizard();
        wizard = window->wizard();
        controller = wizard ? wizard->controller() : nullptr;
        session = window->authSession();
    }

    // All there: the bed, the signed-in window, its wizard, controller and session.
    bool isReady() const { return bed.isReady() && window && wizard && controller && session; }
    QString error() const { return bed.isReady() ? QStringLiteral("not signed in, or no wizard") : bed.error(); }

    UiTestBed bed;
    TestBrowser browser{TestBrowser::Favicons::None};
    std::unique_ptr<MainWindow> window;
    wod::ui::DeleteOrgWizard *wizard = nullptr;
    WizardController *controller = nullptr;
    wod::auth::AuthSession *session = nullptr;
};

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
        SignedInWizard s(QStringLiteral("blocker-linked-sites.json"));
        QVERIFY2(s.isReady(), qPrintable(s.error()));
        QVERIFY(WizardDriver::waitPreflightDone(s.wizard));
        QVERIFY(s.session);
        QCOMPARE(s.controller->authSession(), s.session);
        const QString first = s.session->accessToken();
        const int tokenRequests = s.session->tokenRequests();

        // The server retires the token, as at expiry: Re-check gets 401, renews, reads again.
        s.bed.server()->setToken(QStringLiteral("SANDBOX_rotated_elsewhere_0123456789"));
        QSignalSpy errors(s.controller, &WizardController::errorChanged);
        QVERIFY(recheck(s.wizard));
        for (const QList<QVariant> &e : std::as_const(errors))
            QVERIFY2(e.first().toString().isEmpty(), qPrintable(e.first().toString()));
        QVERIFY2(s.controller->errorText().isEmpty(), qPrintable(s.controller->errorText()));
        QVERIFY(s.controller->hasSnapshot());
        QCOMPARE(s.controller->silentRenewals(), 1);
        QCOMPARE(s.session->tokenRequests(), tokenRequests + 1);
        QVERIFY(s.session->accessToken() != first);
        QCOMPARE(s.bed.server()->token(), s.session->accessToken());
        auto *status = must<QLabel>(s.wizard, "preflightStatusLabel");
        QVERIFY(status);
        QVERIFY2(!status->text().contains(QLatin1String("sign-in")), qPrintable(status->text()));

        // The renewed token is refused too: no second refresh, the page asks to sign in again.
        s.bed.server()->setToken(QStringLiteral("SANDBOX_rotated_again_0123456789"));
        QVERIFY(recheck(s.wizard));
        QVERIFY(s.controller->errorIsUnauthorized());
        QVERIFY2(status->text().contains(s.controller->errorText()), qPrintable(status->text()));
        QCOMPARE(s.session->tokenRequests(), tokenRequests + 1);
        QCOMPARE(s.controller->silentRenewals(), 1);
    }

    void runResumesAfterTheTokenExpiresMidRun()
    {
        SignedInWizard s(QStringLiteral("demo.json"));
        QVERIFY2(s.isReady(), qPrintable(s.error()));
        QVERIFY(s.session && s.controller->authSession() == s.session);

        // Once the run starts, the token expires after a few more requests (while the run
        // converts users); the renewed one does not.
        const wod::sandbox::FaultConfig calm = s.bed.server()->faults();
        int runs = 0;
        int handledBeforeRenewal = -1;
        connect(s.controller, &WizardController::runStarted, this, [&] {
            if (++runs > 1)
                return;
            wod::sandbox::FaultConfig expiring = calm;
            expiring.tokenExpiresAfterRequests = 16;
            s.bed.server()->setToken(s.session->accessToken()); // counts from here
            s.bed.server()->setFaults(expiring);
        });
        connect(s.session, &wod::auth::AuthSession::accessTokenChanged, this, [&] {
            handledBeforeRenewal = s.controller->lastProgress().done;
            s.bed.server()->setFaults(calm);
        });
        const int tokenRequests = s.session->tokenRequests();

        QVERIFY(WizardDriver::commitFromPreflight(s.wizard, true, s.bed.scenario().orgDisplayName));
        QVERIFY(WizardDriver::waitResult(s.wizard, 30'000));

        QCOMPARE(s.controller->outcome().status, wod::net::RunOutcome::Status::Deleted);
        QCOMPARE(runs, 2); // the run, then its resumption with the renewed token
        QCOMPARE(s.controller->silentRenewals(), 1);
        QCOMPARE(s.session->tokenRequests(), tokenRequests + 1);
        QVERIFY2(handledBeforeRenewal >= 0, "the token was renewed during the run");
        QCOMPARE(s.bed.usersInState(QStringLiteral("converted")), 11);
        const QString org = s.bed.orgState();
        QVERIFY2(org == QStringLiteral("deleted") || org == QStringLiteral("deleting"), qPrintable(org));
    }

    void runStopsWhenTheRenewedTokenIsRefusedToo()
    {
        SignedInWizard s(QStringLiteral("demo.json"));
        QVERIFY2(s.isReady(), qPrintable(s.error()));
        QVERIFY(s.session);

        // The token expires during the run, and the renewed one soon after: one renewal, then
        // the run stops, resumably.
        int runs = 0;
        connect(s.controller, &WizardController::runStarted, this, [&] {
            if (++runs > 1)
                return;
            wod::sandbox::FaultConfig expiring = s.bed.server()->faults();
            expiring.tokenExpiresAfterRequests = 16;
            s.bed.server()->setToken(s.session->accessToken());
            s.bed.server()->setFaults(expiring);
        });
        connect(s.session, &wod::auth::AuthSession::accessTokenChanged, this, [&] {
            wod::sandbox::FaultConfig expiring = s.bed.server()->faults();
            expiring.tokenExpiresAfterRequests = 2;
            s.bed.server()->setFaults(expiring);
        });
        const int tokenRequests = s.session->tokenRequests();

        QVERIFY(WizardDriver::commitFromPreflight(s.wizard, true, s.bed.scenario().orgDisplayName));
        QVERIFY(WizardDriver::waitResult(s.wizard, 30'000));

        const wod::net::RunOutcome &outcome = s.controller->outcome();
        QCOMPARE(outcome.status, wod::net::RunOutcome::Status::Failed);
        QCOMPARE(outcome.error.kind, wod::net::ApiError::Kind::Unauthorized);
        QVERIFY(outcome.resumable);
        QCOMPARE(runs, 2);
        QCOMPARE(s.controller->silentRenewals(), 1);
        QCOMPARE(s.session->tokenRequests(), tokenRequests + 1);
        QVERIFY(must<QPushButton>(s.wizard, "resumeButton")->isVisible());
        QCOMPARE(s.bed.orgState(), QStringLiteral("active"));
    }
};

QTEST_MAIN(WizardSignInRenewalTest)
#include "tst_wizard_sign_in_renewal.moc"
