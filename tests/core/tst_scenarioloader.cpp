// ScenarioLoader: every shipped example loads; every malformed file gives one clear error naming
// the file and the field (line and column for JSON syntax errors); defaults and the way users,
// actor and generatedUsers combine.

#include "DataColumns.h"
#include "ExampleScenarioRows.h"
#include "EligibilityPolicy.h"
#include "ScenarioLoader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace wod;

class TestScenarioLoader : public QObject
{
    Q_OBJECT

private slots:
    void examplesLoad_data();
    void examplesLoad();
    void demoIsTheDocumentedDemo();
    void errors_data();
    void errors();
    void syntaxErrorNamesLineAndColumn_data();
    void syntaxErrorNamesLineAndColumn();
    void unreadableFile();
    void defaults();
    void usersActorAndGeneratedUsers_data();
    void usersActorAndGeneratedUsers();
    void unknownTopLevelKeysAreIgnored();
    void faultsAndSandboxArePassedThrough();
    void subscriptionExpiry();
};

namespace {

QString scenarioDir()
{
    return qEnvironmentVariable("WOD_SCENARIO_DIR");
}

// A complete, valid scenario; error rows break one field of it.
QJsonObject base()
{
    return QJsonObject{
        {QStringLiteral("org"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("org-1")},
                     {QStringLiteral("displayName"), QStringLiteral("Acme")}}},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("email"), QStringLiteral("dana@acme.example")},
                     {QStringLiteral("displayName"), QStringLiteral("Dana")},
                     {QStringLiteral("roles"), QJsonArray{QStringLiteral("Full Administrator")}},
                     {QStringLiteral("partnerOrg"), QJsonValue::Null}}},
        {QStringLiteral("subscriptions"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("S1")},
                                {QStringLiteral("type"), QStringLiteral("free")},
                                {QStringLiteral("status"), QStringLiteral("active")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("S2")},
                                {QStringLiteral("type"), QStringLiteral("free")},
                                {QStringLiteral("status"), QStringLiteral("expired")}}}},
        {QStringLiteral("users"),
         QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("alex@acme.example")},
                                {QStringLiteral("displayName"), QStringLiteral("Alex")}},
                    QJsonObject{{QStringLiteral("email"), QStringLiteral("mei@acme.example")}},
                    QJsonObject{{QStringLiteral("email"), QStringLiteral("ravi@acme.example")}}}},
        {QStringLiteral("generatedUsers"), 0},
        {QStringLiteral("linkedSites"), QJsonArray()},
        {QStringLiteral("directorySync"), false},
        {QStringLiteral("managedBy"), QJsonArray()},
        {QStringLiteral("managedOrgs"), QJsonArray()},
    };
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

// Sets one value at a dotted path ("actor.roles", "subscriptions.1.type"); an undefined value
// removes the key.
QJsonValue setAt(QJsonValue node, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const int i = head.toInt();
        a[i] = path.isEmpty() ? value : setAt(a.at(i), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined())
            o.remove(head);
        else
            o.insert(head, value);
    } else {
        o.insert(head, setAt(o.value(head), path, value));
    }
    return o;
}

QByteArray with(const char *path, const QJsonValue &value)
{
    return bytes(
        setAt(base(), QString::fromLatin1(path).split(QLatin1Char('.')), value).toObject());
}

QJsonObject user(const char *email)
{
    return QJsonObject{{QStringLiteral("email"), QString::fromLatin1(email)}};
}

} // namespace

void TestScenarioLoader::examplesLoad_data()
{
    wod::test::addExampleScenarioRows();
}

