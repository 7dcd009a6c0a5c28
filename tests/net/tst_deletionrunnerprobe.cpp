// The probe (#17): when a check of the confirmed verdict is unknown (the public API cannot read
// four of the six 409 conditions), the runner sends the organization's DELETE first, while the
// users exist. Only a 409 naming "more than 1 user" alone lets it touch them; another blocker
// stops the run with nothing changed; a 204 is reported as exactly that. The journal records the
// probe, and a resume repeats it only when none passed. Judged by the sandbox's own state.

#include "ApiClient.h"
#include "DataColumns.h"
#include "DeletionRunner.h"
#include "EligibilityPolicy.h"
#include "Journal.h"
#include "RunnerSpies.h"
#include "SandboxFixture.h"
#include "SandboxRoutes.h"
#include "StateQueries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace wod;
using namespace wod::net;
using wod::sandbox::FaultConfig;
using namespace wod::test;

namespace {

FaultConfig publicApiOnly()
{
    FaultConfig faults;
    faults.publicApiOnly = true; // subscriptions, linked sites, directory sync, managed: unknown
    faults.orgDeletionDelayMs = 150;
    return faults;
}

std::optional<RunOutcome> runPlan(SandboxFixture &f, UserDisposition disposition,
                                  const RunnerOptions &options)
{
    const auto snapshot = loadSnapshot(f.client());
    if (!snapshot)
        return std::nullopt;
    if (EligibilityPolicy::evaluate(*snapshot).unknown.isEmpty())
        return std::nullopt; // the test's premise: some check is unknown
    const DeletionPlan plan = planFor(*snapshot, disposition);
    DeletionRunner runner(f.client(), options);
    return runToEnd(runner, [&] { runner.start(plan); });
}

QList<QByteArray> journalLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

QJsonObject receiptProbe(const RunOutcome &o)
{
    return QJsonDocument::fromJson(o.receipt.toJson()).object().value(QLatin1String("probe")).toObject();
}

} // namespace

class TestDeletionRunnerProbe : public QObject
{
    Q_OBJECT

private slots:
    // Only the users block: the probe's 409 lets the run go on; the org DELETE is sent twice in
    // all, the first time before any user was touched.
    void probePassesThenUsersThenOrganization_data()
    {
        // Delete only: conversion is a Control Hub extension, which the public API lacks.
        QTest::addColumn<int>("disposition");
        QTest::newRow("delete") << int(UserDisposition::Delete);
    }
    void probePassesThenUsersThenOrganization()
    {
        QFETCH(int, disposition);
        SandboxFixture f(SandboxFixture::smallScenario(20), publicApiOnly());
        QVERIFY2(f.start(), qPrintable(f.error()));
        QTemporaryDir dir;
        const RunnerOptions options = quickRunnerOptions(dir);
        const auto o = runPlan(f, UserDisposition(disposition), options);
        QVERIFY2(o && o->status == RunOutcome::Status::Deleted, qPrintable(describe(o)));
        QCOMPARE(o->usersHandled, 20);
        QVERIFY(!o->blockedAtProbe && !o->deletedAtProbe);
        QCOMPARE(f.routeCount(kOrgDeleteRoute), 2);
        const QStringList kinds = eventKinds(f.state());
        QCOMPARE(kinds.first(), QStringLiteral("org_delete_conflict"));
        QCOMPARE(kinds.last(), QStringLiteral("org_delete_accepted"));
        const QJsonObject probe = receiptProbe(*o);
        QCOMPARE(probe.value(QLatin1String("status")).toInt(), 409);
        QVERIFY(probe.value(QLatin1String("passed")).toBool());
        QString error;
        const auto summary = Journal::read(options.journalPath, &error);
        QVERIFY2(summary, qPrintable(error));
        QVERIFY(summary->probeSent && summary->probePassed);
        QCOMPARE(summary->probeStatus, 409);
    }

    // Another blocker named at the probe: Blocked, blockedAtProbe, nothing changed.
    void probeNamesAnotherBlocker_data()
    {
        QTest::addColumn<int>("disposition");
        QTest::newRow("convert") << int(UserDisposition::Convert);
        QTest::newRow("delete") << int(UserDisposition::Delete);
    }
    void probeNamesAnotherBlocker()
    {
        QFETCH(int, disposition);
        Scenario sc = SandboxFixture::smallScenario(20);
        sc.directorySync = true; // unreadable through the public API
        SandboxFixture f(sc, publicApiOnly());
        QVERIFY2(f.start(), qPrintable(f.error()));
        QTemporaryDir dir;
        const auto o = runPlan(f, UserDisposition(disposition), quickRunnerOptions(dir));
        QVERIFY2(o && o->status == RunOutcome::Status::Blocked, qPrintable(describe(o)));
        QVERIFY(o->blockedAtProbe);
        QVERIFY(o->resumable);
        QCOMPARE(o->usersHandled, 0);
        QCOMPARE(o->blockers.size(), 1);
        QCOMPARE(o->blockers.first().code, BlockerCode::DirectorySync);
        QVERIFY2(o->message.contains(QLatin1String("nothing was changed")), qPrintable(o->message));
        const QJsonObject state = f.state();
        QCOMPARE(usersInState(state, QStringLiteral("active")), 21);
        QCOMPARE(eventKinds(state), QStringList{QStringLiteral("org_delete_conflict")});
        QCOMPARE(f.routeCount(kOrgDeleteRoute), 1);
    }

