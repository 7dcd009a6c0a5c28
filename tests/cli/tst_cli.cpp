// The real `webex-org-delete` executable: --check on every example scenario (JSON verdict and exit
// codes 0/3), the human checklist, malformed scenarios (exit 2, file and field named, nothing on
// stdout), --help/--version, wrong flags and the refused --token.
//
// Asserts only on what the user sees (exit code, JSON verdict, text), never on how the check is
// carried out (offline or through the embedded sandbox over HTTP).

#include "DataColumns.h"
#include "ExampleScenarioRows.h"
#include "EligibilityPolicy.h"
#include "ScenarioLoader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace wod;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkJson_data();
    void checkJson();
    void everyExampleMatchesTheLibrary_data();
    void everyExampleMatchesTheLibrary();
    void checkDefaultsToDemo();
    void checkText_data();
    void checkText();
    void badScenario_data();
    void badScenario();
    void usage_data();
    void usage();
};

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// What --check --json must say about one scenario.
struct VerdictCase
{
    int exitCode = 0;
    QString orgName;
    QString criterion = {}; // empty: null
    QStringList blockers = {};
    bool popup = false;
    int usersToHandle = 0;
};

constexpr int kTimeoutMs = 60'000;

Result run(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(WOD_APP_PATH));
    p.setArguments(args);
    p.start();
    Result r;
    if (!p.waitForStarted(kTimeoutMs))
        return r;
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString describe(const Result &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

QString scenario(const char *name)
{
    return QDir(qEnvironmentVariable("WOD_SCENARIO_DIR")).filePath(QString::fromLatin1(name));
}

QStringList codes(const QJsonObject &verdict)
{
    QStringList out;
    for (const QJsonValue &b : verdict.value(QStringLiteral("blockers")).toArray())
        out.append(b.toObject().value(QStringLiteral("code")).toString());
    return out;
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

// One JSON object on stdout, nothing else.
QJsonObject parseVerdict(const Result &r, QString *why)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = QStringLiteral("stdout is not one JSON object: ") + e.errorString();
        return {};
    }
    return doc.object();
}

} // namespace

Q_DECLARE_METATYPE(VerdictCase)

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(WOD_APP_PATH)), WOD_APP_PATH);
    QVERIFY2(QDir(qEnvironmentVariable("WOD_SCENARIO_DIR")).exists(), "WOD_SCENARIO_DIR");
}

