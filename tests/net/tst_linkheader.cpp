// LinkHeader: RFC 5988 / 8288 Link headers as the pagination of /v1 lists uses them. A malformed
// header must be reported (the client turns it into Kind::Malformed), never crash or loop.

#include "DataColumns.h"
#include "LinkHeader.h"

#include <QTest>

using wod::net::LinkHeader;

class TestLinkHeader : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
};

void TestLinkHeader::find_data()
{
    // next: empty: no next link
    wod::test::addColumns<QByteArray, bool, QString>("header", "valid", "next");

    QTest::newRow("webex next")
        << QByteArray(R"(<https://webexapis.com/v1/people?max=100&cursor=Y3Vy>; rel="next")") << true
        << "https://webexapis.com/v1/people?max=100&cursor=Y3Vy";
    QTest::newRow("sandbox next")
        << QByteArray(R"(<http://127.0.0.1:4321/v1/people?max=3&cursor=3>; rel="next")") << true
        << "http://127.0.0.1:4321/v1/people?max=3&cursor=3";
    QTest::newRow("prev and next, next second")
        << QByteArray(R"(<https://h/v1/p?c=1>; rel="prev", <https://h/v1/p?c=3>; rel="next")") << true
        << "https://h/v1/p?c=3";
    QTest::newRow("unquoted rel") << QByteArray("<https://h/v1/p?c=2>;rel=next") << true
                                  << "https://h/v1/p?c=2";
    QTest::newRow("several rels, other params")
        << QByteArray(R"(<https://h/v1/p?c=2>; title="a; b, c"; rel="first next")") << true
        << "https://h/v1/p?c=2";
    QTest::newRow("rel is case-insensitive") << QByteArray(R"(<https://h/v1/p>; rel="NEXT")") << true
                                             << "https://h/v1/p";
    QTest::newRow("comma inside the url")
        << QByteArray(R"(<https://h/v1/p?ids=a,b>; rel="next")") << true << "https://h/v1/p?ids=a,b";
    QTest::newRow("only prev") << QByteArray(R"(<https://h/v1/p?c=1>; rel="prev")") << true << "";
    QTest::newRow("empty header") << QByteArray() << true << "";
    QTest::newRow("no angle brackets") << QByteArray(R"(https://h/v1/p; rel="next")") << false << "";
    QTest::newRow("unclosed angle bracket") << QByteArray(R"(<https://h/v1/p; rel="next")") << false << "";
    QTest::newRow("unterminated quote") << QByteArray(R"(<https://h/v1/p>; rel="next)") << false << "";
    QTest::newRow("missing semicolon") << QByteArray(R"(<https://h/v1/p> rel="next")") << false << "";
    QTest::newRow("relative next") << QByteArray(R"(</v1/people?cursor=2>; rel="next")") << false << "";
    QTest::newRow("garbage") << QByteArray("\x01\x02<<>>;;,,") << false << "";
}

void TestLinkHeader::find()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    QFETCH(QString, next);
    const auto found = LinkHeader::find(header, "next");
    QCOMPARE(found.has_value(), valid);
    if (found)
        QCOMPARE(found->toString(), next);
}

QTEST_GUILESS_MAIN(TestLinkHeader)
#include "tst_linkheader.moc"
