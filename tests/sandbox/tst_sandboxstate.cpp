// The sandbox's pure parts, without HTTP: FaultConfig parsing (errors name the field),
// SandboxState rules (ids, paging cursor, transitions, conflicts from current state, events), the
// fast JSON text equal to the QJson document, and FaultInjector reproducibility.

#include "DataColumns.h"
#include "FaultConfig.h"
#include "FaultInjector.h"
#include "SandboxIds.h"
#include "SandboxState.h"
#include "SandboxTestSupport.h"
#include "WebexId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace wod::sandbox;
using namespace wod::sandbox::test;

class TestSandboxState : public QObject
{
    Q_OBJECT

private slots:
    void faultConfigValid()
    {
        QString error;
        const auto c = FaultConfig::fromJson(QJsonObject{{QStringLiteral("latencyMs"), 20},
                                                         {QStringLiteral("errorRate"), 0.25},
                                                         {QStringLiteral("conflictAtDelete"), true},
                                                         {QStringLiteral("publicApiOnly"), true},
                                                         {QStringLiteral("scimBulk"), false},
                                                         {QStringLiteral("seed"), 42}},
                                             &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->latencyMs, 20);
        QCOMPARE(c->errorRate, 0.25);
        QCOMPARE(c->conflictAtDelete, QStringList{QStringLiteral("linked_sites")});
        QVERIFY(c->publicApiOnly);
        QVERIFY(!c->scimBulk);
        QCOMPARE(c->seed, 42u);
        QCOMPARE(c->stallMs, 60000);           // default kept
        QCOMPARE(c->orgDeletionDelayMs, 2000); // default kept
        // toJson round-trips.
        QCOMPARE(FaultConfig::fromJson(c->toJson(), &error), c);
    }

    void faultConfigErrors_data()
    {
        wod::test::addColumns<QJsonObject, QString>("faults", "field");
        QTest::newRow("rate above 1") << QJsonObject{{QStringLiteral("errorRate"), 1.5}}
                                      << QStringLiteral("faults.errorRate");
        QTest::newRow("rate as text")
            << QJsonObject{{QStringLiteral("resetRate"), QStringLiteral("0.1")}}
            << QStringLiteral("faults.resetRate");
        QTest::newRow("negative latency")
            << QJsonObject{{QStringLiteral("latencyMs"), -1}} << QStringLiteral("faults.latencyMs");
        QTest::newRow("fractional stall")
            << QJsonObject{{QStringLiteral("stallMs"), 1.5}} << QStringLiteral("faults.stallMs");
        QTest::newRow("bool as number") << QJsonObject{{QStringLiteral("publicApiOnly"), 1}}
                                        << QStringLiteral("faults.publicApiOnly");
        QTest::newRow("unknown code")
            << QJsonObject{{QStringLiteral("conflictAtDelete"),
                            QJsonArray{QStringLiteral("linked_sites"), QStringLiteral("nope")}}}
            << QStringLiteral("faults.conflictAtDelete[1]");
        QTest::newRow("typo") << QJsonObject{{QStringLiteral("errorrate"), 0.1}}
                              << QStringLiteral("faults.errorrate");
    }
    void faultConfigErrors()
    {
        QFETCH(QJsonObject, faults);
        QFETCH(QString, field);
        QString error;
        QVERIFY(!FaultConfig::fromJson(faults, &error));
        QVERIFY2(error.startsWith(field + QLatin1Char(':')), qPrintable(error));
    }

    void idsAreDerivedFromEmail()
    {
        const SandboxState st(scenario(2));
        const QString id = st.user(1).id;
        QCOMPARE(wod::WebexId::typeOf(id), QStringLiteral("PEOPLE"));
        QCOMPARE(id, SandboxIds::personId(QStringLiteral("USER1@test.example")));
        QCOMPARE(st.user(1).uuid, wod::WebexId::toUuid(id));
        QCOMPARE(st.indexOfId(id), 1);
        QCOMPARE(st.indexOfId(st.user(1).uuid), 1);
        QCOMPARE(st.indexOfEmail(QStringLiteral("User2@Test.Example")), 2);
        QCOMPARE(st.indexOfId(QStringLiteral("nope")), -1);
        QVERIFY(st.user(0).isActor);
        QCOMPARE(st.actorId(), st.user(0).id);
    }

