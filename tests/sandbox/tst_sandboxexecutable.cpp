// The webex-sandbox executable: prints "listening on http://127.0.0.1:PORT" and the token, answers,
// exits 0 on SIGTERM and SIGINT; bad flags and bad scenarios exit 2 with a message on stderr.

#include "DataColumns.h"
#include "SandboxTestSupport.h"

#include <QDir>
#include <QJsonDocument>
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
        QCOMPARE(http.get(stateUrl(s.base))
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

    void stateFileSurvivesAKill()
    {
        QTemporaryDir dir;
        const QString scenarioPath = dir.filePath(QStringLiteral("scenario.json"));
        const QString statePath = dir.filePath(QStringLiteral("state.json"));
        QFile f(scenarioPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(scenarioJson(5)).toJson());
        f.close();
        const QStringList args{QStringLiteral("--scenario"), scenarioPath, QStringLiteral("--token"),
                               QStringLiteral("state-token"), QStringLiteral("--state-file"), statePath};
        QProcess p;
        Started s;
        QVERIFY2(startAndRead(p, args, &s), p.readAllStandardError().constData());
        Http http(s.token);
        const QJsonArray people = http.get(at(s.base, QStringLiteral("people"))).items();
        QString victim;
        for (const QJsonValue &v : people) {
            if (!v.toObject().value(QLatin1String("emails")).toArray().contains(QStringLiteral("admin@test.example")))
                victim = v.toObject().value(QLatin1String("id")).toString();
        }
        QVERIFY(!victim.isEmpty());
        QCOMPARE(http.send("DELETE", personUrl(s.base, victim)).status, 204);
        QVERIFY2(QFile::exists(statePath), "written before the answer");

        // SIGKILL: no handler runs; whatever was answered must already be in the file.
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        QProcess again;
        Started s2;
        QVERIFY2(startAndRead(again, args + QStringList{QStringLiteral("--port"), QString::number(s.base.port())}, &s2),
                 again.readAllStandardError().constData());
        QCOMPARE(s2.base, s.base);
        const QJsonObject state = http.get(stateUrl(s2.base)).json();
        int deleted = 0;
        for (const QJsonValue &u : state.value(QLatin1String("users")).toArray()) {
            const QJsonObject o = u.toObject();
            if (o.value(QLatin1String("id")).toString() == victim) {
                QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("deleted"));
                QCOMPARE(o.value(QLatin1String("transitions")).toInt(), 1);
                ++deleted;
            } else {
                QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("active"));
            }
        }
        QCOMPARE(deleted, 1);
        const QJsonArray events = state.value(QLatin1String("events")).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("user_deleted"));
        // Deleting it again is a 404 after the restart too: nothing happens twice.
        QCOMPARE(http.send("DELETE", personUrl(s2.base, victim)).status, 404);
        ::kill(pid_t(again.processId()), SIGTERM);
        QVERIFY(again.waitForFinished(10000));

        // The state of another scenario is refused, not half-applied.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(scenarioJson(6)).toJson());
        f.close();
        QProcess other;
        other.start(program(), args);
        QVERIFY(other.waitForFinished(10000));
        QCOMPARE(other.exitCode(), 2);
        QVERIFY(other.readAllStandardError().contains("another scenario"));
    }

    void refuses_data()
    {
        wod::test::addColumns<QStringList, QString>("args", "stderrContains");
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
