#pragma once
// How the UI words subscriptions: a one-line summary ("2 subscriptions: Free (active), ...") or
// "Unknown: the server decides" when the server does not disclose them.

#include "Subscription.h"

#include <QList>
#include <QString>
#include <optional>

namespace wod::ui::SubscriptionText {

QString summary(const std::optional<QList<Subscription>> &subscriptions);
QString unknownText();

} // namespace wod::ui::SubscriptionText