void TestScenarioLoader::examplesLoad()
{
    QFETCH(QString, path);
    QString error;
    const auto sc = ScenarioLoader::loadFile(path, &error);
    QVERIFY2(sc, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(sc->sourceName, path);
    QVERIFY(!sc->orgId.isEmpty());
    QVERIFY(!sc->orgDisplayName.isEmpty());
    // The file name states what the example demonstrates.
    const QString name = QFileInfo(path).completeBaseName();
    const Verdict v = EligibilityPolicy::evaluate(sc->toSnapshot());
    QVERIFY2(v.unknown.isEmpty(), "a scenario describes the whole truth");
    if (name.startsWith(QLatin1String("criterion-"))) {
        QVERIFY2(v.eligible, qPrintable(name));
        QVERIFY(v.criterion);
        QCOMPARE(QString(toWireName(*v.criterion)).replace(QLatin1Char('_'), QLatin1Char('-')),
                 name.mid(int(qstrlen("criterion-"))));
    } else if (name.startsWith(QLatin1String("blocker-"))) {
        QVERIFY2(!v.eligible, qPrintable(name));
    }
}

void TestScenarioLoader::demoIsTheDocumentedDemo()
{
    QString error;
    const auto sc =
        ScenarioLoader::loadFile(QDir(scenarioDir()).filePath(QStringLiteral("demo.json")), &error);
    QVERIFY2(sc, qPrintable(error));
    QCOMPARE(sc->orgDisplayName, QStringLiteral("Northwind Trial"));
    QCOMPARE(sc->users.size(), 12);
    QCOMPARE(sc->users.constFirst().email, sc->actor.email);
    const Verdict v = EligibilityPolicy::evaluate(sc->toSnapshot());
    QVERIFY(v.eligible);
    QVERIFY(v.popup);
    QCOMPARE(v.usersToHandle, 11);
}

void TestScenarioLoader::errors_data()
{
    // field: the message must start with "t.json: <field>: "
    // detail: and contain this
    wod::test::addColumns<QByteArray, QString, QString>("json", "field", "detail");

    const QJsonValue undefined(QJsonValue::Undefined);
    auto row = [](const char *tag, const QByteArray &json, const char *field, const char *detail) {
        QTest::newRow(tag) << json << QString::fromLatin1(field) << QString::fromUtf8(detail);
    };

    // org
    row("missing org", with("org", undefined), "org", "is required");
    row("org is a string", with("org", QStringLiteral("Acme")), "org",
        "expected an object, found a string");
    row("org is null", with("org", QJsonValue::Null), "org", "expected an object, found null");
    row("org.id missing", with("org.id", undefined), "org.id", "is required");
    row("org.id is a number", with("org.id", 7), "org.id", "expected a string, found a number");
    row("org.id empty", with("org.id", QStringLiteral(" ")), "org.id", "must not be empty");
    row("org.displayName missing", with("org.displayName", undefined), "org.displayName",
        "is required");
    row("org.displayName null", with("org.displayName", QJsonValue::Null), "org.displayName",
        "expected a string, found null");
    row("org.created not a date", with("org.created", QStringLiteral("yesterday")), "org.created",
        "\"yesterday\"");
    // actor
    row("missing actor", with("actor", undefined), "actor", "is required");
    row("actor is a list", with("actor", QJsonArray()), "actor",
        "expected an object, found a list");
    row("actor.email missing", with("actor.email", undefined), "actor.email", "is required");
    row("actor.email not an address", with("actor.email", QStringLiteral("dana")), "actor.email",
        "\"dana\" is not an email address");
    row("actor.roles is a string", with("actor.roles", QStringLiteral("Full Administrator")),
        "actor.roles", "expected a list, found a string");
    row("actor.roles[1] is a number",
        with("actor.roles", QJsonArray{QStringLiteral("Full Administrator"), 3}), "actor.roles[1]",
        "expected a string, found a number");
    row("actor.partnerOrg is true", with("actor.partnerOrg", true), "actor.partnerOrg",
        "expected a string, found a boolean");
    // subscriptions
    row("subscriptions is an object", with("subscriptions", QJsonObject()), "subscriptions",
        "expected a list, found an object");
    row("subscriptions[0] is a string", with("subscriptions.0", QStringLiteral("free")),
        "subscriptions[0]", "expected an object, found a string");
    row("subscriptions[1].type unknown", with("subscriptions.1.type", QStringLiteral("trail")),
        "subscriptions[1].type",
        "unknown value \"trail\" (expected partner_trial, online_trial, free or paid)");
    row("subscriptions[1].type wrong case", with("subscriptions.1.type", QStringLiteral("Free")),
        "subscriptions[1].type", "unknown value \"Free\"");
    row("subscriptions[0].status unknown",
        with("subscriptions.0.status", QStringLiteral("cancelled")), "subscriptions[0].status",
        "unknown value \"cancelled\" (expected active, expired or suspended)");
    row("subscriptions[1].expires not a date", with("subscriptions.1.expires", QStringLiteral("3/11/2026")),
        "subscriptions[1].expires", "expected an ISO 8601 date (YYYY-MM-DD), found \"3/11/2026\"");
    row("subscriptions[1].expires with a time", with("subscriptions.1.expires", QStringLiteral("2026-11-03T10:00:00Z")),
        "subscriptions[1].expires", "expected an ISO 8601 date (YYYY-MM-DD)");
    row("subscriptions[1].expires empty", with("subscriptions.1.expires", QString()),
        "subscriptions[1].expires", "expected an ISO 8601 date (YYYY-MM-DD), found \"\"");
    row("subscriptions[1].expires is a number", with("subscriptions.1.expires", 20261103),
        "subscriptions[1].expires", "expected a string, found a number");
    row("subscriptions[0].type missing", with("subscriptions.0.type", undefined),
        "subscriptions[0].type", "is required");
    row("subscriptions[1].status is a number", with("subscriptions.1.status", 1),
        "subscriptions[1].status", "expected a string, found a number");
    row("subscriptions[1].id duplicate", with("subscriptions.1.id", QStringLiteral("S1")),
        "subscriptions[1].id", "duplicate subscription id \"S1\"");
    row("subscriptions[0].id empty", with("subscriptions.0.id", QString()), "subscriptions[0].id",
        "must not be empty");
    // users
    row("users is a string", with("users", QStringLiteral("alex@acme.example")), "users",
        "expected a list, found a string");
    row("users[1] is a string", with("users.1", QStringLiteral("mei@acme.example")), "users[1]",
        "expected an object, found a string");
    row("users[0].email missing", with("users.0.email", undefined), "users[0].email",
        "is required");
    row("users[2].email not an address", with("users.2.email", QStringLiteral("ravi")),
        "users[2].email", "\"ravi\" is not an email address");
    row("users[2].email duplicate ignoring case",
        with("users.2.email", QStringLiteral("ALEX@acme.example")), "users[2].email",
        "duplicate user email \"ALEX@acme.example\"");
    row("users[0].displayName is a number", with("users.0.displayName", 5), "users[0].displayName",
        "expected a string, found a number");
    // generatedUsers
    row("generatedUsers negative", with("generatedUsers", -1), "generatedUsers",
        "expected a whole number from 0 to 1000000, found -1");
    row("generatedUsers fractional", with("generatedUsers", 1.5), "generatedUsers", "found 1.5");
    row("generatedUsers a string", with("generatedUsers", QStringLiteral("10")), "generatedUsers",
        "found a string");
    row("generatedUsers above the limit", with("generatedUsers", 1000001), "generatedUsers",
        "from 0 to 1000000");
    row("generatedUsers astronomically large", with("generatedUsers", 1e300), "generatedUsers",
        "from 0 to 1000000");
    row("generatedUsers collides with a listed user",
        with("users.0.email", QStringLiteral("user000001@acme.example")), "generatedUsers",
        "duplicate user email \"user000001@acme.example\"");
    // conditions
    row("linkedSites is a string", with("linkedSites", QStringLiteral("acme.webex.com")),
        "linkedSites", "expected a list, found a string");
    row("linkedSites[0] is a number", with("linkedSites", QJsonArray{1}), "linkedSites[0]",
        "expected a string, found a number");
    row("linkedSites[1] duplicate",
        with("linkedSites",
             QJsonArray{QStringLiteral("a.webex.com"), QStringLiteral("a.webex.com")}),
        "linkedSites[1]", "duplicate value \"a.webex.com\"");
    row("directorySync is a string", with("directorySync", QStringLiteral("yes")), "directorySync",
        "expected true or false, found a string");
    row("directorySync is 1", with("directorySync", 1), "directorySync",
        "expected true or false, found a number");
    row("managedBy[1] duplicate counts once only",
        with("managedBy", QJsonArray{QStringLiteral("Contoso"), QStringLiteral("Contoso")}),
        "managedBy[1]", "duplicate value \"Contoso\"");
    row("managedBy is an object", with("managedBy", QJsonObject()), "managedBy",
        "expected a list, found an object");
    row("managedOrgs[0] empty", with("managedOrgs", QJsonArray{QString()}), "managedOrgs[0]",
        "must not be empty");
    // sandbox-owned objects
    row("faults is a list", with("faults", QJsonArray()), "faults",
        "expected an object, found a list");
    row("sandbox is a string", with("sandbox", QStringLiteral("public")), "sandbox",
        "expected an object, found a string");
}

void TestScenarioLoader::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, detail);
    // generatedUsers collision row needs synthetic users to exist
    if (QByteArray(QTest::currentDataTag()).contains("collides"))
        json = QJsonDocument([&json] {
                   QJsonObject o = QJsonDocument::fromJson(json).object();
                   o.insert(QStringLiteral("generatedUsers"), 3);
                   return o;
               }())
                   .toJson();
    QString error;
    const auto sc = ScenarioLoader::loadData(json, QStringLiteral("t.json"), &error);
    QVERIFY2(!sc, "a malformed scenario must not load");
    const QString prefix = QStringLiteral("t.json: ") + field + QStringLiteral(": ");
    QVERIFY2(error.startsWith(prefix),
             qPrintable(QStringLiteral("expected prefix \"%1\", got \"%2\"").arg(prefix, error)));
    QVERIFY2(error.contains(detail), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), "one line per error");
}

