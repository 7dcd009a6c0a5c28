// The pre-flight's early checklist (issue #14): an organization whose users are read through
// SCIM pages after the first gets SnapshotLoader::checklistReady() before loaded(), with a
// partial snapshot (the users read so far, the announced total) whose verdict is the full one's,
// wherever the acting admin sits in the list and when the admin is a partner; the full snapshot
// is the one the /people walk gives. No early signal up to 1,000 users nor on the /people walk.

#include "ApiClient.h"
#include "DataColumns.h"
#include "EligibilityPolicy.h"
#include "SameVerdict.h"
#include "SandboxFixture.h"
#include "SnapshotLoader.h"
#include "TestScenarios.h"
#include "VerdictText.h"

#include <QTest>

using namespace wod;
using namespace wod::net;
using wod::test::SandboxFixture;

Q_DECLARE_METATYPE(wod::Scenario)

namespace {

constexpr int kWaitMs = 60'000;
constexpr int kGenerated = 2'500; // 1 + 2,500 users: three SCIM pages of 1,000

// What one load emitted, in order.
struct Emitted
{
    QStringList order; // "checklist", "progress", "loaded", "failed"
    std::optional<OrgSnapshot> partial;
    std::optional<OrgSnapshot> full;
    std::optional<ApiError> error;
    qsizetype lastRead = -1;
    qsizetype lastTotal = -1;
};

Emitted load(SandboxFixture &f)
{
    SnapshotLoader loader(f.client());
    Emitted e;
    QObject::connect(&loader, &SnapshotLoader::checklistReady, [&](const OrgSnapshot &s) {
        e.order << QStringLiteral("checklist");
        e.partial = s;
    });
    QObject::connect(&loader, &SnapshotLoader::usersProgress, [&](qsizetype read, qsizetype total) {
        if (e.order.isEmpty() || e.order.last() != QLatin1String("progress"))
            e.order << QStringLiteral("progress");
        e.lastRead = read;
        e.lastTotal = total;
    });
    QObject::connect(&loader, &SnapshotLoader::loaded, [&](const OrgSnapshot &s) {
        e.order << QStringLiteral("loaded");
        e.full = s;
    });
    QObject::connect(&loader, &SnapshotLoader::failed, [&](const ApiError &err) {
        e.order << QStringLiteral("failed");
        e.error = err;
    });
    loader.load();
    (void)QTest::qWaitFor([&] { return e.full || e.error; }, kWaitMs);
    return e;
}

// The test org with the acting admin at `adminIndex` of its user list (the sandbox lists users
// in this order, SCIM pages too).
Scenario memberAdminAt(qsizetype adminIndex)
{
    Scenario sc = test::testOrgScenario(kGenerated);
    sc.users.move(0, adminIndex);
    return sc;
}

// A partner's Full Administrator (not one of the customer's users) and 1 + 2,500 users.
Scenario partnerAdmin()
{
    Scenario sc = SandboxFixture::scenario(QStringLiteral("blocker-partner-admin.json"));
    for (int i = 1; i <= kGenerated; ++i)
        sc.users.append(Person{QString(), QStringLiteral("user%1@customerofpartner.example").arg(i),
                               QStringLiteral("Generated User %1").arg(i)});
    return sc;
}

} // namespace

class TestEarlyChecklist : public QObject
{
    Q_OBJECT

private slots:
    void partialVerdictIsTheFullOne_data();
    void partialVerdictIsTheFullOne();
    void noEarlySignalUpToOnePage();
    void noEarlySignalOnThePeopleWalk();
};

