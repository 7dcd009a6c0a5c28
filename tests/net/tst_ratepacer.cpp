// RatePacer: at most N starts in any sliding second (fixed or learned), the server's limit
// estimated from a 429, one decrease per burst of 429s, recovery without new 429s. Pure logic on
// explicit millisecond timestamps: no network, no clock.

#include "RatePacer.h"

#include <QTest>

using wod::net::RatePacer;

namespace {

// Records `count` starts, the first at `firstMs` and one every `stepMs` after it: their ids in order.
QList<quint64> recordStarts(RatePacer &p, int count, qint64 firstMs, qint64 stepMs)
{
    QList<quint64> ids;
    for (int i = 0; i < count; ++i)
        ids.append(p.recordStart(firstMs + i * stepMs));
    return ids;
}

} // namespace

class TestRatePacer : public QObject
{
    Q_OBJECT

private slots:
    void unlimitedByDefault();
    void fixedCapIsASlidingSecond();
    void firstRateLimitLearnsTheServersWindow();
    void rateLimitedStartsDoNotCount();
    void aBurstOf429sLowersTheRateOnce();
    void laterRateLimitStepsDownThenRecovers();
    void aMuchLowerEstimateRestartsFromIt();
    void fixedCapStaysTheCeiling();
    void aLongQuietSpellForgetsTheLearnedRate();
};

void TestRatePacer::unlimitedByDefault()
{
    RatePacer p;
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(p.delayBeforeStart(0), qint64(0));
        p.recordStart(0);
    }
    QCOMPARE(p.currentLimit(), 0);
}

void TestRatePacer::fixedCapIsASlidingSecond()
{
    RatePacer p(3);
    p.recordStart(0);
    p.recordStart(100);
    p.recordStart(200);
    // A fourth start waits until the first leaves the window (at 1000).
    QCOMPARE(p.delayBeforeStart(300), qint64(700));
    QCOMPARE(p.delayBeforeStart(999), qint64(1));
    QCOMPARE(p.delayBeforeStart(1000), qint64(0));
    p.recordStart(1000);
    QCOMPARE(p.delayBeforeStart(1000), qint64(100)); // now the one at 100 must go
}

void TestRatePacer::firstRateLimitLearnsTheServersWindow()
{
    RatePacer p;
    // 100 starts over half a second, all accepted; the 101st is answered 429.
    QVERIFY(p.rateLimited(recordStarts(p, 101, 0, 5).last(), 520));
    QCOMPARE(p.estimatedServerLimit(), 100);
    QCOMPARE(p.currentLimit(), int(100 * RatePacer::kLearnedShare));
    // Now paced: the window already holds 100 accepted starts.
    QVERIFY(p.delayBeforeStart(520) > 0);
}

void TestRatePacer::rateLimitedStartsDoNotCount()
{
    RatePacer p;
    const QList<quint64> ids = recordStarts(p, 10, 0, 1);
    QVERIFY(p.rateLimited(ids.at(5), 20)); // five accepted before it: pace at 4 per second
    QCOMPARE(p.currentLimit(), 4);
    QVERIFY(p.delayBeforeStart(20) > 0);
    // The server refused all but the first: they used none of its quota, and none of ours.
    for (int i = 1; i < 10; ++i) {
        if (i != 5)
            QVERIFY(!p.rateLimited(ids.at(i), 21));
    }
    QCOMPARE(p.currentLimit(), 4);
    QCOMPARE(p.delayBeforeStart(21), qint64(0));
}

void TestRatePacer::aBurstOf429sLowersTheRateOnce()
{
    RatePacer p;
    const QList<quint64> ids = recordStarts(p, 60, 0, 10);
    // Starts 50..59 were all on the wire when the first 429 came back: they were sent at the old
    // rate, so their 429s are no news.
    QVERIFY(p.rateLimited(ids.at(50), 600));
    const int learned = p.currentLimit();
    QCOMPARE(p.estimatedServerLimit(), 50);
    for (int i = 51; i < 60; ++i)
        QVERIFY(!p.rateLimited(ids.at(i), 610));
    QCOMPARE(p.currentLimit(), learned);
    QCOMPARE(p.changes(), 1);
}

void TestRatePacer::laterRateLimitStepsDownThenRecovers()
{
    RatePacer p;
    QVERIFY(p.rateLimited(recordStarts(p, 101, 0, 9).last(), 950));
    const int learned = p.currentLimit(); // 95
    // Later, near the limit, another 429 (of an attempt started after the change): a small step.
    const qint64 t = 2000 + 95 * 10;
    QVERIFY(p.rateLimited(recordStarts(p, 95, 2000, 10).last(), t));
    const int stepped = p.currentLimit();
    QVERIFY2(stepped < learned + 2 * std::max(1, int(learned * RatePacer::kRecoveryStep)),
             qPrintable(QString::number(stepped)));
    QVERIFY2(stepped >= int(learned * RatePacer::kBackoff * 0.9), qPrintable(QString::number(stepped)));
    // Five quiet seconds later it has crept back up.
    p.delayBeforeStart(t + 5000);
    QVERIFY2(p.currentLimit() > stepped, qPrintable(QString::number(p.currentLimit())));
}

void TestRatePacer::aLongQuietSpellForgetsTheLearnedRate()
{
    RatePacer p;
    QVERIFY(p.rateLimited(recordStarts(p, 101, 0, 5).last(), 520));
    QCOMPARE(p.currentLimit(), 95);
    // A minute later it has crept up but still paces.
    p.delayBeforeStart(520 + 60'000);
    QVERIFY2(p.currentLimit() > 95 && p.currentLimit() < 4 * 100, qPrintable(QString::number(p.currentLimit())));
    // An hour without a 429: the learned rate is forgotten (it neither grows without bound nor
    // overflows into "no limit" by accident), and the next 429 learns afresh from its window.
    QCOMPARE(p.delayBeforeStart(520 + 3'600'000), qint64(0));
    QCOMPARE(p.currentLimit(), 0);
    const qint64 t = 4'000'000;
    QVERIFY(p.rateLimited(recordStarts(p, 51, t, 10).last(), t + 510));
    QCOMPARE(p.estimatedServerLimit(), 50);
    QCOMPARE(p.currentLimit(), int(50 * RatePacer::kLearnedShare));
}

void TestRatePacer::aMuchLowerEstimateRestartsFromIt()
{
    RatePacer p;
    QVERIFY(p.rateLimited(recordStarts(p, 101, 0, 9).last(), 950));
    // The server's limit fell to about 20 per second.
    QVERIFY(p.rateLimited(recordStarts(p, 21, 3000, 40).last(), 3000 + 21 * 40));
    QCOMPARE(p.estimatedServerLimit(), 20);
    QCOMPARE(p.currentLimit(), int(20 * RatePacer::kLearnedShare));
}

void TestRatePacer::fixedCapStaysTheCeiling()
{
    RatePacer p(10);
    QVERIFY(p.rateLimited(recordStarts(p, 11, 0, 90).last(), 950));
    QVERIFY(p.currentLimit() <= 10);
    p.delayBeforeStart(60'000); // a quiet minute: the learned rate grew past the cap
    QCOMPARE(p.currentLimit(), 10);
}

QTEST_APPLESS_MAIN(TestRatePacer)
#include "tst_ratepacer.moc"
