#include "Verdict.h"

#include <QCoreApplication>
#include <algorithm>

namespace wod {

QString toWireName(Criterion criterion)
{
    switch (criterion) {
    case Criterion::ExpiredPartnerTrials: return QStringLiteral("expired_partner_trials");
    case Criterion::OnlineTrials: return QStringLiteral("online_trials");
    case Criterion::FreeOnly: return QStringLiteral("free_only");
    case Criterion::NoSubscriptions: return QStringLiteral("no_subscriptions");
    }
    return {};
}

QString describe(Criterion criterion)
{
    const char *ctx = "wod::Criterion";
    switch (criterion) {
    case Criterion::ExpiredPartnerTrials:
        return QCoreApplication::translate(
            ctx, "It only has expired partner-led trials, and no other types of subscriptions.");
    case Criterion::OnlineTrials:
        return QCoreApplication::translate(
            ctx, "It only has active or expired online trials, and no other types of subscriptions.");
    case Criterion::FreeOnly:
        return QCoreApplication::translate(
            ctx, "It only has free subscriptions, and no other types of subscriptions.");
    case Criterion::NoSubscriptions:
        return QCoreApplication::translate(
            ctx, "It has no subscriptions at all, whether they're active or suspended.");
    }
    return {};
}

QString toWireName(CheckItem::State state)
{
    switch (state) {
    case CheckItem::State::Passed: return QStringLiteral("passed");
    case CheckItem::State::Failed: return QStringLiteral("failed");
    case CheckItem::State::Unknown: return QStringLiteral("unknown");
    case CheckItem::State::Info: return QStringLiteral("info");
    }
    return {};
}

bool Verdict::hasBlocker(BlockerCode code) const
{
    return std::any_of(blockers.cbegin(), blockers.cend(),
                       [code](const Blocker &b) { return b.code == code; });
}

} // namespace wod
