// The screenshot suite "windows": the startup prompt and the main window's Management > Account
// Info tab (eligible and blocked organizations), each against the sandbox, driven like a user.

#include "DeleteOrgWizard.h"
#include "FixedTrackingNetworkAccessManager.h"
#include "MainWindow.h"
#include "WizardController.h"
#include "ScenarioSandbox.h"
#include "SandboxServer.h"
#include "ScreenshotSession.h"
#include "ScreenshotTestMain.h"
#include "SignInDialog.h"
#include "StartupPrompt.h"
#include "UiServices.h"

#include "Clock.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <functional>
#include <memory>

using namespace wod::shots;
using wod::ui::MainWindow;

namespace {

const QSize kMainWindowSize(1100, 720);
const QSize kPromptSize(520, 226); // the startup prompt's own size (asserted)

struct WindowRig
{
    explicit WindowRig(const QString &scenario, bool withToken = true,
                       const std::function<void(wod::sandbox::FaultConfig &)> &faults = {})
        : sandbox(scenario, {}, faults)
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
        services.setClock(&clock);
        services.setSettings(settings.get());
        services.setNetworkAccessManager(&nam); // fixed tracking IDs in what the window shows
        wod::ui::GuiOptions options;
        options.connection = sandbox.connection();
        if (!withToken)
            options.connection.token.clear();
        services.apiOptions.maxRetries = 0;
        options.journalDirectory = dir.filePath(QStringLiteral("journals"));
        window = std::make_unique<MainWindow>(options, &services);
    }
    ~WindowRig() { window.reset(); }

    wod::test::ScenarioSandbox sandbox;
    QTemporaryDir dir;
    wod::FixedClock clock{QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc())};
    std::unique_ptr<QSettings> settings;
    FixedTrackingNetworkAccessManager nam;
    wod::ui::UiServices services;
    std::unique_ptr<MainWindow> window;
};

// Starts the window on its sandbox and waits for the startup prompt: the prompt, or nullptr with
// the reason in *error.
wod::ui::StartupPrompt *openStartupPrompt(WindowRig &rig, QString *error)
{
    if (!rig.sandbox.isReady()) {
        *error = rig.sandbox.error();
        return nullptr;
    }
    QSignalSpy shown(rig.window.get(), &MainWindow::startupPromptShown);
    if (!ScreenshotSession::prepareWindow(rig.window.get(), kMainWindowSize, error))
        return nullptr;
    rig.window->start();
    if (!QTest::qWaitFor([&] { return shown.count() == 1; }, 10000)) {
        *error = QStringLiteral("the startup prompt was shown %1 times, expected once").arg(shown.count());
        return nullptr;
    }
    if (!rig.window->startupPrompt())
        *error = QStringLiteral("the startup prompt was shown but is gone");
    return rig.window->startupPrompt();
}

} // namespace

class TestAppWindowScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startupPromptAfterSignIn();
    void accountInfoEligible();
    void accountInfoBlocked();
    void accountSubscriptionsTab();
    void overviewEligible();
    void startupPromptBlocked();
    void signedOutWithSignInDialog();
    void mainWindowError();
    void signInDialogAlone();
    void resumePromptThenDeleted();
    void cleanupTestCase();

private:
    bool showAccountInfo(WindowRig &rig, bool expectPrompt);
    // Captures when the step belongs to this DPR's subset (behaviour is asserted either way).
    bool captureIfWanted(QWidget *window, const QString &caseName, const QString &step, QList<QWidget *> keys)
    {
        if (!m_session.wants(caseName, step))
            return true;
        const bool ok = m_session.capture(window, caseName, step, keys);
        if (!ok)
            qWarning("%s", qPrintable(m_session.lastError()));
        return ok;
    }

    ScreenshotSession m_session{QStringLiteral("windows")};
};

void TestAppWindowScreenshots::initTestCase()
{
    qRegisterMetaType<wod::ui::StartupPrompt *>();
    QVERIFY2(m_session.begin(), qPrintable(m_session.lastError()));
}

