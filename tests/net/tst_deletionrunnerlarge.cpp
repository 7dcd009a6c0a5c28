// A 10,000-user organization end to end: the runner converts every user over real HTTP, sends the
// organization's DELETE after the last one, and stays quick (no quadratic work, coalesced progress).

#include "ApiClient.h"
#include "DataColumns.h"
#include "DeletionRunner.h"
#include "Journal.h"
#include "RunnerBed.h"
#include "StateQueries.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

using namespace wod;
using namespace wod::net;
using namespace wod::test;

class TestDeletionRunnerLarge : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandUsersEndToEnd_data()
    {
        wod::test::addColumns<QString, bool>("disposition", "bulk");
        QTest::newRow("convert 10,000 users") << "convert" << false;
        QTest::newRow("delete 10,000 users with SCIM Bulk") << "delete" << true;
    }
    void tenThousandUsersEndToEnd()
    {
        QFETCH(QString, disposition);
        QFETCH(bool, bulk);
        constexpr int kUsers = 10'000;
        sandbox::FaultConfig faults;
        faults.orgDeletionDelayMs = 100;
        RunnerBed f(SandboxFixture::smallScenario(kUsers), faults);
        QVERIFY2(f.startAndRead(), qPrintable(f.error()));
        QCOMPARE(f.snapshot().usersToHandle().size(), kUsers);
        const DeletionPlan plan = f.plan(*userDispositionFromWire(disposition));

        RunnerOptions options = f.options();
        options.useScimBulk = bulk;
        options.userConcurrency = 16;
        DeletionRunner runner(f.client(), options);
        int progressEvents = 0;
        connect(&runner, &DeletionRunner::progress, this, [&](const RunProgress &) { ++progressEvents; });
        std::optional<RunOutcome> outcome;
        connect(&runner, &DeletionRunner::finished, this, [&](const RunOutcome &o) { outcome = o; });
        QElapsedTimer clock;
        clock.start();
        runner.start(plan);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 100'000);
        const qint64 elapsed = clock.elapsed();
        qInfo("%s: %lld ms, %d progress events", qPrintable(disposition), elapsed, progressEvents);
        QVERIFY2(outcome->status == RunOutcome::Status::Deleted, qPrintable(outcome->message));
        QCOMPARE(outcome->usersHandled, kUsers);
        // Coalesced: about ten per second plus phase changes, never one per user.
        QVERIFY2(progressEvents <= elapsed / 100 + 20,
                 qPrintable(QStringLiteral("%1 progress events in %2 ms").arg(progressEvents).arg(elapsed)));

        const QJsonObject state = f.state();
        const QString done = disposition == QLatin1String("convert") ? QStringLiteral("converted")
                                                                      : QStringLiteral("deleted");
        // Every user but the actor `done` with one transition, the actor untouched, the org
        // DELETE after every user.
        QCOMPARE(usersInState(state, done), kUsers);
        WOD_VERIFY_NO_PROBLEMS(checkRunResult(state, done, true));
        QString error;
        const auto summary = Journal::read(options.journalPath, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->usersDone, kUsers);
    }
};

QTEST_GUILESS_MAIN(TestDeletionRunnerLarge)
#include "tst_deletionrunnerlarge.moc"
