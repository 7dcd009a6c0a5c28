// SCIM users paging (issue #14): the sandbox pages GET /identity/scim/{orgUuid}/v2/Users as the
// spec says (1-based startIndex, count capped, totalResults, itemsPerPage), and the pre-flight
// of a large organization reads its users through it, pages in parallel; when the token may not
// use SCIM (403) it reads /v1/people instead, and the checklist is identical either way.

#include "ApiClient.h"
#include "DataColumns.h"
#include "DeletionPlan.h"
#include "EligibilityPolicy.h"
#include "RunnerSpies.h"
#include "SandboxFixture.h"
#include "SandboxRoutes.h"
#include "ScimPage.h"
#include "ScenarioLoader.h"
#include "ScimUsersPage.h"
#include "TestScenarios.h"
#include "VerdictText.h"
#include "WebexId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace wod;
using namespace wod::net;
using wod::test::SandboxFixture;

namespace {

constexpr int kWaitMs = 60'000;

// 2,500 generated users and a few written ones whose text could trip a decoder: upper-case and
// non-ASCII emails and names, quotes, an empty display name.
Scenario largeScenario()
{
    // Built as JSON objects: moc does not parse raw string literals with escapes.
    const auto user = [](const QString &email, const QString &name) {
        return QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("displayName"), name}};
    };
    // The test org's shape, under its own names.
    const QJsonObject scenario = test::testOrgScenarioJson(
        2500, {},
        {{QStringLiteral("org"), test::orgJson(test::testOrgId(), QStringLiteral("Large \"Org\""),
                                               QStringLiteral("2026-09-14T09:30:00.000Z"))},
         {QStringLiteral("actor"), test::fullAdminJson(QStringLiteral("admin@largeorg.example"),
                                                       QStringLiteral("Large Admin"))},
         {QStringLiteral("users"),
          QJsonArray{user(QStringLiteral("Zoe.Upper@LargeOrg.example"), QStringLiteral("Zo\u00eb \"Z\" Upper")),
                     user(QStringLiteral("jos\u00e9@largeorg.example"), QString()),
                     user(QStringLiteral("tab@largeorg.example"), QStringLiteral("Tab\tName \\ back"))}}});
    QString error;
    const auto loaded = ScenarioLoader::loadData(QJsonDocument(scenario).toJson(),
                                                 QStringLiteral("large"), &error);
    Q_ASSERT_X(loaded, "largeScenario", qPrintable(error));
    return *loaded;
}

} // namespace

class TestScimUsers : public QObject
{
    Q_OBJECT

private slots:
    void sandboxPagesAsTheSpecSays_data();
    void sandboxPagesAsTheSpecSays();
    void sandboxRefusesWithoutTheScope();
    void checklistIdenticalWithAndWithoutScim();
    void smallOrgNeedsNoScim();
};

void TestScimUsers::sandboxPagesAsTheSpecSays_data()
{
    // firstUser: 0-based position of the first resource in /people order
    wod::test::addColumns<QString, int, int, int, int>("query", "total", "items", "startIndex",
                                                       "firstUser");
    // 2,501 users (the actor first).
    QTest::newRow("default count 100") << QString() << 2501 << 100 << 1 << 0;
    QTest::newRow("1-based") << QStringLiteral("startIndex=2&count=3") << 2501 << 3 << 2 << 1;
    QTest::newRow("below 1 counts as 1") << QStringLiteral("startIndex=0&count=2") << 2501 << 2 << 1 << 0;
    QTest::newRow("count capped") << QStringLiteral("count=5000") << 2501 << sandbox::ScimUsersPage::kMaxCount << 1 << 0;
    QTest::newRow("last page short") << QStringLiteral("startIndex=2001&count=1000") << 2501 << 501 << 2001 << 2000;
    QTest::newRow("past the end") << QStringLiteral("startIndex=3000&count=10") << 2501 << 0 << 3000 << -1;
    QTest::newRow("count 0: only the total") << QStringLiteral("count=0") << 2501 << 0 << 1 << -1;
}