void TestScenarioLoader::syntaxErrorNamesLineAndColumn_data()
{
    // position: "line:column"
    wod::test::addColumns<QByteArray, QString>("json", "position");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("1:1");
    QTest::newRow("trailing comma on line 3")
        << QByteArray("{\n  \"org\": {\"id\": \"o\", \"displayName\": \"N\"},\n"
                      "  \"actor\": {\"email\": \"a@b.c\",}\n}\n")
        << QStringLiteral("3:30"); // the "}" after the comma
    QTest::newRow("missing comma on line 2")
        << QByteArray("{\n  \"org\": {\"id\": \"o\" \"displayName\": \"N\"}\n}\n")
        << QStringLiteral("2:21"); // the opening quote of "displayName"
    QTest::newRow("unterminated string on line 4")
        << QByteArray("{\n\n\n  \"org\": \"abc\n}") << QStringLiteral("5:2"); // end of data
    QTest::newRow("missing comma after non-ASCII text: columns count characters")
        << QByteArray("{\"org\": {\"displayName\": \"Zürich\" \"id\": \"x\"}}")
        << QStringLiteral("1:34"); // the opening quote of "id"
}

void TestScenarioLoader::syntaxErrorNamesLineAndColumn()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, position);
    QString error;
    QVERIFY(!ScenarioLoader::loadData(json, QStringLiteral("bad.json"), &error));
    const QString prefix =
        QStringLiteral("bad.json:") + position + QStringLiteral(": JSON syntax error: ");
    QVERIFY2(error.startsWith(prefix),
             qPrintable(QStringLiteral("expected prefix \"%1\", got \"%2\"").arg(prefix, error)));
}

