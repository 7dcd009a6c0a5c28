// webex-org-delete --delete / --resume as a user runs it: exit codes (0 deleted, 2 usage or input,
// 3 not eligible, 4 network or authorization, 5 stopped with the organization intact), the
// --confirm guard (nothing happens on the server without it; every near miss of the exact name is
// tst_wrongorg's), --dry-run, and never the token on stdout or stderr. The server is a standalone
// webex-sandbox.

#include "DataColumns.h"
#include "ProcessRig.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using wod::faults::ClientRun;
using wod::faults::ProcessRig;

namespace {

QStringList deleteArgs(const QString &users, const QString &confirm, const QString &journal)
{
    return {QStringLiteral("--delete"), QStringLiteral("--users"), users, QStringLiteral("--confirm"),
            confirm, QStringLiteral("--journal"), journal};
}

// Runs the client's delete of the sandbox's "Test Org" (`users`: "delete" or "convert") with its
// journal at `journal`; `extra` arguments go before the back-end's.
ClientRun deleteTestOrg(ProcessRig &rig, const QString &users, const QString &journal,
                        const QStringList &extra = {}, int timeoutMs = 60'000)
{
    return rig.runClient(deleteArgs(users, QStringLiteral("Test Org"), journal) + extra
                             + rig.backendArgs(),
                         timeoutMs);
}

bool untouched(const QJsonObject &state)
{
    return !state.isEmpty() && state.value(QLatin1String("events")).toArray().isEmpty()
        && state.value(QLatin1String("org")).toObject().value(QLatin1String("state")).toString()
        == QLatin1String("active");
}

bool leaksToken(const ClientRun &run, const QString &token)
{
    return run.out.contains(token.toUtf8()) || run.err.contains(token.toUtf8());
}

} // namespace

class TestCliDelete : public QObject
{
    Q_OBJECT

private slots:
    void deleteWithoutConfirmIsRefused()
    {
        ProcessRig rig;
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(2)), qPrintable(rig.error()));
        const ClientRun run = rig.runClient(QStringList{QStringLiteral("--delete"), QStringLiteral("--users"),
                                                        QStringLiteral("convert")}
                                            + rig.backendArgs());
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY(run.err.contains("--confirm"));
        QVERIFY(untouched(rig.state()));
    }

    void dryRunPrintsThePlanAndChangesNothing()
    {
        ProcessRig rig;
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(4)), qPrintable(rig.error()));
        const ClientRun run = rig.runClient(QStringList{QStringLiteral("--delete"), QStringLiteral("--users"),
                                                        QStringLiteral("convert"), QStringLiteral("--dry-run")}
                                            + rig.backendArgs());
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject state = rig.state();
        for (const QJsonValue &u : state.value(QLatin1String("users")).toArray()) {
            const QByteArray email = u.toObject().value(QLatin1String("email")).toString().toUtf8();
            if (email != "admin@testorg.example")
                QVERIFY2(run.out.contains(email), email.constData());
        }
        QVERIFY(run.out.contains("DELETE the organization \"Test Org\""));
        QVERIFY(run.out.contains("nothing was changed"));
        QVERIFY(untouched(state));

        const ClientRun json = rig.runClient(QStringList{QStringLiteral("--delete"), QStringLiteral("--users"),
                                                         QStringLiteral("delete"), QStringLiteral("--dry-run"),
                                                         QStringLiteral("--json")}
                                             + rig.backendArgs());
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonObject plan = QJsonDocument::fromJson(json.out).object();
        QVERIFY(plan.value(QLatin1String("dryRun")).toBool());
        const QJsonArray steps = plan.value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.size(), 5);
        QCOMPARE(steps.last().toObject().value(QLatin1String("action")).toString(),
                 QStringLiteral("delete_organization"));
        QVERIFY(untouched(rig.state()));
    }

    void notEligibleExitsThreeWithNothingDone()
    {
        ProcessRig rig;
        const QJsonObject scenario = ProcessRig::scenario(
            3, {}, {{QStringLiteral("linkedSites"), QJsonArray{QStringLiteral("testorg.webex.com")}}});
        QVERIFY2(rig.startSandbox(scenario), qPrintable(rig.error()));
        const ClientRun run = deleteTestOrg(rig, QStringLiteral("convert"),
                                            rig.path(QStringLiteral("run.jsonl")));
        QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
        QVERIFY(run.out.contains("Linked sites"));
        QVERIFY(untouched(rig.state()));
    }

    void deletesAndExitsZero_data()
    {
        wod::test::addColumns<QString, QString>("users", "expected");
        QTest::newRow("convert") << "convert" << "converted";
        QTest::newRow("delete") << "delete" << "deleted";
    }
    void deletesAndExitsZero()
    {
        QFETCH(QString, users);
        QFETCH(QString, expected);
        ProcessRig rig;
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(25, {{QStringLiteral("orgDeletionDelayMs"), 200}})),
                 qPrintable(rig.error()));
        const QString receiptPath = rig.path(QStringLiteral("receipt.json"));
        const ClientRun run = deleteTestOrg(rig, users, rig.path(QStringLiteral("run.jsonl")),
                                            {QStringLiteral("--receipt"), receiptPath});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains("was deleted"));
        const QString problems = ProcessRig::checkFinalState(rig.state(), expected, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QFile receipt(receiptPath);
        QVERIFY(receipt.open(QIODevice::ReadOnly));
        const QByteArray receiptData = receipt.readAll();
        const QJsonObject r = QJsonDocument::fromJson(receiptData).object();
        QCOMPARE(r.value(QLatin1String("status")).toString(), QStringLiteral("deleted"));
        QCOMPARE(r.value(QLatin1String("users")).toArray().size(), 25);
        QVERIFY(!receiptData.contains(rig.token().toUtf8()));
        QVERIFY(!leaksToken(run, rig.token()));
    }

    // Against a server that cannot report four checks (the public API only), --delete refuses
    // until the admin names every one with --confirm-unknown, as the wizard's tick boxes do.
    void unknownChecksNeedConfirmUnknown()
    {
        ProcessRig rig;
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(3, {{QStringLiteral("publicApiOnly"), true},
                                                           {QStringLiteral("orgDeletionDelayMs"), 0}})),
                 qPrintable(rig.error()));
        const QString journal = rig.path(QStringLiteral("run.jsonl"));
        const QStringList args = deleteArgs(QStringLiteral("delete"), QStringLiteral("Test Org"), journal)
            + rig.backendArgs();
        ClientRun run = rig.runClient(args);
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.err.contains("--confirm-unknown") && run.err.contains("Nothing was done"),
                 qPrintable(run.describe()));
        QVERIFY2(untouched(rig.state()), "the server saw a change");
        QVERIFY(!QFile::exists(journal));

        // The dry run says what is missing.
        run = rig.runClient(args + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(run.out.contains("--confirm-unknown"), qPrintable(run.describe()));
        QVERIFY2(untouched(rig.state()), "the server saw a change");

        // Naming only some of them is not enough.
        run = rig.runClient(args + QStringList{QStringLiteral("--confirm-unknown"), QStringLiteral("linked_sites")});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(untouched(rig.state()), "the server saw a change");

        run = rig.runClient(args + QStringList{QStringLiteral("--confirm-unknown"),
                                               QStringLiteral("subscriptions,linked_sites,directory_sync,"
                                                              "managed_by,managed_orgs"),
                                               QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(!leaksToken(run, rig.token()));

        // The receipt and the journal's plan keep which checks the admin vouched for: the four the
        // server could not report, sorted ("linked_sites" was named but is known here).
        const QJsonArray expected{QStringLiteral("directory_sync"), QStringLiteral("managed_by"),
                                  QStringLiteral("managed_orgs"), QStringLiteral("subscriptions")};
        const QJsonObject receipt = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(receipt.value(QLatin1String("confirmedUnknown")).toArray(), expected);
        QFile file(journal);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject plan = QJsonDocument::fromJson(file.readLine()).object();
        QCOMPARE(plan.value(QLatin1String("type")).toString(), QStringLiteral("plan"));
        QCOMPARE(plan.value(QLatin1String("confirmedUnknown")).toArray(), expected);
    }

    void conflictExitsFiveThenResumeDeletes()
    {
        ProcessRig rig;
        const QJsonObject faults{{QStringLiteral("conflictAtDelete"), QJsonArray{QStringLiteral("linked_sites")}},
                                 {QStringLiteral("orgDeletionDelayMs"), 200}};
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(10, faults)), qPrintable(rig.error()));
        const QString journal = rig.path(QStringLiteral("run.jsonl"));
        const ClientRun run = deleteTestOrg(rig, QStringLiteral("delete"), journal,
                                            {QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        const QJsonObject receipt = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(receipt.value(QLatin1String("status")).toString(), QStringLiteral("blocked"));
        QCOMPARE(receipt.value(QLatin1String("blockers")).toArray().first().toObject()
                     .value(QLatin1String("code")).toString(),
                 QStringLiteral("linked_sites"));
        QVERIFY(receipt.value(QLatin1String("resumable")).toBool());
        QString problems = ProcessRig::checkFinalState(rig.state(), QStringLiteral("deleted"), false);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        const ClientRun resumed = rig.runClient(QStringList{QStringLiteral("--resume"), journal} + rig.backendArgs());
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        problems = ProcessRig::checkFinalState(rig.state(), QStringLiteral("deleted"), true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // After users were handled, a 409 is reported as it is: the users stay handled.
    void conflictAfterUsersSaysWhatCannotBeUndone()
    {
        ProcessRig rig;
        const QJsonObject faults{{QStringLiteral("conflictAtDelete"), QJsonArray{QStringLiteral("linked_sites")}}};
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(4, faults)), qPrintable(rig.error()));
        const ClientRun run = deleteTestOrg(rig, QStringLiteral("delete"),
                                            rig.path(QStringLiteral("run.jsonl")));
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        QVERIFY2(!run.out.contains("intact"), qPrintable(run.describe()));
        QVERIFY2(run.out.contains("4 users were already converted or deleted")
                     && run.out.contains("cannot be undone"),
                 qPrintable(run.describe()));
    }

    // The receipt goes beside the journal whatever its name (#18): "DIR/sub/j1" (no dot) gives
    // "DIR/sub/j1.receipt.json", for the first run and for --resume, never "./.receipt.json".
    void receiptBesideAJournalWithoutADot()
    {
        ProcessRig rig;
        const QJsonObject faults{{QStringLiteral("conflictAtDelete"), QJsonArray{QStringLiteral("linked_sites")}},
                                 {QStringLiteral("orgDeletionDelayMs"), 200}};
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(5, faults)), qPrintable(rig.error()));
        QVERIFY(QDir(rig.dir()).mkpath(QStringLiteral("sub.d")));
        const QString journal = rig.path(QStringLiteral("sub.d/j1"));
        const QString receipt = rig.path(QStringLiteral("sub.d/j1.receipt.json"));
        const QString stray = QDir::current().filePath(QStringLiteral(".receipt.json"));
        QFile::remove(stray); // left by an earlier build's bug
        const ClientRun run = deleteTestOrg(rig, QStringLiteral("delete"), journal);
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        QVERIFY2(QFile::exists(receipt), qPrintable(run.describe()));
        QVERIFY(QFile::remove(receipt));
        const ClientRun resumed = rig.runClient(QStringList{QStringLiteral("--resume"), journal} + rig.backendArgs());
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        QVERIFY2(QFile::exists(receipt), qPrintable(resumed.describe()));
        QVERIFY2(resumed.out.contains(receipt.toUtf8()), qPrintable(resumed.describe()));
        QVERIFY(!QFile::exists(stray));
        QVERIFY(!QFile::exists(rig.path(QStringLiteral(".receipt.json"))));
        QVERIFY(!QFile::exists(rig.path(QStringLiteral("sub.receipt.json"))));
    }

    // #18's criterion: a 10,000-user headless deletion against the sandbox answering SCIM Bulk
    // as RFC 7644 and Cisco's example do completes with exit 0; the receipt counts what the
    // server did, and the organization's DELETE comes after every user.
    void tenThousandUsersWithConformantBulk()
    {
        constexpr int users = 10'000;
        ProcessRig rig;
        const QJsonObject faults{{QStringLiteral("scimBulkRfc"), true},
                                 {QStringLiteral("orgDeletionDelayMs"), 200}};
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(users, faults)), qPrintable(rig.error()));
        const QString journal = rig.path(QStringLiteral("big"));
        const ClientRun run = deleteTestOrg(rig, QStringLiteral("delete"), journal,
                                            {QStringLiteral("--json")}, 120'000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject receipt = QJsonDocument::fromJson(run.out).object();
        const QJsonObject totals = receipt.value(QLatin1String("totals")).toObject();
        const QJsonObject state = rig.state();
        QCOMPARE(totals.value(QLatin1String("deleted")).toInt(), users);
        QCOMPARE(ProcessRig::usersIn(state, QStringLiteral("deleted")), users);
        const QString problems = ProcessRig::checkFinalState(state, QStringLiteral("deleted"), true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(QFile::exists(rig.path(QStringLiteral("big.receipt.json"))));
    }

    // A run that gives up on every user says so in one summarised warning, not one per user.
    void stoppedRunSummarisesItsWarnings()
    {
        ProcessRig rig;
        const QJsonObject faults{{QStringLiteral("scimBulkRfc"), true},
                                 {QStringLiteral("scimBulkStatus"), 500}};
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(249, faults)), qPrintable(rig.error()));
        const QString journal = rig.path(QStringLiteral("run.jsonl"));
        const ClientRun run = deleteTestOrg(rig, QStringLiteral("delete"), journal);
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QCOMPARE(run.err.count("giving up on a user"), 1);
        QVERIFY2(run.err.contains("users in all after 4 attempts each"), qPrintable(run.describe()));
        QCOMPARE(ProcessRig::usersIn(rig.state(), QStringLiteral("deleted")), 0);
    }

    void expiredTokenExitsFourThenResumeWithRenewedToken()
    {
        ProcessRig rig;
        const QJsonObject faults{{QStringLiteral("tokenExpiresAfterRequests"), 40},
                                 {QStringLiteral("orgDeletionDelayMs"), 200}};
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(80, faults)), qPrintable(rig.error()));
        const QString journal = rig.path(QStringLiteral("run.jsonl"));
        const ClientRun run = deleteTestOrg(rig, QStringLiteral("convert"), journal);
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("--resume"), qPrintable(run.describe()));
        const QString twice = ProcessRig::checkNoUserTwice(rig.state());
        QVERIFY2(twice.isEmpty(), qPrintable(twice));
        const QString oldToken = rig.token();

        QVERIFY(rig.setFaults({{QStringLiteral("tokenExpiresAfterRequests"), 0}}));
        QVERIFY(rig.renewToken());
        const ClientRun resumed = rig.runClient(QStringList{QStringLiteral("--resume"), journal} + rig.backendArgs());
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        const QString problems = ProcessRig::checkFinalState(rig.state(), QStringLiteral("converted"), true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(!leaksToken(run, oldToken));
        QVERIFY(!leaksToken(resumed, rig.token()));
    }

    void wrongTokenExitsFour()
    {
        ProcessRig rig;
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(2)), qPrintable(rig.error()));
        QFile token(rig.tokenFile());
        QVERIFY(token.open(QIODevice::WriteOnly | QIODevice::Truncate));
        token.write("not-the-token\n");
        token.close();
        const ClientRun run = rig.runClient(QStringList{QStringLiteral("--check")} + rig.backendArgs());
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QVERIFY(!run.err.contains("not-the-token"));
    }

    void usageAndInputErrorsExitTwo_data()
    {
        wod::test::addColumns<QStringList, QByteArray>("args", "expected");
        QTest::newRow("resume a missing journal")
            << QStringList{QStringLiteral("--resume"), QStringLiteral("/nonexistent/run.jsonl")}
            << QByteArray("no such journal");
        QTest::newRow("a scenario that is not JSON")
            << QStringList{QStringLiteral("--check"), QStringLiteral("--scenario"), QStringLiteral("@BAD@")}
            << QByteArray("bad.json");
        QTest::newRow("plain http to a remote host")
            << QStringList{QStringLiteral("--check"), QStringLiteral("--api-url"),
                           QStringLiteral("http://webexapis.example.com/v1")}
            << QByteArray("refused");
        QTest::newRow("token on the command line")
            << QStringList{QStringLiteral("--check"), QStringLiteral("--token"), QStringLiteral("abc")}
            << QByteArray("--token-file");
    }
    void usageAndInputErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, expected);
        ProcessRig rig;
        const QString bad = rig.path(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        args.replaceInStrings(QStringLiteral("@BAD@"), bad);
        const ClientRun run = rig.runClient(args);
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(expected), qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliDelete)
#include "tst_clidelete.moc"
