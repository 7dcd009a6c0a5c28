// SCIM page size (issue #14): the client asks for ApiClient::kScimUsersPageSize users a page and
// follows what the server gives. RFC 7644 3.4.2.4 lets a server return fewer than `count` asks
// and Cisco's spec names no maximum, so the sandbox's cap is a setting (faults.scimUsersMaxCount,
// default 1,000). A server that caps a page below what the client asks is read in more pages,
// with the same snapshot. A negative count is 0 (RFC 7644).

#include "ApiClient.h"
#include "DataColumns.h"
#include "EligibilityPolicy.h"
#include "RunnerSpies.h"
#include "SandboxFixture.h"
#include "SandboxRoutes.h"
#include "ScimPage.h"
#include "ScimUsersPage.h"
#include "VerdictText.h"

#include <QJsonArray>
#include <QTest>

using namespace wod;
using namespace wod::net;
using wod::test::SandboxFixture;

namespace {

constexpr int kWaitMs = 60'000;
constexpr int kUsers = 2'500; // generated; with the actor 2,501

} // namespace

class TestScimPageSize : public QObject
{
    Q_OBJECT

private slots:
    void sandboxCapIsASetting_data();
    void sandboxCapIsASetting();
    void negativeCountIsZero();
    void serverThatGivesFewerIsFollowed();
};

void TestScimPageSize::sandboxCapIsASetting_data()
{
    wod::test::addColumns<int, QString, int>("maxCount", "query", "items");
    QTest::newRow("default cap") << sandbox::ScimUsersPage::kMaxCount << QStringLiteral("count=5000")
                                 << sandbox::ScimUsersPage::kMaxCount;
    QTest::newRow("larger cap") << 1'200 << QStringLiteral("count=5000") << 1'200;
    QTest::newRow("cap above count") << 10'000 << QStringLiteral("count=2000") << 2'000;
    QTest::newRow("cap above the org") << 10'000 << QStringLiteral("count=10000") << kUsers + 1;
}

void TestScimPageSize::sandboxCapIsASetting()
{
    QFETCH(int, maxCount);
    QFETCH(QString, query);
    QFETCH(int, items);
    sandbox::FaultConfig faults;
    faults.scimUsersMaxCount = maxCount;
    SandboxFixture f(SandboxFixture::smallScenario(kUsers), faults);
    QVERIFY2(f.start(), qPrintable(f.error()));
    int status = 0;
    const QJsonObject page = test::scimUsersPage(f, query, &status, kWaitMs);
    QCOMPARE(status, 200);
    QCOMPARE(page.value(QLatin1String("totalResults")).toInt(), kUsers + 1);
    QCOMPARE(page.value(QLatin1String("itemsPerPage")).toInt(), items);
    QCOMPARE(page.value(QLatin1String("Resources")).toArray().size(), items);
}

void TestScimPageSize::negativeCountIsZero()
{
    // RFC 7644 3.4.2.4: "A negative value SHALL be interpreted as 0": only totalResults.
    SandboxFixture f(SandboxFixture::smallScenario(5));
    QVERIFY2(f.start(), qPrintable(f.error()));
    int status = 0;
    const QJsonObject page = test::scimUsersPage(f, QStringLiteral("count=-3"), &status, kWaitMs);
    QCOMPARE(status, 200);
    QCOMPARE(page.value(QLatin1String("totalResults")).toInt(), 6);
    QCOMPARE(page.value(QLatin1String("itemsPerPage")).toInt(), 0);
    QVERIFY(page.value(QLatin1String("Resources")).toArray().isEmpty());
    // Not a whole number stays a 400.
    (void)test::scimUsersPage(f, QStringLiteral("count=ten"), &status, kWaitMs);
    QCOMPARE(status, 400);
}

void TestScimPageSize::serverThatGivesFewerIsFollowed()
{
    // The sandbox's default gives what the client asks: 2,501 users in 3 pages of up to 1,000.
    QCOMPARE(ApiClient::kScimUsersPageSize, sandbox::ScimUsersPage::kMaxCount);
    SandboxFixture asked(SandboxFixture::smallScenario(kUsers));
    QVERIFY2(asked.start(), qPrintable(asked.error()));
    QString aWhy;
    const auto a = test::loadSnapshot(asked.client(), &aWhy, kWaitMs);
    QVERIFY2(a, qPrintable(aWhy));
    QCOMPARE(asked.routeCount(test::kScimUsersRoute), 3);

    // A server that gives at most 400 a page: the client follows itemsPerPage, 7 pages, and
    // neither loses nor repeats a user.
    sandbox::FaultConfig stingy;
    stingy.scimUsersMaxCount = 400;
    SandboxFixture capped(SandboxFixture::smallScenario(kUsers), stingy);
    QVERIFY2(capped.start(), qPrintable(capped.error()));
    QString bWhy;
    const auto b = test::loadSnapshot(capped.client(), &bWhy, kWaitMs);
    QVERIFY2(b, qPrintable(bWhy));
    QCOMPARE(capped.routeCount(test::kScimUsersRoute), 7);

    QCOMPARE(a->users.size(), kUsers + 1);
    QCOMPARE(*a, *b);
    QCOMPARE(verdictToText(*a, EligibilityPolicy::evaluate(*a)),
             verdictToText(*b, EligibilityPolicy::evaluate(*b)));
}

QTEST_GUILESS_MAIN(TestScimPageSize)
#include "tst_scimpagesize.moc"