void TestScenarioLoader::unreadableFile()
{
    const QString path = QDir::temp().filePath(QStringLiteral("no-such-dir-wod/missing.json"));
    QString error;
    QVERIFY(!ScenarioLoader::loadFile(path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot read the scenario file")),
             qPrintable(error));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString array = dir.filePath(QStringLiteral("array.json"));
    QFile f(array);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[]");
    f.close();
    QVERIFY(!ScenarioLoader::loadFile(array, &error));
    QCOMPARE(error, array + QStringLiteral(": expected a JSON object at the top level"));
}

void TestScenarioLoader::defaults()
{
    const QByteArray minimal(
        R"({"org":{"id":"o1","displayName":"Minimal"},"actor":{"email":"a@m.example"}})");
    QString error;
    const auto sc = ScenarioLoader::loadData(minimal, QStringLiteral("min.json"), &error);
    QVERIFY2(sc, qPrintable(error));
    QVERIFY(sc->subscriptions.isEmpty());
    QVERIFY(sc->linkedSites.isEmpty());
    QVERIFY(!sc->directorySync);
    QVERIFY(sc->managedBy.isEmpty());
    QVERIFY(sc->managedOrgs.isEmpty());
    QCOMPARE(sc->generatedUsers, 0);
    QVERIFY(sc->actor.roles.isEmpty());
    QVERIFY(sc->actor.isMember());
    QCOMPARE(sc->actor.displayName, QStringLiteral("a@m.example"));
    QVERIFY(!sc->orgCreated.isValid());
    QVERIFY(sc->faults.isEmpty());
    QVERIFY(sc->sandbox.isEmpty());
    QCOMPARE(sc->users.size(), 1);
    const OrgSnapshot s = sc->toSnapshot();
    QVERIFY(s.subscriptions && s.linkedSites && s.directorySync && s.managedBy && s.managedOrgs);
    // No role: not a full administrator.
    QCOMPARE(EligibilityPolicy::evaluate(s).blockers.constFirst().code, BlockerCode::NotFullAdmin);

    // null for optional fields means the default, too
    const QByteArray nulls(
        R"({"org":{"id":"o1","displayName":"N","created":null},"actor":{"email":"a@m.example","roles":null,"partnerOrg":null},
        "subscriptions":null,"users":null,"generatedUsers":null,"linkedSites":null,"directorySync":null,"managedBy":null,"managedOrgs":null})");
    QVERIFY2(ScenarioLoader::loadData(nulls, QStringLiteral("nulls.json"), &error),
             qPrintable(error));

    const auto created =
        ScenarioLoader::loadData(with("org.created", QStringLiteral("2026-09-14T09:30:00.000Z")),
                                 QStringLiteral("c.json"), &error);
    QVERIFY2(created, qPrintable(error));
    QCOMPARE(created->orgCreated, QDateTime(QDate(2026, 9, 14), QTime(9, 30), Qt::UTC));
}