    // A lax server deletes the organization at the probe: the outcome says exactly that.
    void probeDeletesTheOrganization()
    {
        FaultConfig faults = publicApiOnly();
        faults.orgDeleteIgnoresUsers = true;
        SandboxFixture f(SandboxFixture::smallScenario(5), faults);
        QVERIFY2(f.start(), qPrintable(f.error()));
        QTemporaryDir dir;
        const RunnerOptions options = quickRunnerOptions(dir);
        const auto o = runPlan(f, UserDisposition::Convert, options);
        QVERIFY2(o && o->status == RunOutcome::Status::Deleted, qPrintable(describe(o)));
        QVERIFY(o->deletedAtProbe);
        QCOMPARE(o->usersHandled, 0);
        QVERIFY2(o->message.contains(QLatin1String("at the first request")), qPrintable(o->message));
        QVERIFY2(o->message.contains(QLatin1String("none of them")), qPrintable(o->message));
        QCOMPARE(usersInState(f.state(), QStringLiteral("converted")), 0);
        QCOMPARE(receiptProbe(*o).value(QLatin1String("status")).toInt(), 204);
        QCOMPARE(f.routeCount(kOrgDeleteRoute), 1);
    }

    // Resume: a probe sent but never answered is sent again; a passed one never is.
    void resumeProbesAgainOnlyWithoutAPassedProbe_data()
    {
        wod::test::addColumns<bool, int>("probeAnswered", "expectedOrgDeletes");
        QTest::newRow("sent, unanswered: probes again") << false << 2;
        QTest::newRow("passed: no second probe") << true << 1;
    }
    void resumeProbesAgainOnlyWithoutAPassedProbe()
    {
        QFETCH(bool, probeAnswered);
        QFETCH(int, expectedOrgDeletes);
        // A journal stopped right after its probe: taken from a run blocked at the probe (same
        // scenario, so the same ids), cut after probe_sent, or with a passed probe line.
        QTemporaryDir dir;
        QString planLine;
        {
            Scenario blocked = SandboxFixture::smallScenario(10);
            blocked.directorySync = true;
            SandboxFixture first(blocked, publicApiOnly());
            QVERIFY2(first.start(), qPrintable(first.error()));
            const RunnerOptions options = quickRunnerOptions(dir, QStringLiteral("first.jsonl"));
            const auto o = runPlan(first, UserDisposition::Delete, options);
            QVERIFY2(o && o->blockedAtProbe, qPrintable(describe(o)));
            const QList<QByteArray> lines = journalLines(options.journalPath);
            QVERIFY(lines.size() >= 2);
            QVERIFY(lines.at(1).contains("\"probe_sent\""));
            planLine = QString::fromUtf8(lines.at(0));
        }
        QByteArray journal = planLine.toUtf8() + "\n{\"type\":\"probe_sent\"}\n";
        if (probeAnswered)
            journal += "{\"type\":\"probe\",\"status\":409,\"passed\":true,"
                       "\"blockers\":[\"multiple_users\"]}\n";
        const QString path = dir.filePath(QStringLiteral("resume.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(journal);
        file.close();

        SandboxFixture f(SandboxFixture::smallScenario(10), publicApiOnly());
        QVERIFY2(f.start(), qPrintable(f.error()));
        DeletionRunner runner(f.client(), quickRunnerOptions(dir, QStringLiteral("unused.jsonl")));
        const auto o = runToEnd(runner, [&] { runner.resume(path); });
        QVERIFY2(o && o->status == RunOutcome::Status::Deleted, qPrintable(describe(o)));
        QCOMPARE(usersInState(f.state(), QStringLiteral("deleted")), 10);
        QCOMPARE(f.routeCount(kOrgDeleteRoute), expectedOrgDeletes);
    }
};

QTEST_GUILESS_MAIN(TestDeletionRunnerProbe)
#include "tst_deletionrunnerprobe.moc"
