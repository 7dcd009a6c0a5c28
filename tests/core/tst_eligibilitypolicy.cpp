// EligibilityPolicy::evaluate against every rule of "Before You Delete Your Organization": who may
// delete, the four subscription criteria and what is at fault when none holds, the server-side
// conditions, unknowns, the sign-in prompt and the users to handle.

#include "DataColumns.h"
#include "EligibilityPolicy.h"
#include "SnapshotBuilder.h"

#include <QtTest>
#include <algorithm>

using namespace wod;
using wod::test::SnapshotBuilder;

class TestEligibilityPolicy : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void checklistOrderAndStates_data();
    void checklistOrderAndStates();
    void blockerDetailsNameWhatIsAtFault();
    void blockerCatalogIsComplete_data();
    void blockerCatalogIsComplete();
    void criterionWireNames();
    void usersToHandleMatching_data();
    void usersToHandleMatching();
};

namespace {

const QString kFull = fullAdministratorRole();

// What EligibilityPolicy::evaluate() must answer for one situation.
struct PolicyAnswer
{
    bool eligible = false;
    QString criterion = {};   // a wire name; empty: null
    QStringList blockers = {}; // wire codes, in checklist order
    QStringList atFault = {};  // the subscription ids the subscriptions blocker names
    bool popup = false;
    int usersToHandle = 0;
    QStringList unknown = {}; // the checks that could not be read
};

QStringList codesOf(const Verdict &v)
{
    QStringList out;
    for (const Blocker &b : v.blockers)
        out.append(toWireName(b.code));
    return out;
}

QStringList idsOf(const QList<Subscription> &subs)
{
    QStringList out;
    for (const Subscription &s : subs)
        out.append(s.id);
    return out;
}

// One row: the situation, then what the policy must answer.
void row(const char *tag, const SnapshotBuilder &b, const PolicyAnswer &expected)
{
    QTest::newRow(tag) << b.build() << expected;
}

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromLatin1(i));
    return out;
}

} // namespace

Q_DECLARE_METATYPE(PolicyAnswer)

