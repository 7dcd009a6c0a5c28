// ConflictParser: Webex 409 bodies to blocker codes. The six documented messages exactly, the help
// article's variants, several conditions at once, the message-vs-errors[] rule of its header,
// unknown texts kept verbatim, tracking IDs, and a clear error for garbage.

#include "ConflictParser.h"
#include "DataColumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace wod;

class TestConflictParser : public QObject
{
    Q_OBJECT

private slots:
    void documentedMessagesAreTheCatalogMessages_data();
    void documentedMessagesAreTheCatalogMessages();
    void parse_data();
    void parse();
    void garbage_data();
    void garbage();
    void classify_data();
    void classify();
};

namespace {

QByteArray body(const QString &message, const QStringList &descriptions = {},
                const QString &trackingId = QStringLiteral("ROUTER_1234"))
{
    QJsonObject o;
    if (!message.isNull())
        o.insert(QStringLiteral("message"), message);
    if (!descriptions.isEmpty()) {
        QJsonArray errors;
        for (const QString &d : descriptions)
            errors.append(QJsonObject{{QStringLiteral("description"), d}});
        o.insert(QStringLiteral("errors"), errors);
    }
    if (!trackingId.isNull())
        o.insert(QStringLiteral("trackingId"), trackingId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

// The six messages, word for word from the source document.
const char *const kLinked = "Org cannot be deleted as it has Linked sites.";
const char *const kSubs = "Org cannot be deleted as it has active subscriptions or licenses.";
const char *const kDirSync = "Org cannot be deleted as Directory Synchronization is enabled.";
const char *const kUsers = "Org cannot be deleted as it has more than 1 user.";
const char *const kManagedBy =
    "Org cannot be deleted as it has more than 1 managed by relationship.";
const char *const kManagedOrgs = "Org cannot be deleted as it has managed orgs.";

QString S(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

void TestConflictParser::documentedMessagesAreTheCatalogMessages_data()
{
    wod::test::addColumns<QString, QString>("documented", "code");
    QTest::newRow("linked_sites") << S(kLinked) << QStringLiteral("linked_sites");
    QTest::newRow("subscriptions") << S(kSubs) << QStringLiteral("subscriptions");
    QTest::newRow("directory_sync") << S(kDirSync) << QStringLiteral("directory_sync");
    QTest::newRow("multiple_users") << S(kUsers) << QStringLiteral("multiple_users");
    QTest::newRow("multiple_managed_by") << S(kManagedBy) << QStringLiteral("multiple_managed_by");
    QTest::newRow("managed_orgs") << S(kManagedOrgs) << QStringLiteral("managed_orgs");
}

// The checklist shows the document's words: the catalog message of each code is the 409 text.
void TestConflictParser::documentedMessagesAreTheCatalogMessages()
{
    QFETCH(QString, documented);
    QFETCH(QString, code);
    const auto c = blockerCodeFromWire(code);
    QVERIFY(c);
    QCOMPARE(blockerMessage(*c), documented);
}

void TestConflictParser::parse_data()
{
    // codes: in order of first appearance
    // unknowns: verbatim texts of the unknown blockers, in order
    wod::test::addColumns<QByteArray, QStringList, QStringList, QString>("body", "codes",
                                                                         "unknowns", "trackingId");

    const QString tid = QStringLiteral("ROUTER_1234");
    // Each documented message, as the message and as an errors[] description
    const struct
    {
        const char *tag;
        const char *text;
        const char *code;
    } six[] = {{"linked sites", kLinked, "linked_sites"},
               {"active subscriptions", kSubs, "subscriptions"},
               {"directory synchronization", kDirSync, "directory_sync"},
               {"more than 1 user", kUsers, "multiple_users"},
               {"more than 1 managed by", kManagedBy, "multiple_managed_by"},
               {"managed orgs", kManagedOrgs, "managed_orgs"}};
    for (const auto &m : six) {
        QTest::addRow("message: %s", m.tag)
            << body(S(m.text), {}) << QStringList{S(m.code)} << QStringList() << tid;
        QTest::addRow("errors[]: %s", m.tag)
            << body(QString(), {S(m.text)}) << QStringList{S(m.code)} << QStringList() << tid;
    }

    // The help article's variants and harmless spelling differences
    QTest::newRow("variant: more than one user")
        << body(QStringLiteral("Org cannot be deleted as it has more than one user."))
        << L({"multiple_users"}) << QStringList() << tid;
    QTest::newRow("variant: more than one users")
        << body(QStringLiteral("Org cannot be deleted as it has more than one users"))
        << L({"multiple_users"}) << QStringList() << tid;
    QTest::newRow("variant: more than one managed by relationship")
        << body(QStringLiteral(
               "Org cannot be deleted as it has more than one managed by relationship."))
        << L({"multiple_managed_by"}) << QStringList() << tid;
    QTest::newRow("variant: more than 1 managed-by relationships")
        << body(QStringLiteral(
               "Org cannot be deleted as it has more than 1 managed-by relationships."))
        << L({"multiple_managed_by"}) << QStringList() << tid;
    QTest::newRow("variant: lowercase linked sites")
        << body(QStringLiteral("Org cannot be deleted as it has linked sites."))
        << L({"linked_sites"}) << QStringList() << tid;
    QTest::newRow("variant: Organization and managed organizations")
        << body(QStringLiteral("Organization cannot be deleted as it has managed organizations."))
        << L({"managed_orgs"}) << QStringList() << tid;
    QTest::newRow("variant: Directory Sync is enabled")
        << body(QStringLiteral("Org cannot be deleted as Directory Sync is enabled"))
        << L({"directory_sync"}) << QStringList() << tid;
    QTest::newRow("variant: no final period, extra spaces, upper case")
        << body(QStringLiteral(
               "  ORG CANNOT BE DELETED AS  IT HAS\tACTIVE SUBSCRIPTIONS OR LICENSES "))
        << L({"subscriptions"}) << QStringList() << tid;

    // Several conditions at once
    QTest::newRow("several in one message, period separated")
        << body(S(kLinked) + QLatin1Char(' ') + S(kDirSync) + QLatin1Char(' ') + S(kManagedOrgs))
        << L({"linked_sites", "directory_sync", "managed_orgs"}) << QStringList() << tid;
    QTest::newRow("several in one message, no space after the period")
        << body(S(kSubs) + S(kUsers)) << L({"subscriptions", "multiple_users"}) << QStringList()
        << tid;
    QTest::newRow("several in one message, semicolons and a line break")
        << body(
               QStringLiteral("Org cannot be deleted as it has Linked sites; Org cannot be deleted "
                              "as it has managed orgs\nOrg cannot be deleted as it has more than 1 "
                              "user"))
        << L({"linked_sites", "managed_orgs", "multiple_users"}) << QStringList() << tid;
    QTest::newRow("all six in errors[]")
        << body(QString(),
                {S(kLinked), S(kSubs), S(kDirSync), S(kUsers), S(kManagedBy), S(kManagedOrgs)})
        << L({"linked_sites", "subscriptions", "directory_sync", "multiple_users",
              "multiple_managed_by", "managed_orgs"})
        << QStringList() << tid;
    QTest::newRow("same condition twice gives one blocker")
        << body(S(kLinked),
                {S(kLinked), QStringLiteral("org cannot be deleted as it has linked sites")})
        << L({"linked_sites"}) << QStringList() << tid;

    // message vs errors[] (the rule in ConflictParser.h)
    QTest::newRow("unknown summary message with recognised errors[]: summary not repeated")
        << body(QStringLiteral("Conflict"), {S(kLinked), S(kDirSync)})
        << L({"linked_sites", "directory_sync"}) << QStringList() << tid;
    QTest::newRow("recognised message adds to recognised errors[]")
        << body(S(kManagedOrgs), {S(kLinked)}) << L({"linked_sites", "managed_orgs"})
        << QStringList() << tid;
    QTest::newRow("recognised message with unknown errors[]: both kept")
        << body(S(kSubs), {QStringLiteral("Org has a pending migration.")})
        << L({"unknown", "subscriptions"}) << L({"Org has a pending migration."}) << tid;
    QTest::newRow("unknown message with unknown errors[]: errors kept, summary not repeated")
        << body(QStringLiteral("Conflict"), {QStringLiteral("Org has a pending migration.")})
        << L({"unknown"}) << L({"Org has a pending migration."}) << tid;
    QTest::newRow("unknown message, empty errors[]: message kept verbatim")
        << body(QStringLiteral("The org is locked by a pending order (ref 42)."), {})
        << L({"unknown"}) << L({"The org is locked by a pending order (ref 42)."}) << tid;
    QTest::newRow("errors[] without description: message decides")
        << QByteArray(
               R"({"message":"Org cannot be deleted as it has managed orgs.","errors":[{}]})")
        << L({"managed_orgs"}) << QStringList() << QString();

    // Unknown texts: never dropped, never split mid-sentence
    QTest::newRow("lead-in inside a sentence stays one verbatim unknown")
        << body(QStringLiteral("Your org cannot be deleted because a legal hold is active."))
        << L({"unknown"}) << L({"Your org cannot be deleted because a legal hold is active."})
        << tid;
    QTest::newRow("documented lead-in, undocumented condition")
        << body(QStringLiteral("Org cannot be deleted as it has pending invoices."))
        << L({"unknown"}) << L({"Org cannot be deleted as it has pending invoices."}) << tid;
    QTest::newRow("known and unknown sentences in one message")
        << body(S(kLinked) + QStringLiteral(" Org cannot be deleted as it has pending invoices."))
        << L({"linked_sites", "unknown"})
        << L({"Org cannot be deleted as it has pending invoices."}) << tid;
    QTest::newRow("prefix before a documented sentence is kept too")
        << body(QStringLiteral("Conflict: ") + S(kDirSync)) << L({"unknown", "directory_sync"})
        << L({"Conflict:"}) << tid;
    QTest::newRow("two different unknown descriptions: two blockers")
        << body(QString(), {QStringLiteral("Reason A"), QStringLiteral("Reason B"),
                            QStringLiteral("Reason A")})
        << L({"unknown", "unknown"}) << L({"Reason A", "Reason B"}) << tid;
    QTest::newRow("non-ASCII unknown kept verbatim")
        << body(QStringLiteral("Löschen nicht möglich – Vertrag aktiv")) << L({"unknown"})
        << L({"Löschen nicht möglich – Vertrag aktiv"}) << tid;

    // trackingId
    QTest::newRow("trackingId absent: empty")
        << body(S(kLinked), {}, QString()) << L({"linked_sites"}) << QStringList() << QString();
    QTest::newRow("trackingId of the real shape")
        << body(S(kUsers), {S(kUsers)},
                QStringLiteral("ROUTER_6550F1C3-F2A9-4D25-B5E1-6B7F4E3D2C1A"))
        << L({"multiple_users"}) << QStringList()
        << QStringLiteral("ROUTER_6550F1C3-F2A9-4D25-B5E1-6B7F4E3D2C1A");
    QTest::newRow("null message and errors[] description only")
        << QByteArray(
               R"({"message":null,"errors":[{"description":"Org cannot be deleted as it has Linked sites."}],"trackingId":"T1"})")
        << L({"linked_sites"}) << QStringList() << QStringLiteral("T1");
}

void TestConflictParser::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, unknowns);
    QFETCH(QString, trackingId);

    QString error;
    const auto report = ConflictParser::parse(body, &error);
    QVERIFY2(report, qPrintable(QStringLiteral("parse failed: ") + error));
    QStringList gotCodes;
    QStringList gotUnknowns;
    for (const Blocker &b : report->blockers) {
        gotCodes.append(toWireName(b.code));
        QVERIFY2(!b.remedy.isEmpty(), "every blocker has a remedy");
        if (b.code == BlockerCode::Unknown)
            gotUnknowns.append(b.message);
        else
            QCOMPARE(b.message, blockerMessage(b.code));
    }
    QCOMPARE(gotCodes, codes);
    QCOMPARE(gotUnknowns, unknowns);
    QCOMPARE(report->trackingId, trackingId);
}

void TestConflictParser::garbage_data()
{
    // expected: part of the error message
    wod::test::addColumns<QByteArray, QString>("body", "expected");

    QTest::newRow("empty body") << QByteArray() << QStringLiteral("not JSON");
    QTest::newRow("plain text") << QByteArray("Conflict") << QStringLiteral("not JSON");
    QTest::newRow("HTML error page")
        << QByteArray("<html><body>409 Conflict</body></html>") << QStringLiteral("not JSON");
    QTest::newRow("truncated JSON")
        << QByteArray(R"({"message":"Org cannot)") << QStringLiteral("not JSON");
    QTest::newRow("a JSON list") << QByteArray(R"(["Org cannot be deleted"])")
                                 << QStringLiteral("not a JSON object");
    // Qt 6.4 refuses a top-level scalar as "not JSON"; either wording names the problem.
    QTest::newRow("a JSON string")
        << QByteArray(R"("Org cannot be deleted")") << QStringLiteral("The 409 response is not");
    QTest::newRow("empty object") << QByteArray("{}")
                                  << QStringLiteral("neither a message nor error descriptions");
    QTest::newRow("blank message, empty errors")
        << QByteArray(R"({"message":"   ","errors":[]})")
        << QStringLiteral("neither a message nor error descriptions");
    QTest::newRow("only a trackingId")
        << QByteArray(R"({"trackingId":"T"})")
        << QStringLiteral("neither a message nor error descriptions");
    QTest::newRow("message is a number")
        << QByteArray(R"({"message":409})") << QStringLiteral("\"message\" is not a string");
    QTest::newRow("message is an object") << QByteArray(R"({"message":{"text":"x"}})")
                                          << QStringLiteral("\"message\" is not a string");
    QTest::newRow("errors is a string") << QByteArray(R"({"message":"x","errors":"x"})")
                                        << QStringLiteral("\"errors\" is not a list");
    QTest::newRow("errors entry is a string")
        << QByteArray(R"({"errors":["x"]})") << QStringLiteral("is not an object");
}

void TestConflictParser::garbage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QString error;
    const auto report = ConflictParser::parse(body, &error);
    QVERIFY2(!report, "garbage must not parse");
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("409")), qPrintable(error));
    QVERIFY(!ConflictParser::parse(body)); // no error pointer: still safe
}

void TestConflictParser::classify_data()
{
    // code: empty: not a documented condition
    wod::test::addColumns<QString, QString>("sentence", "code");
    QTest::newRow("documented") << S(kManagedBy) << QStringLiteral("multiple_managed_by");
    QTest::newRow("one word too many")
        << QStringLiteral("Org cannot be deleted as it has many managed orgs") << QString();
    QTest::newRow("prefix only") << QStringLiteral("Org cannot be deleted") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("more than 2 users is not the documented text")
        << QStringLiteral("Org cannot be deleted as it has more than 2 users") << QString();
}

void TestConflictParser::classify()
{
    QFETCH(QString, sentence);
    QFETCH(QString, code);
    const auto c = ConflictParser::classify(sentence);
    QCOMPARE(c ? toWireName(*c) : QString(), code);
}

QTEST_GUILESS_MAIN(TestConflictParser)
#include "tst_conflictparser.moc"
