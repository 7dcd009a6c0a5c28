// DeletionPlan: who is handled (never the acting admin), the fingerprint that detects a changed
// organization between confirmation and commit, the wrong-organization guard (exact text), and
// the journal header's JSON round trip.

#include "DataColumns.h"
#include "DeletionPlan.h"
#include "EligibilityPolicy.h"
#include "SnapshotBuilder.h"

#include <QJsonArray>
#include <QtTest>
#include <algorithm>

using namespace wod;
using wod::test::SnapshotBuilder;

class TestDeletionPlan : public QObject
{
    Q_OBJECT

private slots:
    void fromSnapshotHandlesEveryoneButTheActor();
    void fingerprintChanges_data();
    void fingerprintChanges();
    void confirmationGuard_data();
    void confirmationGuard();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void fromJsonRejects_data();
    void fromJsonRejects();
    void dispositionWireNames();
    void confirmedUnknownKeptInThePlan();
    void fingerprintFormatUnchanged();
};

namespace {

QByteArray fingerprint(const OrgSnapshot &s)
{
    return DeletionPlan::fingerprintOf(s, EligibilityPolicy::evaluate(s));
}

OrgSnapshot baseSnapshot()
{
    return SnapshotBuilder().subs(QStringLiteral("free/active")).otherUsers(3).build();
}

} // namespace