void TestEligibilityPolicy::evaluate_data()
{
    wod::test::addColumns<OrgSnapshot, PolicyAnswer>("snapshot", "expected");

    using B = SnapshotBuilder;
    const QStringList subsBlocker = L({"subscriptions"});

    // (d) no subscriptions at all
    row("criterion d: no subscriptions", B(),
        {.eligible = true, .criterion = QStringLiteral("no_subscriptions"), .popup = false,
         .usersToHandle = 0});
    // (a) only expired partner-led trials
    row("criterion a: one expired partner trial", B().subs(QStringLiteral("partner_trial/expired")),
        {.eligible = true, .criterion = QStringLiteral("expired_partner_trials"), .popup = false,
         .usersToHandle = 0});
    row("criterion a: three expired partner trials",
        B().subs(
            QStringLiteral("partner_trial/expired partner_trial/expired partner_trial/expired")),
        {.eligible = true, .criterion = QStringLiteral("expired_partner_trials"), .popup = false,
         .usersToHandle = 0});
    row("criterion a: expired partner trial, one managed-by partner (allowed)",
        B().subs(QStringLiteral("partner_trial/expired")).managedBy(1),
        {.eligible = true, .criterion = QStringLiteral("expired_partner_trials"), .popup = false,
         .usersToHandle = 0});
    // (b) only online trials, active or expired
    row("criterion b: one active online trial", B().subs(QStringLiteral("online_trial/active")),
        {.eligible = true, .criterion = QStringLiteral("online_trials"), .popup = false,
         .usersToHandle = 0});
    row("criterion b: one expired online trial", B().subs(QStringLiteral("online_trial/expired")),
        {.eligible = true, .criterion = QStringLiteral("online_trials"), .popup = false,
         .usersToHandle = 0});
    row("criterion b: active and expired online trials",
        B().subs(QStringLiteral("online_trial/active online_trial/expired")),
        {.eligible = true, .criterion = QStringLiteral("online_trials"), .popup = false,
         .usersToHandle = 0});
    // (c) only free subscriptions, in any status; the sign-in prompt applies
    row("criterion c: one active free subscription, popup", B().subs(QStringLiteral("free/active")),
        {.eligible = true, .criterion = QStringLiteral("free_only"), .popup = true,
         .usersToHandle = 0});
    row("criterion c: expired free still counts as free, popup",
        B().subs(QStringLiteral("free/expired")),
        {.eligible = true, .criterion = QStringLiteral("free_only"), .popup = true,
         .usersToHandle = 0});
    row("criterion c: suspended free still counts as free, popup",
        B().subs(QStringLiteral("free/suspended")),
        {.eligible = true, .criterion = QStringLiteral("free_only"), .popup = true,
         .usersToHandle = 0});
    row("criterion c: free in all three statuses, popup",
        B().subs(QStringLiteral("free/active free/expired free/suspended")),
        {.eligible = true, .criterion = QStringLiteral("free_only"), .popup = true,
         .usersToHandle = 0});

    // Subscriptions no criterion accepts, alone
    row("blocked: active paid", B().subs(QStringLiteral("paid/active")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S1"}), .popup = false,
         .usersToHandle = 0});
    row("blocked: expired paid", B().subs(QStringLiteral("paid/expired")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S1"}), .popup = false,
         .usersToHandle = 0});
    row("blocked: suspended paid", B().subs(QStringLiteral("paid/suspended")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S1"}), .popup = false,
         .usersToHandle = 0});
    row("blocked: active partner trial", B().subs(QStringLiteral("partner_trial/active")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S1"}), .popup = false,
         .usersToHandle = 0});
    row("blocked: suspended partner trial", B().subs(QStringLiteral("partner_trial/suspended")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S1"}), .popup = false,
         .usersToHandle = 0});
    row("blocked: suspended online trial", B().subs(QStringLiteral("online_trial/suspended")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S1"}), .popup = false,
         .usersToHandle = 0});

    // Mixes of allowed kinds fit no criterion: every member is named
    row("mix: expired partner trial + free",
        B().subs(QStringLiteral("partner_trial/expired free/active")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S1", "S2"}), .popup = false,
         .usersToHandle = 0});
    row("mix: expired partner trial + active online trial",
        B().subs(QStringLiteral("partner_trial/expired online_trial/active")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S1", "S2"}), .popup = false,
         .usersToHandle = 0});
    row("mix: active online trial + free",
        B().subs(QStringLiteral("online_trial/active free/active")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S1", "S2"}), .popup = false,
         .usersToHandle = 0});
    row("mix: expired partner trial + expired online trial + suspended free",
        B().subs(QStringLiteral("partner_trial/expired online_trial/expired free/suspended")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S1", "S2", "S3"}),
         .popup = false, .usersToHandle = 0});
    // Offending subscriptions next to acceptable ones
    row("paid + free: only the paid one is at fault",
        B().subs(QStringLiteral("paid/active free/active")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S1"}), .popup = false,
         .usersToHandle = 0});
    row("expired paid + free: not all free, no popup",
        B().subs(QStringLiteral("free/active paid/expired")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S2"}), .popup = false,
         .usersToHandle = 0});
    row("active + expired partner trial: only the active one is at fault",
        B().subs(QStringLiteral("partner_trial/active partner_trial/expired")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S1"}), .popup = false,
         .usersToHandle = 0});
    row("suspended + active online trial: only the suspended one is at fault",
        B().subs(QStringLiteral("online_trial/active online_trial/suspended")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S2"}), .popup = false,
         .usersToHandle = 0});
    row("two paid: both at fault", B().subs(QStringLiteral("paid/active paid/suspended")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S1", "S2"}), .popup = false,
         .usersToHandle = 0});
    row("paid + mix of expired partner trial and free: all at fault",
        B().subs(QStringLiteral("paid/active partner_trial/expired free/active")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S1", "S2", "S3"}),
         .popup = false, .usersToHandle = 0});

    // Who may delete
    row("not full admin: read-only administrator",
        B().roles({QStringLiteral("Read-only Administrator")}).subs(QStringLiteral("free/active")),
        {.eligible = false, .criterion = QStringLiteral("free_only"),
         .blockers = L({"not_full_admin"}), .popup = false, .usersToHandle = 0});
    row("not full admin: no role at all", B().roles({}),
        {.eligible = false, .criterion = QStringLiteral("no_subscriptions"),
         .blockers = L({"not_full_admin"}), .popup = false, .usersToHandle = 0});
    row("not full admin: user and device administrator",
        B().roles({QStringLiteral("User and Device Administrator")}),
        {.eligible = false, .criterion = QStringLiteral("no_subscriptions"),
         .blockers = L({"not_full_admin"}), .popup = false, .usersToHandle = 0});
    row("full admin among several roles",
        B().roles({QStringLiteral("Support Administrator"), kFull})
            .subs(QStringLiteral("free/active")),
        {.eligible = true, .criterion = QStringLiteral("free_only"), .popup = true,
         .usersToHandle = 0});
    row("partner admin with full admin rights: partner_admin, not not_full_admin",
        B().partner(QStringLiteral("Contoso Partner")).subs(QStringLiteral("free/active")),
        {.eligible = false, .criterion = QStringLiteral("free_only"),
         .blockers = L({"partner_admin"}), .popup = false, .usersToHandle = 1});
    row("partner admin without full admin role: partner_admin only",
        B().partner(QStringLiteral("Contoso Partner"))
            .roles({QStringLiteral("Sales Administrator")}),
        {.eligible = false, .criterion = QStringLiteral("no_subscriptions"),
         .blockers = L({"partner_admin"}), .popup = false, .usersToHandle = 1});

    // The server-side conditions, each alone
    row("one linked site", B().linkedSites(1),
        {.eligible = false, .criterion = QStringLiteral("no_subscriptions"),
         .blockers = L({"linked_sites"}), .popup = false, .usersToHandle = 0});
    row("two linked sites", B().linkedSites(2),
        {.eligible = false, .criterion = QStringLiteral("no_subscriptions"),
         .blockers = L({"linked_sites"}), .popup = false, .usersToHandle = 0});
    row("directory synchronization enabled", B().directorySync(true),
        {.eligible = false, .criterion = QStringLiteral("no_subscriptions"),
         .blockers = L({"directory_sync"}), .popup = false, .usersToHandle = 0});
    row("exactly one managed-by relationship is fine", B().managedBy(1),
        {.eligible = true, .criterion = QStringLiteral("no_subscriptions"), .popup = false,
         .usersToHandle = 0});
    row("two managed-by relationships", B().managedBy(2),
        {.eligible = false, .criterion = QStringLiteral("no_subscriptions"),
         .blockers = L({"multiple_managed_by"}), .popup = false, .usersToHandle = 0});
    row("three managed-by relationships", B().managedBy(3),
        {.eligible = false, .criterion = QStringLiteral("no_subscriptions"),
         .blockers = L({"multiple_managed_by"}), .popup = false, .usersToHandle = 0});
    row("one managed org", B().managedOrgs(1),
        {.eligible = false, .criterion = QStringLiteral("no_subscriptions"),
         .blockers = L({"managed_orgs"}), .popup = false, .usersToHandle = 0});
    row("free only but linked site: popup still applies",
        B().subs(QStringLiteral("free/active")).linkedSites(1),
        {.eligible = false, .criterion = QStringLiteral("free_only"),
         .blockers = L({"linked_sites"}), .popup = true, .usersToHandle = 0});

    // Several blockers together, in checklist order
    row("linked sites + directory sync + managed orgs",
        B().linkedSites(1).directorySync(true).managedOrgs(2),
        {.eligible = false, .criterion = QStringLiteral("no_subscriptions"),
         .blockers = L({"linked_sites", "directory_sync", "managed_orgs"}), .popup = false,
         .usersToHandle = 0});
    row("not full admin + paid", B().roles({}).subs(QStringLiteral("paid/active")),
        {.eligible = false, .blockers = L({"not_full_admin", "subscriptions"}),
         .atFault = L({"S1"}), .popup = false, .usersToHandle = 0});
    row("not full admin + every server condition",
        B().roles({}).linkedSites(1).directorySync(true).managedBy(2).managedOrgs(1),
        {.eligible = false, .criterion = QStringLiteral("no_subscriptions"),
         .blockers = L({"not_full_admin", "linked_sites", "directory_sync", "multiple_managed_by",
                        "managed_orgs"}),
         .popup = false, .usersToHandle = 0});
    row("every blocker at once, partner actor, other users",
        B().partner(QStringLiteral("Contoso Partner"))
            .subs(QStringLiteral("paid/active partner_trial/active"))
            .linkedSites(2)
            .directorySync(true)
            .managedBy(2)
            .managedOrgs(3)
            .otherUsers(4),
        {.eligible = false,
         .blockers = L({"partner_admin", "subscriptions", "linked_sites", "directory_sync",
                        "multiple_managed_by", "managed_orgs"}),
         .atFault = L({"S1", "S2"}), .popup = false, .usersToHandle = 5});

    // Unknowns: reported, never blocking; the server decides
    row("subscriptions unknown: eligible, no criterion, no popup", B().unknownSubs(),
        {.eligible = true, .popup = false, .usersToHandle = 0, .unknown = L({"subscriptions"})});
    row("everything unknown: eligible with five unknowns",
        B().unknownSubs().unknownServerConditions(),
        {.eligible = true, .popup = false, .usersToHandle = 0,
         .unknown = L({"subscriptions", "linked_sites", "directory_sync", "managed_by",
                       "managed_orgs"})});
    row("subscriptions unknown + linked sites", B().unknownSubs().linkedSites(1),
        {.eligible = false, .blockers = L({"linked_sites"}), .popup = false, .usersToHandle = 0,
         .unknown = L({"subscriptions"})});
    row("linked sites unknown + paid", B().unknownLinkedSites().subs(QStringLiteral("paid/active")),
        {.eligible = false, .blockers = subsBlocker, .atFault = L({"S1"}), .popup = false,
         .usersToHandle = 0, .unknown = L({"linked_sites"})});
    row("server conditions unknown, free only: popup applies",
        B().unknownServerConditions().subs(QStringLiteral("free/active")),
        {.eligible = true, .criterion = QStringLiteral("free_only"), .popup = true,
         .usersToHandle = 0,
         .unknown = L({"linked_sites", "directory_sync", "managed_by", "managed_orgs"})});

    // Users to handle: everyone but the acting admin; more than one user never blocks
    row("only the actor: nothing to handle", B().subs(QStringLiteral("free/active")),
        {.eligible = true, .criterion = QStringLiteral("free_only"), .popup = true,
         .usersToHandle = 0});
    row("actor + one user: one to handle, not a blocker", B().otherUsers(1),
        {.eligible = true, .criterion = QStringLiteral("no_subscriptions"), .popup = false,
         .usersToHandle = 1});
    row("actor + eleven users (demo shape)",
        B().subs(QStringLiteral("free/active free/active")).otherUsers(11),
        {.eligible = true, .criterion = QStringLiteral("free_only"), .popup = true,
         .usersToHandle = 11});
    row("member actor missing from the user list: all users handled",
        B().otherUsers(3).withoutActorInUsers(),
        {.eligible = true, .criterion = QStringLiteral("no_subscriptions"), .popup = false,
         .usersToHandle = 3});
    row("partner actor: nobody excluded", B().partner(QStringLiteral("P")).otherUsers(2),
        {.eligible = false, .criterion = QStringLiteral("no_subscriptions"),
         .blockers = L({"partner_admin"}), .popup = false, .usersToHandle = 3});
    row("not full admin with users: users still counted", B().roles({}).otherUsers(2),
        {.eligible = false, .criterion = QStringLiteral("no_subscriptions"),
         .blockers = L({"not_full_admin"}), .popup = false, .usersToHandle = 2});
}

