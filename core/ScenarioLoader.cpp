#include "ScenarioLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace wod {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wod::ScenarioLoader", text);
}

// Thrown inside the loader only, caught at its boundary: keeps the field walk linear.
struct FieldError
{
    QString field;
    QString what;
};

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return tr("a boolean");
    case QJsonValue::Double: return tr("a number");
    case QJsonValue::String: return tr("a string");
    case QJsonValue::Array: return tr("a list");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: return tr("nothing");
    }
    return {};
}

class Reader
{
public:
    static QJsonObject object(const QJsonValue &v, const QString &field)
    {
        if (!v.isObject())
            throw FieldError{field, tr("expected an object, found %1").arg(typeName(v))};
        return v.toObject();
    }
    static QString string(const QJsonObject &o, const char *key, const QString &prefix,
                          bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && !required)) {
            if (required)
                throw FieldError{prefix + QLatin1String(key), tr("is required")};
            return {};
        }
        if (!v.isString())
            throw FieldError{prefix + QLatin1String(key),
                             tr("expected a string, found %1").arg(typeName(v))};
        return v.toString();
    }
    static bool boolean(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            throw FieldError{QLatin1String(key),
                             tr("expected true or false, found %1").arg(typeName(v))};
        return v.toBool();
    }
    static QJsonArray array(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            throw FieldError{QLatin1String(key), tr("expected a list, found %1").arg(typeName(v))};
        return v.toArray();
    }
    // A list of distinct, non-empty strings (site names, organization names, roles).
    static QStringList strings(const QJsonObject &o, const char *key)
    {
        QStringList out;
        const QJsonArray a = array(o, key);
        QSet<QString> seen;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString field = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
            if (!a.at(i).isString())
                throw FieldError{field, tr("expected a string, found %1").arg(typeName(a.at(i)))};
            const QString value = a.at(i).toString();
            if (value.trimmed().isEmpty())
                throw FieldError{field, tr("must not be empty")};
            // Two equal names would count twice (two managed-by relationships out of one).
            if (seen.contains(value))
                throw FieldError{field, tr("duplicate value \"%1\"").arg(value)};
            seen.insert(value);
            out.append(value);
        }
        return out;
    }
};