void TestDeletionPlan::fromSnapshotHandlesEveryoneButTheActor()
{
    const OrgSnapshot s = baseSnapshot();
    const Verdict v = EligibilityPolicy::evaluate(s);
    const QDateTime at(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    const DeletionPlan plan = DeletionPlan::fromSnapshot(s, v, UserDisposition::Delete, at, {});
    QCOMPARE(plan.orgId, s.orgId);
    QCOMPARE(plan.orgDisplayName, s.orgDisplayName);
    QCOMPARE(plan.actorId, s.actor.id);
    QCOMPARE(plan.actorEmail, s.actor.email);
    QCOMPARE(plan.disposition, UserDisposition::Delete);
    QCOMPARE(plan.confirmedAt, at);
    QCOMPARE(plan.users.size(), 3);
    QVERIFY2(std::none_of(plan.users.cbegin(), plan.users.cend(),
                          [&s](const Person &p) { return p.id == s.actor.id; }),
             "the acting admin is never handled");
    QCOMPARE(plan.fingerprint, fingerprint(s));
    QCOMPARE(plan.fingerprint.size(), 64); // SHA-256 in hex
}

void TestDeletionPlan::fingerprintChanges_data()
{
    wod::test::addColumns<OrgSnapshot, bool>("other", "changes");

    OrgSnapshot s = baseSnapshot();
    QTest::newRow("same state: same fingerprint") << s << false;

    OrgSnapshot reordered = s;
    std::reverse(reordered.users.begin(), reordered.users.end());
    QTest::newRow("user order does not matter") << reordered << false;

    OrgSnapshot emailCase = s;
    emailCase.users[1].email = emailCase.users[1].email.toUpper();
    QTest::newRow("email case does not matter") << emailCase << false;

    OrgSnapshot renamedUser = s;
    renamedUser.users[1].displayName = QStringLiteral("Renamed");
    QTest::newRow("a user's display name does not matter") << renamedUser << false;

    OrgSnapshot moreFree =
        SnapshotBuilder().subs(QStringLiteral("free/active free/expired")).otherUsers(3).build();
    QTest::newRow("another free subscription, same verdict codes") << moreFree << false;

    OrgSnapshot renamed = s;
    renamed.orgDisplayName = QStringLiteral("Northwind Trial 2");
    QTest::newRow("org display name changed") << renamed << true;

    OrgSnapshot otherId = s;
    otherId.orgId = QStringLiteral("org-2");
    QTest::newRow("org id changed") << otherId << true;

    QTest::newRow("a user added")
        << SnapshotBuilder().subs(QStringLiteral("free/active")).otherUsers(4).build() << true;

    OrgSnapshot removed = s;
    removed.users.removeLast();
    QTest::newRow("a user removed") << removed << true;

    OrgSnapshot swapped = s;
    swapped.users[2].email = QStringLiteral("someone.else@example.com");
    QTest::newRow("a user replaced by another email") << swapped << true;

    OrgSnapshot newId = s;
    newId.users[2].id = QStringLiteral("user-99");
    QTest::newRow("a user replaced by another id") << newId << true;

    OrgSnapshot blocked = s;
    blocked.linkedSites = QStringList{QStringLiteral("x.webex.com")};
    QTest::newRow("a blocker appeared") << blocked << true;

    OrgSnapshot paid = SnapshotBuilder().subs(QStringLiteral("paid/active")).otherUsers(3).build();
    QTest::newRow("subscriptions now block") << paid << true;

    OrgSnapshot otherActor = s;
    otherActor.actor.email = QStringLiteral("other.admin@example.com");
    QTest::newRow("another acting admin") << otherActor << true;
}

void TestDeletionPlan::fingerprintChanges()
{
    QFETCH(OrgSnapshot, other);
    QFETCH(bool, changes);
    const QByteArray a = fingerprint(baseSnapshot());
    const QByteArray b = fingerprint(other);
    QVERIFY2((a != b) == changes,
             changes ? "the fingerprint must change" : "the fingerprint must stay the same");
    QCOMPARE(fingerprint(other), b); // deterministic
}

void TestDeletionPlan::confirmationGuard_data()
{
    wod::test::addColumns<QString, QString, bool>("typed", "name", "matches");
    const QString name = QStringLiteral("Northwind Trial");
    QTest::newRow("exact") << name << name << true;
    QTest::newRow("lower case") << QStringLiteral("northwind trial") << name << false;
    QTest::newRow("upper case") << QStringLiteral("NORTHWIND TRIAL") << name << false;
    QTest::newRow("trailing space") << QStringLiteral("Northwind Trial ") << name << false;
    QTest::newRow("leading space") << QStringLiteral(" Northwind Trial") << name << false;
    QTest::newRow("double inner space") << QStringLiteral("Northwind  Trial") << name << false;
    QTest::newRow("tab instead of space") << QStringLiteral("Northwind\tTrial") << name << false;
    QTest::newRow("non-breaking space") << QStringLiteral("Northwind\u00a0Trial") << name << false;
    QTest::newRow("prefix only") << QStringLiteral("Northwind") << name << false;
    QTest::newRow("empty typed") << QString() << name << false;
    QTest::newRow("empty name never matches") << QString() << QString() << false;
    QTest::newRow("name with trailing space typed exactly")
        << QStringLiteral("Acme ") << QStringLiteral("Acme ") << true;
    QTest::newRow("non-ASCII exact")
        << QStringLiteral("Zürich Trial") << QStringLiteral("Zürich Trial") << true;
    QTest::newRow("non-ASCII decomposed differs")
        << QStringLiteral("Zu\u0308rich Trial") << QStringLiteral("Zürich Trial") << false;
}

void TestDeletionPlan::confirmationGuard()
{
    QFETCH(QString, typed);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(DeletionPlan::confirmationMatches(typed, name), matches);
}

void TestDeletionPlan::jsonRoundTrip_data()
{
    wod::test::addColumns<int, int>("disposition", "otherUsers");
    QTest::newRow("convert, three users") << int(UserDisposition::Convert) << 3;
    QTest::newRow("delete, no users") << int(UserDisposition::Delete) << 0;
    QTest::newRow("delete, 500 users") << int(UserDisposition::Delete) << 500;
}

void TestDeletionPlan::jsonRoundTrip()
{
    QFETCH(int, disposition);
    QFETCH(int, otherUsers);
    const OrgSnapshot s = SnapshotBuilder().otherUsers(otherUsers).build();
    const QDateTime at(QDate(2026, 11, 28), QTime(12, 34, 56, 789), Qt::UTC);
    const DeletionPlan plan = DeletionPlan::fromSnapshot(s, EligibilityPolicy::evaluate(s),
                                                         UserDisposition(disposition), at, {});
    const QJsonObject json = plan.toJson();
    QCOMPARE(json.value(QStringLiteral("disposition")).toString(),
             toWireName(UserDisposition(disposition)));
    QCOMPARE(json.value(QStringLiteral("confirmedAt")).toString(),
             QStringLiteral("2026-11-28T12:34:56.789Z"));
    QString error;
    const auto back = DeletionPlan::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->orgId, plan.orgId);
    QCOMPARE(back->orgDisplayName, plan.orgDisplayName);
    QCOMPARE(back->actorId, plan.actorId);
    QCOMPARE(back->actorEmail, plan.actorEmail);
    QCOMPARE(back->disposition, plan.disposition);
    QCOMPARE(back->fingerprint, plan.fingerprint);
    QCOMPARE(back->confirmedAt, plan.confirmedAt);
    QCOMPARE(back->users.size(), plan.users.size());
    for (qsizetype i = 0; i < plan.users.size(); ++i) {
        QCOMPARE(back->users.at(i).id, plan.users.at(i).id);
        QCOMPARE(back->users.at(i).email, plan.users.at(i).email);
    }
}

