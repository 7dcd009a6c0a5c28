// The fault matrix: every fault the sandbox can inject x both choices for the other users
// (convert, delete), each a real webex-org-delete process against a standalone webex-sandbox.
// A row passes when the run completes, or stops with a clear error (exit 4 or 5, a --resume hint)
// and a journal that resumes to completion. After every attempt and at the end the sandbox's
// /_sandbox/state proves: no user handled twice, the acting admin untouched, nothing done that was
// not confirmed (only the chosen transition, only this org), and the org's DELETE accepted once,
// after every user. The matrix is printed as a table and written to fault-matrix.txt next to
// the test binary.

#include "DataColumns.h"
#include "ProcessRig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using wod::faults::ClientRun;
using wod::faults::ProcessRig;

namespace {

// How the fault is brought about, beyond the scenario's "faults" object.
enum class Trigger
{
    Faults,         // the faults object alone
    TokenExpiry,    // token expires mid-run; recovery = renew the token, resume
    SandboxRestart, // the sandbox process SIGKILLed halfway and restarted on the same port
    ClientKill,     // the client SIGKILLed halfway, then resumed
};

struct MatrixRow
{
    QString fault;
    QString choice;
    QString outcome;
    qint64 requests = 0;
    qint64 retries = 0;
    qint64 ms = 0;
};

QList<MatrixRow> &matrix()
{
    static QList<MatrixRow> rows;
    return rows;
}

QString stateOfOrg(const QJsonObject &state)
{
    return state.value(QLatin1String("org")).toObject().value(QLatin1String("state")).toString();
}

qint64 counter(const QJsonObject &state, const char *name)
{
    return state.value(QLatin1String("counters")).toObject().value(QLatin1String(name)).toInteger();
}

// "Nothing done that was not confirmed": every event is a transition of the chosen kind of a
// non-actor user of this org, or the org DELETE of this org.
QString checkOnlyConfirmedActions(const QJsonObject &state, const QString &userEvent)
{
    const QString orgId = state.value(QLatin1String("org")).toObject().value(QLatin1String("id")).toString();
    const QString actorId =
        state.value(QLatin1String("actor")).toObject().value(QLatin1String("id")).toString();
    QStringList problems;
    for (const QJsonValue &v : state.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString kind = e.value(QLatin1String("kind")).toString();
        const QString id = e.value(QLatin1String("id")).toString();
        if (kind.startsWith(QLatin1String("user_")) ? (kind != userEvent || id == actorId)
                                                    : id != orgId)
            problems << QStringLiteral("unconfirmed event %1 on %2").arg(kind, id);
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase()
    {
        QString table;
        const auto line = [&table](const QString &a, const QString &b, const QString &c,
                                   const QString &d, const QString &e, const QString &f) {
            table += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                         .arg(a, -26)
                         .arg(b, -8)
                         .arg(c, -60)
                         .arg(d, 8)
                         .arg(e, 8)
                         .arg(f, 8);
        };
        line(QStringLiteral("fault"), QStringLiteral("choice"), QStringLiteral("outcome"),
             QStringLiteral("requests"), QStringLiteral("retries"), QStringLiteral("time s"));
        for (const MatrixRow &r : matrix())
            line(r.fault, r.choice, r.outcome, QString::number(r.requests),
                 QString::number(r.retries), QString::number(r.ms / 1000.0, 'f', 1));
        table += QStringLiteral(
            "requests: API requests the sandbox counted; retries: answers it faulted (429, 5xx, "
            "resets, stalls, bad bodies, 401, forced 409), each retried or resumed by the client.\n");
        QTextStream(stdout) << "\n== fault matrix ==\n" << table << Qt::flush;
        QFile out(QCoreApplication::applicationDirPath() + QStringLiteral("/fault-matrix.txt"));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(table.toUtf8());
    }

    void faultMatrix_data()
    {
        wod::test::addColumns<QString, QString, int, QJsonObject, int>("fault", "choice", "users",
                                                                       "faults", "trigger");

        struct Fault
        {
            const char *name;
            int users;
            QJsonObject faults;
            Trigger trigger;
        };
        const QList<Fault> faults{
            {"none", 60, {}, Trigger::Faults},
            {"latency spikes", 40,
             {{QStringLiteral("latencyMs"), 2}, {QStringLiteral("jitterMs"), 120}}, Trigger::Faults},
            {"429 storm", 60, {{QStringLiteral("rateLimitPerSecond"), 25}}, Trigger::Faults},
            {"5xx bursts", 60, {{QStringLiteral("errorRate"), 0.15}}, Trigger::Faults},
            {"connection resets", 60,
             {{QStringLiteral("resetRate"), 0.08}, {QStringLiteral("resetAfterEffectRate"), 0.08}},
             Trigger::Faults},
            {"stalls (504 after 1.5 s)", 40,
             {{QStringLiteral("stallRate"), 0.05}, {QStringLiteral("stallMs"), 1500}},
             Trigger::Faults},
            {"malformed bodies", 60, {{QStringLiteral("malformedRate"), 0.1}}, Trigger::Faults},
            {"truncated bodies", 60, {{QStringLiteral("truncatedRate"), 0.1}}, Trigger::Faults},
            {"token expiry mid-run", 60, {{QStringLiteral("tokenExpiresAfterRequests"), 30}},
             Trigger::TokenExpiry},
            {"409 at the final DELETE", 40,
             {{QStringLiteral("conflictAtDelete"), QJsonArray{QStringLiteral("directory_sync")}}},
             Trigger::Faults},
            {"sandbox killed+restarted", 150, {{QStringLiteral("latencyMs"), 10}},
             Trigger::SandboxRestart},
            {"client SIGKILL, resumed", 150, {{QStringLiteral("latencyMs"), 10}},
             Trigger::ClientKill},
        };
        for (const Fault &f : faults) {
            for (const char *choice : {"convert", "delete"}) {
                QJsonObject withDefaults = f.faults;
                withDefaults.insert(QStringLiteral("orgDeletionDelayMs"), 300);
                withDefaults.insert(QStringLiteral("seed"), 7);
                // One DELETE per user, like the conversions: with SCIM Bulk 60 users are one
                // request and the faults would hardly meet the deletions (tst_killresume and
                // tests/net cover the Bulk path under faults).
                if (QLatin1String(choice) == QLatin1String("delete"))
                    withDefaults.insert(QStringLiteral("scimBulk"), false);
                QTest::addRow("%s, %s", f.name, choice)
                    << QString::fromLatin1(f.name) << QString::fromLatin1(choice) << f.users
                    << withDefaults << int(f.trigger);
            }
        }
        // The SCIM Bulk rows (issue #18), with the sandbox answering Bulk as RFC 7644 and Cisco's
        // example do (location, method, status; no path or bulkId echo) and requiring Cisco's
        // request schema. 249 users = three Bulk requests.
        const QList<Fault> bulkFaults{
            {"Bulk (RFC answers)", 249, {}, Trigger::Faults},
            {"Bulk (RFC), 5xx bursts", 249, {{QStringLiteral("errorRate"), 0.15}}, Trigger::Faults},
            {"Bulk (RFC), resets", 249,
             {{QStringLiteral("resetRate"), 0.1}, {QStringLiteral("resetAfterEffectRate"), 0.1}},
             Trigger::Faults},
            {"Bulk (RFC), answer lost after effect", 249,
             {{QStringLiteral("scimBulkLostAnswers"), 2}}, Trigger::Faults},
            {"Bulk (RFC), identity 403", 60, {{QStringLiteral("scimBulkStatus"), 403}},
             Trigger::Faults},
            {"Bulk (RFC), identity 400", 60, {{QStringLiteral("scimBulkStatus"), 400}},
             Trigger::Faults},
            {"Bulk (RFC), identity 401", 60, {{QStringLiteral("scimBulkStatus"), 401}},
             Trigger::Faults},
            {"Bulk (RFC), 409 at the DELETE", 60,
             {{QStringLiteral("conflictAtDelete"), QJsonArray{QStringLiteral("directory_sync")}}},
             Trigger::Faults},
        };
        for (const Fault &f : bulkFaults) {
            QJsonObject withDefaults = f.faults;
            withDefaults.insert(QStringLiteral("orgDeletionDelayMs"), 300);
            withDefaults.insert(QStringLiteral("seed"), 7);
            withDefaults.insert(QStringLiteral("scimBulkRfc"), true);
            QTest::addRow("%s, delete", f.name)
                << QString::fromLatin1(f.name) << QStringLiteral("delete") << f.users
                << withDefaults << int(f.trigger);
        }
    }

    // "409 at the probe with another blocker" (#17), for both choices: on the public API only
    // (delete) or with the directorySync read unavailable (convert, which needs the extension),
    // Directory Synchronization cannot be read beforehand (the check is unknown), so the run
    // sends the organization's DELETE first; its 409 names directory_sync besides the users, and
    // the run stops with nothing changed, resumably. The sandbox's state proves no user was
    // touched and the organization is intact.
    void probeFindsAnotherBlocker_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::newRow("convert") << QStringLiteral("convert");
        QTest::newRow("delete") << QStringLiteral("delete");
    }
    void probeFindsAnotherBlocker()
    {
        QFETCH(QString, choice);
        constexpr int users = 40;
        QElapsedTimer clock;
        clock.start();
        ProcessRig rig;
        // Convert needs the Control Hub extension: there only the directorySync read is hidden.
        const bool convert = choice == QLatin1String("convert");
        const QJsonObject faults{{convert ? QStringLiteral("directorySyncUnreadable")
                                          : QStringLiteral("publicApiOnly"), true},
                                 {QStringLiteral("orgDeletionDelayMs"), 300},
                                 {QStringLiteral("scimBulkRfc"), true}};
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(users, faults,
                                                       {{QStringLiteral("directorySync"), true}})),
                 qPrintable(rig.error()));
        const QString journal = rig.path(QStringLiteral("run.jsonl"));
        const ClientRun run = rig.runClient(
            QStringList{QStringLiteral("--delete"), QStringLiteral("--users"), choice,
                        QStringLiteral("--confirm"), QStringLiteral("Test Org"),
                        QStringLiteral("--journal"), journal, QStringLiteral("--json"),
                        // The admin ticked the checks the server cannot report (#17), as the
                        // wizard asks: the probe is what still catches a blocker among them.
                        QStringLiteral("--confirm-unknown"),
                        QStringLiteral("subscriptions,linked_sites,directory_sync,managed_by,managed_orgs")}
            + rig.backendArgs());
        QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
        const QJsonObject receipt = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(receipt.value(QLatin1String("status")).toString(), QStringLiteral("blocked"));
        QVERIFY(receipt.value(QLatin1String("probe")).toObject().value(QLatin1String("blockedAtProbe")).toBool());
        QCOMPARE(receipt.value(QLatin1String("blockers")).toArray().size(), 1);
        QCOMPARE(receipt.value(QLatin1String("blockers")).toArray().first().toObject()
                     .value(QLatin1String("code")).toString(),
                 QStringLiteral("directory_sync"));
        QCOMPARE(receipt.value(QLatin1String("totals")).toObject().value(QLatin1String("handled")).toInt(), 0);
        QVERIFY(receipt.value(QLatin1String("resumable")).toBool());
        const QJsonObject state = rig.state();
        // Nothing touched: no event but the one refused DELETE, every user active.
        QCOMPARE(ProcessRig::usersIn(state, QStringLiteral("active")), users + 1);
        for (const QJsonValue &v : state.value(QLatin1String("events")).toArray())
            QCOMPARE(v.toObject().value(QLatin1String("kind")).toString(),
                     QStringLiteral("org_delete_conflict"));
        QCOMPARE(stateOfOrg(state), QStringLiteral("active"));
        QVERIFY(!state.value(QLatin1String("events")).toArray().isEmpty());

