// WebexId: /v1 ids are unpadded base64 of "ciscospark://us/<TYPE>/<uuid>"; round trips both ways
// and accepts either form.

#include "DataColumns.h"
#include "WebexId.h"

#include <QtTest>

using namespace wod;

class TestWebexId : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void knownIds_data();
    void knownIds();
    void notAnId_data();
    void notAnId();
};

void TestWebexId::roundTrip_data()
{
    wod::test::addColumns<QString, QString>("type", "uuid");
    // uuids of several lengths mod 3 so that padding would be 0, 1 or 2 characters
    QTest::newRow("organization") << QStringLiteral("ORGANIZATION")
                                  << QStringLiteral("1f2a3b4c-5d6e-4f70-8192-a3b4c5d6e7f8");
    QTest::newRow("people") << QStringLiteral("PEOPLE")
                            << QStringLiteral("00000000-0000-4000-8000-000000000001");
    QTest::newRow("license") << QStringLiteral("LICENSE") << QStringLiteral("abc");
    QTest::newRow("short uuid, two padding chars")
        << QStringLiteral("PEOPLE") << QStringLiteral("a");
    QTest::newRow("short uuid, one padding char")
        << QStringLiteral("PEOPLE") << QStringLiteral("ab");
    QTest::newRow("role") << QStringLiteral("ROLE") << QStringLiteral("id_full_admin");
}

void TestWebexId::roundTrip()
{
    QFETCH(QString, type);
    QFETCH(QString, uuid);
    const QString id = WebexId::encode(type, uuid);
    QVERIFY2(!id.contains(QLatin1Char('=')), qPrintable(QStringLiteral("padded: ") + id));
    QCOMPARE(QString::fromLatin1(QByteArray::fromBase64(id.toLatin1())),
             QStringLiteral("ciscospark://us/%1/%2").arg(type, uuid));
    QCOMPARE(WebexId::toUuid(id), uuid);
    QCOMPARE(WebexId::typeOf(id), type);
    // a padded copy is accepted too
    QString padded = id;
    while (padded.size() % 4)
        padded += QLatin1Char('=');
    QCOMPARE(WebexId::toUuid(padded), uuid);
    QCOMPARE(WebexId::typeOf(padded), type);
    // the bare uuid passes through
    QCOMPARE(WebexId::toUuid(uuid), uuid);
}

void TestWebexId::knownIds_data()
{
    wod::test::addColumns<QString, QString, QString>("id", "type", "uuid");
    QTest::newRow("demo organization")
        << QStringLiteral("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8xZjJhM2I0Yy01ZDZlLTRmNzAtODE5Mi1h"
                          "M2I0YzVkNmU3Zjg")
        << QStringLiteral("ORGANIZATION") << QStringLiteral("1f2a3b4c-5d6e-4f70-8192-a3b4c5d6e7f8");
    QTest::newRow("example organization 13")
        << QStringLiteral("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8wMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0w"
                          "MDAwMDAwMDAwMTM")
        << QStringLiteral("ORGANIZATION") << QStringLiteral("00000000-0000-4000-8000-000000000013");
}

void TestWebexId::knownIds()
{
    QFETCH(QString, id);
    QFETCH(QString, type);
    QFETCH(QString, uuid);
    QCOMPARE(WebexId::toUuid(id), uuid);
    QCOMPARE(WebexId::typeOf(id), type);
    QCOMPARE(WebexId::encode(type, uuid), id);
}

void TestWebexId::notAnId_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("bare uuid") << QStringLiteral("1f2a3b4c-5d6e-4f70-8192-a3b4c5d6e7f8");
    QTest::newRow("empty") << QString();
    QTest::newRow("base64 of something else") << QStringLiteral("aGVsbG8gd29ybGQ"); // "hello world"
    QTest::newRow("not base64") << QStringLiteral("not*base64!");
    QTest::newRow("email") << QStringLiteral("dana@example.com");
}

void TestWebexId::notAnId()
{
    QFETCH(QString, input);
    QCOMPARE(WebexId::toUuid(input), input);
    QVERIFY(WebexId::typeOf(input).isEmpty());
}

QTEST_GUILESS_MAIN(TestWebexId)
#include "tst_webexid.moc"
