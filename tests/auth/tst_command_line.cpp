// The command-line wiring of sign-in, logs, language and contrast, through the real executable:
// every bad value is a clear one-line error with exit status 2, decided before any display is
// needed (no QT_QPA_PLATFORM here), and --help lists the options.

#include "DataColumns.h"

#include <QProcess>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QStringList &arguments, bool withDisplayPlugin = false)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!withDisplayPlugin) {
        // Nothing to show on: a GUI start would abort, so exit 2 proves the check came first.
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WOD_APP_PATH), arguments);
    Result r;
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void badFlagsExit2_data()
    {
        wod::test::addColumns<QStringList, QString>("arguments", "says");
        QTest::newRow("lang not a code") << QStringList{QStringLiteral("--lang"), QStringLiteral("x y")} << QStringLiteral("--lang x y");
        QTest::newRow("lang path") << QStringList{QStringLiteral("--lang"), QStringLiteral("../../etc")} << QStringLiteral("not a language code");
        QTest::newRow("high contrast headless") << QStringList{QStringLiteral("--check"), QStringLiteral("--high-contrast")} << QStringLiteral("--high-contrast");
        QTest::newRow("sign-in headless") << QStringList{QStringLiteral("--check"), QStringLiteral("--sign-in")} << QStringLiteral("--sign-in");
        QTest::newRow("port zero") << QStringList{QStringLiteral("--redirect-port"), QStringLiteral("0")} << QStringLiteral("--redirect-port 0");
        QTest::newRow("port text") << QStringList{QStringLiteral("--redirect-port"), QStringLiteral("http")} << QStringLiteral("not a port number");
        QTest::newRow("port big") << QStringList{QStringLiteral("--redirect-port"), QStringLiteral("70000")} << QStringLiteral("not a port number");
        QTest::newRow("token url http") << QStringList{QStringLiteral("--token-url"), QStringLiteral("http://example.com/t")} << QStringLiteral("--token-url");
        QTest::newRow("authorize url junk") << QStringList{QStringLiteral("--authorize-url"), QStringLiteral("not a url")} << QStringLiteral("--authorize-url");
        QTest::newRow("unknown") << QStringList{QStringLiteral("--remember-me")} << QStringLiteral("remember-me");
        QTest::newRow("lang missing value") << QStringList{QStringLiteral("--lang")} << QStringLiteral("lang");
    }

    void badFlagsExit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Result r = run(arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void unsupportedLanguageExit2InTheGui()
    {
        // Well-formed but untranslated: the GUI refuses it before showing anything.
        const Result r = run({QStringLiteral("--lang"), QStringLiteral("xx")}, true);
        QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(QLatin1String("--lang xx")), qPrintable(r.err));
    }

    void helpListsTheOptions()
    {
        const Result r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--lang", "--high-contrast", "--verbose", "--log-dir", "--sign-in",
                                   "--client-id", "--client-secret-file", "--authorize-url",
                                   "--token-url", "--scopes", "--redirect-port"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
        QVERIFY2(!r.out.contains(QLatin1String("--client-secret ")), "no secret on the command line");
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
