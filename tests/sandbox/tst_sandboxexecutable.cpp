// The webex-sandbox executable: prints "listening on http://127.0.0.1:PORT" and the token, answers,
// exits 0 on SIGTERM and SIGINT; bad flags and bad scenarios exit 2 with a message on stderr.

#include "SandboxTestSupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace wod::sandbox::test;

class TestSandboxExecutable : public QObject
{
    Q_OBJECT

private:
    static QString program() { return QStringLiteral(WOD_SANDBOX_EXE); }
    // ctest sets WOD_SCENARIO_DIR; a direct run falls back to the source tree.
    static QString scenarioFile(const QString &name)
    {
        const QString dir =
            qEnvironmentVariable("WOD_SCENARIO_DIR", QStringLiteral(WOD_SCENARIO_DIR_FALLBACK));
        return QDir(dir).filePath(name);
    }

    struct Started
    {
        QUrl base;
        QString token;
    };
    // Starts the process and reads its two stdout lines (bounded).
    static bool startAndRead(QProcess &p, const QStringList &args, Started *out)
    {
        p.start(program(), args);
        if (!p.waitForStarted(5000))
            return false;
        QByteArray text;
        QElapsedTimer t;
        t.start();
        while (text.count('\n') < 2 && t.elapsed() < 10000) {
            if (!p.waitForReadyRead(500) && p.state() != QProcess::Running)
                break;
            text += p.readAllStandardOutput();
        }
        const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
        static const QRegularExpression listening(
            QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"));
        const auto m = listening.match(lines.value(0));
        if (!m.hasMatch() || !lines.value(1).startsWith(QLatin1String("token: ")))
            return false;
        out->base = QUrl(m.captured(1) + QStringLiteral("/v1"));
        out->token = lines.value(1).mid(7);
        return true;
    }

private slots:
    void servesAndStopsOnSignal_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void servesAndStopsOnSignal()
    {
        QFETCH(int, signalNumber);
        QProcess p;
        Started s;
        QVERIFY2(
            startAndRead(
                p, {QStringLiteral("--scenario"), scenarioFile(QStringLiteral("demo.json"))}, &s),
            p.readAllStandardError().constData());
        Http http(s.token);
        const HttpResult r = http.get(at(s.base, QStringLiteral("organizations")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().at(0).toObject().value(QLatin1String("displayName")).toString(),
                 QStringLiteral("Northwind Trial"));
        ::kill(pid_t(p.processId()), signalNumber);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void bundledDemoTokenPortAndFlags()
    {
        QTemporaryDir dir;
        QFile tokenFile(dir.filePath(QStringLiteral("token")));
        QVERIFY(tokenFile.open(QIODevice::WriteOnly));
        tokenFile.write("file-token\n");
        tokenFile.close();
        QProcess p;
        Started s;
        QVERIFY2(startAndRead(p,
                              {QStringLiteral("--token-file"), tokenFile.fileName(),
                               QStringLiteral("--public-api-only"), QStringLiteral("--error-rate"),
                               QStringLiteral("0")},
                              &s),
                 p.readAllStandardError().constData());
        QCOMPARE(s.token, QStringLiteral("file-token"));
        Http http(s.token);
        QCOMPARE(http.get(at(s.base, QStringLiteral("organizations")))
                     .items()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("displayName"))
                     .toString(),
                 QStringLiteral("Northwind Trial"));
        QUrl state = s.base;
        state.setPath(QStringLiteral("/_sandbox/state"));
        QCOMPARE(http.get(state)
                     .json()
                     .value(QLatin1String("faults"))
                     .toObject()
                     .value(QLatin1String("publicApiOnly"))
                     .toBool(),
                 true);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    }

    void refuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("unknown flag")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("rate out of range")
            << QStringList{QStringLiteral("--error-rate"), QStringLiteral("2")}
            << QStringLiteral("--error-rate");
        QTest::newRow("rate not a number")
            << QStringList{QStringLiteral("--reset-rate"), QStringLiteral("x")}
            << QStringLiteral("--reset-rate");
        QTest::newRow("bad conflict code")
            << QStringList{QStringLiteral("--conflict-at-delete"), QStringLiteral("nope")}
            << QStringLiteral("--conflict-at-delete");
        QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                                  << QStringLiteral("--port");
        QTest::newRow("token and token file")
            << QStringList{QStringLiteral("--token"), QStringLiteral("a"),
                           QStringLiteral("--token-file"), QStringLiteral("b")}
            << QStringLiteral("--token-file");
        QTest::newRow("missing scenario")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("/nonexistent/x.json")}
            << QStringLiteral("/nonexistent/x.json");
    }
    void refuses()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrContains);
        QProcess p;
        p.start(program(), args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(stderrContains), qPrintable(err));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void badScenarioNamesTheField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"org":{"id":"x","displayName":"X"},"actor":{"email":"a@x.example"},"faults":{"errorRate":"high"}})");
        f.close();
        QProcess p;
        p.start(program(), {QStringLiteral("--scenario"), path});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("faults.errorRate")), qPrintable(err));
    }

    void helpAndVersion()
    {
        QProcess p;
        p.start(program(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        for (const char *flag : {"--scenario", "--port", "--token", "--latency-ms", "--rate-limit",
                                 "--stall-ms", "--conflict-at-delete", "--no-scim-bulk", "--seed"})
            QVERIFY2(help.contains(QLatin1String(flag)), flag);
        p.start(program(), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("webex-sandbox "));
    }
};

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandboxexecutable.moc"