void TestCli::checkJson_data()
{
    wod::test::addColumns<QString, VerdictCase>("path", "expected");

    auto row = [](const char *file, const VerdictCase &expected) {
        QTest::newRow(file) << scenario(file) << expected;
    };
    row("demo.json",
        {.exitCode = 0, .orgName = QStringLiteral("Northwind Trial"),
         .criterion = QStringLiteral("free_only"), .popup = true, .usersToHandle = 11});
    row("criterion-expired-partner-trials.json",
        {.exitCode = 0, .orgName = QStringLiteral("Expired Partner Trial GmbH"),
         .criterion = QStringLiteral("expired_partner_trials"), .popup = false,
         .usersToHandle = 0});
    row("criterion-online-trials.json",
        {.exitCode = 0, .orgName = QStringLiteral("Online Trial Ltd"),
         .criterion = QStringLiteral("online_trials"), .popup = false, .usersToHandle = 0});
    row("criterion-free-only.json",
        {.exitCode = 0, .orgName = QStringLiteral("Free Only Inc"),
         .criterion = QStringLiteral("free_only"), .popup = true, .usersToHandle = 0});
    row("criterion-no-subscriptions.json",
        {.exitCode = 0, .orgName = QStringLiteral("Empty Org"),
         .criterion = QStringLiteral("no_subscriptions"), .popup = false, .usersToHandle = 0});
    row("users-large.json",
        {.exitCode = 0, .orgName = QStringLiteral("Large Free Org"),
         .criterion = QStringLiteral("free_only"), .popup = true, .usersToHandle = 10000});
    row("blocker-not-full-admin.json",
        {.exitCode = 3, .orgName = QStringLiteral("Read Only Admin Co"),
         .criterion = QStringLiteral("free_only"), .blockers = {QStringLiteral("not_full_admin")},
         .popup = false, .usersToHandle = 0});
    row("blocker-partner-admin.json",
        {.exitCode = 3, .orgName = QStringLiteral("Customer Of Partner"),
         .criterion = QStringLiteral("free_only"), .blockers = {QStringLiteral("partner_admin")},
         .popup = false, .usersToHandle = 1});
    row("blocker-subscriptions-paid.json",
        {.exitCode = 3, .orgName = QStringLiteral("Paid Customer Corp"),
         .blockers = {QStringLiteral("subscriptions")}, .popup = false, .usersToHandle = 0});
    row("blocker-subscriptions-mixed.json",
        {.exitCode = 3, .orgName = QStringLiteral("Mixed Trials LLC"),
         .blockers = {QStringLiteral("subscriptions")}, .popup = false, .usersToHandle = 0});
    row("blocker-active-partner-trial.json",
        {.exitCode = 3, .orgName = QStringLiteral("Active Partner Trial SA"),
         .blockers = {QStringLiteral("subscriptions")}, .popup = false, .usersToHandle = 0});
    row("blocker-linked-sites.json",
        {.exitCode = 3, .orgName = QStringLiteral("Linked Sites Co"),
         .criterion = QStringLiteral("free_only"), .blockers = {QStringLiteral("linked_sites")},
         .popup = true, .usersToHandle = 0});
    row("blocker-directory-sync.json",
        {.exitCode = 3, .orgName = QStringLiteral("Directory Sync Co"),
         .criterion = QStringLiteral("online_trials"),
         .blockers = {QStringLiteral("directory_sync")}, .popup = false, .usersToHandle = 0});
    row("blocker-multiple-managed-by.json",
        {.exitCode = 3, .orgName = QStringLiteral("Two Partners Co"),
         .criterion = QStringLiteral("no_subscriptions"),
         .blockers = {QStringLiteral("multiple_managed_by")}, .popup = false, .usersToHandle = 0});
    row("blocker-managed-orgs.json",
        {.exitCode = 3, .orgName = QStringLiteral("Parent Org Co"),
         .criterion = QStringLiteral("no_subscriptions"),
         .blockers = {QStringLiteral("managed_orgs")}, .popup = false, .usersToHandle = 0});
    row("blocker-suspended-online-trial.json",
        {.exitCode = 3, .orgName = QStringLiteral("Suspended Online Trial Co"),
         .blockers = {QStringLiteral("subscriptions")}, .popup = false, .usersToHandle = 0});
    row("blocker-several.json",
        {.exitCode = 3, .orgName = QStringLiteral("Many Blockers Corp"),
         .blockers = {QStringLiteral("subscriptions"), QStringLiteral("linked_sites"),
                      QStringLiteral("directory_sync"), QStringLiteral("multiple_managed_by"),
                      QStringLiteral("managed_orgs")},
         .popup = false, .usersToHandle = 2});
}