void TestEligibilityPolicy::evaluate()
{
    QFETCH(OrgSnapshot, snapshot);
    QFETCH(PolicyAnswer, expected);

    const Verdict v = EligibilityPolicy::evaluate(snapshot);
    QCOMPARE(codesOf(v), expected.blockers);
    QCOMPARE(v.eligible, expected.eligible);
    QCOMPARE(v.eligible, v.blockers.isEmpty());
    QCOMPARE(v.criterion ? toWireName(*v.criterion) : QString(), expected.criterion);
    QCOMPARE(v.popup, expected.popup);
    QCOMPARE(v.usersToHandle, expected.usersToHandle);
    QCOMPARE(v.usersToHandle, int(snapshot.usersToHandle().size()));
    QCOMPARE(v.unknown, expected.unknown);
    QVERIFY2(!v.hasBlocker(BlockerCode::MultipleUsers),
             "more than one user must never block: the wizard handles the users");

    if (snapshot.subscriptions) {
        QList<Subscription> fault;
        const auto c = EligibilityPolicy::criterionFor(*snapshot.subscriptions, &fault);
        QCOMPARE(c.has_value(), !expected.criterion.isEmpty());
        QCOMPARE(idsOf(fault), expected.atFault);
    } else {
        QVERIFY2(expected.atFault.isEmpty(), "a row with expected.unknown subscriptions cannot name any at fault");
    }
    for (const Blocker &b : v.blockers) {
        QVERIFY2(!b.message.isEmpty(), qPrintable(toWireName(b.code)));
        QVERIFY2(!b.remedy.isEmpty(), qPrintable(toWireName(b.code)));
        if (b.code == BlockerCode::Subscriptions)
            QCOMPARE(b.details.size(), expected.atFault.size());
    }
}