void TestScimUsers::sandboxPagesAsTheSpecSays()
{
    QFETCH(QString, query);
    QFETCH(int, total);
    QFETCH(int, items);
    QFETCH(int, startIndex);
    QFETCH(int, firstUser);
    SandboxFixture f(SandboxFixture::smallScenario(2'500));
    QVERIFY2(f.start(), qPrintable(f.error()));
    int status = 0;
    const QJsonObject page = test::scimUsersPage(f, query, &status, kWaitMs);
    QCOMPARE(status, 200);
    QCOMPARE(page.value(QLatin1String("schemas")).toArray().first().toString(),
             QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse"));
    QCOMPARE(page.value(QLatin1String("totalResults")).toInt(), total);
    QCOMPARE(page.value(QLatin1String("itemsPerPage")).toInt(), items);
    QCOMPARE(page.value(QLatin1String("startIndex")).toInt(), startIndex);
    const QJsonArray resources = page.value(QLatin1String("Resources")).toArray();
    QCOMPARE(resources.size(), items);
    if (firstUser >= 0) {
        // The same user /v1/people lists at that position.
        std::optional<QList<ApiPerson>> people;
        f.client()->people(1000, [&](const Result<QList<ApiPerson>> &r) {
            people = std::holds_alternative<QList<ApiPerson>>(r) ? std::get<QList<ApiPerson>>(r)
                                                                 : QList<ApiPerson>{};
        });
        QVERIFY(QTest::qWaitFor([&] { return people.has_value(); }, kWaitMs));
        QCOMPARE(people->size(), total);
        const QJsonObject first = resources.first().toObject();
        QCOMPARE(first.value(QLatin1String("id")).toString(),
                 WebexId::toUuid(people->at(firstUser).id));
        QCOMPARE(first.value(QLatin1String("userName")).toString(), people->at(firstUser).email());
    }
}

void TestScimUsers::sandboxRefusesWithoutTheScope()
{
    sandbox::FaultConfig faults;
    faults.scimUsers = false;
    SandboxFixture f(SandboxFixture::smallScenario(5), faults);
    QVERIFY2(f.start(), qPrintable(f.error()));
    bool done = false;
    std::optional<ApiError> error;
    f.client()->scimUsersPages(
        f.state().value(QLatin1String("org")).toObject().value(QLatin1String("id")).toString(), 10, [](QList<ApiPerson> &&) {},
                               [&](const Result<std::monostate> &r) {
                                   if (const auto *e = std::get_if<ApiError>(&r))
                                       error = *e;
                                   done = true;
                               });
    QVERIFY(QTest::qWaitFor([&] { return done; }, kWaitMs));
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Forbidden);
}

void TestScimUsers::checklistIdenticalWithAndWithoutScim()
{
    // With SCIM: one /people page (it has a next one), then SCIM: 1,000 + 1,000 + 504 users.
    SandboxFixture withScim(largeScenario());
    QVERIFY2(withScim.start(), qPrintable(withScim.error()));
    QString aWhy;
    const auto a = test::loadSnapshot(withScim.client(), &aWhy, kWaitMs);
    QVERIFY2(a, qPrintable(aWhy));
    QCOMPARE(withScim.routeCount(QStringLiteral("GET /v1/people")), 1);
    QCOMPARE(withScim.routeCount(test::kScimUsersRoute), 3);

    // Without the scope: SCIM answers 403 and the /people walk reads every page.
    sandbox::FaultConfig refused;
    refused.scimUsers = false;
    SandboxFixture withoutScim(largeScenario(), refused);
    QVERIFY2(withoutScim.start(), qPrintable(withoutScim.error()));
    QString bWhy;
    const auto b = test::loadSnapshot(withoutScim.client(), &bWhy, kWaitMs);
    QVERIFY2(b, qPrintable(bWhy));
    QCOMPARE(withoutScim.routeCount(test::kScimUsersRoute), 1);
    QCOMPARE(withoutScim.routeCount(QStringLiteral("GET /v1/people")), 1 + 3);

    QCOMPARE(a->users.size(), 2'504);
    QCOMPARE(a->users, b->users); // same people, same order, same ids, emails and names
    QCOMPARE(*a, *b);
    QCOMPARE(verdictToText(*a, EligibilityPolicy::evaluate(*a)),
             verdictToText(*b, EligibilityPolicy::evaluate(*b)));
    QCOMPARE(DeletionPlan::fingerprintOf(*a, EligibilityPolicy::evaluate(*a)),
             DeletionPlan::fingerprintOf(*b, EligibilityPolicy::evaluate(*b)));
}

void TestScimUsers::smallOrgNeedsNoScim()
{
    // Up to 1,000 users: the one /people page of round 1 is all; no SCIM request.
    SandboxFixture f(SandboxFixture::smallScenario(999));
    QVERIFY2(f.start(), qPrintable(f.error()));
    QString sWhy;
    const auto s = test::loadSnapshot(f.client(), &sWhy, kWaitMs);
    QVERIFY2(s, qPrintable(sWhy));
    QCOMPARE(s->users.size(), 1'000);
    QCOMPARE(f.routeCount(test::kScimUsersRoute), 0);
    QCOMPARE(f.routeCount(QStringLiteral("GET /v1/people")), 1);
}

QTEST_GUILESS_MAIN(TestScimUsers)
#include "tst_scimusers.moc"
