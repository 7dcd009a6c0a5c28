// Wrong-organization guards, end to end against a standalone webex-sandbox:
//  - the typed name must equal the display name exactly: case, leading/trailing/inner whitespace,
//    Unicode lookalikes (Cyrillic letters, zero-width and full-width characters), another name
//    and an empty one are refused by the real CLI with nothing done on the server (tst_clidelete
//    relies on this for --confirm);
//  - the organization changes between the check and the commit (a user added or removed, the
//    name changed, a blocker appeared, another organization with the same name behind the same
//    address): the sandbox process is restarted on the same port with the changed organization
//    after the plan was made, and the commit aborts with nothing done (the sandbox's state shows
//    no event, no org DELETE, every user active).

#include "ApiClient.h"
#include "DataColumns.h"
#include "DeletionPlan.h"
#include "DeletionRunner.h"
#include "OrgSnapshot.h"
#include "ProcessRig.h"
#include "RunnerSpies.h"
#include "WebexId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest>
#include <optional>

using namespace wod;
using namespace wod::net;
using wod::faults::ClientRun;
using wod::faults::ProcessRig;
using namespace wod::test;

namespace {

bool untouched(const QJsonObject &state, int users)
{
    const QJsonObject org = state.value(QLatin1String("org")).toObject();
    return !state.isEmpty() && state.value(QLatin1String("events")).toArray().isEmpty()
        && org.value(QLatin1String("state")).toString() == QLatin1String("active")
        && org.value(QLatin1String("deleteRequests")).toInt() == 0
        && ProcessRig::usersIn(state, QStringLiteral("active")) == users + 1;
}

} // namespace

