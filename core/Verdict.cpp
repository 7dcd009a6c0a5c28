#include "Verdict.h"

#include <QCoreApplication>
#include <algorithm>

namespace wod {

namespace {

// A criterion's wire name and its sentence from the document (translated on use).
struct CriterionTexts
{
    const char *wireName = "";
    const char *sentence = "";
};

CriterionTexts textsOf(Criterion criterion)
{
    switch (criterion) {
    case Criterion::ExpiredPartnerTrials:
        return {"expired_partner_trials",
                QT_TRANSLATE_NOOP("wod::Criterion", "It only has expired partner-led trials, and no "
                                                    "other types of subscriptions.")};
    case Criterion::OnlineTrials:
        return {"online_trials",
                QT_TRANSLATE_NOOP("wod::Criterion", "It only has active or expired online trials, "
                                                    "and no other types of subscriptions.")};
    case Criterion::FreeOnly:
        return {"free_only",
                QT_TRANSLATE_NOOP("wod::Criterion", "It only has free subscriptions, and no other "
                                                    "types of subscriptions.")};
    case Criterion::NoSubscriptions:
        return {"no_subscriptions",
                QT_TRANSLATE_NOOP("wod::Criterion", "It has no subscriptions at all, whether "
                                                    "they're active or suspended.")};
    }
    return {};
}

} // namespace

QString toWireName(Criterion criterion)
{
    return QLatin1String(textsOf(criterion).wireName);
}

QString describe(Criterion criterion)
{
    return QCoreApplication::translate("wod::Criterion", textsOf(criterion).sentence);
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
