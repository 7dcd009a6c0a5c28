#include "ScimUsersPage.h"

#include "JsonText.h"
#include "SandboxState.h"

#include <QSet>

#include <algorithm>

namespace wod::sandbox::ScimUsersPage {

namespace {

// A whole number, or nullopt (the answer is then 400, as the real service gives).
std::optional<qint64> wholeNumber(const QUrlQuery &query, const QString &key, qint64 absent)
{
    if (!query.hasQueryItem(key))
        return absent;
    bool ok = false;
    const qint64 v = query.queryItemValue(key).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

} // namespace

SandboxResponse answer(const SandboxState &st, const QUrlQuery &query, const QString &trackingId,
                       int maxCount)
{
    const auto startIndex = wholeNumber(query, QStringLiteral("startIndex"), 1);
    const auto count = wholeNumber(query, QStringLiteral("count"), kDefaultCount);
    if (!startIndex || !count)
        return SandboxResponse::error(
            400, QStringLiteral("startIndex and count must be whole numbers."), trackingId);
    // RFC 7644 3.4.2.4: a startIndex below 1 is 1, a negative count is 0.
    const qint64 first = std::max<qint64>(*startIndex, 1);
    const qint64 wanted = std::clamp<qint64>(*count, 0, std::max(1, maxCount));
    QSet<QString> attributes;
    for (const QString &a : query.queryItemValue(QStringLiteral("attributes"), QUrl::FullyDecoded)
                                .split(QLatin1Char(','), Qt::SkipEmptyParts))
        attributes.insert(a.trimmed());
    const auto wants = [&attributes](const char *name) {
        return attributes.isEmpty() || attributes.contains(QLatin1String(name));
    };

    using namespace JsonText;
    const qsizetype total = st.activeUserCount();
    QByteArray resources;
    qint64 items = 0;
    if (first <= total && wanted > 0) {
        resources.reserve(qsizetype(std::min<qint64>(wanted, total)) * 260);
        // The (first)-th active user: every user is active until the run starts, so usually
        // index first - 1 directly; else counted.
        qsizetype i = 0;
        if (total == st.userCount()) {
            i = qsizetype(first - 1);
        } else {
            for (qint64 seen = 0; i < st.userCount(); ++i) {
                if (st.user(i).state == UserState::Active && ++seen == first)
                    break;
            }
        }
        for (; i < st.userCount() && items < wanted; ++i) {
            const SandboxUser &u = st.user(i);
            if (u.state != UserState::Active)
                continue;
            if (items++ > 0)
                resources += ',';
            resources += "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],";
            appendKey(resources, "id");
            appendString(resources, u.uuid);
            if (wants("userName")) {
                resources += ',';
                appendKey(resources, "userName");
                appendString(resources, u.email);
            }
            if (wants("active"))
                resources += ",\"active\":true";
            if (wants("displayName")) {
                resources += ',';
                appendKey(resources, "displayName");
                appendString(resources, u.displayName);
            }
            if (wants("emails")) {
                resources += ",\"emails\":[{\"value\":";
                appendString(resources, u.email);
                resources += ",\"type\":\"work\",\"primary\":true}]";
            }
            if (wants("userType"))
                resources += ",\"userType\":\"user\"";
            if (wants("meta")) {
                resources += ",\"meta\":{\"resourceType\":\"User\",\"organizationId\":";
                appendString(resources, st.orgUuid());
                resources += '}';
            }
            resources += '}';
        }
    }
    QByteArray body = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],";
    body += "\"totalResults\":" + QByteArray::number(total);
    body += ",\"itemsPerPage\":" + QByteArray::number(items);
    body += ",\"startIndex\":" + QByteArray::number(first);
    body += ",\"Resources\":[";
    body += resources;
    body += "]}";
    return SandboxResponse::jsonText(200, body);
}

} // namespace wod::sandbox::ScimUsersPage
