// ReceiptDocument: the lazily built receipt serializes to exactly the bytes of the whole JSON
// object (both formats, several chunks of users, odd characters, no users), and reads like the
// object it stands for.

#include "DataColumns.h"
#include "Receipt.h"
#include "SamplePlan.h"

#include <QJsonArray>
#include <QTest>

using namespace wod;
using namespace wod::net;

namespace {

// Text that a hand-written serializer could get wrong: quotes, a backslash, non-ASCII, an emoji,
// a name that looks like the "users" key.
DeletionPlan plan(int users)
{
    return test::samplePlan(
        users, {.orgId = QStringLiteral("org-1"),
                .orgDisplayName = QStringLiteral("Ac\u00e9me \"Quoted\" \\ Org \U0001F600 \"users\": \"x\""),
                .actorId = QStringLiteral("actor"),
                .actorEmail = QStringLiteral("admin@example.com"),
                .userId = QStringLiteral("id-%1"),
                .userEmail = QStringLiteral("u%1@\u00e9xample.com"),
                .firstUser = 0,
                .fingerprint = {},
                .confirmedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)});
}

ReceiptDocument document(const DeletionPlan &p, int outcomes)
{
    Receipt r;
    r.plan = &p;
    r.startedAt = p.confirmedAt;
    r.finishedAt = p.confirmedAt.addSecs(60);
    r.orgDeleteStatus = 204;
    r.orgDeleteTrackingId = QStringLiteral("WOD_org");
    for (int i = 0; i < outcomes; ++i)
        r.outcomes.append({i % 3 == 0 ? UserOutcome::Gone : UserOutcome::Deleted,
                           QStringLiteral("WOD_%1").arg(i / 100),
                           i == 7 ? QStringLiteral("odd \"error\"\n") : QString()});
    RunOutcome o;
    o.status = RunOutcome::Status::Deleted;
    o.message = QStringLiteral("done \"users\": [\n]");
    o.usersHandled = outcomes;
    return r.toDocument(o);
}

} // namespace

class TestReceiptDocument : public QObject
{
    Q_OBJECT

private slots:
    void serializesLikeTheWholeObject_data()
    {
        wod::test::addColumns<int, int>("users", "outcomes");
        QTest::newRow("no users") << 0 << 0;
        QTest::newRow("one") << 1 << 1;
        QTest::newRow("three chunks, some pending") << 2'345 << 2'000;
    }
    void serializesLikeTheWholeObject()
    {
        QFETCH(int, users);
        QFETCH(int, outcomes);
        const DeletionPlan p = plan(users);
        const ReceiptDocument doc = document(p, outcomes);
        const QJsonObject whole = doc.toObject();
        QCOMPARE(whole.value(QLatin1String("users")).toArray().size(), users);
        for (auto format : {QJsonDocument::Indented, QJsonDocument::Compact})
            QCOMPARE(doc.toJson(format), QJsonDocument(whole).toJson(format));
        QCOMPARE(QJsonDocument::fromJson(doc.toJson()).object(), whole);
    }

    void readsLikeAnObject()
    {
        const DeletionPlan p = plan(3);
        const ReceiptDocument doc = document(p, 3);
        QVERIFY(!doc.isEmpty());
        QCOMPARE(doc.value(QLatin1String("status")).toString(), QStringLiteral("deleted"));
        QCOMPARE(doc.value(QLatin1String("users")).toArray().size(), 3);
        const QJsonObject first = doc.value(QLatin1String("users")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("id-0"));
        QCOMPARE(first.value(QLatin1String("outcome")).toString(), QStringLiteral("gone"));
        QCOMPARE(first.value(QLatin1String("trackingId")).toString(), QStringLiteral("WOD_0"));
        const QJsonObject asObject = doc; // the implicit conversion existing code relies on
        QCOMPARE(asObject, doc.toObject());
    }

    void plainObjectsStayPlain()
    {
        QVERIFY(ReceiptDocument().isEmpty());
        QVERIFY(ReceiptDocument(QJsonObject{}).isEmpty());
        const QJsonObject plain{{QStringLiteral("status"), QStringLiteral("changed")}};
        const ReceiptDocument doc(plain);
        QCOMPARE(doc.toObject(), plain); // no "users" added
        QCOMPARE(doc.toJson(), QJsonDocument(plain).toJson());
    }
};

QTEST_APPLESS_MAIN(TestReceiptDocument)
#include "tst_receiptdocument.moc"