        matrix().append(MatrixRow{QStringLiteral("409 at the probe + blocker"), choice,
                                  QStringLiteral("blocked at the probe, no user touched"),
                                  counter(state, "requests"), 0, clock.elapsed()});
    }

    void faultMatrix()
    {
        QFETCH(QString, fault);
        QFETCH(QString, choice);
        QFETCH(int, users);
        QFETCH(QJsonObject, faults);
        QFETCH(int, trigger);
        const auto how = Trigger(trigger);
        const QString done = choice == QLatin1String("convert") ? QStringLiteral("converted")
                                                                : QStringLiteral("deleted");
        const QString userEvent = QStringLiteral("user_") + done;

        QElapsedTimer clock;
        clock.start();
        ProcessRig rig;
        const QStringList sandboxFlags = how == Trigger::SandboxRestart
            ? QStringList{QStringLiteral("--state-file"), rig.path(QStringLiteral("sandbox-state.json"))}
            : QStringList();
        QVERIFY2(rig.startSandbox(ProcessRig::scenario(users, faults), sandboxFlags),
                 qPrintable(rig.error()));
        const QString journal = rig.path(QStringLiteral("run.jsonl"));
        const QStringList first = QStringList{QStringLiteral("--delete"), QStringLiteral("--users"), choice,
                                              QStringLiteral("--confirm"), QStringLiteral("Test Org"),
                                              QStringLiteral("--journal"), journal, QStringLiteral("--json")}
            + rig.backendArgs();
        const QStringList resume =
            QStringList{QStringLiteral("--resume"), journal, QStringLiteral("--json")} + rig.backendArgs();
        const auto halfway = [&](const QJsonObject &state) {
            return ProcessRig::usersIn(state, done) >= users / 2;
        };

        QStringList story;
        ClientRun run;
        constexpr int kMaxAttempts = 4;
        for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
            const QStringList args = attempt == 0 ? first : resume;
            if (attempt == 0 && how == Trigger::ClientKill) {
                QString why;
                QVERIFY2(rig.runClientAndKill(args, halfway, &why), qPrintable(why));
                run = ClientRun{};
                story << QStringLiteral("SIGKILLed");
            } else if (attempt == 0 && how == Trigger::SandboxRestart) {
                bool restarted = false;
                bool restartOk = true;
                run = rig.runClientWithAction(args, halfway, [&] { restartOk = rig.killAndRestartSandbox(); },
                                              &restarted);
                QVERIFY2(restarted, qPrintable(QStringLiteral("the sandbox was never restarted: ")
                                               + run.describe()));
                QVERIFY2(restartOk, qPrintable(rig.error()));
                story << QStringLiteral("sandbox SIGKILLed and restarted");
            } else {
                run = rig.runClient(args);
            }
            if (run.exitCode == 0)
                break;

            // Stopped: it must have said so clearly, with a journal to resume and a consistent
            // server (nothing twice, the org intact unless its DELETE was accepted).
            const QJsonObject state = rig.state();
            const QString twice = ProcessRig::checkNoUserTwice(state);
            QVERIFY2(twice.isEmpty(), qPrintable(twice + QLatin1Char('\n') + run.describe()));
            const QString unconfirmed = checkOnlyConfirmedActions(state, userEvent);
            QVERIFY2(unconfirmed.isEmpty(), qPrintable(unconfirmed));
            QVERIFY2(QFile::exists(journal), qPrintable(QStringLiteral("no journal to resume\n")
                                                        + run.describe()));
            if (attempt == 0 && how == Trigger::ClientKill) {
                // no output to judge: the process had no chance to say anything
            } else {
                QVERIFY2(run.exitCode == 4 || run.exitCode == 5, qPrintable(run.describe()));
                const QJsonObject receipt = QJsonDocument::fromJson(run.out).object();
                QVERIFY2(receipt.value(QLatin1String("resumable")).toBool(), qPrintable(run.describe()));
                QVERIFY2(!receipt.value(QLatin1String("message")).toString().trimmed().isEmpty(),
                         qPrintable(QStringLiteral("stopped without saying why\n") + run.describe()));
                story << QStringLiteral("exit %1").arg(run.exitCode);
            }
            if (how == Trigger::TokenExpiry) {
                QVERIFY(rig.setFaults({{QStringLiteral("tokenExpiresAfterRequests"), 0}}));
                QVERIFY(rig.renewToken());
                story.last() += QStringLiteral(", token renewed");
            }
        }
        if (run.exitCode != 0) {
            const QJsonObject state = rig.state();
            matrix().append(MatrixRow{fault, choice,
                                      QStringLiteral("NOT COMPLETED: ") + story.join(QStringLiteral(" -> ")),
                                      counter(state, "requests"),
                                      counter(state, "rateLimited") + counter(state, "faultsInjected")
                                          + counter(state, "unauthorized"),
                                      clock.elapsed()});
        }
        QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("no completion after %1 attempts (%2)\n")
                                                   .arg(kMaxAttempts)
                                                   .arg(story.join(QStringLiteral(", ")))
                                               + run.describe()));

        const QJsonObject receipt = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(receipt.value(QLatin1String("status")).toString(), QStringLiteral("deleted"));
        QCOMPARE(receipt.value(QLatin1String("totals")).toObject().value(QLatin1String("handled")).toInt(),
                 users);
        const QJsonObject state = rig.state();
        // The receipt counts what the server did: every user it shows in the chosen state is
        // converted, deleted or (after a lost answer and a repeat) gone in the receipt.
        const QJsonObject totals = receipt.value(QLatin1String("totals")).toObject();
        QCOMPARE(totals.value(QLatin1String(choice == QLatin1String("convert") ? "converted" : "deleted"))
                         .toInt()
                     + totals.value(QLatin1String("gone")).toInt(),
                 ProcessRig::usersIn(state, done));
        QCOMPARE(totals.value(QLatin1String("pending")).toInt(), 0);
        if (faults.value(QLatin1String("scimBulkLostAnswers")).toInt() > 0
            || faults.value(QLatin1String("scimBulkStatus")).toInt() > 0)
            QCOMPARE(totals.value(QLatin1String("deleted")).toInt(), users);
        const QString problems = ProcessRig::checkFinalState(state, done, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        const QString unconfirmed = checkOnlyConfirmedActions(state, userEvent);
        QVERIFY2(unconfirmed.isEmpty(), qPrintable(unconfirmed));
        QCOMPARE(state.value(QLatin1String("org")).toObject().value(QLatin1String("activeUsersAtDelete")).toInt(),
                 1);
        QVERIFY(stateOfOrg(state) != QLatin1String("active"));
        QVERIFY2(!run.out.contains(rig.token().toUtf8()) && !run.err.contains(rig.token().toUtf8()),
                 "the token was printed");

        int conflicts = 0;
        for (const QJsonValue &v : state.value(QLatin1String("events")).toArray())
            conflicts += v.toObject().value(QLatin1String("kind")).toString() == QLatin1String("org_delete_conflict");
        story << (run.exitCode == 0 && story.size() <= (how == Trigger::SandboxRestart ? 1 : 0)
                      ? QStringLiteral("completed")
                      : QStringLiteral("resumed to completion"));
        matrix().append(MatrixRow{fault, choice, story.join(QStringLiteral(" -> ")),
                                  counter(state, "requests"),
                                  counter(state, "rateLimited") + counter(state, "faultsInjected")
                                      + counter(state, "unauthorized") + conflicts,
                                  clock.elapsed()});
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