class TestWrongOrg : public QObject
{
    Q_OBJECT

private slots:
    void typedNameMustMatchExactly_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("lower case") << QStringLiteral("test org");
        QTest::newRow("upper case") << QStringLiteral("TEST ORG");
        QTest::newRow("leading space") << QStringLiteral(" Test Org");
        QTest::newRow("trailing space") << QStringLiteral("Test Org ");
        QTest::newRow("two inner spaces") << QStringLiteral("Test  Org");
        QTest::newRow("tab inside") << QStringLiteral("Test\tOrg");
        QTest::newRow("trailing newline") << QStringLiteral("Test Org\n");
        QTest::newRow("no-break space") << QStringLiteral("Test\u00a0Org");
        QTest::newRow("Cyrillic capital O") << QStringLiteral("Test \u041erg");
        QTest::newRow("Cyrillic small e") << QStringLiteral("T\u0435st Org");
        QTest::newRow("Greek capital T") << QStringLiteral("\u03a4est Org");
        QTest::newRow("zero-width space") << QStringLiteral("Test\u200b Org");
        QTest::newRow("zero-width joiner at the end") << QStringLiteral("Test Org\u200d");
        QTest::newRow("full-width letters") << QStringLiteral("\uff34est Org");
        QTest::newRow("another organization") << QStringLiteral("Other Org");
        QTest::newRow("empty") << QString();
    }
    void typedNameMustMatchExactly()
    {
        QFETCH(QString, typed);
        QVERIFY(!DeletionPlan::confirmationMatches(typed, QStringLiteral("Test Org")));
        ProcessRig rig;
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(3)), qPrintable(rig.error()));
        const QString journal = rig.path(QStringLiteral("run.jsonl"));
        const ClientRun run = rig.runClient(
            QStringList{QStringLiteral("--delete"), QStringLiteral("--users"), QStringLiteral("delete"),
                        QStringLiteral("--confirm"), typed, QStringLiteral("--journal"), journal}
            + rig.backendArgs());
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.err.contains("Nothing was done"), qPrintable(run.describe()));
        QVERIFY2(untouched(rig.state(), 3), "the server saw a change");
        QVERIFY(!QFile::exists(journal));
        QVERIFY2(!run.out.contains(rig.token().toUtf8()) && !run.err.contains(rig.token().toUtf8()),
                 "the token is never printed");
    }

    void exactNameIsAccepted()
    {
        QVERIFY(DeletionPlan::confirmationMatches(QStringLiteral("Test Org"), QStringLiteral("Test Org")));
        // A leading byte order mark never reaches the CLI's guard (Qt's argv decoding drops it, so
        // "\ufeffTest Org" on the command line IS "Test Org"); the guard itself refuses it.
        QVERIFY(!DeletionPlan::confirmationMatches(QStringLiteral("\ufeffTest Org"), QStringLiteral("Test Org")));
    }

    void changeBetweenCheckAndCommitAbortsWithNothingDone_data()
    {
        // changed: scenario overrides after the check
        wod::test::addColumns<QJsonObject, int>("changed", "usersAfter");
        const QString otherOrgId = WebexId::encode(QStringLiteral("ORGANIZATION"),
                                                   QStringLiteral("00000000-0000-4000-8000-000000000abd"));
        QTest::newRow("a user added") << QJsonObject{{QStringLiteral("generatedUsers"), 11}} << 11;
        QTest::newRow("a user removed") << QJsonObject{{QStringLiteral("generatedUsers"), 9}} << 9;
        QTest::newRow("the name changed")
            << QJsonObject{{QStringLiteral("org"),
                            QJsonObject{{QStringLiteral("id"), ProcessRig::scenario(0).value(QLatin1String("org"))
                                                                   .toObject().value(QLatin1String("id"))},
                                        {QStringLiteral("displayName"), QStringLiteral("Test Org 2")},
                                        {QStringLiteral("created"), QStringLiteral("2026-09-14T09:30:00.000Z")}}}}
            << 10;
        QTest::newRow("a blocker appeared (directory sync)")
            << QJsonObject{{QStringLiteral("directorySync"), true}} << 10;
        QTest::newRow("a blocker appeared (linked site)")
            << QJsonObject{{QStringLiteral("linkedSites"), QJsonArray{QStringLiteral("testorg.webex.com")}}} << 10;
        QTest::newRow("another org with the same name (org id differs)")
            << QJsonObject{{QStringLiteral("org"),
                            QJsonObject{{QStringLiteral("id"), otherOrgId},
                                        {QStringLiteral("displayName"), QStringLiteral("Test Org")},
                                        {QStringLiteral("created"), QStringLiteral("2026-09-14T09:30:00.000Z")}}}}
            << 10;
    }
    void changeBetweenCheckAndCommitAbortsWithNothingDone()
    {
        QFETCH(QJsonObject, changed);
        QFETCH(int, usersAfter);
        ProcessRig rig;
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(10)), qPrintable(rig.error()));

        // The check: what the admin saw and confirmed.
        QNetworkAccessManager nam;
        ApiClientOptions fast;
        fast.requestTimeoutMs = 5'000;
        fast.maxRetries = 2;
        fast.backoffBaseMs = 50;
        ApiClient client(&nam, QUrl(rig.apiUrl()), rig.token(), fast);
        QString why;
        const auto snapshot = loadSnapshot(&client, &why);
        QVERIFY2(snapshot, qPrintable(why));
        const DeletionPlan plan = planFor(*snapshot, UserDisposition::Delete);
        QCOMPARE(plan.orgDisplayName, QStringLiteral("Test Org"));

        // Meanwhile the organization behind the same address changes.
        rig.stopSandbox();
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(10, {}, changed)), qPrintable(rig.error()));
        ApiClient commitClient(&nam, QUrl(rig.apiUrl()), rig.token(), fast);
        const int requestsBefore = int(rig.state().value(QLatin1String("counters")).toObject()
                                           .value(QLatin1String("requests")).toInteger());

        // The commit.
        QTemporaryDir dir;
        RunnerOptions options = quickRunnerOptions(dir);
        options.confirmTimeoutMs = 5'000;
        DeletionRunner runner(&commitClient, options);
        const auto outcome = runToEnd(runner, [&] { runner.start(plan); }, 30'000);
        QVERIFY(outcome);
        QVERIFY2(outcome->status == RunOutcome::Status::Changed || outcome->status == RunOutcome::Status::Failed,
                 qPrintable(toWireName(outcome->status) + QStringLiteral(": ") + outcome->message));
        QVERIFY2(!outcome->message.isEmpty(), "the admin is told why");
        QCOMPARE(outcome->usersHandled, 0);
        const QJsonObject state = rig.state();
        QVERIFY2(untouched(state, usersAfter),
                 qPrintable(QStringLiteral("the server saw a change: ")
                            + QString::fromUtf8(QJsonDocument(state.value(QLatin1String("events")).toArray())
                                                    .toJson(QJsonDocument::Compact))));
        const int requests = int(state.value(QLatin1String("counters")).toObject()
                                     .value(QLatin1String("requests")).toInteger());
        QVERIFY2(requests - requestsBefore <= 20, "only the re-read happened");
        const QJsonObject byRoute =
            state.value(QLatin1String("counters")).toObject().value(QLatin1String("byRoute")).toObject();
        for (auto it = byRoute.begin(); it != byRoute.end(); ++it)
            QVERIFY2(it.key().startsWith(QLatin1String("GET ")), qPrintable(it.key()));
    }
};

QTEST_GUILESS_MAIN(TestWrongOrg)
#include "tst_wrongorg.moc"
