#pragma once
// A subscription of the organization as Control Hub knows it: its kind and status decide which
// deletion criterion (if any) the organization meets.

#include <QString>
#include <optional>

namespace wod {

enum class SubscriptionKind { PartnerTrial, OnlineTrial, Free, Paid };
enum class SubscriptionStatus { Active, Expired, Suspended };

struct Subscription
{
    QString id;
    SubscriptionKind kind = SubscriptionKind::Paid;
    SubscriptionStatus status = SubscriptionStatus::Active;
    friend bool operator==(const Subscription &, const Subscription &) = default;
};

// Wire names used by scenario files, the sandbox and the JSON outputs:
// partner_trial|online_trial|free|paid and active|expired|suspended.
QString toWireName(SubscriptionKind kind);
QString toWireName(SubscriptionStatus status);
std::optional<SubscriptionKind> subscriptionKindFromWire(const QString &name);
std::optional<SubscriptionStatus> subscriptionStatusFromWire(const QString &name);

// Human, translated wording, e.g. "Expired partner-led trial".
QString describe(const Subscription &subscription);

} // namespace wod
