// The real webex-org-delete's log against a sandbox on 127.0.0.1 (--check --api-url with the token
// in WEBEX_ACCESS_TOKEN): the log file lands in the standard application data location (or
// --log-dir), never holds the token or the admin's e-mail address, and --verbose adds the debug
// lines (one per request) to the file and stderr.

#include "FaultConfig.h"
#include "SandboxServer.h"
#include "ScenarioLoader.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAppLogging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        const auto scenario = wod::ScenarioLoader::loadFile(
            QDir(qEnvironmentVariable("WOD_SCENARIO_DIR")).filePath(QStringLiteral("demo.json")), &error);
        QVERIFY2(scenario, qPrintable(error));
        m_email = scenario->actor.email;
        QVERIFY(m_email.contains(QLatin1Char('@')));
        m_server = std::make_unique<wod::sandbox::SandboxServer>(*scenario, wod::sandbox::FaultConfig{});
        QVERIFY2(m_server->listen(0, &error), qPrintable(error));
    }

    void defaultLocationAndNoSecrets()
    {
        QTemporaryDir data;
        const Run run = check({}, data.path());
        QVERIFY2(run.exitCode == 0 || run.exitCode == 3, run.err.constData());
        const QString path = data.path() + QStringLiteral("/webex-org-delete/webex-org-delete/logs/webex-org-delete.log");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray log = file.readAll();
        QVERIFY2(log.contains("I wod.app: webex-org-delete"), log.constData());
        QVERIFY2(log.contains("wod.net.snapshot"), log.constData());
        assertClean(log + run.err);
        QVERIFY2(!log.contains(" D "), "no debug lines without --verbose");
        QVERIFY2(!run.err.contains("wod.net"), run.err.constData());
    }

    void verboseWritesMore()
    {
        QTemporaryDir data;
        QTemporaryDir logs;
        const Run run = check({QStringLiteral("--verbose"), QStringLiteral("--log-dir"), logs.path()},
                              data.path());
        QVERIFY2(run.exitCode == 0 || run.exitCode == 3, run.err.constData());
        QFile file(QDir(logs.path()).filePath(QStringLiteral("webex-org-delete.log")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray log = file.readAll();
        QVERIFY2(log.contains(" D wod.net.client: GET /v1/people/me"), log.constData());
        QVERIFY2(run.err.contains("wod.net.client: GET"), run.err.constData());
        assertClean(log + run.err);
        QVERIFY2(!QDir(data.path() + QStringLiteral("/webex-org-delete")).exists(),
                 "--log-dir replaces the default location");
    }

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run check(const QStringList &extra, const QString &dataHome)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WEBEX_ACCESS_TOKEN"), m_server->token());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        process.setProcessEnvironment(env);
        // The sandbox answers on this test's event loop: wait with the loop running.
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(WOD_APP_PATH),
                      QStringList{QStringLiteral("--check"), QStringLiteral("--api-url"),
                                  m_server->baseUrl().toString()}
                          + extra);
        Run run;
        if (!process.waitForStarted(10'000) || !finished.wait(60'000))
            return run;
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    void assertClean(const QByteArray &written)
    {
        QVERIFY2(!written.contains(m_server->token().toUtf8()), "the token was logged");
        QVERIFY2(!written.contains(m_email.toUtf8()), "an e-mail address was logged");
    }

    std::unique_ptr<wod::sandbox::SandboxServer> m_server;
    QString m_email;
};

QTEST_GUILESS_MAIN(TestAppLogging)
#include "tst_app_logging.moc"