// The checklist always has the same seven rows; its failed rows are the blockers and its unknown
// rows the unknowns.
void TestEligibilityPolicy::checklistOrderAndStates_data()
{
    QTest::addColumn<OrgSnapshot>("snapshot");
    QTest::newRow("all clear") << SnapshotBuilder().build();
    QTest::newRow("not full admin") << SnapshotBuilder().roles({}).build();
    QTest::newRow("every blocker")
        << SnapshotBuilder().everyBlocker(QStringLiteral("P")).build();
    QTest::newRow("everything unknown")
        << SnapshotBuilder().unknownSubs().unknownServerConditions().otherUsers(2).build();
}

void TestEligibilityPolicy::checklistOrderAndStates()
{
    QFETCH(OrgSnapshot, snapshot);
    const Verdict v = EligibilityPolicy::evaluate(snapshot);
    QStringList ids;
    int failed = 0;
    QStringList unknownIds;
    for (const CheckItem &c : v.checklist) {
        ids.append(c.id);
        QVERIFY2(!c.title.isEmpty() && !c.detail.isEmpty(), qPrintable(c.id));
        if (c.state == CheckItem::State::Failed) {
            ++failed;
            QVERIFY2(!c.remedy.isEmpty(),
                     qPrintable(c.id + QStringLiteral(": failed without remedy")));
        }
        if (c.state == CheckItem::State::Unknown)
            unknownIds.append(c.id);
    }
    QCOMPARE(ids, L({"admin", "subscriptions", "linked_sites", "directory_sync", "managed_by",
                     "managed_orgs", "users"}));
    QCOMPARE(failed, int(v.blockers.size()));
    // Every failed row shows its blocker's message in the document's words.
    for (const Blocker &b : v.blockers) {
        const bool shown =
            std::any_of(v.checklist.cbegin(), v.checklist.cend(), [&b](const CheckItem &c) {
                return c.state == CheckItem::State::Failed && c.remedy == b.remedy &&
                       (c.detail.contains(b.message) || b.code == BlockerCode::Subscriptions);
            });
        QVERIFY2(shown,
                 qPrintable(toWireName(b.code) + QStringLiteral(": message not in the checklist")));
    }
    QCOMPARE(unknownIds, v.unknown);
}