void TestDeletionPlan::fromJsonRejects_data()
{
    // value: Undefined: remove the key
    wod::test::addColumns<QString, QJsonValue>("key", "value");
    QTest::newRow("no org id") << QStringLiteral("orgId") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("no org name") << QStringLiteral("orgDisplayName") << QJsonValue(QString());
    QTest::newRow("unknown disposition")
        << QStringLiteral("disposition") << QJsonValue(QStringLiteral("archive"));
    QTest::newRow("users not a list") << QStringLiteral("users") << QJsonValue(QStringLiteral("x"));
    QTest::newRow("user not a pair")
        << QStringLiteral("users") << QJsonValue(QJsonArray{QJsonArray{QStringLiteral("id")}});
    QTest::newRow("user pair of numbers")
        << QStringLiteral("users") << QJsonValue(QJsonArray{QJsonArray{1, 2}});
    QTest::newRow("confirmed checks not a list")
        << QStringLiteral("confirmedUnknown") << QJsonValue(QStringLiteral("linked_sites"));
    QTest::newRow("confirmed check not a name")
        << QStringLiteral("confirmedUnknown") << QJsonValue(QJsonArray{QStringLiteral("linked_sites"), 7});
    QTest::newRow("confirmed check empty")
        << QStringLiteral("confirmedUnknown") << QJsonValue(QJsonArray{QString()});
}

void TestDeletionPlan::fromJsonRejects()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const OrgSnapshot s = baseSnapshot();
    QJsonObject json =
        DeletionPlan::fromSnapshot(s, EligibilityPolicy::evaluate(s), UserDisposition::Convert,
                                   QDateTime::currentDateTimeUtc(), {})
            .toJson();
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    QString error;
    QVERIFY2(!DeletionPlan::fromJson(json, &error), "a damaged plan must not load");
    QVERIFY2(!error.isEmpty(), "with a reason");
}

