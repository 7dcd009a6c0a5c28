// SCIM Bulk as RFC 7644 3.7 and Cisco's Admin API description define it (issue #18), against the
// sandbox in its spec-conformant mode (scimBulkRfc: answers carry location, method, status and no
// path/bulkId echo; requests must follow Cisco's schema): answers are matched by location, a lost
// answer is followed by a re-read instead of a blind resend, a refused Bulk falls back to the
// public per-user DELETE, and a failed operation's SCIM detail reaches the receipt. Judged by the
// sandbox's own state and route counts.

#include "ApiClient.h"
#include "DeletionRunner.h"
#include "LogCapture.h"
#include "RunnerSpies.h"
#include "SandboxFixture.h"
#include "SandboxRoutes.h"
#include "ScimBulkAnswer.h"
#include "StateQueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace wod;
using namespace wod::net;
using wod::sandbox::FaultConfig;
using namespace wod::test;

namespace {

struct Run
{
    std::optional<RunOutcome> outcome;
    QStringList notices;
    QString describe() const { return test::describe(outcome); }
};

// Deletes every user of `f`'s organization (plus `extraUsers` appended to the plan) with Bulk.
// `beforeStart` runs once the plan is built, right before the runner starts.
Run runDelete(SandboxFixture &f, const QList<Person> &extraUsers = {},
              const std::function<void()> &beforeStart = {})
{
    Run run;
    const auto snapshot = loadSnapshot(f.client());
    if (!snapshot)
        return run;
    DeletionPlan plan = planFor(*snapshot, UserDisposition::Delete);
    plan.users.append(extraUsers);
    QTemporaryDir dir;
    DeletionRunner runner(f.client(), quickRunnerOptions(dir));
    QObject::connect(&runner, &DeletionRunner::progress, [&](const RunProgress &p) {
        if (!p.notice.isEmpty() && !run.notices.contains(p.notice))
            run.notices.append(p.notice);
    });
    if (beforeStart)
        beforeStart();
    run.outcome = runToEnd(runner, [&] { runner.start(plan); });
    return run;
}

FaultConfig rfcFaults()
{
    FaultConfig faults;
    faults.orgDeletionDelayMs = 150;
    faults.scimBulkRfc = true;
    return faults;
}

QJsonObject totals(const RunOutcome &o)
{
    return o.receipt.toJson().isEmpty()
        ? QJsonObject()
        : QJsonDocument::fromJson(o.receipt.toJson()).object().value(QLatin1String("totals")).toObject();
}

} // namespace

class TestScimBulkRunner : public QObject
{
    Q_OBJECT

private slots:
    // Cisco's example response (public-spec/webex-admin.json, /identity/scim/{orgId}/v2/Bulk, 200).
    void readsTheSpecsExampleAnswer()
    {
        const QByteArray example = "{"
            "\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:BulkResponse\"],"
            "\"Operations\": ["
            "{\"location\": \"https://example.com/v2/Users/92b725cd-9465-4e7d-8c16-01f8e146b87a\","
            "\"method\": \"POST\", \"bulkId\": \"qwerty\", \"version\": \"W/\\\"oY4m4wn58tkVjJxK\\\"\", \"status\": \"201\"},"
            "{\"location\": \"https://example.com/v2/Users/5d8d29d3-342c-4b5f-8683-a3cb6763ffcc\","
            "\"method\": \"PATCH\", \"version\": \"W/\\\"huJj29dMNgu3WXPD\\\"\", \"status\": \"200\"},"
            "{\"location\": \"https://example.com/v2/Users/e9025315-6bea-44e1-899c-1e07454e468b\","
            "\"method\": \"DELETE\", \"status\": \"204\"}]}";
        QString why;
        const auto r = ScimBulkAnswer::parse(QJsonDocument::fromJson(example).object(), &why);
        QVERIFY2(r, qPrintable(why));
        QCOMPARE(r->operations.size(), 3);
        QCOMPARE(r->operations.at(2).status, 204);
        QCOMPARE(r->operations.at(2).method, QStringLiteral("DELETE"));
        QCOMPARE(ScimBulkAnswer::userUuidOf(r->operations.at(2)),
                 QStringLiteral("e9025315-6bea-44e1-899c-1e07454e468b"));
        QCOMPARE(ScimBulkAnswer::userUuidOf(r->operations.at(0)),
                 QStringLiteral("92b725cd-9465-4e7d-8c16-01f8e146b87a"));
        // RFC 7644 3.7.3's failed operation: the SCIM error's detail and scimType are kept.
        const QByteArray failed = "{\"Operations\": [{\"location\": \"https://x/v2/Users/u1?a=b\","
            "\"method\": \"DELETE\", \"status\": \"409\", \"response\": {\"schemas\":"
            "[\"urn:ietf:params:scim:api:messages:2.0:Error\"], \"scimType\": \"mutability\","
            "\"detail\": \"You cannot delete your own account.\", \"status\": \"409\"}}]}";
        const auto f = ScimBulkAnswer::parse(QJsonDocument::fromJson(failed).object(), &why);
        QVERIFY2(f, qPrintable(why));
        QCOMPARE(ScimBulkAnswer::userUuidOf(f->operations.at(0)), QStringLiteral("u1"));
        QCOMPARE(f->operations.at(0).detail,
                 QStringLiteral("You cannot delete your own account. (mutability)"));
    }