void TestEarlyChecklist::partialVerdictIsTheFullOne_data()
{
    wod::test::addColumns<Scenario, bool>("scenario", "member");
    QTest::newRow("admin on the first page") << memberAdminAt(0) << true;
    QTest::newRow("admin on a later page") << memberAdminAt(1'700) << true;
    QTest::newRow("partner admin") << partnerAdmin() << false;
}

void TestEarlyChecklist::partialVerdictIsTheFullOne()
{
    QFETCH(Scenario, scenario);
    QFETCH(bool, member);
    QVERIFY(!scenario.orgId.isEmpty());
    SandboxFixture withScim(scenario);
    QVERIFY2(withScim.start(), qPrintable(withScim.error()));
    const Emitted e = load(withScim);
    QVERIFY2(e.full, e.error ? qPrintable(e.error->toString()) : "no answer");

    // Once, before loaded(); progress in between, ending with every user.
    QCOMPARE(e.order, (QStringList{QStringLiteral("checklist"), QStringLiteral("progress"),
                                   QStringLiteral("loaded")}));
    QVERIFY(e.partial);
    const OrgSnapshot &partial = *e.partial;
    const OrgSnapshot &full = *e.full;
    QCOMPARE(full.actor.isMember(), member);
    QVERIFY(full.isUserListComplete());
    QCOMPARE(full.users.size(), scenario.users.size());
    QCOMPARE(partial.announcedUserCount, std::optional<qsizetype>(full.users.size()));
    QCOMPARE(partial.users, full.users.first(1'000)); // SCIM's first page
    QCOMPARE(partial.userCount(), full.userCount());
    QCOMPARE(partial.countUsersToHandle(), full.countUsersToHandle());
    QCOMPARE(e.lastRead, full.users.size());
    QCOMPARE(e.lastTotal, full.users.size());
    // Everything but the user list is the full snapshot's.
    OrgSnapshot rest = partial;
    rest.users = full.users;
    rest.announcedUserCount.reset();
    QCOMPARE(rest, full);

    // The verdict: checklist rows and texts, users to handle, popup, eligibility.
    const Verdict early = EligibilityPolicy::evaluate(partial);
    const Verdict whole = EligibilityPolicy::evaluate(full);
    test::compareVerdicts(early, whole);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(verdictToText(partial, early), verdictToText(full, whole));
    QCOMPARE(whole.usersToHandle, int(scenario.users.size()) - (member ? 1 : 0));

    // The full snapshot is the one the /people walk gives (no early signal there).
    sandbox::FaultConfig refused;
    refused.scimUsers = false;
    SandboxFixture withoutScim(scenario, refused);
    QVERIFY2(withoutScim.start(), qPrintable(withoutScim.error()));
    const Emitted walk = load(withoutScim);
    QVERIFY2(walk.full, walk.error ? qPrintable(walk.error->toString()) : "no answer");
    QCOMPARE(walk.order, QStringList{QStringLiteral("loaded")});
    QCOMPARE(*walk.full, full);
}

void TestEarlyChecklist::noEarlySignalUpToOnePage()
{
    SandboxFixture f(SandboxFixture::smallScenario(999));
    QVERIFY2(f.start(), qPrintable(f.error()));
    const Emitted e = load(f);
    QVERIFY2(e.full, e.error ? qPrintable(e.error->toString()) : "no answer");
    QCOMPARE(e.order, QStringList{QStringLiteral("loaded")});
    QCOMPARE(e.full->users.size(), 1'000);
    QVERIFY(e.full->isUserListComplete());
}

void TestEarlyChecklist::noEarlySignalOnThePeopleWalk()
{
    sandbox::FaultConfig refused;
    refused.scimUsers = false;
    SandboxFixture f(memberAdminAt(0), refused);
    QVERIFY2(f.start(), qPrintable(f.error()));
    const Emitted e = load(f);
    QVERIFY2(e.full, e.error ? qPrintable(e.error->toString()) : "no answer");
    QCOMPARE(e.order, QStringList{QStringLiteral("loaded")});
    QCOMPARE(e.full->users.size(), 1 + kGenerated);
}

QTEST_GUILESS_MAIN(TestEarlyChecklist)
#include "tst_earlychecklist.moc"
