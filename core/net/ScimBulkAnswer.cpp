#include "ScimBulkAnswer.h"

#include <QJsonArray>
#include <QUrl>

namespace wod::net::ScimBulkAnswer {

namespace {

// The value of `key` compared case-insensitively (RFC 7643 2.1).
QJsonValue member(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue exact = o.value(key);
    if (!exact.isUndefined())
        return exact;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

// The segment after "/Users/" in a URL or path, without a query or a trailing slash.
QString userSegment(const QString &text)
{
    QString path = text;
    if (text.contains(QLatin1String("://")))
        path = QUrl(text).path();
    const qsizetype at = path.lastIndexOf(QLatin1String("/Users/"), -1, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    QString id = path.mid(at + 7);
    for (qsizetype k = 0; k < id.size(); ++k) {
        const QChar c = id.at(k);
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#')) {
            id.truncate(k);
            break;
        }
    }
    return id;
}

} // namespace

std::optional<ScimBulkResult> parse(const QJsonObject &body, QString *why)
{
    const QJsonValue ops = member(body, QLatin1StringView("Operations"));
    if (!ops.isArray()) {
        *why = QStringLiteral("Operations: missing or not an array");
        return std::nullopt;
    }
    ScimBulkResult result;
    const QJsonArray a = ops.toArray();
    result.operations.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject op = a.at(i).toObject();
        ScimBulkOperationResult r;
        const QJsonValue sv = member(op, QLatin1StringView("status"));
        bool ok = sv.isDouble();
        r.status = ok ? sv.toInt() : sv.toString().trimmed().left(3).toInt(&ok);
        if (!ok) {
            *why = QStringLiteral("Operations[%1].status: missing or not a number").arg(i);
            return std::nullopt;
        }
        r.method = member(op, QLatin1StringView("method")).toString();
        r.path = member(op, QLatin1StringView("path")).toString();
        r.bulkId = member(op, QLatin1StringView("bulkId")).toString();
        r.location = member(op, QLatin1StringView("location")).toString();
        r.userUuid = userSegment(r.path);
        const QJsonObject response = member(op, QLatin1StringView("response")).toObject();
        const QString detail = member(response, QLatin1StringView("detail")).toString();
        const QString scimType = member(response, QLatin1StringView("scimType")).toString();
        r.detail = scimType.isEmpty() || detail.isEmpty()
            ? detail + scimType
            : QStringLiteral("%1 (%2)").arg(detail, scimType);
        result.operations.append(r);
    }
    return result;
}

QString userUuidOf(const ScimBulkOperationResult &op)
{
    const QString fromLocation = userSegment(op.location);
    return fromLocation.isEmpty() ? op.userUuid : fromLocation;
}

} // namespace wod::net::ScimBulkAnswer
