#include "SubscriptionText.h"

#include <QCoreApplication>
#include <QStringList>

namespace wod::ui::SubscriptionText {

QString unknownText()
{
    return QCoreApplication::translate("wod::ui::SubscriptionText", "Unknown: the server decides");
}

QString summary(const std::optional<QList<Subscription>> &subscriptions)
{
    const char *ctx = "wod::ui::SubscriptionText";
    if (!subscriptions)
        return unknownText();
    if (subscriptions->isEmpty())
        return QCoreApplication::translate(ctx, "No subscriptions");
    QStringList parts;
    for (const Subscription &s : *subscriptions)
        parts << describe(s);
    return QCoreApplication::translate(ctx, "%n subscription(s): ", nullptr,
                                       static_cast<int>(subscriptions->size()))
        + parts.join(QStringLiteral("; "));
}

} // namespace wod::ui::SubscriptionText