void TestAppWindowScreenshots::startupPromptAfterSignIn()
{
    WindowRig rig(QStringLiteral("demo.json"));
    QString error;
    wod::ui::StartupPrompt *prompt = openStartupPrompt(rig, &error);
    QVERIFY2(prompt, qPrintable(error));
    // Captured at the size it opens with, so that the image is what users see.
    QVERIFY2(prompt->size() == kPromptSize,
             qPrintable(QStringLiteral("the prompt opens at %1x%2: update kPromptSize")
                            .arg(prompt->width())
                            .arg(prompt->height())));
    QVERIFY2(ScreenshotSession::prepareWindow(prompt, kPromptSize, &error), qPrintable(error));

    auto *title = prompt->findChild<QLabel *>(QStringLiteral("promptTitleLabel"));
    auto *text = prompt->findChild<QLabel *>(QStringLiteral("promptTextLabel"));
    auto *later = prompt->findChild<QLabel *>(QStringLiteral("promptLaterLabel"));
    auto *remind = prompt->findChild<QPushButton *>(QStringLiteral("remindLaterButton"));
    auto *del = prompt->findChild<QPushButton *>(QStringLiteral("promptDeleteOrganizationButton"));
    QVERIFY(title && text && later && remind && del);
    QVERIFY2(text->text().contains(rig.sandbox.scenario().orgDisplayName), qPrintable(text->text()));
    QVERIFY2(later->text().contains(QStringLiteral("7 days")), qPrintable(later->text()));
    QCOMPARE(remind->text().remove(u'&'), QStringLiteral("Remind Me Later"));
    QCOMPARE(del->text().remove(u'&'), QStringLiteral("Delete Organization"));
    QVERIFY(remind->isEnabled() && del->isEnabled());
    QVERIFY(prompt->isVisible());
    QVERIFY2(prompt->isAncestorOf(QApplication::focusWidget()), "the prompt has the keyboard focus");
    QVERIFY2(m_session.capture(prompt, QStringLiteral("StartupPrompt"), QStringLiteral("after-sign-in"),
                              {title, text, remind, del}),
             qPrintable(m_session.lastError()));
}

