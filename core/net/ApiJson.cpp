#include "ApiJson.h"

#include <QJsonDocument>

namespace wod::net::ApiJson {

namespace {

// A required string member; `allowEmpty` false rejects "".
bool requireString(const QJsonObject &o, const char *key, QString *out, QString *why,
                   bool allowEmpty = false)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || (!allowEmpty && v.toString().isEmpty())) {
        *why = QLatin1String(key) + (v.isUndefined() ? QStringLiteral(": missing")
                                                     : QStringLiteral(": not a non-empty string"));
        return false;
    }
    *out = v.toString();
    return true;
}

// An optional member: absent or null is fine (`out` stays null); a value that is not of the type
// `isType` accepts is not ("<key>: not a <typeName>").
bool optionalValue(const QJsonObject &o, const char *key, bool (QJsonValue::*isType)() const,
                   const char *typeName, QJsonValue *out, QString *why)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!(v.*isType)()) {
        *why = QLatin1String(key) + QStringLiteral(": not a ") + QLatin1String(typeName);
        return false;
    }
    *out = v;
    return true;
}

bool optionalString(const QJsonObject &o, const char *key, QString *out, QString *why)
{
    QJsonValue v;
    const bool ok = optionalValue(o, key, &QJsonValue::isString, "string", &v, why);
    if (v.isString())
        *out = v.toString();
    return ok;
}

bool optionalInt(const QJsonObject &o, const char *key, int *out, QString *why)
{
    QJsonValue v;
    const bool ok = optionalValue(o, key, &QJsonValue::isDouble, "number", &v, why);
    if (v.isDouble())
        *out = v.toInt();
    return ok;
}

// The strings of a JSON array; anything else (absent, null, another type) is none, and
// non-string elements are skipped.
QStringList lenientStrings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a) {
        if (e.isString() && !e.toString().isEmpty())
            out.append(e.toString());
    }
    return out;
}