    // 249 users: three Bulk requests the conformant server accepts and answers by location only;
    // every user counted deleted, nothing resent, nothing one by one.
    void conformantAnswersCompleteTheRun()
    {
        SandboxFixture f(SandboxFixture::smallScenario(249), rfcFaults());
        QVERIFY2(f.start(), qPrintable(f.error()));
        LogCapture log;
        const Run run = runDelete(f);
        // Every answer was matched by its location: nothing was left to a re-read.
        QCOMPARE(log.messages().filter(QStringLiteral("re-reading the people")).size(), 0);
        QVERIFY2(run.outcome && run.outcome->status == RunOutcome::Status::Deleted,
                 qPrintable(run.describe()));
        QCOMPARE(run.outcome->usersHandled, 249);
        QCOMPARE(totals(*run.outcome).value(QLatin1String("deleted")).toInt(), 249);
        QCOMPARE(usersInState(f.state(), QStringLiteral("deleted")), 249);
        QCOMPARE(f.routeCount(kBulkRoute), 3);
        QCOMPARE(f.routeCount(kPersonDeleteRoute), 0);
        QVERIFY(run.notices.isEmpty());
    }

    // The answer to a Bulk request that did its work is lost (cut off): the runner re-reads the
    // people instead of resending, and counts those users deleted, as the server did.
    void lostAnswerIsNotALostOperation()
    {
        FaultConfig faults = rfcFaults();
        faults.scimBulkLostAnswers = 1;
        SandboxFixture f(SandboxFixture::smallScenario(150), faults);
        QVERIFY2(f.start(), qPrintable(f.error()));
        const int peopleReadsBefore = f.routeCount(QStringLiteral("GET /v1/people"));
        const Run run = runDelete(f);
        QVERIFY2(run.outcome && run.outcome->status == RunOutcome::Status::Deleted,
                 qPrintable(run.describe()));
        const QJsonObject t = totals(*run.outcome);
        QCOMPARE(t.value(QLatin1String("deleted")).toInt(), 150);
        QCOMPARE(t.value(QLatin1String("gone")).toInt(), 0);
        QCOMPARE(usersInState(f.state(), QStringLiteral("deleted")), 150);
        QCOMPARE(f.routeCount(kBulkRoute), 2); // not resent
        QVERIFY(f.routeCount(QStringLiteral("GET /v1/people")) > peopleReadsBefore);
    }