bool TestAppWindowScreenshots::showAccountInfo(WindowRig &rig, bool expectPrompt)
{
    if (!rig.sandbox.isReady())
        return false;
    QSignalSpy loaded(rig.window.get(), &MainWindow::snapshotLoaded);
    QSignalSpy shown(rig.window.get(), &MainWindow::startupPromptShown);
    QString error;
    if (!ScreenshotSession::prepareWindow(rig.window.get(), kMainWindowSize, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    rig.window->start();
    if (!QTest::qWaitFor([&] { return loaded.count() == 1; }, 10000))
        return false;
    if (expectPrompt) {
        // Escape means Remind Me Later: the prompt goes away, the main window is active again.
        if (!QTest::qWaitFor([&] { return shown.count() == 1; }, 5000) || !rig.window->startupPrompt())
            return false;
        QTest::keyClick(rig.window->startupPrompt(), Qt::Key_Escape);
        if (!QTest::qWaitFor([&] { return !rig.window->startupPrompt(); }, 5000))
            return false;
    }
    rig.window->showSection(MainWindow::Section::Account);
    rig.window->activateWindow();
    return QTest::qWaitForWindowActive(rig.window.get());
}

void TestAppWindowScreenshots::accountInfoEligible()
{
    WindowRig rig(QStringLiteral("demo.json"));
    QVERIFY(showAccountInfo(rig, true));
    QCOMPARE(rig.window->state(), MainWindow::State::Ready);
    QVERIFY(rig.window->verdict().eligible);
    auto *tabs = rig.window->findChild<QTabWidget *>(QStringLiteral("accountTabWidget"));
    auto *button = rig.window->findChild<QPushButton *>(QStringLiteral("deleteOrganizationButton"));
    auto *status = rig.window->findChild<QLabel *>(QStringLiteral("deleteStatusLabel"));
    auto *banner = rig.window->findChild<QLabel *>(QStringLiteral("sandboxBannerLabel"));
    QVERIFY(tabs && button && status && banner);
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(button->text().remove(u'&'), QStringLiteral("Delete Organization"));
    QVERIFY(button->isEnabled());
    QVERIFY2(banner->text().contains(QStringLiteral("no real organization is touched")), qPrintable(banner->text()));
    QVERIFY2(m_session.capture(rig.window.get(), QStringLiteral("AccountInfo"), QStringLiteral("eligible"),
                              {tabs, button, status, banner}),
             qPrintable(m_session.lastError()));
}

void TestAppWindowScreenshots::accountInfoBlocked()
{
    WindowRig rig(QStringLiteral("blocker-subscriptions-paid.json"));
    QVERIFY(showAccountInfo(rig, false));
    QVERIFY(!rig.window->verdict().eligible);
    QVERIFY2(!rig.window->startupPrompt(), "no startup prompt for a blocked organization");
    auto *tabs = rig.window->findChild<QTabWidget *>(QStringLiteral("accountTabWidget"));
    auto *button = rig.window->findChild<QPushButton *>(QStringLiteral("deleteOrganizationButton"));
    auto *status = rig.window->findChild<QLabel *>(QStringLiteral("deleteStatusLabel"));
    QVERIFY(tabs && button && status);
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(!status->text().isEmpty());
    // A blocked organization shows what blocks, each with its icon, and offers a review.
    QCOMPARE(button->text().remove(u'&'), QStringLiteral("Review what blocks deletion"));
    QCOMPARE(button->accessibleName(), QStringLiteral("Review what blocks deletion"));
    QVERIFY2(button->property("wodRole").toString() != QStringLiteral("destructive"),
             "reviewing is not a destructive action");
    auto *blockerRow = rig.window->findChild<QWidget *>(QStringLiteral("accountBlockerRow_subscriptions"));
    QVERIFY2(blockerRow && blockerRow->isVisible(), "the blocker is listed inline");
    auto *blockerIcon = blockerRow->findChild<QLabel *>(QStringLiteral("accountBlockerIconLabel"));
    QVERIFY(blockerIcon && !blockerIcon->pixmap().isNull());
    if (!m_session.wants(QStringLiteral("AccountInfo"), QStringLiteral("blocked")))
        return; // not in this DPR's subset: behaviour asserted above
    QVERIFY2(m_session.capture(rig.window.get(), QStringLiteral("AccountInfo"), QStringLiteral("blocked"),
                              {tabs, button, status, blockerRow}),
             qPrintable(m_session.lastError()));
}

void TestAppWindowScreenshots::accountSubscriptionsTab()
{
    WindowRig rig(QStringLiteral("blocker-subscriptions-mixed.json"));
    QVERIFY(showAccountInfo(rig, false));
    auto *tabs = rig.window->findChild<QTabWidget *>(QStringLiteral("accountTabWidget"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    auto *table = rig.window->findChild<QTableWidget *>(QStringLiteral("subscriptionTableWidget"));
    auto *note = rig.window->findChild<QLabel *>(QStringLiteral("subscriptionNoteLabel"));
    QVERIFY(table && note && table->isVisible());
    QCOMPARE(table->rowCount(), 2);
    // Each column says one thing: the id, the kind, the status (an expired trial's date with it);
    // the line above counts them.
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Sub-PT-9"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Partner-led trial"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Expired on 3 Nov 2026"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Free subscription"));
    QCOMPARE(note->text(), QStringLiteral("2 subscriptions"));
    QVERIFY(captureIfWanted(rig.window.get(), QStringLiteral("AccountInfo"), QStringLiteral("subscriptions-tab"), {tabs, table, note}));
}

void TestAppWindowScreenshots::overviewEligible()
{
    WindowRig rig(QStringLiteral("demo.json"));
    QVERIFY(showAccountInfo(rig, true));
    rig.window->showSection(MainWindow::Section::Overview);
    auto *overview = rig.window->findChild<QWidget *>(QStringLiteral("overviewView"));
    auto *title = rig.window->findChild<QLabel *>(QStringLiteral("overviewTitleLabel"));
    QVERIFY(overview && title && overview->isVisible());
    QVERIFY(captureIfWanted(rig.window.get(), QStringLiteral("Overview"), QStringLiteral("eligible"), {overview, title}));
}

void TestAppWindowScreenshots::startupPromptBlocked()
{
    // Only free subscriptions (the prompt's rule), but a linked site blocks: the prompt says so.
    WindowRig rig(QStringLiteral("blocker-linked-sites.json"));
    QString error;
    wod::ui::StartupPrompt *prompt = openStartupPrompt(rig, &error);
    QVERIFY2(prompt, qPrintable(error));
    auto *title = prompt->findChild<QLabel *>(QStringLiteral("promptTitleLabel"));
    auto *text = prompt->findChild<QLabel *>(QStringLiteral("promptTextLabel"));
    QVERIFY(title && text);
    QVERIFY2(!title->text().contains(QStringLiteral("can be deleted")), qPrintable(title->text()));
    // The action is a review, not a red Delete Organization.
    auto *action = prompt->findChild<QPushButton *>(QStringLiteral("promptDeleteOrganizationButton"));
    QVERIFY(action);
    QCOMPARE(action->text().remove(u'&'), QStringLiteral("Review what blocks deletion"));
    QVERIFY2(action->property("wodRole").toString() != QStringLiteral("destructive"), "a review is not destructive");
    QVERIFY2(text->text().contains(QStringLiteral("Linked sites")), qPrintable(text->text()));
    QVERIFY2(ScreenshotSession::prepareWindow(prompt, prompt->size(), &error), qPrintable(error));
    QVERIFY(captureIfWanted(prompt, QStringLiteral("StartupPrompt"), QStringLiteral("blocked"), {title, text}));
}

void TestAppWindowScreenshots::signedOutWithSignInDialog()
{
    WindowRig rig(QStringLiteral("demo.json"), false);
    QVERIFY2(rig.sandbox.isReady(), qPrintable(rig.sandbox.error()));
    QString error;
    QVERIFY2(ScreenshotSession::prepareWindow(rig.window.get(), kMainWindowSize, &error), qPrintable(error));
    rig.window->start();
    QTRY_VERIFY(rig.window->signInDialog());
    QCOMPARE(rig.window->state(), MainWindow::State::SignedOut);
    wod::ui::SignInDialog *dialog = rig.window->signInDialog();
    auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"));
    auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(token && signIn);
    // The main window behind the dialog: signed out, saying so; nobody signed in yet, so the
    // button is "Sign in", not "Sign in again".
    auto *state = rig.window->findChild<QLabel *>(QStringLiteral("stateLabel"));
    auto *signInButton = rig.window->findChild<QPushButton *>(QStringLiteral("signInAgainButton"));
    QVERIFY(state && signInButton);
    QCOMPARE(signInButton->text().remove(u'&'), QStringLiteral("Sign in"));
    QVERIFY(captureIfWanted(rig.window.get(), QStringLiteral("MainWindow"), QStringLiteral("signed-out"),
                            {state, signInButton}));
    // The dialog itself shows the sandbox's URL, whose port differs in every run: no capture.
    QVERIFY(dialog->isVisible() && token->isEnabled());

    // A token the server refuses: the dialog comes back and says why.
    token->setFocus();
    QTest::keyClicks(token, QStringLiteral("not-a-valid-token"));
    QTest::keyClick(token, Qt::Key_Return);
    // A token the server refuses: the window says so and offers Sign in again.
    QTRY_COMPARE_WITH_TIMEOUT(rig.window->state(), MainWindow::State::Error, 10000);
    QVERIFY(!rig.window->signInDialog());
    auto *again = rig.window->findChild<QPushButton *>(QStringLiteral("signInAgainButton"));
    QVERIFY(again && again->isVisible());
    QVERIFY2(state->text().contains(QStringLiteral("401")), qPrintable(state->text()));
    // Refused: nobody is signed in, and the header agrees (no Sign Out next to "Not signed in").
    auto *signOut = rig.window->findChild<QPushButton *>(QStringLiteral("signOutButton"));
    auto *admin = rig.window->findChild<QLabel *>(QStringLiteral("adminLabel"));
    QVERIFY(signOut && admin);
    QVERIFY2(!signOut->isVisible(), qPrintable(admin->text()));
    QVERIFY2(ScreenshotSession::prepareWindow(rig.window.get(), kMainWindowSize, &error), qPrintable(error));
    QVERIFY(captureIfWanted(rig.window.get(), QStringLiteral("SignIn"), QStringLiteral("failed"), {state, again}));
}

void TestAppWindowScreenshots::mainWindowError()
{
    // Every request fails with a server error and the client does not retry: the window says what
    // failed, with the tracking ID the server echoed (pinned by the rig's network access manager).
    WindowRig rig(QStringLiteral("demo.json"), true, [](wod::sandbox::FaultConfig &f) { f.errorRate = 1.0; });
    QVERIFY2(rig.sandbox.isReady(), qPrintable(rig.sandbox.error()));
    QString error;
    QVERIFY2(ScreenshotSession::prepareWindow(rig.window.get(), kMainWindowSize, &error), qPrintable(error));
    rig.window->start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.window->state(), MainWindow::State::Error, 20000);
    auto *state = rig.window->findChild<QLabel *>(QStringLiteral("stateLabel"));
    auto *retry = rig.window->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(state && retry && retry->isVisible());
    // The message ends with the failed request's tracking ID, pinned by the rig's network access
    // manager so that the capture is the same in every run.
    QVERIFY2(state->text().contains(QStringLiteral("could not be read")), qPrintable(state->text()));
    QVERIFY2(state->text().contains(QStringLiteral("Tracking ID: WOD_00000000-0000-4000-8000-5c4ee9540000_")),
             qPrintable(state->text()));
    QVERIFY2(!state->text().contains(QString::number(rig.sandbox.server()->port())),
             "the sandbox's port (different in every run) is not shown");
    QVERIFY(captureIfWanted(rig.window.get(), QStringLiteral("MainWindow"), QStringLiteral("error"), {state, retry}));
}

void TestAppWindowScreenshots::signInDialogAlone()
{
    // The dialog as an admin of a real organization meets it: the public API's address, Sign in
    // with Webex available. (Against the sandbox it shows the sandbox's port, which differs in every
    // run.)
    wod::ui::SignInDialog dialog(QStringLiteral("https://webexapis.com/v1"), true);
    dialog.setRememberAvailable(true);
    QString error;
    QVERIFY2(ScreenshotSession::prepareWindow(&dialog, dialog.sizeHint().expandedTo(dialog.minimumSize()), &error),
             qPrintable(error));
    auto *webex = dialog.findChild<QPushButton *>(QStringLiteral("signInWithWebexButton"));
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"));
    auto *remember = dialog.findChild<QWidget *>(QStringLiteral("rememberMeCheckBox"));
    QVERIFY(webex && token && remember);
    QVERIFY(webex->isEnabled() && token->isEnabled() && remember->isEnabled());
    QVERIFY2(token->echoMode() != QLineEdit::Normal, "a pasted token is never shown");
    QVERIFY(captureIfWanted(&dialog, QStringLiteral("SignIn"), QStringLiteral("dialog"), {webex, token, remember}));
}

void TestAppWindowScreenshots::resumePromptThenDeleted()
{
    // A run stopped after some users leaves its journal; the next start asks to resume it. Resumed,
    // it deletes the organization, and the main window says so.
    WindowRig rig(QStringLiteral("demo.json"), true, [](wod::sandbox::FaultConfig &f) { f.orgDeletionDelayMs = 0; });
    QVERIFY(showAccountInfo(rig, true));
    rig.services.runnerOptions.userConcurrency = 1;
    rig.services.runnerOptions.progressIntervalMs = 10;
    auto *button = rig.window->findChild<QPushButton *>(QStringLiteral("deleteOrganizationButton"));
    QVERIFY(button);
    button->click();
    QTRY_VERIFY(rig.window->wizard());
    wod::ui::DeleteOrgWizard *wizard = rig.window->wizard();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 10000);
    wizard->button(QWizard::NextButton)->click();
    auto *convert = wizard->findChild<QRadioButton *>(QStringLiteral("convertRadioButton"));
    QVERIFY(convert);
    convert->click();
    wizard->button(QWizard::NextButton)->click();
    auto *ack = wizard->findChild<QCheckBox *>(QStringLiteral("ackCheckBox"));
    auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("orgNameLineEdit"));
    QVERIFY(ack && name);
    ack->click();
    QTest::keyClicks(name, rig.sandbox.scenario().orgDisplayName);
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    auto faults = rig.sandbox.server()->faults();
    faults.latencyMs = 300;
    rig.sandbox.server()->setFaults(faults);
    auto *cancel = wizard->findChild<QPushButton *>(QStringLiteral("cancelRunButton"));
    QVERIFY(cancel);
    auto *controller = wizard->findChild<wod::ui::WizardController *>();
    if (!controller)
        controller = rig.window->findChild<wod::ui::WizardController *>();
    QVERIFY(controller);
    bool pressed = false;
    connect(controller, &wod::ui::WizardController::progressChanged, cancel, [&](const wod::net::RunProgress &p) {
        if (pressed || p.phase != wod::net::RunPhase::Users || p.done < 1 || !cancel->isEnabled())
            return;
        pressed = true;
        cancel->click();
    });
    wizard->button(QWizard::CommitButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(controller->hasOutcome(), 30000);
    QCOMPARE(controller->outcome().status, wod::net::RunOutcome::Status::Cancelled);
    const QString journal = controller->outcome().journalPath;
    QVERIFY(QFile::exists(journal));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!rig.window->wizard());
    faults.latencyMs = 0;
    rig.sandbox.server()->setFaults(faults);

    // The journal's times are the runner's wall clock: pin them for the prompt's "last step".
    QFile file(journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(QRegularExpression(QStringLiteral("\"at\":\"[^\"]*\"")),
                 QStringLiteral("\"at\":\"2026-11-28T11:58:00.000Z\""));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();

    // The next start.
    wod::ui::GuiOptions options;
    options.connection = rig.sandbox.connection();
    options.journalDirectory = rig.dir.filePath(QStringLiteral("journals"));
    rig.window = std::make_unique<MainWindow>(options, &rig.services);
    QString error;
    QVERIFY2(ScreenshotSession::prepareWindow(rig.window.get(), kMainWindowSize, &error), qPrintable(error));
    rig.window->start();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = rig.window->findChild<QMessageBox *>(QStringLiteral("questionMessageBox"))) != nullptr
                                 && box->isVisible(), 10000);
    QVERIFY2(box->text().contains(QStringLiteral("did not finish")), qPrintable(box->text()));
    QCOMPARE(box->button(QMessageBox::Yes)->text().remove(u'&'), QStringLiteral("Resume"));
    QCOMPARE(box->button(QMessageBox::No)->text().remove(u'&'), QStringLiteral("Not Now"));
    QVERIFY2(ScreenshotSession::prepareWindow(box, box->size(), &error), qPrintable(error));
    QVERIFY(captureIfWanted(box, QStringLiteral("MainWindow"), QStringLiteral("resume-prompt"),
                            {box->button(QMessageBox::Yes), box->button(QMessageBox::No)}));
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(rig.window->wizard());
    wizard = rig.window->wizard();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentId() == wod::ui::ResultPageId, 30000);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(rig.window->state(), MainWindow::State::Deleted, 10000);
    auto *state = rig.window->findChild<QLabel *>(QStringLiteral("stateLabel"));
    QVERIFY(state && state->isVisible());
    QVERIFY2(ScreenshotSession::prepareWindow(rig.window.get(), kMainWindowSize, &error), qPrintable(error));
    QVERIFY(captureIfWanted(rig.window.get(), QStringLiteral("MainWindow"), QStringLiteral("deleted"), {state}));
}

void TestAppWindowScreenshots::cleanupTestCase()
{
    QVERIFY2(m_session.finish(), qPrintable(m_session.lastError()));
}

WOD_SCREENSHOT_TEST_MAIN(TestAppWindowScreenshots)
#include "tst_app_window_screenshots.moc"
