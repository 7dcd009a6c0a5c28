#pragma once
// A subscription of the organization as Control Hub knows it: its kind and status decide which
// deletion criterion (if any) the organization meets.

#include <QDate>
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
    QDate expires; // when the subscription ends or ended; invalid when not known (optional on the wire)
    friend bool operator==(const Subscription &, const Subscription &) = default;
};

// Wire names used by scenario files, the sandbox and the JSON outputs:
// partner_trial|online_trial|free|paid and active|expired|suspended.
QString toWireName(SubscriptionKind kind);
QString toWireName(SubscriptionStatus status);
std::optional<SubscriptionKind> subscriptionKindFromWire(const QString &name);
std::optional<SubscriptionStatus> subscriptionStatusFromWire(const QString &name);

// Human, translated wording, e.g. "Sub-1 (expired partner-led trial, expired on 3 Nov 2026)":
// the expiry date is said for trials whose date is known.
QString describe(const Subscription &subscription);
// For a trial with a known date: "expired on 3 Nov 2026" (status expired) or "expires on 3 Nov
// 2026" (otherwise), the date in the current locale's words; empty otherwise.
QString expiryText(const Subscription &subscription);

} // namespace wod
