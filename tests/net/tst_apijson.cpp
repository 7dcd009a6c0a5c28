// ApiJson::serverMessage: the sentence an error body gives the admin, in each shape the service
// answers with. Webex's REST endpoints answer {"message", "errors": [{"description"}]}; its SCIM
// endpoints (/identity/scim/...) answer RFC 7644 3.12 errors, whose sentence is "detail". Without
// it the admin saw only the HTTP reason phrase ("Bad Request"). No network: a pure function.

#include "ApiJson.h"
#include "DataColumns.h"

#include <QTest>

using namespace wod::net;

class TestApiJson : public QObject
{
    Q_OBJECT

private slots:
    void serverMessage_data()
    {
        wod::test::addColumns<QByteArray, QString>("body", "expected");
        QTest::newRow("webex message")
            << QByteArray(R"({"message":"Org has users.","errors":[{"description":"other"}]})")
            << QStringLiteral("Org has users.");
        QTest::newRow("webex errors only")
            << QByteArray(R"({"errors":[{"description":"Person not found."}]})")
            << QStringLiteral("Person not found.");
        QTest::newRow("scim error")
            << QByteArray(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],)"
                          R"("status":"400","scimType":"invalidValue","detail":"count is not a number."})")
            << QStringLiteral("count is not a number.");
        QTest::newRow("message before detail")
            << QByteArray(R"({"message":"First.","detail":"Second."})") << QStringLiteral("First.");
        QTest::newRow("empty description falls through")
            << QByteArray(R"({"errors":[{"description":""}],"detail":"From SCIM."})")
            << QStringLiteral("From SCIM.");
        QTest::newRow("no sentence") << QByteArray(R"({"trackingId":"X"})") << QString();
        QTest::newRow("not json") << QByteArray("<html>502</html>") << QString();
        QTest::newRow("array root") << QByteArray(R"([{"detail":"no"}])") << QString();
        QTest::newRow("detail not a string") << QByteArray(R"({"detail":{"x":1}})") << QString();
    }

    void serverMessage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(ApiJson::serverMessage(body), expected);
    }
};

QTEST_GUILESS_MAIN(TestApiJson)
#include "tst_apijson.moc"
