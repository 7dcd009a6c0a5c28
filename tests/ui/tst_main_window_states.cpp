// The main window's loading and error states: a refused connection offers Retry; a 401 offers
// "Sign in again", whose dialog takes a pasted token (kept in memory) and loads the organization;
// a missing token asks at start.

#include "MainWindow.h"
#include "SandboxServer.h"
#include "StartupPrompt.h"
#include "UiServices.h"
#include "UiTestBed.h"

#include <QStackedWidget>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>

namespace {

// Shows and starts the window; true once it reaches `state` (within 10 s).
bool showAndStartUntil(wod::ui::MainWindow &window, wod::ui::MainWindow::State state)
{
    window.show();
    window.start();
    return QTest::qWaitFor([&] { return window.state() == state; }, 10000);
}

} // namespace

class MainWindowStatesTest : public QObject
{
    Q_OBJECT
private slots:
    // The window is shown (state page focused) before the organization loads; switching to the
    // account view must leave exactly one page of the stack visible. Qt's focus hand-over to the
    // navigation list once made the overview appear on top of the account view.
    void onlyOneSectionVisibleAfterLoad()
    {
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        wod::ui::MainWindow window(bed.options(), bed.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.state() == wod::ui::MainWindow::State::Ready, 10000);
        auto *stack = must<QStackedWidget>(&window, "contentStackedWidget");
        for (const wod::ui::MainWindow::Section section :
             {wod::ui::MainWindow::Section::Account, wod::ui::MainWindow::Section::Overview,
              wod::ui::MainWindow::Section::Account}) {
            window.showSection(section);
            int visible = 0;
            for (int i = 0; i < stack->count(); ++i)
                visible += stack->widget(i)->isVisible() ? 1 : 0;
            QCOMPARE(visible, 1);
            QVERIFY(stack->currentWidget()->isVisible());
        }
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("accountView"));
    }

    void unreachableServerOffersRetry()
    {
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        wod::ui::GuiOptions options = bed.options();
        options.connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        bed.services()->apiOptions.maxRetries = 0;
        wod::ui::MainWindow window(options, bed.services());
        QVERIFY2(showAndStartUntil(window, wod::ui::MainWindow::State::Error), "no error state");
        auto *retry = must<QPushButton>(&window, "retryButton");
        QVERIFY2(retry->isVisible(), "a network error offers Retry");
        QVERIFY(!must<QLabel>(&window, "stateLabel")->text().isEmpty());
    }

    void unauthorizedAsksToSignInAgain()
    {
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        wod::ui::GuiOptions options = bed.options();
        options.connection.token = QStringLiteral("not-the-token");
        options.connection.isSandbox = false;
        wod::ui::MainWindow window(options, bed.services());
        QVERIFY2(showAndStartUntil(window, wod::ui::MainWindow::State::Error), "no error state");
        auto *again = must<QPushButton>(&window, "signInAgainButton");
        QVERIFY2(again->isVisible(), "a 401 offers to sign in again");
        QVERIFY(!must<QPushButton>(&window, "retryButton")->isVisible());
        QVERIFY2(window.findChild<QLabel *>(QStringLiteral("backendLabel")), "the API URL is shown");
        QTest::mouseClick(again, Qt::LeftButton);
        auto *token = window.findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"));
        QTRY_VERIFY(token && token->isVisible());
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QTest::keyClicks(token, bed.server()->token());
        QTest::keyClick(token, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.state() == wod::ui::MainWindow::State::Ready, 10000);
        QCOMPARE(window.snapshot().orgDisplayName, bed.scenario().orgDisplayName);
    }

    void missingTokenAsksAtStart()
    {
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        wod::ui::GuiOptions options = bed.options();
        options.connection.token.clear();
        options.connection.isSandbox = false;
        wod::ui::MainWindow window(options, bed.services());
        window.show();
        window.start();
        auto *token = window.findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"));
        QTRY_VERIFY(token && token->isVisible());
        QCOMPARE(window.state(), wod::ui::MainWindow::State::SignedOut);
        QTest::keyClicks(token, bed.server()->token());
        QTest::keyClick(token, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.state() == wod::ui::MainWindow::State::Ready, 10000);
        QTRY_VERIFY2(window.startupPrompt(), "signing in shows the prompt for a free-only org");
    }
};

QTEST_MAIN(MainWindowStatesTest)
#include "tst_main_window_states.moc"
