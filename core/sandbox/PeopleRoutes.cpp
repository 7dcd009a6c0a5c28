// The people resource of the sandbox (ApiResources::addPeople).

#include "ApiResources.h"

#include "JsonObjectWriter.h"
#include "JsonText.h"
#include "SandboxState.h"

#include <QJsonDocument>

namespace wod::sandbox {

namespace {

QJsonObject personJson(const RouteContext &c, qsizetype index)
{
    const SandboxUser &u = c.state.user(index);
    return QJsonObject{
        {QStringLiteral("id"), u.id},
        {QStringLiteral("emails"), QJsonArray{u.email}},
        {QStringLiteral("displayName"), u.displayName},
        {QStringLiteral("orgId"), c.state.orgId()},
        {QStringLiteral("roles"), u.isActor ? c.actorRoleIds() : QJsonArray{}},
        {QStringLiteral("type"), QStringLiteral("person")},
        {QStringLiteral("created"), RouteContext::isoDate(c.state.orgCreated())},
    };
}

QByteArray quoted(const QString &text)
{
    QByteArray out;
    JsonText::appendString(out, text);
    return out;
}

// `items`: the JSON array text.
SandboxResponse peopleBody(const QByteArray &items, const QByteArray &link)
{
    SandboxResponse r = SandboxResponse::jsonText(
        200, QByteArrayLiteral("{\"items\":") + items + QByteArrayLiteral(",\"notFoundIds\":[]}"));
    if (!link.isEmpty())
        r.setHeader(QByteArrayLiteral("Link"), link);
    return r;
}

SandboxResponse me(RouteContext &c, const QStringList &)
{
    const Actor &a = c.state.actor();
    return SandboxResponse::json(
        200, QJsonObject{
                 {QStringLiteral("id"), c.state.actorId()},
                 {QStringLiteral("emails"), QJsonArray{a.email}},
                 {QStringLiteral("displayName"), a.displayName},
                 {QStringLiteral("orgId"), c.state.actorOrgId()},
                 {QStringLiteral("roles"), c.actorRoleIds()},
                 {QStringLiteral("type"), QStringLiteral("person")},
                 {QStringLiteral("created"), RouteContext::isoDate(c.state.orgCreated())},
             });
}

SandboxResponse listPeople(RouteContext &c, const QStringList &)
{
    if (!c.actorIsAdmin())
        return c.forbidden(RouteContext::kNotAdmin);
    const QUrlQuery &query = c.request.query;
    const QString orgId = query.queryItemValue(QStringLiteral("orgId"), QUrl::FullyDecoded);
    if (!orgId.isEmpty() && !c.state.isOrg(orgId))
        return c.notFound();
    int max = 100;
    if (query.hasQueryItem(QStringLiteral("max"))) {
        bool ok = false;
        max = query.queryItemValue(QStringLiteral("max")).toInt(&ok);
        if (!ok || max < 1)
            return c.error(400, QStringLiteral("max must be a positive whole number."));
        max = qMin(max, 1000); // silently capped, as the real API does
    }
    const QString email = query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
    // Pages are written by hand: a 1000-person page through QJsonObject costs tens of ms.
    QByteArray out;
    const QByteArray orgIdJson = quoted(c.state.orgId());
    const QByteArray created = quoted(RouteContext::isoDate(c.state.orgCreated()));
    const QByteArray actorRoles = QJsonDocument(c.actorRoleIds()).toJson(QJsonDocument::Compact);
    const auto appendPerson = [&](qsizetype i) {
        const SandboxUser &u = c.state.user(i);
        if (out.size() > 1)
            out += ',';
        JsonObjectWriter(out)
            .raw("created", created)
            .string("displayName", u.displayName)
            .stringArray("emails", {u.email})
            .string("id", u.id)
            .raw("orgId", orgIdJson)
            .raw("roles", u.isActor ? actorRoles : QByteArrayLiteral("[]"))
            .string("type", u"person");
    };
    out += '[';
    if (!email.isEmpty()) {
        const qsizetype i = c.state.indexOfEmail(email);
        if (i >= 0 && c.state.user(i).state == UserState::Active)
            appendPerson(i);
        out += ']';
        return peopleBody(out, {});
    }
    qsizetype from = 0;
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        bool ok = false;
        from = cursor.toLongLong(&ok);
        if (!ok || from < 0 || from > c.state.userCount())
            return c.error(400, QStringLiteral("The cursor is not valid."));
    }
    qsizetype next = -1;
    const QList<qsizetype> page = c.state.activePage(from, max, &next);
    out.reserve(page.size() * 400 + 64);
    for (qsizetype i : page)
        appendPerson(i);
    out += ']';
    QByteArray link;
    if (next >= 0) {
        QUrl url = c.baseUrl;
        url.setPath(QStringLiteral("/v1/people"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("max"), QString::number(max));
        if (!orgId.isEmpty())
            q.addQueryItem(QStringLiteral("orgId"), orgId);
        q.addQueryItem(QStringLiteral("cursor"), QString::number(next));
        url.setQuery(q);
        link = '<' + url.toEncoded() + QByteArrayLiteral(">; rel=\"next\"");
    }
    return peopleBody(out, link);
}

SandboxResponse getPerson(RouteContext &c, const QStringList &params)
{
    if (!c.actorIsAdmin())
        return c.forbidden(RouteContext::kNotAdmin);
    const qsizetype i = c.state.indexOfId(params.at(0));
    if (i < 0 || c.state.user(i).state != UserState::Active)
        return c.notFound();
    return SandboxResponse::json(200, personJson(c, i));
}

SandboxResponse deletePerson(RouteContext &c, const QStringList &params)
{
    if (!c.canWriteUsers())
        return c.forbidden(RouteContext::kNotUserAdmin);
    switch (c.state.deleteUser(c.state.indexOfId(params.at(0)))) {
    case SandboxState::Change::Done:
        return SandboxResponse::noContent();
    case SandboxState::Change::IsActor:
        return c.error(409, QStringLiteral("You cannot delete your own account."));
    case SandboxState::Change::AlreadyDone:
    case SandboxState::Change::NotFound:
        break;
    }
    return c.notFound();
}

} // namespace

void ApiResources::addPeople(RouteTable &table)
{
    table.add("GET", "/v1/people", listPeople);
    table.add("GET", "/v1/people/me", me);
    table.add("GET", "/v1/people/{id}", getPerson);
    table.add("DELETE", "/v1/people/{id}", deletePerson);
}

} // namespace wod::sandbox
