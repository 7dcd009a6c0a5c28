#include "ScimUsersJson.h"

#include <QJsonArray>

namespace wod::net::ScimUsersJson {

QString personIdPrefix(const QString &orgId)
{
    // Like WebexId::encode("PEOPLE", uuid), but in the cluster of the org id (often "us").
    const QByteArray decoded = QByteArray::fromBase64(orgId.toLatin1());
    const QString text = QString::fromUtf8(decoded);
    const qsizetype at = text.indexOf(QLatin1String("/ORGANIZATION/"));
    QString cluster = QStringLiteral("ciscospark://us");
    if (text.startsWith(QLatin1String("ciscospark://")) && at > 0)
        cluster = text.first(at);
    return cluster + QStringLiteral("/PEOPLE/");
}

namespace {

bool number(const QJsonObject &o, const char *key, qint64 *out, bool required, QString *why)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && !required)
        return true;
    if (!v.isDouble()) {
        *why = QStringLiteral("%1: missing or not a number").arg(QLatin1String(key));
        return false;
    }
    *out = qint64(v.toDouble());
    return true;
}

} // namespace

std::optional<Page> page(const QJsonObject &o, const QString &prefix, QString *why)
{
    Page p;
    qint64 itemsPerPage = -1;
    if (!number(o, "totalResults", &p.totalResults, true, why)
        || !number(o, "startIndex", &p.startIndex, false, why)
        || !number(o, "itemsPerPage", &itemsPerPage, false, why))
        return std::nullopt;
    const QJsonValue resources = o.value(QLatin1String("Resources"));
    if (resources.isUndefined() && (itemsPerPage <= 0)) // RFC 7644: may be absent when empty
        return p;
    if (!resources.isArray()) {
        *why = QStringLiteral("Resources: not a list");
        return std::nullopt;
    }
    const QJsonArray list = resources.toArray();
    if (itemsPerPage >= 0 && itemsPerPage != list.size()) {
        *why = QStringLiteral("itemsPerPage is %1 but %2 resources came").arg(itemsPerPage).arg(list.size());
        return std::nullopt;
    }
    p.people.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject r = list.at(i).toObject();
        const auto fail = [&](const char *what) {
            *why = QStringLiteral("Resources[%1].%2").arg(i).arg(QLatin1String(what));
            return std::nullopt;
        };
        const QJsonValue id = r.value(QLatin1String("id"));
        if (!list.at(i).isObject() || !id.isString() || id.toString().isEmpty())
            return fail("id: missing or not a string");
        ApiPerson person;
        const QString uuid = id.toString();
        person.id = QString::fromLatin1((prefix + uuid).toUtf8().toBase64(
            QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
        QString email;
        QString firstEmail;
        const QJsonValue emails = r.value(QLatin1String("emails"));
        if (!emails.isUndefined() && !emails.isArray())
            return fail("emails: not a list");
        for (const QJsonValue &e : emails.toArray()) {
            const QJsonObject eo = e.toObject();
            const QString value = eo.value(QLatin1String("value")).toString();
            if (firstEmail.isEmpty())
                firstEmail = value;
            if (eo.value(QLatin1String("primary")).toBool() && email.isEmpty())
                email = value;
        }
        if (email.isEmpty())
            email = firstEmail;
        if (email.isEmpty())
            email = r.value(QLatin1String("userName")).toString();
        // As with /v1/people (ApiJson::person): a user without an address is listed, not a
        // reason to fail the whole read; the same user read either way looks the same.
        if (!email.isEmpty())
            person.emails = QStringList{email};
        const QJsonValue name = r.value(QLatin1String("displayName"));
        if (!name.isUndefined() && !name.isString())
            return fail("displayName: not a string");
        person.displayName = name.toString();
        p.people.append(std::move(person));
    }
    return p;
}

} // namespace wod::net::ScimUsersJson
