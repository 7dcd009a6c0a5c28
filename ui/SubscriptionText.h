#pragma once
// How the UI words subscriptions: a one-line summary ("2 subscriptions: Free (active), ...") or
// "Unknown: the server decides" when the server does not disclose them.
//
// Subscription ids ("Sub-FREE-3") are shown with non-breaking hyphens (U+2011, drawn by the
// bundled Inter font like "-"), so that a wrapping label never splits one into "Sub-" / "FREE-3".
// That is for display only: exports and accessible names/descriptions keep the real id, and text
// copied from such a label gets its hyphens back (keepRealIdsWhenCopied).

#include "Subscription.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QLabel;

namespace wod::ui::SubscriptionText {

QString summary(const std::optional<QList<Subscription>> &subscriptions);
QString unknownText();

// `id` with every ASCII hyphen replaced by U+2011 NON-BREAKING HYPHEN.
QString unbreakableId(const QString &id);
// `text` with every occurrence of one of `ids` made unbreakable (longest ids first, so that
// "Sub-1" does not cut into "Sub-10").
QString withUnbreakableIds(const QString &text, QStringList ids);
// The ids of `subscriptions` (none when the server does not disclose them).
QStringList ids(const std::optional<QList<Subscription>> &subscriptions);
// `text` with every U+2011 back to "-".
QString withPlainHyphens(QString text);
// When the selected text of `label` (selectable, showing unbreakable ids) is copied to the
// clipboard or the X11 selection, the copy gets plain hyphens, so that a pasted id is found in
// Control Hub. For as long as `label` lives.
void keepRealIdsWhenCopied(QLabel *label);

} // namespace wod::ui::SubscriptionText
