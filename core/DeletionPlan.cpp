#include "DeletionPlan.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <algorithm>
#include <vector>

namespace wod {

QString toWireName(UserDisposition d)
{
    return d == UserDisposition::Convert ? QStringLiteral("convert") : QStringLiteral("delete");
}

std::optional<UserDisposition> userDispositionFromWire(const QString &name)
{
    if (name == QLatin1String("convert"))
        return UserDisposition::Convert;
    if (name == QLatin1String("delete"))
        return UserDisposition::Delete;
    return std::nullopt;
}

DeletionPlan DeletionPlan::fromSnapshot(const OrgSnapshot &snapshot, const Verdict &verdict,
                                        UserDisposition disposition, const QDateTime &confirmedAt,
                                        const QStringList &confirmedUnknown)
{
    DeletionPlan plan;
    plan.orgId = snapshot.orgId;
    plan.orgDisplayName = snapshot.orgDisplayName;
    plan.actorId = snapshot.actor.id;
    plan.actorEmail = snapshot.actor.email;
    plan.disposition = disposition;
    plan.users = snapshot.usersToHandle();
    plan.fingerprint = fingerprintOf(snapshot, verdict);
    plan.confirmedAt = confirmedAt;
    for (const QString &id : verdict.unknown) {
        if (confirmedUnknown.contains(id))
            plan.confirmedUnknown.append(id);
    }
    plan.confirmedUnknown.sort();
    return plan;
}

namespace {

// One user's fingerprint key, "<id>\x1f<lower-case email>", without building it: the pieces are
// compared (and hashed) in place, so fingerprinting 100,000 users sorts 100,000 small indices
// instead of 100,000 new strings (~25 MB that were held, and freed, on whichever thread ran it).
struct UserKey
{
    QStringView id;
    QStringView email; // lower case

    QChar at(qsizetype i) const
    {
        if (i < id.size())
            return id.at(i);
        return i == id.size() ? QChar(u'\x1f') : email.at(i - id.size() - 1);
    }
    qsizetype size() const { return id.size() + 1 + email.size(); }

    // Exactly the order of the built strings (QString::operator<: UTF-16 code units).
    friend bool operator<(const UserKey &a, const UserKey &b)
    {
        // The ids first, as a whole (memcmp-fast); only a tie or a prefix needs the slow path.
        const qsizetype common = std::min(a.id.size(), b.id.size());
        const int c = QStringView(a.id).first(common).compare(QStringView(b.id).first(common));
        if (c != 0)
            return c < 0;
        const qsizetype n = std::min(a.size(), b.size());
        for (qsizetype i = common; i < n; ++i) {
            const char16_t x = a.at(i).unicode();
            const char16_t y = b.at(i).unicode();
            if (x != y)
                return x < y;
        }
        return a.size() < b.size();
    }
};

} // namespace

QByteArray DeletionPlan::fingerprintOf(const OrgSnapshot &snapshot, const Verdict &verdict)
{
    // Lower-case emails share the original's data when already lower case (the usual case).
    QList<QString> emails;
    emails.reserve(snapshot.users.size());
    for (const Person &p : snapshot.users)
        emails.append(p.email.toLower());
    std::vector<UserKey> users;
    users.reserve(size_t(snapshot.users.size()));
    for (qsizetype i = 0; i < snapshot.users.size(); ++i)
        users.push_back(UserKey{snapshot.users.at(i).id, emails.at(i)});
    std::sort(users.begin(), users.end());
    QStringList codes;
    for (const Blocker &b : verdict.blockers)
        codes.append(toWireName(b.code));
    codes.sort();

    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QString &s) {
        hash.addData(s.toUtf8());
        hash.addData(QByteArrayView("\x1e", 1));
    };
    add(snapshot.orgId);
    add(snapshot.orgDisplayName);
    add(snapshot.actor.id + QLatin1Char('\x1f') + snapshot.actor.email.toLower());
    // The same bytes as hashing "<id>\x1f<email>" built as one string: UTF-8 of a concatenation
    // is the concatenation of the pieces' UTF-8.
    for (const UserKey &u : users) {
        hash.addData(u.id.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(u.email.toUtf8());
        hash.addData(QByteArrayView("\x1e", 1));
    }
    add(QStringLiteral("--blockers--"));
    for (const QString &c : std::as_const(codes))
        add(c);
    return hash.result().toHex();
}

bool DeletionPlan::confirmationMatches(const QString &typed, const QString &orgDisplayName)
{
    return !orgDisplayName.isEmpty() && typed == orgDisplayName;
}

QJsonObject DeletionPlan::toJson() const
{
    QJsonArray list;
    for (const Person &p : users)
        list.append(QJsonArray{p.id, p.email});
    QJsonObject json{
        {QStringLiteral("orgId"), orgId},
        {QStringLiteral("orgDisplayName"), orgDisplayName},
        {QStringLiteral("actorId"), actorId},
        {QStringLiteral("actorEmail"), actorEmail},
        {QStringLiteral("disposition"), toWireName(disposition)},
        {QStringLiteral("fingerprint"), QString::fromLatin1(fingerprint)},
        {QStringLiteral("confirmedAt"), confirmedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("users"), list},
    };
    // Only when there are some: journals of organizations without such checks stay as they were.
    if (!confirmedUnknown.isEmpty())
        json.insert(QStringLiteral("confirmedUnknown"), QJsonArray::fromStringList(confirmedUnknown));
    return json;
}

std::optional<DeletionPlan> DeletionPlan::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<DeletionPlan> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const char *ctx = "wod::DeletionPlan";
    DeletionPlan plan;
    plan.orgId = o.value(QLatin1String("orgId")).toString();
    plan.orgDisplayName = o.value(QLatin1String("orgDisplayName")).toString();
    plan.actorId = o.value(QLatin1String("actorId")).toString();
    plan.actorEmail = o.value(QLatin1String("actorEmail")).toString();
    plan.fingerprint = o.value(QLatin1String("fingerprint")).toString().toLatin1();
    plan.confirmedAt =
        QDateTime::fromString(o.value(QLatin1String("confirmedAt")).toString(), Qt::ISODateWithMs);
    const auto disposition = userDispositionFromWire(o.value(QLatin1String("disposition")).toString());
    if (plan.orgId.isEmpty() || plan.orgDisplayName.isEmpty() || !disposition)
        return fail(QCoreApplication::translate(
            ctx, "the plan lacks the organization's id, name or the users' disposition"));
    plan.disposition = *disposition;
    const QJsonValue confirmedUnknown = o.value(QLatin1String("confirmedUnknown"));
    if (!confirmedUnknown.isUndefined()) {
        if (!confirmedUnknown.isArray())
            return fail(QCoreApplication::translate(
                ctx, "the plan's confirmed checks are not a list"));
        for (const QJsonValue &id : confirmedUnknown.toArray()) {
            if (!id.isString() || id.toString().isEmpty())
                return fail(QCoreApplication::translate(ctx, "a confirmed check of the plan is malformed"));
            plan.confirmedUnknown.append(id.toString());
        }
    }
    const QJsonValue users = o.value(QLatin1String("users"));
    if (!users.isArray())
        return fail(QCoreApplication::translate(ctx, "the plan's users are not a list"));
    const QJsonArray list = users.toArray();
    plan.users.reserve(list.size());
    for (const QJsonValue &u : list) {
        const QJsonArray pair = u.toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            return fail(QCoreApplication::translate(ctx, "a user of the plan is malformed"));
        plan.users.append(Person{pair.at(0).toString(), pair.at(1).toString(), QString()});
    }
    return plan;
}

} // namespace wod
