#include "ReceiptDocument.h"

#include "Receipt.h"

#include <QJsonArray>
#include <algorithm>

namespace wod::net {

namespace {

const QString &usersKey()
{
    static const QString key = QStringLiteral("users");
    return key;
}

ReceiptUser outcomeAt(const ReceiptData &d, qsizetype i)
{
    return i < d.outcomes.size() ? d.outcomes.at(i) : ReceiptUser{};
}

QJsonArray usersJson(const ReceiptData &d, qsizetype from, qsizetype to)
{
    QJsonArray users;
    for (qsizetype i = from; i < to; ++i)
        users.append(ReceiptData::userJson(d.users.at(i), outcomeAt(d, i)));
    return users;
}

} // namespace

ReceiptDocument::ReceiptDocument(const QJsonObject &object)
    : d(object.isEmpty() ? nullptr : std::make_shared<ReceiptData>(ReceiptData{object, false, {}, {}}))
{
}

ReceiptDocument::ReceiptDocument(std::shared_ptr<const ReceiptData> data)
    : d(std::move(data))
{
}

bool ReceiptDocument::isEmpty() const
{
    return !d || (d->header.isEmpty() && !d->listsUsers);
}

QJsonObject ReceiptDocument::toObject() const
{
    if (!d)
        return {};
    QJsonObject object = d->header;
    if (d->listsUsers)
        object.insert(usersKey(), usersJson(*d, 0, d->users.size()));
    return object;
}

QJsonValue ReceiptDocument::value(QLatin1StringView key) const
{
    if (!d)
        return QJsonValue(QJsonValue::Undefined);
    if (key == usersKey())
        return toObject().value(key);
    return d->header.value(key);
}

QByteArray ReceiptDocument::toJson(QJsonDocument::JsonFormat format) const
{
    if (!d || d->users.isEmpty())
        return QJsonDocument(toObject()).toJson(format);
    // The header with a placeholder for "users", then the users spliced in, a chunk at a time,
    // cut out of {"users": [chunk]} serialized the same way: at the same depth, so indented
    // exactly as in the whole document. `"users": "` cannot occur inside a JSON string (its
    // quotes would be escaped), so the placeholder is found unambiguously.
    static const QString placeholder = QStringLiteral("wod-receipt-users");
    QJsonObject header = d->header;
    header.insert(usersKey(), placeholder);
    const QByteArray text = QJsonDocument(header).toJson(format);
    const bool indented = format == QJsonDocument::Indented;
    const QByteArray marker = indented ? QByteArrayLiteral("\"users\": \"wod-receipt-users\"")
                                       : QByteArrayLiteral("\"users\":\"wod-receipt-users\"");
    const qsizetype at = text.indexOf(marker);
    if (at < 0)
        return QJsonDocument(toObject()).toJson(format); // not expected; correct anyway
    QByteArray out;
    out += QByteArrayView(text).first(at);
    out += indented ? "\"users\": [" : "\"users\":[";
    constexpr qsizetype kChunk = 1000;
    for (qsizetype from = 0; from < d->users.size(); from += kChunk) {
        const qsizetype to = std::min(d->users.size(), from + kChunk);
        const QByteArray chunk =
            QJsonDocument(QJsonObject{{usersKey(), usersJson(*d, from, to)}}).toJson(format);
        // Between the array's brackets: "\n        {...},\n        {...}\n    " when indented.
        QByteArrayView items(chunk);
        items = items.sliced(items.indexOf('[') + 1);
        items = items.first(items.lastIndexOf(']'));
        if (indented) {
            items = items.sliced(1);                  // its leading newline
            items.chop(items.size() - items.lastIndexOf('\n')); // its closing line's indent
        }
        // The receipt's size, estimated from the first chunk: growing past a short guess held the
        // old and the new buffer at once (55 MB for 100,000 users instead of 34 MB).
        if (from == 0)
            out.reserve(text.size() + items.size() * (d->users.size() / (to - from) + 1) * 21 / 20);
        if (from > 0)
            out += indented ? ",\n" : ",";
        else if (indented)
            out += '\n';
        out += items;
    }
    out += indented ? "\n    ]" : "]";
    out += QByteArrayView(text).sliced(at + marker.size());
    return out;
}

} // namespace wod::net