void TestEligibilityPolicy::blockerDetailsNameWhatIsAtFault()
{
    const OrgSnapshot s = SnapshotBuilder()
                              .partner(QStringLiteral("Contoso Partner"))
                              .subs(QStringLiteral("free/active paid/suspended"))
                              .linkedSites(2)
                              .managedBy(2)
                              .managedOrgs(1)
                              .build();
    const Verdict v = EligibilityPolicy::evaluate(s);
    auto details = [&v](BlockerCode code) {
        for (const Blocker &b : v.blockers) {
            if (b.code == code)
                return b.details;
        }
        return QStringList{QStringLiteral("<missing>")};
    };
    QCOMPARE(details(BlockerCode::PartnerAdmin), QStringList{QStringLiteral("Contoso Partner")});
    QCOMPARE(details(BlockerCode::Subscriptions),
             QStringList{QStringLiteral("S2 (suspended paid subscription)")});
    QCOMPARE(details(BlockerCode::LinkedSites), *s.linkedSites);
    QCOMPARE(details(BlockerCode::MultipleManagedBy), *s.managedBy);
    QCOMPARE(details(BlockerCode::ManagedOrgs), *s.managedOrgs);
}

void TestEligibilityPolicy::blockerCatalogIsComplete_data()
{
    wod::test::addColumns<int, QString>("code", "wire");
    const struct
    {
        BlockerCode code;
        const char *wire;
    } codes[] = {{BlockerCode::NotFullAdmin, "not_full_admin"},
                 {BlockerCode::PartnerAdmin, "partner_admin"},
                 {BlockerCode::Subscriptions, "subscriptions"},
                 {BlockerCode::LinkedSites, "linked_sites"},
                 {BlockerCode::DirectorySync, "directory_sync"},
                 {BlockerCode::MultipleManagedBy, "multiple_managed_by"},
                 {BlockerCode::ManagedOrgs, "managed_orgs"},
                 {BlockerCode::MultipleUsers, "multiple_users"},
                 {BlockerCode::Unknown, "unknown"}};
    for (const auto &c : codes)
        QTest::newRow(c.wire) << int(c.code) << QString::fromLatin1(c.wire);
}

