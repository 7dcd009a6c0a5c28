// The deletion runner against a real sandbox on 127.0.0.1: every run is judged by the sandbox's
// own state (each user transitions exactly once, the acting admin never, the organization's
// DELETE after every user), never by what the client believes.

#include "ApiClient.h"
#include "DeletionRunner.h"
#include "EligibilityPolicy.h"
#include "Journal.h"
#include "SandboxFixture.h"
#include "SnapshotLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wod;
using namespace wod::net;
using wod::sandbox::FaultConfig;
using wod::test::SandboxFixture;

namespace {

constexpr int kRunTimeoutMs = 60'000;

std::optional<OrgSnapshot> loadSnapshot(ApiClient *client, QString *why)
{
    SnapshotLoader loader(client);
    std::optional<OrgSnapshot> snapshot;
    std::optional<ApiError> error;
    QObject::connect(&loader, &SnapshotLoader::loaded, [&](const OrgSnapshot &s) { snapshot = s; });
    QObject::connect(&loader, &SnapshotLoader::failed, [&](const ApiError &e) { error = e; });
    loader.load();
    (void)QTest::qWaitFor([&] { return snapshot || error; }, 30'000);
    if (error)
        *why = error->toString();
    else if (!snapshot)
        *why = QStringLiteral("snapshot load timed out");
    return snapshot;
}

DeletionPlan planFor(const OrgSnapshot &snapshot, UserDisposition disposition)
{
    return DeletionPlan::fromSnapshot(snapshot, EligibilityPolicy::evaluate(snapshot), disposition,
                                      QDateTime::currentDateTimeUtc());
}

// Runs `start` and waits for the one finished() signal.
std::optional<RunOutcome> runToEnd(DeletionRunner &runner, const std::function<void()> &start,
                                   int timeoutMs = kRunTimeoutMs)
{
    std::optional<RunOutcome> outcome;
    int finishedCount = 0;
    const auto c = QObject::connect(&runner, &DeletionRunner::finished, [&](const RunOutcome &o) {
        outcome = o;
        ++finishedCount;
    });
    start();
    (void)QTest::qWaitFor([&] { return outcome.has_value(); }, timeoutMs);
    // finished() is emitted exactly once: give a second emission the chance to show up.
    QTest::qWait(0);
    QObject::disconnect(c);
    if (finishedCount > 1)
        return std::nullopt;
    return outcome;
}

QString describe(const std::optional<RunOutcome> &o)
{
    if (!o)
        return QStringLiteral("no (or more than one) finished() signal");
    return QStringLiteral("%1: %2 [%3] handled %4/%5 failed %6")
        .arg(toWireName(o->status), o->message, o->error.toString())
        .arg(o->usersHandled)
        .arg(o->usersTotal)
        .arg(o->usersFailed);
}

// What the server says happened. Empty when it matches the expectation, else what is wrong.
// `userState`: converted|deleted for handled users; `orgDeleted`: whether the org DELETE went
// through (then it must come after every user event).
QString checkServer(const QJsonObject &state, const QString &userState, bool orgDeleted)
{
    QStringList problems;
    const QString actorId = state.value(QLatin1String("actor")).toObject().value(QLatin1String("id")).toString();
    int handledUsers = 0;
    for (const QJsonValue &v : state.value(QLatin1String("users")).toArray()) {
        const QJsonObject u = v.toObject();
        const QString email = u.value(QLatin1String("email")).toString();
        const int transitions = u.value(QLatin1String("transitions")).toInt();
        const QString s = u.value(QLatin1String("state")).toString();
        if (u.value(QLatin1String("id")).toString() == actorId) {
            if (s != QLatin1String("active") || transitions != 0)
                problems << QStringLiteral("the acting admin %1 was touched (%2, %3 transitions)")
                                .arg(email, s)
                                .arg(transitions);
            continue;
        }
        ++handledUsers;
        if (!userState.isEmpty() && (s != userState || transitions != 1))
            problems << QStringLiteral("%1 is %2 with %3 transitions").arg(email, s).arg(transitions);
    }
    const QJsonObject org = state.value(QLatin1String("org")).toObject();
    const QString orgState = org.value(QLatin1String("state")).toString();
    int lastUserEvent = -1;
    int userEvents = 0;
    int orgAccepted = -1;
    int orgAcceptedCount = 0;
    for (const QJsonValue &v : state.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString kind = e.value(QLatin1String("kind")).toString();
        const int seq = e.value(QLatin1String("seq")).toInt();
        if (kind == QLatin1String("user_converted") || kind == QLatin1String("user_deleted")) {
            ++userEvents;
            lastUserEvent = std::max(lastUserEvent, seq);
        } else if (kind == QLatin1String("org_delete_accepted")) {
            orgAccepted = seq;
            ++orgAcceptedCount;
        }
    }
    if (!userState.isEmpty() && userEvents != handledUsers)
        problems << QStringLiteral("%1 user events for %2 users").arg(userEvents).arg(handledUsers);
    if (orgDeleted) {
        if (orgState != QLatin1String("deleting") && orgState != QLatin1String("deleted"))
            problems << QStringLiteral("the org is %1").arg(orgState);
        if (orgAcceptedCount != 1)
            problems << QStringLiteral("%1 accepted org DELETEs").arg(orgAcceptedCount);
        if (orgAccepted < lastUserEvent)
            problems << QStringLiteral("the org DELETE (event %1) came before a user (event %2)")
                            .arg(orgAccepted)
                            .arg(lastUserEvent);
    } else if (orgState != QLatin1String("active") || orgAcceptedCount != 0) {
        problems << QStringLiteral("the org should be intact but is %1").arg(orgState);
    }
    return problems.join(QStringLiteral("; "));
}

int usersInState(const QJsonObject &state, const QString &userState)
{
    int n = 0;
    for (const QJsonValue &v : state.value(QLatin1String("users")).toArray())
        n += v.toObject().value(QLatin1String("state")).toString() == userState ? 1 : 0;
    return n;
}

int maxTransitions(const QJsonObject &state)
{
    int n = 0;
    for (const QJsonValue &v : state.value(QLatin1String("users")).toArray())
        n = std::max(n, v.toObject().value(QLatin1String("transitions")).toInt());
    return n;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString renewToken(SandboxFixture &f)
{
    QUrl url = f.baseUrl();
    url.setPath(QStringLiteral("/_sandbox/renewToken"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = f.nam()->post(request, QByteArray("{}"));
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000);
    const QString token =
        QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("token")).toString();
    reply->deleteLater();
    return token;
}

FaultConfig quickFaults()
{
    FaultConfig faults;
    faults.orgDeletionDelayMs = 150;
    return faults;
}

RunnerOptions quickOptions(const QTemporaryDir &dir)
{
    RunnerOptions o;
    o.journalPath = dir.filePath(QStringLiteral("run.jsonl"));
    o.confirmPollIntervalMs = 50;
    o.confirmTimeoutMs = 10'000;
    return o;
}

} // namespace

class TestDeletionRunner : public QObject
{
    Q_OBJECT

private slots:
    void runsToDeletion_data()
    {
        QTest::addColumn<QString>("disposition");
        QTest::addColumn<bool>("useBulk");
        QTest::addColumn<bool>("serverOffersBulk");
        QTest::addColumn<bool>("publicApiOnly");
        QTest::addColumn<int>("expectedPersonDeletes");
        QTest::addColumn<int>("expectedBulkRequests");
        // 150 users: two SCIM Bulk requests (100 + 50).
        QTest::newRow("convert every user") << "convert" << true << true << false << 0 << 0;
        QTest::newRow("delete with SCIM Bulk") << "delete" << true << true << false << 0 << 2;
        QTest::newRow("delete one by one") << "delete" << false << true << false << 150 << 0;
        QTest::newRow("delete, Bulk not offered: falls back") << "delete" << true << false << false
                                                              << 150 << -1;
        QTest::newRow("delete on the public API only") << "delete" << true << true << true << 0 << 2;
    }
    void runsToDeletion()
    {
        QFETCH(QString, disposition);
        QFETCH(bool, useBulk);
        QFETCH(bool, serverOffersBulk);
        QFETCH(bool, publicApiOnly);
        QFETCH(int, expectedPersonDeletes);
        QFETCH(int, expectedBulkRequests);
        FaultConfig faults = quickFaults();
        faults.scimBulk = serverOffersBulk;
        faults.publicApiOnly = publicApiOnly;
        SandboxFixture f(SandboxFixture::smallScenario(150), faults);
        QVERIFY2(f.start(), qPrintable(f.error()));
        QString why;
        const auto snapshot = loadSnapshot(f.client(), &why);
        QVERIFY2(snapshot, qPrintable(why));
        const DeletionPlan plan = planFor(*snapshot, *userDispositionFromWire(disposition));
        QCOMPARE(plan.users.size(), 150);

        QTemporaryDir dir;
        RunnerOptions options = quickOptions(dir);
        options.useScimBulk = useBulk;
        DeletionRunner runner(f.client(), options);
        QList<RunProgress> progress;
        connect(&runner, &DeletionRunner::progress, this,
                [&](const RunProgress &p) { progress.append(p); });
        const auto outcome = runToEnd(runner, [&] { runner.start(plan); });
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        QVERIFY2(outcome->confirmed, "the organization answered 404 before the deadline");
        QCOMPARE(outcome->usersHandled, 150);
        QCOMPARE(outcome->usersFailed, 0);
        QVERIFY(!outcome->resumable);

        const QJsonObject state = f.state();
        const QString expected = disposition == QLatin1String("convert") ? QStringLiteral("converted")
                                                                          : QStringLiteral("deleted");
        const QString problems = checkServer(state, expected, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(f.routeCount(QStringLiteral("DELETE /v1/people/{id}")), expectedPersonDeletes);
        if (expectedBulkRequests >= 0)
            QCOMPARE(f.routeCount(QStringLiteral("POST /identity/scim/{orgUuid}/v2/Bulk")),
                     expectedBulkRequests);
        // On the public API only, four checks are unknown: the organization's DELETE goes first
        // as a probe (409: only the users block), then once more after them (#17).
        QCOMPARE(f.routeCount(QStringLiteral("DELETE /v1/organizations/{id}")), publicApiOnly ? 2 : 1);

        // The receipt: who, which org, every user with a tracking id, the org DELETE's id.
        const QJsonObject receipt = outcome->receipt;
        QCOMPARE(receipt.value(QLatin1String("status")).toString(), QStringLiteral("deleted"));
        QCOMPARE(receipt.value(QLatin1String("who")).toObject().value(QLatin1String("email")).toString(),
                 QStringLiteral("admin@testorg.example"));
        QCOMPARE(receipt.value(QLatin1String("organization")).toObject().value(QLatin1String("id")).toString(),
                 plan.orgId);
        const QJsonArray users = receipt.value(QLatin1String("users")).toArray();
        QCOMPARE(users.size(), 150);
        for (const QJsonValue &u : users) {
            QCOMPARE(u.toObject().value(QLatin1String("outcome")).toString(), expected);
            QVERIFY2(!u.toObject().value(QLatin1String("trackingId")).toString().isEmpty(),
                     "every user's outcome carries the server's tracking id");
        }
        QCOMPARE(receipt.value(QLatin1String("totals")).toObject().value(expected).toInt(), 150);
        QVERIFY(!receipt.value(QLatin1String("organizationDelete")).toObject()
                     .value(QLatin1String("trackingId")).toString().isEmpty());

        // Never the token, in the receipt or the journal.
        const QByteArray token = f.token().toUtf8();
        QVERIFY(!token.isEmpty());
        QVERIFY2(!QJsonDocument(receipt).toJson().contains(token), "the token leaked into the receipt");
        const QByteArray journal = readAll(options.journalPath);
        QVERIFY(!journal.isEmpty());
        QVERIFY2(!journal.contains(token), "the token leaked into the journal");
        QString error;
        const auto summary = Journal::read(options.journalPath, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->usersDone, 150);
        QCOMPARE(summary->finalStatus, QStringLiteral("deleted"));
        QVERIFY(!summary->isPending());

        // Progress: phases in order, coalesced, the last one Done.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constFirst().phase, RunPhase::Verifying);
        QCOMPARE(progress.constLast().phase, RunPhase::Done);
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY2(int(progress.at(i).phase) >= int(progress.at(i - 1).phase), "phases go forward");
        QVERIFY2(progress.size() < 60, qPrintable(QStringLiteral("%1 progress events for 150 users")
                                                      .arg(progress.size())));
    }

    void conflictAtTheFinalDeleteBlocksThenResumeDeletes()
    {
        FaultConfig faults = quickFaults();
        faults.conflictAtDelete = {QStringLiteral("linked_sites"), QStringLiteral("directory_sync")};
        SandboxFixture f(SandboxFixture::smallScenario(20), faults);
        QVERIFY2(f.start(), qPrintable(f.error()));
        QString why;
        const auto snapshot = loadSnapshot(f.client(), &why);
        QVERIFY2(snapshot, qPrintable(why));
        QTemporaryDir dir;
        const RunnerOptions options = quickOptions(dir);
        {
            DeletionRunner runner(f.client(), options);
            const auto outcome = runToEnd(runner, [&] {
                runner.start(planFor(*snapshot, UserDisposition::Delete));
            });
            QVERIFY2(outcome && outcome->status == RunOutcome::Status::Blocked,
                     qPrintable(describe(outcome)));
            QCOMPARE(outcome->blockers.size(), 2);
            QCOMPARE(outcome->blockers.at(0).code, BlockerCode::LinkedSites);
            QCOMPARE(outcome->blockers.at(1).code, BlockerCode::DirectorySync);
            QVERIFY(outcome->resumable);
            QVERIFY2(!outcome->trackingIds.isEmpty(), "the 409's tracking id is kept");
            QCOMPARE(outcome->usersHandled, 20);
            const QString problems = checkServer(f.state(), QStringLiteral("deleted"), false);
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
            QCOMPARE(outcome->receipt.value(QLatin1String("organizationDelete")).toObject()
                         .value(QLatin1String("status")).toInt(),
                     409);
        }
        // The conflict was once: a resume sends the DELETE again and touches no user twice.
        DeletionRunner again(f.client(), options);
        const auto outcome = runToEnd(again, [&] { again.resume(options.journalPath); });
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        const QString problems = checkServer(f.state(), QStringLiteral("deleted"), true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(f.routeCount(QStringLiteral("POST /identity/scim/{orgUuid}/v2/Bulk")), 1);
    }

    void changedOrganizationAbortsWithNothingDone_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a user joined after the check") << "user joined" << "joined";
        QTest::newRow("a user left after the check") << "user left" << "left";
        QTest::newRow("the organization was renamed") << "renamed" << "name changed";
        QTest::newRow("a blocker went away") << "blocker" << "blockers changed";
        QTest::newRow("another admin") << "actor" << "signed in as";
    }
    void changedOrganizationAbortsWithNothingDone()
    {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        SandboxFixture f(SandboxFixture::smallScenario(10), quickFaults());
        QVERIFY2(f.start(), qPrintable(f.error()));
        QString why;
        auto snapshot = loadSnapshot(f.client(), &why);
        QVERIFY2(snapshot, qPrintable(why));
        // The plan is built from what the admin saw; the server is what it is now.
        OrgSnapshot seen = *snapshot;
        if (change == QLatin1String("user joined"))
            seen.users.removeLast();
        else if (change == QLatin1String("user left"))
            seen.users.append(Person{QStringLiteral("Z2hvc3Q"), QStringLiteral("ghost@testorg.example"), {}});
        else if (change == QLatin1String("renamed"))
            seen.orgDisplayName = QStringLiteral("Test Org (old name)");
        else if (change == QLatin1String("blocker"))
            seen.linkedSites = QStringList{QStringLiteral("testorg.webex.com")};
        else
            seen.actor.email = QStringLiteral("someone.else@testorg.example");
        const DeletionPlan plan = planFor(seen, UserDisposition::Delete);

        QTemporaryDir dir;
        const RunnerOptions options = quickOptions(dir);
        DeletionRunner runner(f.client(), options);
        const int requestsBefore = f.requestCount();
        const auto outcome = runToEnd(runner, [&] { runner.start(plan); });
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Changed, qPrintable(describe(outcome)));
        QVERIFY2(outcome->message.contains(expected), qPrintable(outcome->message));
        QVERIFY(!outcome->resumable);
        QCOMPARE(outcome->usersHandled, 0);
        QVERIFY2(!QFile::exists(options.journalPath), "nothing is journaled for a run that never began");
        const QJsonObject state = f.state();
        QCOMPARE(usersInState(state, QStringLiteral("active")), 11);
        QVERIFY2(state.value(QLatin1String("events")).toArray().isEmpty(), "the server saw no change");
        QVERIFY2(f.requestCount() - requestsBefore <= 12, "only the re-read happened");
    }

    void cancelMidRunThenResume_data()
    {
        QTest::addColumn<QString>("disposition");
        QTest::newRow("convert") << "convert";
        QTest::newRow("delete one by one") << "delete";
    }
    void cancelMidRunThenResume()
    {
        QFETCH(QString, disposition);
        FaultConfig faults = quickFaults();
        faults.latencyMs = 5;
        SandboxFixture f(SandboxFixture::smallScenario(200), faults);
        QVERIFY2(f.start(), qPrintable(f.error()));
        QString why;
        const auto snapshot = loadSnapshot(f.client(), &why);
        QVERIFY2(snapshot, qPrintable(why));
        QTemporaryDir dir;
        RunnerOptions options = quickOptions(dir);
        options.useScimBulk = false;
        options.userConcurrency = 4;
        options.progressIntervalMs = 10;
        int cancelledAt = -1;
        {
            DeletionRunner runner(f.client(), options);
            connect(&runner, &DeletionRunner::progress, this, [&](const RunProgress &p) {
                if (cancelledAt < 0 && p.phase == RunPhase::Users && p.done >= 40) {
                    cancelledAt = p.done;
                    QVERIFY(runner.cancel());
                }
            });
            const auto outcome = runToEnd(runner, [&] {
                runner.start(planFor(*snapshot, *userDispositionFromWire(disposition)));
            });
            QVERIFY2(outcome && outcome->status == RunOutcome::Status::Cancelled,
                     qPrintable(describe(outcome)));
            QVERIFY(outcome->resumable);
            QCOMPARE(outcome->journalPath, options.journalPath);
            QVERIFY2(outcome->usersHandled >= cancelledAt && outcome->usersHandled < 200,
                     qPrintable(QString::number(outcome->usersHandled)));
            QVERIFY(!runner.cancel());
            // What the server did is exactly what the journal recorded: in-flight work finished.
            const QJsonObject state = f.state();
            const QString done = disposition == QLatin1String("convert") ? QStringLiteral("converted")
                                                                          : QStringLiteral("deleted");
            QCOMPARE(usersInState(state, done), outcome->usersHandled);
            QCOMPARE(maxTransitions(state), 1);
            QCOMPARE(state.value(QLatin1String("org")).toObject().value(QLatin1String("state")).toString(),
                     QStringLiteral("active"));
        }
        DeletionRunner again(f.client(), options);
        const auto outcome = runToEnd(again, [&] { again.resume(options.journalPath); });
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        QCOMPARE(outcome->usersHandled, 200);
        QVERIFY(outcome->receipt.value(QLatin1String("resumed")).toBool());
        const QString problems = checkServer(
            f.state(), disposition == QLatin1String("convert") ? QStringLiteral("converted")
                                                               : QStringLiteral("deleted"),
            true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // Resumed users are not sent again: one request per user overall (no retries happen here).
        const int perUser = disposition == QLatin1String("convert")
            ? f.routeCount(QStringLiteral("POST /v1/controlHub/organizations/{orgId}/people/{personId}/convert"))
            : f.routeCount(QStringLiteral("DELETE /v1/people/{id}"));
        QCOMPARE(perUser, 200);
    }

    void tokenExpiryStopsThenResumeWithRenewedToken()
    {
        FaultConfig faults = quickFaults();
        faults.tokenExpiresAfterRequests = 60;
        SandboxFixture f(SandboxFixture::smallScenario(120), faults);
        QVERIFY2(f.start(), qPrintable(f.error()));
        QString why;
        const auto snapshot = loadSnapshot(f.client(), &why);
        QVERIFY2(snapshot, qPrintable(why));
        QTemporaryDir dir;
        RunnerOptions options = quickOptions(dir);
        {
            DeletionRunner runner(f.client(), options);
            const auto outcome = runToEnd(runner, [&] {
                runner.start(planFor(*snapshot, UserDisposition::Convert));
            });
            QVERIFY2(outcome && outcome->status == RunOutcome::Status::Failed, qPrintable(describe(outcome)));
            QCOMPARE(outcome->error.kind, ApiError::Kind::Unauthorized);
            QVERIFY(outcome->resumable);
            QVERIFY2(outcome->usersHandled > 0 && outcome->usersHandled < 120,
                     qPrintable(QString::number(outcome->usersHandled)));
            const QJsonObject state = f.state();
            QCOMPARE(usersInState(state, QStringLiteral("converted")), outcome->usersHandled);
            QCOMPARE(state.value(QLatin1String("org")).toObject().value(QLatin1String("state")).toString(),
                     QStringLiteral("active"));
        }
        // The admin signs in again: a renewed token (that no longer expires) continues the run.
        f.server()->setFaults(quickFaults());
        const QString token = renewToken(f);
        QVERIFY(!token.isEmpty());
        f.client()->setToken(token);
        DeletionRunner again(f.client(), options);
        const auto outcome = runToEnd(again, [&] { again.resume(options.journalPath); });
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        const QString problems = checkServer(f.state(), QStringLiteral("converted"), true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY2(!readAll(options.journalPath).contains(token.toUtf8()), "the token leaked into the journal");
    }

    void resumeAfterATornJournalLine()
    {
        SandboxFixture f(SandboxFixture::smallScenario(60), quickFaults());
        QVERIFY2(f.start(), qPrintable(f.error()));
        QString why;
        const auto snapshot = loadSnapshot(f.client(), &why);
        QVERIFY2(snapshot, qPrintable(why));
        QTemporaryDir dir;
        RunnerOptions options = quickOptions(dir);
        options.useScimBulk = false;
        options.userConcurrency = 2;
        options.progressIntervalMs = 1;
        {
            DeletionRunner runner(f.client(), options);
            connect(&runner, &DeletionRunner::progress, this, [&](const RunProgress &p) {
                if (p.phase == RunPhase::Users && p.done >= 10)
                    runner.cancel();
            });
            const auto outcome = runToEnd(runner, [&] {
                runner.start(planFor(*snapshot, UserDisposition::Delete));
            });
            QVERIFY2(outcome && outcome->status == RunOutcome::Status::Cancelled,
                     qPrintable(describe(outcome)));
        }
        // A crash while writing the next line: half a record, no newline.
        {
            QFile journal(options.journalPath);
            QVERIFY(journal.open(QIODevice::Append));
            journal.write("{\"type\":\"user\",\"id\":\"Y2lz");
        }
        DeletionRunner again(f.client(), options);
        const auto outcome = runToEnd(again, [&] { again.resume(options.journalPath); });
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        const QString problems = checkServer(f.state(), QStringLiteral("deleted"), true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QString error;
        const auto summary = Journal::read(options.journalPath, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->usersDone, 60);
    }

    void resumeAfterTheOrgDeleteWasSentButNotAnswered()
    {
        SandboxFixture f(SandboxFixture::smallScenario(5), quickFaults());
        QVERIFY2(f.start(), qPrintable(f.error()));
        QString why;
        const auto snapshot = loadSnapshot(f.client(), &why);
        QVERIFY2(snapshot, qPrintable(why));
        QTemporaryDir dir;
        const RunnerOptions options = quickOptions(dir);
        {
            DeletionRunner runner(f.client(), options);
            const auto outcome = runToEnd(runner, [&] {
                runner.start(planFor(*snapshot, UserDisposition::Delete));
            });
            QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        }
        // Cut the journal right after "org_delete_sent", as if the process died awaiting the answer.
        QByteArray journal = readAll(options.journalPath);
        const qsizetype sent = journal.indexOf("\"org_delete_sent\"");
        QVERIFY(sent > 0);
        journal.truncate(journal.indexOf('\n', sent) + 1);
        {
            QFile file(options.journalPath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(journal);
        }
        DeletionRunner again(f.client(), options);
        const auto outcome = runToEnd(again, [&] { again.resume(options.journalPath); });
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        QVERIFY(outcome->confirmed);
        const QString problems = checkServer(f.state(), QStringLiteral("deleted"), true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(f.routeCount(QStringLiteral("POST /identity/scim/{orgUuid}/v2/Bulk")), 1);
    }

    void cancelIsRefusedOnceTheOrgDeleteIsSent()
    {
        SandboxFixture f(SandboxFixture::smallScenario(3), quickFaults());
        QVERIFY2(f.start(), qPrintable(f.error()));
        QString why;
        const auto snapshot = loadSnapshot(f.client(), &why);
        QVERIFY2(snapshot, qPrintable(why));
        QTemporaryDir dir;
        DeletionRunner runner(f.client(), quickOptions(dir));
        std::optional<bool> cancelAnswer;
        connect(&runner, &DeletionRunner::progress, this, [&](const RunProgress &p) {
            if (p.phase == RunPhase::Confirming && !cancelAnswer)
                cancelAnswer = runner.cancel();
        });
        const auto outcome = runToEnd(runner, [&] {
            runner.start(planFor(*snapshot, UserDisposition::Delete));
        });
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
        QVERIFY(cancelAnswer.has_value());
        QVERIFY2(!*cancelAnswer, "cancel() after the org DELETE must say it is too late");
    }

    void cancelWhileVerifyingChangesNothing()
    {
        SandboxFixture f(SandboxFixture::smallScenario(3), quickFaults());
        QVERIFY2(f.start(), qPrintable(f.error()));
        QString why;
        const auto snapshot = loadSnapshot(f.client(), &why);
        QVERIFY2(snapshot, qPrintable(why));
        QTemporaryDir dir;
        const RunnerOptions options = quickOptions(dir);
        DeletionRunner runner(f.client(), options);
        const auto outcome = runToEnd(runner, [&] {
            runner.start(planFor(*snapshot, UserDisposition::Delete));
            QVERIFY(runner.cancel());
        });
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Cancelled, qPrintable(describe(outcome)));
        QVERIFY(!outcome->resumable);
        QVERIFY(!QFile::exists(options.journalPath));
        QVERIFY(f.state().value(QLatin1String("events")).toArray().isEmpty());
    }

    void planWithBlockersIsRefusedBeforeAnyUser()
    {
        // An org with a linked site: the plan is what the admin saw, but the run must not convert
        // users of an organization whose DELETE would fail.
        Scenario scenario = SandboxFixture::smallScenario(4);
        scenario.linkedSites = {QStringLiteral("testorg.webex.com")};
        SandboxFixture f(scenario, quickFaults());
        QVERIFY2(f.start(), qPrintable(f.error()));
        QString why;
        const auto snapshot = loadSnapshot(f.client(), &why);
        QVERIFY2(snapshot, qPrintable(why));
        QTemporaryDir dir;
        DeletionRunner runner(f.client(), quickOptions(dir));
        const auto outcome = runToEnd(runner, [&] {
            runner.start(planFor(*snapshot, UserDisposition::Convert));
        });
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Blocked, qPrintable(describe(outcome)));
        QCOMPARE(outcome->blockers.size(), 1);
        QCOMPARE(outcome->blockers.constFirst().code, BlockerCode::LinkedSites);
        QVERIFY(f.state().value(QLatin1String("events")).toArray().isEmpty());
    }

    void resumeWithAnotherAdminsTokenIsRefused()
    {
        SandboxFixture f(SandboxFixture::smallScenario(3), quickFaults());
        QVERIFY2(f.start(), qPrintable(f.error()));
        QString why;
        const auto snapshot = loadSnapshot(f.client(), &why);
        QVERIFY2(snapshot, qPrintable(why));
        DeletionPlan plan = planFor(*snapshot, UserDisposition::Delete);
        plan.actorId = QStringLiteral("c29tZWJvZHkgZWxzZQ");
        QTemporaryDir dir;
        const RunnerOptions options = quickOptions(dir);
        {
            QFile journal(options.journalPath);
            QVERIFY(journal.open(QIODevice::WriteOnly));
            QJsonObject line = plan.toJson();
            line.insert(QStringLiteral("type"), QStringLiteral("plan"));
            journal.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        }
        DeletionRunner runner(f.client(), options);
        const auto outcome = runToEnd(runner, [&] { runner.resume(options.journalPath); });
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Changed, qPrintable(describe(outcome)));
        QVERIFY(f.state().value(QLatin1String("events")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeletionRunner)
#include "tst_deletionrunner.moc"
