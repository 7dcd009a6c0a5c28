// RetryPolicy: Retry-After as delta-seconds or HTTP-date, capped, with the default when absent;
// exponential backoff with jitter, capped.

#include "DataColumns.h"
#include "RetryPolicy.h"

#include <QTest>

using wod::net::ApiClientOptions;
using wod::net::RetryPolicy;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void parseRetryAfter_data();
    void parseRetryAfter();
    void retryAfterIsCappedAndDefaulted();
    void backoffGrowsWithJitterAndCap();
};

void TestRetryPolicy::parseRetryAfter_data()
{
    // expectedMs: -1: not parsable
    wod::test::addColumns<QByteArray, qint64>("header", "expectedMs");
    QTest::newRow("seconds") << QByteArray("1") << qint64(1000);
    QTest::newRow("seconds with spaces") << QByteArray(" 12 ") << qint64(12'000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("http-date 30 s ahead") << QByteArray("Sat, 28 Nov 2026 12:00:30 GMT") << qint64(30'000);
    QTest::newRow("http-date in the past") << QByteArray("Sat, 28 Nov 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("words") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestRetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    const auto parsed = RetryPolicy::parseRetryAfter(header, now);
    QCOMPARE(parsed.value_or(-1), expectedMs);
}

void TestRetryPolicy::retryAfterIsCappedAndDefaulted()
{
    ApiClientOptions o;
    o.retryAfterDefaultMs = 5'000;
    o.maxRetryAfterMs = 60'000;
    const RetryPolicy policy(o);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(policy.retryAfterMs("2", now), qint64(2'000));
    QCOMPARE(policy.retryAfterMs("3600", now), qint64(60'000));
    QCOMPARE(policy.retryAfterMs("", now), qint64(5'000));
    QCOMPARE(policy.retryAfterMs("garbage", now), qint64(5'000));
}

void TestRetryPolicy::backoffGrowsWithJitterAndCap()
{
    ApiClientOptions o;
    o.backoffBaseMs = 100;
    o.backoffMaxMs = 1'000;
    const RetryPolicy policy(o);
    bool varied = false;
    for (int retry = 1; retry <= 8; ++retry) {
        const qint64 full = std::min<qint64>(100LL << (retry - 1), 1'000);
        qint64 first = -1;
        for (int i = 0; i < 50; ++i) {
            const qint64 d = policy.backoffMs(retry);
            QVERIFY2(d >= full / 2 && d <= full,
                     qPrintable(QStringLiteral("retry %1: %2 ms").arg(retry).arg(d)));
            if (first < 0)
                first = d;
            varied |= d != first;
        }
    }
    QVERIFY2(varied, "backoff has jitter");
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