void TestEligibilityPolicy::blockerCatalogIsComplete()
{
    QFETCH(int, code);
    QFETCH(QString, wire);
    const auto c = BlockerCode(code);
    QCOMPARE(toWireName(c), wire);
    QCOMPARE(blockerCodeFromWire(wire), std::optional<BlockerCode>(c));
    QVERIFY2(!blockerMessage(c).isEmpty(), "every code needs a message");
    QVERIFY2(!blockerRemedy(c).isEmpty(), "every code needs a remedy");
    const Blocker b = makeBlocker(c, {QStringLiteral("x")});
    QCOMPARE(b.message, blockerMessage(c));
    QCOMPARE(b.remedy, blockerRemedy(c));
    QCOMPARE(b.details, QStringList{QStringLiteral("x")});
    QVERIFY(!blockerCodeFromWire(wire.toUpper()));
}

void TestEligibilityPolicy::criterionWireNames()
{
    for (auto c : {Criterion::ExpiredPartnerTrials, Criterion::OnlineTrials, Criterion::FreeOnly,
                   Criterion::NoSubscriptions})
        QVERIFY2(!describe(c).isEmpty(), qPrintable(toWireName(c)));
    QCOMPARE(toWireName(Criterion::ExpiredPartnerTrials), QStringLiteral("expired_partner_trials"));
    QCOMPARE(toWireName(Criterion::OnlineTrials), QStringLiteral("online_trials"));
    QCOMPARE(toWireName(Criterion::FreeOnly), QStringLiteral("free_only"));
    QCOMPARE(toWireName(Criterion::NoSubscriptions), QStringLiteral("no_subscriptions"));
}

// Who the actor is among the users: by id when both ids are known, else by email, ignoring case.
void TestEligibilityPolicy::usersToHandleMatching_data()
{
    wod::test::addColumns<OrgSnapshot, QStringList>("snapshot", "expectedEmails");
    using B = SnapshotBuilder;
    const Person actorById{QStringLiteral("actor-1"), QStringLiteral("renamed@example.com"), {}};
    const Person actorByEmail{QString(), QStringLiteral("DANA@Example.com"), {}};
    const Person other{QStringLiteral("u2"), QStringLiteral("other@example.com"), {}};
    const Person otherNoId{QString(), QStringLiteral("other@example.com"), {}};
    const Person sameEmailOtherId{QStringLiteral("u3"), QStringLiteral("dana@example.com"), {}};

    QTest::newRow("matched by id although the email differs")
        << B().users({actorById, other}).build() << L({"other@example.com"});
    QTest::newRow("matched by email ignoring case when the user has no id")
        << B().users({actorByEmail, otherNoId}).build() << L({"other@example.com"});
    QTest::newRow("ids known and different: same email is another person")
        << B().users({sameEmailOtherId, other}).build()
        << L({"dana@example.com", "other@example.com"});
    QTest::newRow("actor without id matched by email")
        << B().actorIdentity(QString(), QStringLiteral("dana@example.com"))
               .users({Person{QStringLiteral("u1"), QStringLiteral("dana@example.com"), {}}, other})
               .build()
        << L({"other@example.com"});
    QTest::newRow("actor with neither id nor email excludes nobody")
        << B().actorIdentity(QString(), QString())
               .users({Person{QString(), QString(), {}}, other})
               .build()
        << L({"", "other@example.com"});
    QTest::newRow("partner actor listed by email among users is still handled")
        << B().partner(QStringLiteral("P"))
               .users({Person{QString(), QStringLiteral("pat@partner.example"), {}}, other})
               .build()
        << L({"pat@partner.example", "other@example.com"});
}

void TestEligibilityPolicy::usersToHandleMatching()
{
    QFETCH(OrgSnapshot, snapshot);
    QFETCH(QStringList, expectedEmails);
    QStringList emails;
    for (const Person &p : snapshot.usersToHandle())
        emails.append(p.email);
    QCOMPARE(emails, expectedEmails);
    QCOMPARE(EligibilityPolicy::evaluate(snapshot).usersToHandle, int(expectedEmails.size()));
}

QTEST_GUILESS_MAIN(TestEligibilityPolicy)
#include "tst_eligibilitypolicy.moc"