void TestCli::checkJson()
{
    QFETCH(QString, path);
    QFETCH(VerdictCase, expected);

    const Result r = run(
        {QStringLiteral("--check"), QStringLiteral("--scenario"), path, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == expected.exitCode, qPrintable(describe(r)));
    QString why;
    const QJsonObject v = parseVerdict(r, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why + QLatin1Char('\n') + describe(r)));
    QCOMPARE(
        v.value(QStringLiteral("org")).toObject().value(QStringLiteral("displayName")).toString(),
        expected.orgName);
    QVERIFY(!v.value(QStringLiteral("org"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString()
                 .isEmpty());
    QVERIFY(v.value(QStringLiteral("eligible")).isBool());
    QCOMPARE(v.value(QStringLiteral("eligible")).toBool(), expected.exitCode == 0);
    const QJsonValue c = v.value(QStringLiteral("criterion"));
    QCOMPARE(c.isNull() ? QString() : c.toString(), expected.criterion);
    QCOMPARE(codes(v), expected.blockers);
    QCOMPARE(v.value(QStringLiteral("popup")).toBool(), expected.popup);
    QCOMPARE(v.value(QStringLiteral("usersToHandle")).toInt(-1), expected.usersToHandle);
    QVERIFY(v.value(QStringLiteral("unknown")).isArray());
    QCOMPARE(strings(v.value(QStringLiteral("unknown"))), QStringList());
    for (const QJsonValue &b : v.value(QStringLiteral("blockers")).toArray()) {
        QVERIFY(!b.toObject().value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!b.toObject().value(QStringLiteral("remedy")).toString().isEmpty());
    }
}

// Examples added later need no new row: the executable must agree with the library.
void TestCli::everyExampleMatchesTheLibrary_data()
{
    wod::test::addExampleScenarioRows();
}

void TestCli::everyExampleMatchesTheLibrary()
{
    QFETCH(QString, path);
    QString error;
    const auto sc = ScenarioLoader::loadFile(path, &error);
    QVERIFY2(sc, qPrintable(error));
    const Verdict expected = EligibilityPolicy::evaluate(sc->toSnapshot());

    const Result r = run(
        {QStringLiteral("--check"), QStringLiteral("--json"), QStringLiteral("--scenario"), path});
    QVERIFY2(r.exitCode == (expected.eligible ? 0 : 3), qPrintable(describe(r)));
    QString why;
    const QJsonObject v = parseVerdict(r, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QStringList expectedCodes;
    for (const Blocker &b : expected.blockers)
        expectedCodes.append(toWireName(b.code));
    QCOMPARE(codes(v), expectedCodes);
    QCOMPARE(v.value(QStringLiteral("eligible")).toBool(), expected.eligible);
    QCOMPARE(v.value(QStringLiteral("popup")).toBool(), expected.popup);
    QCOMPARE(v.value(QStringLiteral("usersToHandle")).toInt(-1), expected.usersToHandle);
    const QJsonValue c = v.value(QStringLiteral("criterion"));
    QCOMPARE(c.isNull() ? QString() : c.toString(),
             expected.criterion ? toWireName(*expected.criterion) : QString());
}

void TestCli::checkDefaultsToDemo()
{
    const Result r = run({QStringLiteral("--check"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QString why;
    const QJsonObject v = parseVerdict(r, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(
        v.value(QStringLiteral("org")).toObject().value(QStringLiteral("displayName")).toString(),
        QStringLiteral("Northwind Trial"));
    QCOMPARE(v.value(QStringLiteral("usersToHandle")).toInt(), 11);
}

void TestCli::checkText_data()
{
    wod::test::addColumns<QString, int, QStringList>("path", "exitCode", "contains");
    QTest::newRow("demo: eligible")
        << scenario("demo.json") << 0
        << QStringList{QStringLiteral("Northwind Trial"), QStringLiteral("[ OK ]"),
                       QStringLiteral("[INFO]"), QStringLiteral("Eligible:")};
    QTest::newRow("linked sites: not eligible")
        << scenario("blocker-linked-sites.json") << 3
        << QStringList{QStringLiteral("[FAIL]"), QStringLiteral("[ OK ]"),
                       QStringLiteral("Org cannot be deleted as it has Linked sites."),
                       QStringLiteral("linkedsitesco.webex.com"), QStringLiteral("Not eligible:")};
    QTest::newRow("partner admin: not eligible")
        << scenario("blocker-partner-admin.json") << 3
        << QStringList{QStringLiteral("[FAIL]"), QStringLiteral("from the partner organization"),
                       QStringLiteral("Partners can't delete organizations for their customers."),
                       QStringLiteral("Not eligible:")};
}

void TestCli::checkText()
{
    QFETCH(QString, path);
    QFETCH(int, exitCode);
    QFETCH(QStringList, contains);
    const Result r = run({QStringLiteral("--check"), QStringLiteral("--scenario"), path});
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    const QString out = QString::fromUtf8(r.out);
    for (const QString &c : contains)
        QVERIFY2(out.contains(c),
                 qPrintable(QStringLiteral("missing \"%1\"\n").arg(c) + describe(r)));
    QVERIFY2(!out.trimmed().startsWith(QLatin1Char('{')), "the human form is not JSON");
}

void TestCli::badScenario_data()
{
    // content: empty with missingFile: no file at all
    // field: must appear in stderr with the file path
    wod::test::addColumns<QByteArray, bool, QString>("content", "missingFile", "field");
    const QByteArray actor(R"("actor":{"email":"a@b.example","roles":["Full Administrator"]})");
    QTest::newRow("file does not exist") << QByteArray() << true << QStringLiteral("cannot read");
    QTest::newRow("syntax error: line and column")
        << QByteArray("{\n  \"org\": {\"id\": \"o\",}\n}") << false << QStringLiteral(":2:");
    QTest::newRow("missing org") << QByteArray("{" + actor + "}") << false
                                 << QStringLiteral(": org: ");
    QTest::newRow("unknown subscription type")
        << QByteArray(R"({"org":{"id":"o","displayName":"N"},)" + actor +
                      R"(,"subscriptions":[{"id":"s","type":"trail","status":"active"}]})")
        << false << QStringLiteral(": subscriptions[0].type: unknown value \"trail\"");
    QTest::newRow("wrong type") << QByteArray(R"({"org":{"id":"o","displayName":"N"},)" + actor +
                                              R"(,"directorySync":"no"})")
                                << false << QStringLiteral(": directorySync: ");
    QTest::newRow("duplicate user")
        << QByteArray(R"({"org":{"id":"o","displayName":"N"},)" + actor +
                      R"(,"users":[{"email":"x@b.example"},{"email":"X@b.example"}]})")
        << false << QStringLiteral(": users[1].email: duplicate");
}

void TestCli::badScenario()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, missingFile);
    QFETCH(QString, field);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken-scenario.json"));
    if (!missingFile) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--json")}}) {
        const Result r =
            run(QStringList{QStringLiteral("--check"), QStringLiteral("--scenario"), path} + extra);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(path), qPrintable(QStringLiteral("file not named\n") + describe(r)));
        QVERIFY2(err.contains(field),
                 qPrintable(QStringLiteral("field not named\n") + describe(r)));
        QVERIFY2(r.out.trimmed().isEmpty(),
                 qPrintable(QStringLiteral("nothing else done\n") + describe(r)));
    }
}

void TestCli::usage_data()
{
    wod::test::addColumns<QStringList, int, QString, QString>("args", "exitCode", "stdoutContains",
                                                              "stderrContains");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0
                            << QStringLiteral("--check") << QString();
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << 0 << QStringLiteral("--scenario")
                        << QString();
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0
                               << QStringLiteral("webex-org-delete") << QString();
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--frobnicate")} << 2 << QString()
                                  << QStringLiteral("frobnicate");
    QTest::newRow("--scenario without a value")
        << QStringList{QStringLiteral("--check"), QStringLiteral("--scenario")} << 2 << QString()
        << QStringLiteral("scenario");
    QTest::newRow("positional argument")
        << QStringList{QStringLiteral("--check"), QStringLiteral("demo.json")} << 2 << QString()
        << QStringLiteral("demo.json");
    QTest::newRow("two modes") << QStringList{QStringLiteral("--check"), QStringLiteral("--delete")}
                               << 2 << QString() << QStringLiteral("--check");
    QTest::newRow("--json without a mode")
        << QStringList{QStringLiteral("--json")} << 2 << QString() << QStringLiteral("--json");
    QTest::newRow("--token x refused")
        << QStringList{QStringLiteral("--check"), QStringLiteral("--token"), QStringLiteral("x")}
        << 2 << QString() << QStringLiteral("--token-file");
    QTest::newRow("--token=x refused") << QStringList{QStringLiteral("--token=secret-value")} << 2
                                       << QString() << QStringLiteral("WEBEX_ACCESS_TOKEN");
    QTest::newRow("--scenario with --api-url")
        << QStringList{QStringLiteral("--check"), QStringLiteral("--scenario"),
                       scenario("demo.json"), QStringLiteral("--api-url"),
                       QStringLiteral("https://127.0.0.1:9/v1")}
        << 2 << QString() << QStringLiteral("--api-url");
}

void TestCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutContains);
    QFETCH(QString, stderrContains);
    const Result r = run(args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.out).contains(stdoutContains), qPrintable(describe(r)));
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), qPrintable(describe(r)));
    // a refused token never echoes back
    QVERIFY2(!r.out.contains("secret-value") && !r.err.contains("secret-value"),
             qPrintable(describe(r)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
