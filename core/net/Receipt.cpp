#include "Receipt.h"

#include "VerdictJson.h"

#include <QJsonArray>

namespace wod::net {

QString toWireName(UserOutcome outcome)
{
    switch (outcome) {
    case UserOutcome::Pending: return QStringLiteral("pending");
    case UserOutcome::Converted: return QStringLiteral("converted");
    case UserOutcome::Deleted: return QStringLiteral("deleted");
    case UserOutcome::Gone: return QStringLiteral("gone");
    case UserOutcome::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

UserOutcome userOutcomeFromWire(const QString &name)
{
    for (UserOutcome o : {UserOutcome::Converted, UserOutcome::Deleted, UserOutcome::Gone,
                          UserOutcome::Failed}) {
        if (name == toWireName(o))
            return o;
    }
    return UserOutcome::Pending;
}

QJsonObject ReceiptData::userJson(const Person &person, const ReceiptUser &r)
{
    QJsonObject u{{QStringLiteral("id"), person.id},
                  {QStringLiteral("email"), person.email},
                  {QStringLiteral("outcome"), toWireName(r.outcome)}};
    if (!r.trackingId.isEmpty())
        u.insert(QStringLiteral("trackingId"), r.trackingId);
    if (!r.error.isEmpty())
        u.insert(QStringLiteral("error"), r.error);
    return u;
}

QJsonObject Receipt::toJson(const RunOutcome &o) const
{
    return toDocument(o).toObject();
}

ReceiptDocument Receipt::toDocument(const RunOutcome &o) const
{
    const auto iso = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    int counts[5] = {0, 0, 0, 0, 0};
    if (plan) {
        for (qsizetype i = 0; i < plan->users.size(); ++i)
            ++counts[int(i < outcomes.size() ? outcomes.at(i).outcome : UserOutcome::Pending)];
    }
    QJsonArray blockers;
    for (const Blocker &b : o.blockers)
        blockers.append(blockerToJson(b));
    QJsonObject receipt{
        {QStringLiteral("kind"), QStringLiteral("webex-org-delete.receipt")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("status"), toWireName(o.status)},
        {QStringLiteral("confirmed"), o.confirmed},
        {QStringLiteral("message"), o.message},
        {QStringLiteral("resumable"), o.resumable},
        {QStringLiteral("resumed"), resumed},
        {QStringLiteral("startedAt"), iso(startedAt)},
        {QStringLiteral("finishedAt"), iso(finishedAt)},
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("users"), int(plan ? plan->users.size() : 0)},
                     {QStringLiteral("handled"), o.usersHandled},
                     {QStringLiteral("converted"), counts[int(UserOutcome::Converted)]},
                     {QStringLiteral("deleted"), counts[int(UserOutcome::Deleted)]},
                     {QStringLiteral("gone"), counts[int(UserOutcome::Gone)]},
                     {QStringLiteral("failed"), counts[int(UserOutcome::Failed)]},
                     {QStringLiteral("pending"), counts[int(UserOutcome::Pending)]}}},
        {QStringLiteral("organizationDelete"),
         QJsonObject{{QStringLiteral("status"), orgDeleteStatus},
                     {QStringLiteral("trackingId"), orgDeleteTrackingId}}},
        {QStringLiteral("probe"),
         QJsonObject{{QStringLiteral("status"), probeStatus},
                     {QStringLiteral("passed"), probePassed},
                     {QStringLiteral("blockedAtProbe"), o.blockedAtProbe},
                     {QStringLiteral("deletedAtProbe"), o.deletedAtProbe},
                     {QStringLiteral("trackingId"), probeTrackingId}}},
        {QStringLiteral("blockers"), blockers},
        {QStringLiteral("trackingIds"), QJsonArray::fromStringList(o.trackingIds)},
        {QStringLiteral("journal"), o.journalPath},
    };
    if (plan) {
        receipt.insert(QStringLiteral("who"),
                       QJsonObject{{QStringLiteral("id"), plan->actorId},
                                   {QStringLiteral("email"), plan->actorEmail}});
        receipt.insert(QStringLiteral("organization"),
                       QJsonObject{{QStringLiteral("id"), plan->orgId},
                                   {QStringLiteral("displayName"), plan->orgDisplayName}});
        receipt.insert(QStringLiteral("disposition"), toWireName(plan->disposition));
        receipt.insert(QStringLiteral("confirmedAt"), iso(plan->confirmedAt));
        receipt.insert(QStringLiteral("confirmedUnknown"),
                       QJsonArray::fromStringList(plan->confirmedUnknown));
    }
    if (o.status == RunOutcome::Status::Failed || o.status == RunOutcome::Status::Blocked) {
        receipt.insert(QStringLiteral("error"),
                       QJsonObject{{QStringLiteral("kind"), toWireName(o.error.kind)},
                                   {QStringLiteral("httpStatus"), o.error.httpStatus},
                                   {QStringLiteral("message"), o.error.message},
                                   {QStringLiteral("trackingId"), o.error.trackingId}});
    }
    auto data = std::make_shared<ReceiptData>();
    data->header = receipt;
    data->listsUsers = true;
    if (plan) {
        data->users = plan->users;
        data->outcomes = outcomes.size() > plan->users.size() ? outcomes.first(plan->users.size())
                                                              : outcomes; // shared, not copied
    }
    return ReceiptDocument(std::move(data));
}

} // namespace wod::net