// 1-based line and column of the character QJsonParseError blames. Qt reports the offset just past
// the offending character in most cases, so step back one; columns count characters, not UTF-8
// bytes.
QString lineAndColumn(const QByteArray &data, int offset)
{
    const qsizetype end = std::min<qsizetype>(std::max(offset - 1, 0), data.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < end; ++i) {
        const char c = data.at(i);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

Scenario parse(const QJsonObject &root)
{
    Scenario sc;
    if (!root.contains(QLatin1String("org")))
        throw FieldError{QStringLiteral("org"), tr("is required")};
    const QJsonObject org = Reader::object(root.value(QLatin1String("org")), QStringLiteral("org"));
    sc.orgId = Reader::string(org, "id", QStringLiteral("org."), true);
    sc.orgDisplayName = Reader::string(org, "displayName", QStringLiteral("org."), true);
    if (sc.orgId.trimmed().isEmpty())
        throw FieldError{QStringLiteral("org.id"), tr("must not be empty")};
    if (sc.orgDisplayName.trimmed().isEmpty())
        throw FieldError{QStringLiteral("org.displayName"), tr("must not be empty")};
    const QString created = Reader::string(org, "created", QStringLiteral("org."), false);
    if (!created.isEmpty()) {
        sc.orgCreated = QDateTime::fromString(created, Qt::ISODateWithMs);
        if (!sc.orgCreated.isValid())
            throw FieldError{QStringLiteral("org.created"),
                             tr("expected an ISO 8601 date and time, found \"%1\"").arg(created)};
    }

    if (!root.contains(QLatin1String("actor")))
        throw FieldError{QStringLiteral("actor"), tr("is required")};
    const QJsonObject actor =
        Reader::object(root.value(QLatin1String("actor")), QStringLiteral("actor"));
    sc.actor.email = Reader::string(actor, "email", QStringLiteral("actor."), true);
    sc.actor.displayName = Reader::string(actor, "displayName", QStringLiteral("actor."), false);
    sc.actor.id = Reader::string(actor, "id", QStringLiteral("actor."), false);
    sc.actor.partnerOrg = Reader::string(actor, "partnerOrg", QStringLiteral("actor."), false);
    try {
        sc.actor.roles = Reader::strings(actor, "roles");
    } catch (FieldError &e) {
        e.field.prepend(QStringLiteral("actor."));
        throw;
    }
    if (!sc.actor.email.contains(QLatin1Char('@')))
        throw FieldError{QStringLiteral("actor.email"),
                         tr("\"%1\" is not an email address").arg(sc.actor.email)};
    if (sc.actor.displayName.isEmpty())
        sc.actor.displayName = sc.actor.email;

    const QJsonArray subs = Reader::array(root, "subscriptions");
    QSet<QString> subscriptionIds;
    for (qsizetype i = 0; i < subs.size(); ++i) {
        const QString prefix = QStringLiteral("subscriptions[%1].").arg(i);
        const QJsonObject o = Reader::object(subs.at(i), prefix.chopped(1));
        Subscription s;
        s.id = Reader::string(o, "id", prefix, true);
        if (s.id.trimmed().isEmpty())
            throw FieldError{prefix + QStringLiteral("id"), tr("must not be empty")};
        const QString type = Reader::string(o, "type", prefix, true);
        const QString status = Reader::string(o, "status", prefix, true);
        const auto kind = subscriptionKindFromWire(type);
        if (!kind)
            throw FieldError{prefix + QStringLiteral("type"),
                             tr("unknown value \"%1\" (expected partner_trial, online_trial, free "
                                "or paid)")
                                 .arg(type)};
        const auto st = subscriptionStatusFromWire(status);
        if (!st)
            throw FieldError{prefix + QStringLiteral("status"),
                             tr("unknown value \"%1\" (expected active, expired or suspended)")
                                 .arg(status)};
        if (subscriptionIds.contains(s.id))
            throw FieldError{prefix + QStringLiteral("id"),
                             tr("duplicate subscription id \"%1\"").arg(s.id)};
        subscriptionIds.insert(s.id);
        s.kind = *kind;
        s.status = *st;
        // Optional (added later; older files have none): a calendar date, YYYY-MM-DD.
        const QString expires = Reader::string(o, "expires", prefix, false);
        if (o.value(QLatin1String("expires")).isString()) {
            s.expires = QDate::fromString(expires, Qt::ISODate);
            if (!s.expires.isValid() || expires.size() != 10)
                throw FieldError{prefix + QStringLiteral("expires"),
                                 tr("expected an ISO 8601 date (YYYY-MM-DD), found \"%1\"").arg(expires)};
        }
        sc.subscriptions.append(s);
    }

    const QJsonArray users = Reader::array(root, "users");
    const QJsonValue generated = root.value(QLatin1String("generatedUsers"));
    if (!generated.isUndefined() && !generated.isNull()) {
        // Range first: converting a huge double to an integer is undefined behaviour.
        const double n = generated.isDouble() ? generated.toDouble() : -1;
        if (!(n >= 0 && n <= ScenarioLoader::kMaxGeneratedUsers) || n != double(qint64(n)))
            throw FieldError{QStringLiteral("generatedUsers"),
                             tr("expected a whole number from 0 to %1, found %2")
                                 .arg(ScenarioLoader::kMaxGeneratedUsers)
                                 .arg(generated.isDouble() ? QString::number(n, 'g', 17)
                                                           : typeName(generated))};
        sc.generatedUsers = int(n);
    }
    sc.users.reserve(users.size() + sc.generatedUsers + 1);
    QSet<QString> emails;
    auto addUser = [&](Person p, const QString &field) {
        const QString key = p.email.toLower();
        if (emails.contains(key))
            throw FieldError{field, tr("duplicate user email \"%1\"").arg(p.email)};
        emails.insert(key);
        sc.users.append(std::move(p));
    };
    if (sc.actor.isMember())
        addUser(Person{sc.actor.id, sc.actor.email, sc.actor.displayName},
                QStringLiteral("actor.email"));
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QString prefix = QStringLiteral("users[%1].").arg(i);
        const QJsonObject o = Reader::object(users.at(i), prefix.chopped(1));
        Person p;
        p.email = Reader::string(o, "email", prefix, true);
        p.displayName = Reader::string(o, "displayName", prefix, false);
        if (!p.email.contains(QLatin1Char('@')))
            throw FieldError{prefix + QStringLiteral("email"),
                             tr("\"%1\" is not an email address").arg(p.email)};
        if (sc.actor.isMember() && p.email.compare(sc.actor.email, Qt::CaseInsensitive) == 0)
            continue; // the actor listed among the users: already added
        if (p.displayName.isEmpty())
            p.displayName = p.email.section(QLatin1Char('@'), 0, 0);
        addUser(std::move(p), prefix + QStringLiteral("email"));
    }
    const QString domain = sc.actor.email.section(QLatin1Char('@'), 1).isEmpty()
        ? QStringLiteral("example.com")
        : sc.actor.email.section(QLatin1Char('@'), 1);
    for (int i = 1; i <= sc.generatedUsers; ++i) {
        const QString number = QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
        addUser(Person{QString(), QStringLiteral("user%1@%2").arg(number, domain),
                       QStringLiteral("Generated User %1").arg(number)},
                QStringLiteral("generatedUsers"));
    }

    sc.linkedSites = Reader::strings(root, "linkedSites");
    sc.directorySync = Reader::boolean(root, "directorySync");
    sc.managedBy = Reader::strings(root, "managedBy");
    sc.managedOrgs = Reader::strings(root, "managedOrgs");
    const QJsonValue faults = root.value(QLatin1String("faults"));
    if (!faults.isUndefined() && !faults.isNull())
        sc.faults = Reader::object(faults, QStringLiteral("faults"));
    const QJsonValue sandbox = root.value(QLatin1String("sandbox"));
    if (!sandbox.isUndefined() && !sandbox.isNull())
        sc.sandbox = Reader::object(sandbox, QStringLiteral("sandbox"));
    return sc;
}

} // namespace

std::optional<Scenario> ScenarioLoader::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read the scenario file: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return loadData(file.readAll(), path, error);
}

std::optional<Scenario> ScenarioLoader::loadData(const QByteArray &json, const QString &sourceName,
                                                 QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("%1:%2: JSON syntax error: %3")
                         .arg(sourceName, lineAndColumn(json, parseError.offset),
                              parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = tr("%1: expected a JSON object at the top level").arg(sourceName);
        return std::nullopt;
    }
    try {
        Scenario sc = parse(doc.object());
        sc.sourceName = sourceName;
        return sc;
    } catch (const FieldError &e) {
        if (error)
            *error = tr("%1: %2: %3").arg(sourceName, e.field, e.what);
        return std::nullopt;
    }
}

} // namespace wod