    void actorIdFromScenarioIsKept()
    {
        const QString uuid = QStringLiteral("12345678-1234-4234-8234-123456789abc");
        const SandboxState st(scenario(
            1, {{QStringLiteral("actor"),
                 QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@test.example")},
                             {QStringLiteral("id"), uuid},
                             {QStringLiteral("roles"),
                              QJsonArray{QStringLiteral("Full Administrator")}}}}}));
        QCOMPARE(st.actorId(), wod::WebexId::encode(QStringLiteral("PEOPLE"), uuid));
        QCOMPARE(st.indexOfId(uuid), 0);
    }

    void pagingCursor()
    {
        SandboxState st(scenario(9)); // 10 users with the actor
        qsizetype next = -1;
        QList<qsizetype> page = st.activePage(0, 4, &next);
        QCOMPARE(page, (QList<qsizetype>{0, 1, 2, 3}));
        QCOMPARE(next, 4);
        QCOMPARE(st.deleteUser(4), SandboxState::Change::Done);
        QCOMPARE(st.convertUser(5), SandboxState::Change::Done);
        page = st.activePage(next, 4, &next);
        QCOMPARE(page, (QList<qsizetype>{6, 7, 8, 9}));
        QCOMPARE(next, -1); // no next page after the last active user
        QCOMPARE(st.activeUserCount(), 8);
    }

    void transitions()
    {
        SandboxState st(scenario(2));
        QCOMPARE(st.deleteUser(0), SandboxState::Change::IsActor);
        QCOMPARE(st.convertUser(0), SandboxState::Change::IsActor);
        QCOMPARE(st.convertUser(1), SandboxState::Change::Done);
        QCOMPARE(st.convertUser(1), SandboxState::Change::AlreadyDone);
        QCOMPARE(st.deleteUser(1), SandboxState::Change::NotFound);
        QCOMPARE(st.deleteUser(2), SandboxState::Change::Done);
        QCOMPARE(st.convertUser(2), SandboxState::Change::NotFound);
        QCOMPARE(st.deleteUser(99), SandboxState::Change::NotFound);
        QCOMPARE(st.user(0).transitions, 0);
        QCOMPARE(st.user(1).transitions, 1);
        QCOMPARE(st.user(2).transitions, 1);
        QCOMPARE(st.events().size(), 2);
        QCOMPARE(st.events().at(0).kind, QStringLiteral("user_converted"));
        QCOMPARE(st.events().at(1).kind, QStringLiteral("user_deleted"));
    }

    void conflictsFollowState()
    {
        SandboxState st(
            scenario(1, {{QStringLiteral("managedBy"), QJsonArray{QStringLiteral("A")}}}));
        QCOMPARE(st.conflictCodes(),
                 QStringList{QStringLiteral("multiple_users")}); // one managedBy is fine
        QCOMPARE(st.deleteUser(1), SandboxState::Change::Done);
        QCOMPARE(st.conflictCodes(), QStringList{});
        QCOMPARE(SandboxState::conflictMessage(QStringLiteral("multiple_users")),
                 QStringLiteral("Org cannot be deleted as it has more than 1 user."));
    }

    void deletionDelay()
    {
        SandboxState st(scenario(0));
        QCOMPARE(st.orgState(1000), OrgState::Active);
        st.acceptDelete(1000, 500);
        QCOMPARE(st.orgState(1000), OrgState::Deleting);
        QCOMPARE(st.orgState(1499), OrgState::Deleting);
        QCOMPARE(st.orgState(1500), OrgState::Deleted);
    }

    void fastJsonEqualsQJson()
    {
        SandboxState st(scenario(
            5,
            {{QStringLiteral("users"),
              QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("q@test.example")},
                                     {QStringLiteral("displayName"),
                                      QStringLiteral("Quote \" Back\\slash \t Ünïcødé \x01")}}}}}));
        st.convertUser(1);
        st.recordConflict();
        st.counters().requests = 7;
        st.counters().byRoute[QStringLiteral("GET /v1/people")] = 3;
        const QJsonObject extra{{QStringLiteral("faults"), FaultConfig{}.toJson()}};
        QJsonObject expected = st.toJson(42);
        expected.insert(QStringLiteral("faults"), extra.value(QLatin1String("faults")));
        QJsonParseError e;
        const QJsonDocument fast = QJsonDocument::fromJson(st.toJsonBytes(42, extra), &e);
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        QCOMPARE(fast.object(), expected);
    }

    void injectorReproducible()
    {
        FaultConfig c;
        c.errorRate = 0.3;
        c.resetRate = 0.1;
        c.latencyMs = 5;
        c.jitterMs = 10;
        c.seed = 99;
        bool delaysInRange = true;
        const auto run = [&] {
            FaultInjector f(c);
            QList<int> out;
            for (int i = 0; i < 200; ++i) {
                const FaultDecision d = f.decide(i);
                delaysInRange = delaysInRange && d.delayMs >= 5 && d.delayMs <= 15;
                out.append(int(d.kind) * 1000 + d.status);
            }
            return out;
        };
        const QList<int> a = run();
        QCOMPARE(run(), a);
        QVERIFY2(delaysInRange, "every delay within latency + jitter");
        const auto errors = a.count(int(FaultKind::ServerError) * 1000 + 500) +
                            a.count(int(FaultKind::ServerError) * 1000 + 502) +
                            a.count(int(FaultKind::ServerError) * 1000 + 503);
        QVERIFY2(errors > 20 && errors < 90, qPrintable(QString::number(errors)));
    }

    void forcedConflictTimes()
    {
        FaultConfig c;
        c.conflictAtDelete = {QStringLiteral("managed_orgs")};
        c.conflictAtDeleteTimes = 2;
        FaultInjector f(c);
        QVERIFY(f.takeForcedConflict());
        QVERIFY(f.takeForcedConflict());
        QVERIFY(!f.takeForcedConflict());
    }

    void rateWindowSlides()
    {
        FaultConfig c;
        c.rateLimitPerSecond = 2;
        FaultInjector f(c);
        QCOMPARE(f.decide(0).kind, FaultKind::None);
        QCOMPARE(f.decide(100).kind, FaultKind::None);
        const FaultDecision limited = f.decide(200);
        QCOMPARE(limited.kind, FaultKind::RateLimited);
        QCOMPARE(limited.retryAfterSeconds, 1);
        QCOMPARE(f.decide(1000).kind, FaultKind::None); // the request at 0 left the window
    }
};

QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_sandboxstate.moc"