// users, actor and generatedUsers combine as documented: the member actor first (added when not
// listed, merged when listed), then the listed users, then the generated ones; a partner actor is
// not a user.
void TestScenarioLoader::usersActorAndGeneratedUsers_data()
{
    wod::test::addColumns<QByteArray, QStringList, int>("json", "emails", "usersToHandle");

    const QByteArray listed = bytes(base());
    QTest::newRow("member actor not listed: added first")
        << listed
        << QStringList{QStringLiteral("dana@acme.example"), QStringLiteral("alex@acme.example"),
                       QStringLiteral("mei@acme.example"), QStringLiteral("ravi@acme.example")}
        << 3;
    QTest::newRow("member actor listed (other case): not duplicated")
        << with("users.1", user("DANA@acme.example"))
        << QStringList{QStringLiteral("dana@acme.example"), QStringLiteral("alex@acme.example"),
                       QStringLiteral("ravi@acme.example")}
        << 2;
    QTest::newRow("partner actor: not a user")
        << with("actor.partnerOrg", QStringLiteral("Contoso"))
        << QStringList{QStringLiteral("alex@acme.example"), QStringLiteral("mei@acme.example"),
                       QStringLiteral("ravi@acme.example")}
        << 3;
    QTest::newRow("generated users after the listed ones, in the actor's domain")
        << with("generatedUsers", 2) << QStringList{QStringLiteral("dana@acme.example"),
                                                    QStringLiteral("alex@acme.example"),
                                                    QStringLiteral("mei@acme.example"),
                                                    QStringLiteral("ravi@acme.example"),
                                                    QStringLiteral("user000001@acme.example"),
                                                    QStringLiteral("user000002@acme.example")}
        << 5;
    QTest::newRow("generated users only, no list")
        << bytes(setAt(setAt(base(), {QStringLiteral("users")}, QJsonValue::Undefined),
                       {QStringLiteral("generatedUsers")}, 3)
                     .toObject())
        << QStringList{QStringLiteral("dana@acme.example"),
                       QStringLiteral("user000001@acme.example"),
                       QStringLiteral("user000002@acme.example"),
                       QStringLiteral("user000003@acme.example")}
        << 3;
}

