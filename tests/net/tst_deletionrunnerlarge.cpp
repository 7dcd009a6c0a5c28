// A 10,000-user organization end to end: the runner converts every user over real HTTP, sends the
// organization's DELETE after the last one, and stays quick (no quadratic work, coalesced progress).

#include "ApiClient.h"
#include "DeletionRunner.h"
#include "EligibilityPolicy.h"
#include "Journal.h"
#include "SandboxFixture.h"
#include "SnapshotLoader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace wod;
using namespace wod::net;
using wod::test::SandboxFixture;

class TestDeletionRunnerLarge : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandUsersEndToEnd_data()
    {
        QTest::addColumn<QString>("disposition");
        QTest::addColumn<bool>("bulk");
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
        SandboxFixture f(SandboxFixture::smallScenario(kUsers), faults);
        QVERIFY2(f.start(), qPrintable(f.error()));

        SnapshotLoader loader(f.client());
        std::optional<OrgSnapshot> snapshot;
        connect(&loader, &SnapshotLoader::loaded, this, [&](const OrgSnapshot &s) { snapshot = s; });
        loader.load();
        QTRY_VERIFY_WITH_TIMEOUT(snapshot.has_value(), 30'000);
        QCOMPARE(snapshot->usersToHandle().size(), kUsers);
        const DeletionPlan plan = DeletionPlan::fromSnapshot(
            *snapshot, EligibilityPolicy::evaluate(*snapshot), *userDispositionFromWire(disposition),
            QDateTime::currentDateTimeUtc());

        QTemporaryDir dir;
        RunnerOptions options;
        options.journalPath = dir.filePath(QStringLiteral("run.jsonl"));
        options.useScimBulk = bulk;
        options.userConcurrency = 16;
        options.confirmPollIntervalMs = 50;
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
        const QString actorId = state.value(QLatin1String("actor")).toObject().value(QLatin1String("id")).toString();
        int handled = 0;
        int lastUserEvent = -1;
        int orgAccepted = -1;
        for (const QJsonValue &v : state.value(QLatin1String("users")).toArray()) {
            const QJsonObject u = v.toObject();
            if (u.value(QLatin1String("id")).toString() == actorId) {
                QCOMPARE(u.value(QLatin1String("transitions")).toInt(), 0);
                continue;
            }
            QCOMPARE(u.value(QLatin1String("state")).toString(), done);
            QCOMPARE(u.value(QLatin1String("transitions")).toInt(), 1);
            ++handled;
        }
        QCOMPARE(handled, kUsers);
        for (const QJsonValue &v : state.value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QLatin1String("kind")).toString().startsWith(QLatin1String("user_")))
                lastUserEvent = std::max(lastUserEvent, e.value(QLatin1String("seq")).toInt());
            else if (e.value(QLatin1String("kind")).toString() == QLatin1String("org_delete_accepted"))
                orgAccepted = e.value(QLatin1String("seq")).toInt();
        }
        QVERIFY2(orgAccepted > lastUserEvent, "the org DELETE came after every user");
        QString error;
        const auto summary = Journal::read(options.journalPath, &error);
        QVERIFY2(summary, qPrintable(error));
        QCOMPARE(summary->usersDone, kUsers);
    }
};

QTEST_GUILESS_MAIN(TestDeletionRunnerLarge)
#include "tst_deletionrunnerlarge.moc"
