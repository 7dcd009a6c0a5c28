// Secrets, end to end with the real binaries: a known access token never appears in what
// webex-org-delete prints (stdout, stderr, --verbose included), in what it writes (journal,
// receipt, settings, logs: every file under its HOME and XDG folders and the run folder, except the
// token file the test itself wrote), nor in what it prints when it dies of SIGABRT or SIGSEGV.
// Plain http to a host that is not the loopback is refused before any connection. The sources
// never ignore TLS errors (see tst_tls for the behaviour against a self-signed server).

#include "FileWalk.h"
#include "ProcessRig.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <csignal>
#include <sys/types.h>

using wod::faults::ClientRun;
using wod::faults::ProcessRig;

namespace {

// Every file under `root` (recursively) whose content holds `needle`, except `skip`.
QStringList filesHolding(const QString &root, const QByteArray &needle, const QString &skip = {})
{
    const QString skipped = skip.isEmpty() ? QString() : QFileInfo(skip).canonicalFilePath();
    QStringList hits;
    wod::test::readEachFile(
        root, {}, QDir::Files | QDir::Hidden | QDir::System,
        [&](const QString &path, const QByteArray &content) {
            if (content.contains(needle) &&
                (skipped.isEmpty() || QFileInfo(path).canonicalFilePath() != skipped))
                hits << path;
        });
    return hits;
}

QStringList deleteArgs(const QString &users, const QString &journal, const QString &receipt)
{
    return {QStringLiteral("--delete"), QStringLiteral("--users"), users, QStringLiteral("--confirm"),
            QStringLiteral("Test Org"), QStringLiteral("--journal"), journal,
            QStringLiteral("--receipt"), receipt, QStringLiteral("--verbose")};
}

QString leakIn(const ClientRun &run, const QString &token)
{
    const QByteArray t = token.toUtf8();
    QStringList where;
    if (run.out.contains(t))
        where << QStringLiteral("stdout");
    if (run.err.contains(t))
        where << QStringLiteral("stderr");
    return where.join(QStringLiteral(", "));
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void tokenNeverPrintedOrStored_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("check, verbose") << "check";
        QTest::newRow("delete (convert) with journal and receipt") << "convert";
        QTest::newRow("delete with SCIM bulk, token from the environment") << "env";
        QTest::newRow("token expires mid-run, resumed with a renewed token") << "expiry";
        QTest::newRow("the server refuses the token") << "refused";
        QTest::newRow("faults: 5xx, resets, bad bodies") << "faults";
    }
    void tokenNeverPrintedOrStored()
    {
        QFETCH(QString, how);
        QJsonObject faults{{QStringLiteral("orgDeletionDelayMs"), 200}};
        if (how == QLatin1String("expiry"))
            faults.insert(QStringLiteral("tokenExpiresAfterRequests"), 25);
        if (how == QLatin1String("faults")) {
            faults.insert(QStringLiteral("errorRate"), 0.1);
            faults.insert(QStringLiteral("resetRate"), 0.05);
            faults.insert(QStringLiteral("malformedRate"), 0.05);
            faults.insert(QStringLiteral("truncatedRate"), 0.05);
        }
        ProcessRig rig;
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(30, faults)), qPrintable(rig.error()));
        QStringList tokens{rig.token()};
        const QString journal = rig.path(QStringLiteral("run.jsonl"));
        const QString receipt = rig.path(QStringLiteral("receipt.json"));
        QStringList backend = rig.backendArgs();
        QList<ClientRun> runs;

        if (how == QLatin1String("check")) {
            runs << rig.runClient(QStringList{QStringLiteral("--check"), QStringLiteral("--verbose")} + backend);
            runs << rig.runClient(QStringList{QStringLiteral("--check"), QStringLiteral("--json")} + backend);
        } else if (how == QLatin1String("convert") || how == QLatin1String("faults")) {
            runs << rig.runClient(deleteArgs(QStringLiteral("convert"), journal, receipt) + backend);
            for (int i = 0; i < 3 && runs.last().exitCode != 0; ++i)
                runs << rig.runClient(QStringList{QStringLiteral("--resume"), journal, QStringLiteral("--verbose"),
                                                  QStringLiteral("--receipt"), receipt}
                                      + backend);
            QVERIFY2(runs.last().exitCode == 0, qPrintable(runs.last().describe()));
        } else if (how == QLatin1String("env")) {
            rig.setClientEnvironment(QStringLiteral("WEBEX_ACCESS_TOKEN"), rig.token());
            backend = QStringList{QStringLiteral("--api-url"), rig.apiUrl()};
            runs << rig.runClient(deleteArgs(QStringLiteral("delete"), journal, receipt) + backend);
            QVERIFY2(runs.last().exitCode == 0, qPrintable(runs.last().describe()));
        } else if (how == QLatin1String("expiry")) {
            runs << rig.runClient(deleteArgs(QStringLiteral("convert"), journal, receipt) + backend);
            QVERIFY2(runs.last().exitCode == 4, qPrintable(runs.last().describe()));
            QVERIFY(rig.setFaults({{QStringLiteral("tokenExpiresAfterRequests"), 0}}));
            QVERIFY(rig.renewToken());
            tokens << rig.token();
            runs << rig.runClient(QStringList{QStringLiteral("--resume"), journal, QStringLiteral("--verbose"),
                                              QStringLiteral("--receipt"), receipt}
                                  + backend);
            QVERIFY2(runs.last().exitCode == 0, qPrintable(runs.last().describe()));
        } else { // refused: the client holds a token the server does not know
            QFile f(rig.tokenFile());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("refused-token-9f8e7d6c5b4a39281706\n");
            f.close();
            tokens << QStringLiteral("refused-token-9f8e7d6c5b4a39281706");
            runs << rig.runClient(QStringList{QStringLiteral("--check"), QStringLiteral("--verbose")} + backend);
            runs << rig.runClient(deleteArgs(QStringLiteral("delete"), journal, receipt) + backend);
            QVERIFY2(runs.last().exitCode == 4, qPrintable(runs.last().describe()));
        }

        for (const QString &token : std::as_const(tokens)) {
            for (const ClientRun &run : std::as_const(runs)) {
                const QString leak = leakIn(run, token);
                QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("the token is in ") + leak));
            }
            const QStringList inRunDir = filesHolding(rig.dir(), token.toUtf8(), rig.tokenFile());
            QVERIFY2(inRunDir.isEmpty(), qPrintable(inRunDir.join(QLatin1Char('\n'))));
            const QStringList inHome = filesHolding(QDir::homePath(), token.toUtf8());
            QVERIFY2(inHome.isEmpty(), qPrintable(inHome.join(QLatin1Char('\n'))));
        }
        // The files that should exist did: the scan above looked at real output, the app's own
        // log file (core/log AppLog, under XDG_DATA_HOME) included.
        QStringList logs;
        QDirIterator logIt(rig.dir(), {QStringLiteral("*.log")}, QDir::Files, QDirIterator::Subdirectories);
        while (logIt.hasNext())
            logs << logIt.next();
        QVERIFY2(!logs.isEmpty(), "the app wrote no log file where the scan looks");
        if (how != QLatin1String("check") && how != QLatin1String("refused")) {
            QVERIFY(QFile::exists(journal));
            QVERIFY(QFile::exists(receipt));
        }
    }

    void crashOutputHoldsNoToken_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGABRT") << int(SIGABRT);
        QTest::newRow("SIGSEGV") << int(SIGSEGV);
    }
    void crashOutputHoldsNoToken()
    {
        QFETCH(int, signal);
        ProcessRig rig;
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(120, {{QStringLiteral("latencyMs"), 20}})),
                 qPrintable(rig.error()));
        const QString journal = rig.path(QStringLiteral("run.jsonl"));
        bool fired = false;
        const ClientRun run = rig.runClientWithAction(
            deleteArgs(QStringLiteral("convert"), journal, rig.path(QStringLiteral("receipt.json")))
                + rig.backendArgs(),
            [](const QJsonObject &state) { return ProcessRig::usersIn(state, QStringLiteral("converted")) >= 10; },
            [&] { ::kill(pid_t(rig.clientPid()), signal); }, &fired);
        QVERIFY2(fired, qPrintable(run.describe()));
        // It died of the signal (-1), or, in a sanitized build, AddressSanitizer reported the
        // SIGSEGV and exited 1: either way its output is checked.
        QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
        QVERIFY2(leakIn(run, rig.token()).isEmpty(), qPrintable(run.describe()));
        const QStringList files = filesHolding(rig.dir(), rig.token().toUtf8(), rig.tokenFile());
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char('\n'))));
        QVERIFY2(filesHolding(QDir::homePath(), rig.token().toUtf8()).isEmpty(), "a file under HOME holds the token");
    }

    void plainHttpToARemoteHostIsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("private IPv4") << "http://10.1.2.3/v1";
        QTest::newRow("LAN host with port") << "http://192.168.0.10:8080/v1";
        QTest::newRow("IPv6") << "http://[2001:db8::1]/v1";
        QTest::newRow("name that starts like loopback") << "http://127.0.0.1.example.com/v1";
        QTest::newRow("localhost lookalike") << "http://localhost.example.com/v1";
        QTest::newRow("the real API over http") << "http://webexapis.com/v1";
    }
    void plainHttpToARemoteHostIsRefused()
    {
        QFETCH(QString, url);
        ProcessRig rig;
        QFile token(rig.tokenFile());
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("plain-http-token-55aa55aa55aa\n");
        token.close();
        const ClientRun run = rig.runClient({QStringLiteral("--check"), QStringLiteral("--api-url"), url,
                                             QStringLiteral("--token-file"), rig.tokenFile()},
                                            20'000);
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.err.contains("refused"), qPrintable(run.describe()));
        QVERIFY(!run.err.contains("plain-http-token"));
    }

    void sourcesNeverIgnoreTlsErrors()
    {
        // Any of these in product code would let a man in the middle read the token.
        const QList<QByteArray> forbidden{"ignoreSslErrors", "VerifyNone", "QueryPeer",
                                          "setPeerVerifyMode", "QSslError::NoError"};
        QStringList hits;
        for (const char *dir : {"app", "core", "ui"}) {
            const QStringList unreadable = wod::test::readEachFile(
                QStringLiteral(WOD_SOURCE_DIR "/") + QLatin1String(dir),
                {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                [&](const QString &path, const QByteArray &text) {
                    for (const QByteArray &word : forbidden) {
                        if (text.contains(word))
                            hits << path + QStringLiteral(": ") + QString::fromLatin1(word);
                    }
                });
            QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(QLatin1Char('\n'))));
        }
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