void TestScenarioLoader::usersActorAndGeneratedUsers()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, emails);
    QFETCH(int, usersToHandle);
    QString error;
    const auto sc = ScenarioLoader::loadData(json, QStringLiteral("u.json"), &error);
    QVERIFY2(sc, qPrintable(error));
    QStringList got;
    for (const Person &p : sc->users) {
        got.append(p.email);
        QVERIFY2(!p.displayName.isEmpty(), qPrintable(p.email));
    }
    QCOMPARE(got, emails);
    QCOMPARE(EligibilityPolicy::evaluate(sc->toSnapshot()).usersToHandle, usersToHandle);
}

void TestScenarioLoader::unknownTopLevelKeysAreIgnored()
{
    QJsonObject o = base();
    o.insert(QStringLiteral("futureField"), QJsonObject{{QStringLiteral("x"), 1}});
    QString error;
    QVERIFY2(ScenarioLoader::loadData(bytes(o), QStringLiteral("f.json"), &error),
             qPrintable(error));
}

void TestScenarioLoader::faultsAndSandboxArePassedThrough()
{
    QJsonObject o = base();
    const QJsonObject faults{{QStringLiteral("latencyMs"), 50}};
    const QJsonObject sandbox{{QStringLiteral("publicApiOnly"), true}};
    o.insert(QStringLiteral("faults"), faults);
    o.insert(QStringLiteral("sandbox"), sandbox);
    QString error;
    const auto sc = ScenarioLoader::loadData(bytes(o), QStringLiteral("f.json"), &error);
    QVERIFY2(sc, qPrintable(error));
    QCOMPARE(sc->faults, faults);
    QCOMPARE(sc->sandbox, sandbox);
}

QTEST_GUILESS_MAIN(TestScenarioLoader)

// A subscription's optional expiry date: absent in older files (no date), read when given, and
// said on trial rows in the current locale's words.
void TestScenarioLoader::subscriptionExpiry()
{
    QString error;
    const auto old = ScenarioLoader::loadData(bytes(base()), QStringLiteral("old.json"), &error);
    QVERIFY2(old, qPrintable(error));
    QVERIFY(!old->subscriptions.at(1).expires.isValid());

    QJsonObject root = base();
    root.insert(QStringLiteral("subscriptions"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("T1")},
                                       {QStringLiteral("type"), QStringLiteral("partner_trial")},
                                       {QStringLiteral("status"), QStringLiteral("expired")},
                                       {QStringLiteral("expires"), QStringLiteral("2026-11-03")}},
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("T2")},
                                       {QStringLiteral("type"), QStringLiteral("online_trial")},
                                       {QStringLiteral("status"), QStringLiteral("active")},
                                       {QStringLiteral("expires"), QStringLiteral("2026-12-24")}},
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("F1")},
                                       {QStringLiteral("type"), QStringLiteral("free")},
                                       {QStringLiteral("status"), QStringLiteral("active")},
                                       {QStringLiteral("expires"), QJsonValue::Null}}});
    const auto sc = ScenarioLoader::loadData(bytes(root), QStringLiteral("e.json"), &error);
    QVERIFY2(sc, qPrintable(error));
    QCOMPARE(sc->subscriptions.at(0).expires, QDate(2026, 11, 3));
    QCOMPARE(sc->subscriptions.at(1).expires, QDate(2026, 12, 24));
    QVERIFY(!sc->subscriptions.at(2).expires.isValid());

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(expiryText(sc->subscriptions.at(0)), QStringLiteral("expired on 3 Nov 2026"));
    QCOMPARE(expiryText(sc->subscriptions.at(1)), QStringLiteral("expires on 24 Dec 2026"));
    QCOMPARE(describe(sc->subscriptions.at(0)),
             QStringLiteral("T1 (expired partner-led trial, expired on 3 Nov 2026)"));
    // Only trials say their date; a row without a date reads as before.
    Subscription paid = sc->subscriptions.at(1);
    paid.kind = SubscriptionKind::Paid;
    QVERIFY(expiryText(paid).isEmpty());
    QCOMPARE(describe(old->subscriptions.at(1)), QStringLiteral("S2 (expired free subscription)"));
    // The month in the locale's words.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY2(expiryText(sc->subscriptions.at(1)).contains(QStringLiteral("déc")),
             qPrintable(expiryText(sc->subscriptions.at(1))));
    QLocale::setDefault(before);
}

#include "tst_scenarioloader.moc"
