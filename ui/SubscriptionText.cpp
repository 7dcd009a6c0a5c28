#include "SubscriptionText.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLabel>
#include <algorithm>

namespace wod::ui::SubscriptionText {

namespace {

constexpr char16_t kNonBreakingHyphen = u'\u2011';

} // namespace

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
        parts << withUnbreakableIds(describe(s), {s.id});
    return QCoreApplication::translate(ctx, "%n subscription(s): ", nullptr,
                                       static_cast<int>(subscriptions->size()))
        + parts.join(QStringLiteral("; "));
}

QString unbreakableId(const QString &id)
{
    QString out = id;
    out.replace(QLatin1Char('-'), QChar(kNonBreakingHyphen));
    return out;
}

QString withUnbreakableIds(const QString &text, QStringList ids)
{
    ids.removeAll(QString());
    std::sort(ids.begin(), ids.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QString out = text;
    for (const QString &id : std::as_const(ids)) {
        if (id.contains(QLatin1Char('-')))
            out.replace(id, unbreakableId(id));
    }
    return out;
}

QStringList ids(const std::optional<QList<Subscription>> &subscriptions)
{
    QStringList out;
    if (subscriptions) {
        for (const Subscription &s : *subscriptions)
            out << s.id;
    }
    return out;
}

QString withPlainHyphens(QString text)
{
    text.replace(QChar(kNonBreakingHyphen), QLatin1Char('-'));
    return text;
}

void keepRealIdsWhenCopied(QLabel *label)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!label || !clipboard)
        return;
    // QLabel copies through its internal text control: no hook there, so the copy is corrected
    // right after it reached the clipboard (the correction itself no longer matches).
    const auto correct = [label, clipboard](QClipboard::Mode mode) {
        const QString text = clipboard->text(mode);
        // A multi-line label reports its line breaks as U+2029; the clipboard has '\n'.
        QString selected = label->selectedText();
        selected.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        if (!text.contains(QChar(kNonBreakingHyphen)) || !label->hasSelectedText() || selected != text)
            return;
        clipboard->setText(withPlainHyphens(text), mode);
    };
    QObject::connect(clipboard, &QClipboard::dataChanged, label,
                     [correct] { correct(QClipboard::Clipboard); });
    QObject::connect(clipboard, &QClipboard::selectionChanged, label,
                     [correct] { correct(QClipboard::Selection); });
}

} // namespace wod::ui::SubscriptionText