// What the admin confirmed of the checks the service cannot report stays with the plan, so the
// journal and the receipt say it: only ids the verdict left unknown, sorted, through the journal's
// JSON and back. A plan without any writes no key (journals of other organizations unchanged).
void TestDeletionPlan::confirmedUnknownKeptInThePlan()
{
    const OrgSnapshot s = SnapshotBuilder().unknownLinkedSites().unknownServerConditions().build();
    const Verdict v = EligibilityPolicy::evaluate(s);
    QVERIFY2(v.unknown.size() >= 2, qPrintable(v.unknown.join(u',')));
    QStringList named = v.unknown;
    std::reverse(named.begin(), named.end());
    named << QStringLiteral("admin") << QStringLiteral("no_such_check"); // known or not a check
    const QDateTime at(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
    const DeletionPlan plan = DeletionPlan::fromSnapshot(s, v, UserDisposition::Convert, at, named);
    QStringList expected = v.unknown;
    expected.sort();
    QCOMPARE(plan.confirmedUnknown, expected);
    QCOMPARE(plan.toJson().value(QStringLiteral("confirmedUnknown")).toArray().size(), expected.size());
    QString error;
    const auto back = DeletionPlan::fromJson(plan.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->confirmedUnknown, expected);

    const DeletionPlan none = DeletionPlan::fromSnapshot(s, v, UserDisposition::Convert, at, {});
    QVERIFY(none.confirmedUnknown.isEmpty());
    QVERIFY2(!none.toJson().contains(QStringLiteral("confirmedUnknown")), "no key when none");
    const auto noneBack = DeletionPlan::fromJson(none.toJson(), &error);
    QVERIFY2(noneBack && noneBack->confirmedUnknown.isEmpty(), qPrintable(error));
}

void TestDeletionPlan::dispositionWireNames()
{
    QCOMPARE(toWireName(UserDisposition::Convert), QStringLiteral("convert"));
    QCOMPARE(toWireName(UserDisposition::Delete), QStringLiteral("delete"));
    QCOMPARE(userDispositionFromWire(QStringLiteral("convert")), UserDisposition::Convert);
    QCOMPARE(userDispositionFromWire(QStringLiteral("delete")), UserDisposition::Delete);
    QVERIFY(!userDispositionFromWire(QStringLiteral("Delete")));
    QVERIFY(!userDispositionFromWire(QString()));
}

// The fingerprint is stored in journals: a run resumed by a newer build must compute the same
// value, so it is pinned here as bytes, not recomputed by a second implementation. Its format:
// SHA-256 over, each followed by 0x1e, the org id, the org name, "<actor id>\x1f<actor email in
// lower case>", every user's "<id>\x1f<email in lower case>" sorted by UTF-16 code unit,
// "--blockers--" and the verdict's blocker wire codes sorted. The users are chosen so that every
// ordering corner counts: ids that are prefixes of others, equal ids, upper-case and non-ASCII
// emails, a character below the separator.
void TestDeletionPlan::fingerprintFormatUnchanged()
{
    OrgSnapshot s = baseSnapshot();
    s.users.clear();
    const QStringList ids{QStringLiteral("Y2lz"), QStringLiteral("Y2lzY"), QStringLiteral("Y2lz"),
                          QStringLiteral("Z"), QStringLiteral("Y2l"), QString(),
                          QStringLiteral("Y2lz\x01"), QStringLiteral("\u00e9t\u00e9"), QStringLiteral("Y2lz z")};
    const QStringList emails{QStringLiteral("b@x.example"), QStringLiteral("A@x.example"),
                             QStringLiteral("a@x.example"), QStringLiteral("\u00c9mile@x.example"),
                             QStringLiteral(""), QStringLiteral("z@x.example"),
                             QStringLiteral("c@x.example"), QStringLiteral("d@x.example"),
                             QStringLiteral("0@x.example")};
    for (int round = 0; round < 3; ++round) {
        for (qsizetype i = 0; i < ids.size(); ++i)
            s.users.append(Person{ids.at(i), emails.at((i + round) % emails.size()), QString()});
    }
    const Verdict v = EligibilityPolicy::evaluate(s);
    // Computed from the format above outside this code base (Python's hashlib, UTF-16 sort).
    const QByteArray pinned = "c1a60892a1849ca8496b22568ef7fc830adf78266aaad661be5cd277141702df";
    QCOMPARE(DeletionPlan::fingerprintOf(s, v), pinned);
    // And the order of the list does not matter.
    std::reverse(s.users.begin(), s.users.end());
    QCOMPARE(DeletionPlan::fingerprintOf(s, v), pinned);
}

QTEST_GUILESS_MAIN(TestDeletionPlan)
#include "tst_deletionplan.moc"
