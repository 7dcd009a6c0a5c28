#include "Subscription.h"

#include <QCoreApplication>
#include <QLocale>

namespace wod {

QString toWireName(SubscriptionKind kind)
{
    switch (kind) {
    case SubscriptionKind::PartnerTrial: return QStringLiteral("partner_trial");
    case SubscriptionKind::OnlineTrial: return QStringLiteral("online_trial");
    case SubscriptionKind::Free: return QStringLiteral("free");
    case SubscriptionKind::Paid: return QStringLiteral("paid");
    }
    return {};
}

QString toWireName(SubscriptionStatus status)
{
    switch (status) {
    case SubscriptionStatus::Active: return QStringLiteral("active");
    case SubscriptionStatus::Expired: return QStringLiteral("expired");
    case SubscriptionStatus::Suspended: return QStringLiteral("suspended");
    }
    return {};
}

std::optional<SubscriptionKind> subscriptionKindFromWire(const QString &name)
{
    for (auto kind : {SubscriptionKind::PartnerTrial, SubscriptionKind::OnlineTrial,
                      SubscriptionKind::Free, SubscriptionKind::Paid}) {
        if (toWireName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::optional<SubscriptionStatus> subscriptionStatusFromWire(const QString &name)
{
    for (auto status : {SubscriptionStatus::Active, SubscriptionStatus::Expired,
                        SubscriptionStatus::Suspended}) {
        if (toWireName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString describe(const Subscription &s)
{
    const char *ctx = "wod::Subscription";
    QString status;
    switch (s.status) {
    case SubscriptionStatus::Active: status = QCoreApplication::translate(ctx, "active"); break;
    case SubscriptionStatus::Expired: status = QCoreApplication::translate(ctx, "expired"); break;
    case SubscriptionStatus::Suspended:
        status = QCoreApplication::translate(ctx, "suspended");
        break;
    }
    QString kind;
    switch (s.kind) {
    case SubscriptionKind::PartnerTrial:
        kind = QCoreApplication::translate(ctx, "partner-led trial");
        break;
    case SubscriptionKind::OnlineTrial:
        kind = QCoreApplication::translate(ctx, "online trial");
        break;
    case SubscriptionKind::Free: kind = QCoreApplication::translate(ctx, "free subscription"); break;
    case SubscriptionKind::Paid: kind = QCoreApplication::translate(ctx, "paid subscription"); break;
    }
    const QString expiry = expiryText(s);
    if (!expiry.isEmpty()) {
        //: %1 subscription id, %2 status (active/expired/suspended), %3 kind, %4 "expires on <date>"
        return QCoreApplication::translate(ctx, "%1 (%2 %3, %4)").arg(s.id, status, kind, expiry);
    }
    //: %1 subscription id, %2 status (active/expired/suspended), %3 kind
    return QCoreApplication::translate(ctx, "%1 (%2 %3)").arg(s.id, status, kind);
}

QString expiryText(const Subscription &s)
{
    const bool trial = s.kind == SubscriptionKind::PartnerTrial || s.kind == SubscriptionKind::OnlineTrial;
    if (!trial || !s.expires.isValid())
        return {};
    const char *ctx = "wod::Subscription";
    //: QDate format of an expiry date (d day, MMM abbreviated month name, yyyy year)
    const QString date =
        QLocale().toString(s.expires, QCoreApplication::translate(ctx, "d MMM yyyy"));
    return s.status == SubscriptionStatus::Expired
               ? QCoreApplication::translate(ctx, "expired on %1").arg(date)
               : QCoreApplication::translate(ctx, "expires on %1").arg(date);
}

} // namespace wod