// A JSON boolean or the string "true"/"false" (any case); nullopt for anything else.
std::optional<bool> lenientBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        if (v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (v.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

std::optional<ApiPerson> person(const QJsonObject &o, QString *why)
{
    Q_UNUSED(why); // a JSON object is always a person; see ApiPerson::problem
    // Cisco's description marks no Person field required: every one is read if it has the
    // spec's type and ignored otherwise; unknown fields are ignored.
    ApiPerson p;
    const QJsonValue id = o.value(QLatin1String("id"));
    if (id.isString() && !id.toString().isEmpty())
        p.id = id.toString();
    else
        p.problem = id.isUndefined() || id.isNull() ? QStringLiteral("id: missing")
                                                    : QStringLiteral("id: not a non-empty string");
    p.emails = lenientStrings(o.value(QLatin1String("emails")));
    p.displayName = o.value(QLatin1String("displayName")).toString();
    p.orgId = o.value(QLatin1String("orgId")).toString();
    p.roleIds = lenientStrings(o.value(QLatin1String("roles")));
    p.invitePending = lenientBool(o.value(QLatin1String("invitePending")));
    p.loginEnabled = lenientBool(o.value(QLatin1String("loginEnabled")));
    return p;
}

std::optional<ApiRole> role(const QJsonObject &o, QString *why)
{
    ApiRole r;
    if (!requireString(o, "id", &r.id, why) || !requireString(o, "name", &r.name, why))
        return std::nullopt;
    return r;
}

std::optional<ApiOrganization> organization(const QJsonObject &o, QString *why)
{
    ApiOrganization org;
    QString created;
    if (!requireString(o, "id", &org.id, why)
        || !requireString(o, "displayName", &org.displayName, why, true)
        || !optionalString(o, "created", &created, why))
        return std::nullopt;
    if (!created.isEmpty())
        org.created = QDateTime::fromString(created, Qt::ISODateWithMs);
    return org;
}

std::optional<ApiLicense> license(const QJsonObject &o, QString *why)
{
    ApiLicense l;
    if (!requireString(o, "id", &l.id, why) || !optionalString(o, "name", &l.name, why)
        || !optionalInt(o, "totalUnits", &l.totalUnits, why)
        || !optionalInt(o, "consumedUnits", &l.consumedUnits, why)
        || !optionalString(o, "subscriptionId", &l.subscriptionId, why)
        || !optionalString(o, "siteUrl", &l.siteUrl, why)
        || !optionalString(o, "siteType", &l.siteType, why))
        return std::nullopt;
    return l;
}

std::optional<Subscription> subscription(const QJsonObject &o, QString *why)
{
    Subscription s;
    QString type;
    QString status;
    if (!requireString(o, "id", &s.id, why) || !requireString(o, "type", &type, why)
        || !requireString(o, "status", &status, why))
        return std::nullopt;
    const auto kind = subscriptionKindFromWire(type);
    const auto state = subscriptionStatusFromWire(status);
    if (!kind || !state) {
        *why = !kind ? QStringLiteral("type: unknown value \"%1\"").arg(type)
                     : QStringLiteral("status: unknown value \"%1\"").arg(status);
        return std::nullopt;
    }
    s.kind = *kind;
    s.status = *state;
    // Optional: the date the subscription ends or ended (YYYY-MM-DD).
    const QJsonValue expires = o.value(QLatin1String("expires"));
    if (!expires.isUndefined() && !expires.isNull()) {
        s.expires = QDate::fromString(expires.toString(), Qt::ISODate);
        if (!expires.isString() || !s.expires.isValid()) {
            *why = QStringLiteral("expires: not an ISO 8601 date");
            return std::nullopt;
        }
    }
    return s;
}

std::optional<QStringList> stringField(const QJsonArray &items, const QString &field, QString *why)
{
    QStringList out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue v = items.at(i).toObject().value(field);
        if (!v.isString() || v.toString().isEmpty()) {
            *why = QStringLiteral("items[%1].%2: missing or not a string").arg(i).arg(field);
            return std::nullopt;
        }
        out.append(v.toString());
    }
    return out;
}

std::optional<ConvertResult> convertResult(const QJsonObject &o, QString *why)
{
    ConvertResult r;
    QString status;
    if (!requireString(o, "status", &status, why) || !optionalString(o, "personId", &r.personId, why))
        return std::nullopt;
    if (status != QLatin1String("converted")) {
        *why = QStringLiteral("status: \"%1\" (expected \"converted\")").arg(status);
        return std::nullopt;
    }
    r.alreadyConverted = o.value(QLatin1String("alreadyConverted")).toBool(false);
    return r;
}

std::optional<ScimBulkResult> scimBulkResult(const QJsonObject &o, QString *why)
{
    const QJsonValue ops = o.value(QLatin1String("Operations"));
    if (!ops.isArray()) {
        *why = QStringLiteral("Operations: missing or not an array");
        return std::nullopt;
    }
    ScimBulkResult result;
    const QJsonArray a = ops.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject op = a.at(i).toObject();
        ScimBulkOperationResult r;
        QString inner;
        QString status;
        const QJsonValue sv = op.value(QLatin1String("status"));
        // SCIM sends the status as a string ("204"); tolerate a number too.
        bool ok = false;
        r.status = sv.isDouble() ? sv.toInt() : sv.toString().toInt(&ok);
        if (sv.isDouble())
            ok = true;
        if (!ok || !optionalString(op, "method", &r.method, &inner)
            || !optionalString(op, "path", &r.path, &inner)
            || !optionalString(op, "bulkId", &r.bulkId, &inner)) {
            *why = QStringLiteral("Operations[%1].%2").arg(i).arg(ok ? inner : QStringLiteral("status: missing or not a number"));
            return std::nullopt;
        }
        if (r.path.startsWith(QLatin1String("/Users/")))
            r.userUuid = r.path.mid(7);
        result.operations.append(r);
    }
    return result;
}

QString serverMessage(const QByteArray &body)
{
    const QJsonObject o = objectOf(body);
    const QString message = o.value(QLatin1String("message")).toString();
    if (!message.isEmpty())
        return message;
    const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
    const QString description =
        errors.isEmpty() ? QString()
                         : errors.first().toObject().value(QLatin1String("description")).toString();
    if (!description.isEmpty())
        return description;
    return o.value(QLatin1String("detail")).toString();
}

QString bodyTrackingId(const QByteArray &body)
{
    return objectOf(body).value(QLatin1String("trackingId")).toString();
}

} // namespace wod::net::ApiJson