    // Bulk refused for authorization, not offered or rejected as malformed: the users go one by
    // one through DELETE /v1/people/{id}, and the progress says so once.
    void refusedBulkFallsBackToPublicApi_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("403 (no identity:people_rw)") << 403;
        QTest::newRow("401 that the public API does not share") << 401;
        QTest::newRow("400 (malformed)") << 400;
        QTest::newRow("404 (not offered)") << 404;
    }
    void refusedBulkFallsBackToPublicApi()
    {
        QFETCH(int, status);
        FaultConfig faults = rfcFaults();
        faults.scimBulkStatus = status;
        SandboxFixture f(SandboxFixture::smallScenario(30), faults);
        QVERIFY2(f.start(), qPrintable(f.error()));
        LogCapture log;
        const Run run = runDelete(f);
        QVERIFY2(run.outcome && run.outcome->status == RunOutcome::Status::Deleted,
                 qPrintable(run.describe()));
        QCOMPARE(usersInState(f.state(), QStringLiteral("deleted")), 30);
        QCOMPARE(f.routeCount(kBulkRoute), 1);
        QCOMPARE(f.routeCount(kPersonDeleteRoute), 30);
        QCOMPARE(run.notices.size(), 1);
        QVERIFY2(run.notices.first().contains(QString::number(status)), qPrintable(run.notices.first()));
        QCOMPARE(log.messages().filter(QStringLiteral("SCIM Bulk refused")).size(), 1);
    }

    // A 401 that is the token's (expired): no fallback, the run stops as for any 401, resumably,
    // so that the token is renewed.
    void expiredTokenIsNotAFallback()
    {
        FaultConfig faults = rfcFaults();
        SandboxFixture f(SandboxFixture::smallScenario(30), faults);
        QVERIFY2(f.start(), qPrintable(f.error()));
        // The runner's re-read of the organization takes as many requests as a snapshot load;
        // the token expires right after it, so the Bulk request is the first to meet the 401.
        const int before = f.requestCount();
        QVERIFY(loadSnapshot(f.client()));
        const int rereadRequests = f.requestCount() - before;
        const Run run = runDelete(f, {}, [&] {
            FaultConfig expiring = faults;
            expiring.tokenExpiresAfterRequests = f.requestCount() + rereadRequests;
            f.server()->setFaults(expiring);
        });
        QVERIFY2(run.outcome && run.outcome->status == RunOutcome::Status::Failed,
                 qPrintable(run.describe()));
        QCOMPARE(run.outcome->error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(f.routeCount(kPersonDeleteRoute), 0);
        QCOMPARE(f.routeCount(kBulkRoute), 1);
        QVERIFY(run.notices.isEmpty());
    }

    // An operation the server refuses keeps its SCIM error detail in the receipt.
    void operationErrorDetailReachesTheReceipt()
    {
        SandboxFixture f(SandboxFixture::smallScenario(5), rfcFaults());
        QVERIFY2(f.start(), qPrintable(f.error()));
        const auto snapshot = loadSnapshot(f.client());
        QVERIFY(snapshot);
        // The acting admin, put into the plan by hand: the server refuses that one operation.
        const Run run = runDelete(
            f, {Person{snapshot->actor.id, snapshot->actor.email, snapshot->actor.displayName}});
        QVERIFY2(run.outcome && run.outcome->status == RunOutcome::Status::Failed,
                 qPrintable(run.describe()));
        QCOMPARE(run.outcome->usersFailed, 1);
        const QJsonObject receipt = QJsonDocument::fromJson(run.outcome->receipt.toJson()).object();
        QString error;
        for (const QJsonValue &u : receipt.value(QLatin1String("users")).toArray()) {
            if (u.toObject().value(QLatin1String("outcome")).toString() == QLatin1String("failed"))
                error = u.toObject().value(QLatin1String("error")).toString();
        }
        QVERIFY2(error.contains(QLatin1String("You cannot delete your own account.")),
                 qPrintable(error));
        QCOMPARE(usersInState(f.state(), QStringLiteral("deleted")), 5);
    }
};

QTEST_GUILESS_MAIN(TestScimBulkRunner)
#include "tst_scimbulkrunner.moc"
