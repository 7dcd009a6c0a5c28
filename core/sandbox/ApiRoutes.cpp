#include "ApiRoutes.h"

#include "ApiExtensions.h"
#include "FaultInjector.h"
#include "JsonText.h"
#include "RoleCatalog.h"
#include "SandboxIds.h"
#include "SandboxState.h"
#include "ScimUsersPage.h"
#include "WebexId.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wod::sandbox {

namespace {

enum class Route
{
    None,
    PeopleMe,
    People,
    Person,
    Organizations,
    Organization,
    Roles,
    Licenses,
    ScimBulk,
    ScimUsers,
    // In the order of ApiExtensions::Endpoint.
    ExtSubscriptions,
    ExtLinkedSites,
    ExtDirectorySync,
    ExtManagedBy,
    ExtManagedOrgs,
    ExtConvert,
};

struct Match
{
    Route route = Route::None;
    QString name;    // counter key without the method
    QString allowed; // the one method this route takes
    QString id;      // person id, org id or org uuid
    QString id2;     // the person id of a convert
};

Match match(const QString &path)
{
    const QStringList s = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto get = [](Route r, const char *name, QString id = {}, QString id2 = {}) {
        return Match{r, QLatin1String(name), QStringLiteral("GET"), std::move(id), std::move(id2)};
    };
    auto with = [](Match m, const char *method) {
        m.allowed = QLatin1String(method);
        return m;
    };
    if (s.size() >= 2 && s.at(0) == QLatin1String("v1")) {
        const QString &top = s.at(1);
        if (top == QLatin1String("people")) {
            if (s.size() == 2)
                return get(Route::People, "/v1/people");
            if (s.size() == 3 && s.at(2) == QLatin1String("me"))
                return get(Route::PeopleMe, "/v1/people/me");
            if (s.size() == 3)
                return get(Route::Person, "/v1/people/{id}", s.at(2));
        } else if (top == QLatin1String("organizations")) {
            if (s.size() == 2)
                return get(Route::Organizations, "/v1/organizations");
            if (s.size() == 3)
                return get(Route::Organization, "/v1/organizations/{id}", s.at(2));
        } else if (top == QLatin1String("roles") && s.size() == 2) {
            return get(Route::Roles, "/v1/roles");
        } else if (top == QLatin1String("licenses") && s.size() == 2) {
            return get(Route::Licenses, "/v1/licenses");
        } else if (const auto ext = ApiExtensions::match(path)) {
            // The extension endpoints are declared once, in core/ApiExtensions.
            const ApiExtensions::Declaration &d = ApiExtensions::declaration(ext->endpoint);
            return with(get(Route(int(Route::ExtSubscriptions) + int(ext->endpoint)),
                            d.pathTemplate, ext->orgId, ext->personId),
                        d.method);
        }
    } else if (s.size() == 5 && s.at(0) == QLatin1String("identity") &&
               s.at(1) == QLatin1String("scim") && s.at(3) == QLatin1String("v2") &&
               s.at(4) == QLatin1String("Bulk")) {
        return with(get(Route::ScimBulk, "/identity/scim/{orgUuid}/v2/Bulk", s.at(2)), "POST");
    } else if (s.size() == 5 && s.at(0) == QLatin1String("identity") &&
               s.at(1) == QLatin1String("scim") && s.at(3) == QLatin1String("v2") &&
               s.at(4) == QLatin1String("Users")) {
        return get(Route::ScimUsers, "/identity/scim/{orgUuid}/v2/Users", s.at(2));
    }
    return {};
}

bool isExtension(Route r)
{
    switch (r) {
    case Route::ExtSubscriptions:
    case Route::ExtLinkedSites:
    case Route::ExtDirectorySync:
    case Route::ExtManagedBy:
    case Route::ExtManagedOrgs:
    case Route::ExtConvert:
        return true;
    default:
        return false;
    }
}

QString isoDate(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray items(const QStringList &names, const char *key)
{
    QJsonArray out;
    for (const QString &n : names)
        out.append(QJsonObject{{QLatin1String(key), n}});
    return out;
}

QString licenseName(const Subscription &s)
{
    switch (s.kind) {
    case SubscriptionKind::Free:
        return QStringLiteral("Free Messaging");
    case SubscriptionKind::PartnerTrial:
        return QStringLiteral("Meeting 25 party trial");
    case SubscriptionKind::OnlineTrial:
        return QStringLiteral("Meeting 25 party online trial");
    case SubscriptionKind::Paid:
        return QStringLiteral("Meeting 25 party");
    }
    return {};
}

// Descriptions of the forbidden answers: the wording of the Webex documentation where it has one.
QString notAdminMessage()
{
    return QStringLiteral("This operation requires an administrator of the organization.");
}
QString notUserAdminMessage()
{
    return QStringLiteral(
        "This operation requires the Full Administrator or User Administrator role.");
}
QString notFullAdminMessage()
{
    return QStringLiteral("Only a Full Administrator of the organization can delete it.");
}
QString partnerMessage()
{
    return QStringLiteral("Partners can't delete organizations for their customers.");
}

class Handler
{
public:
    Handler(SandboxState &state, FaultInjector &faults, const SandboxRequest &request,
            const QString &trackingId, const QUrl &baseUrl, qint64 nowMs)
        : st(state), faults(faults), req(request), tid(trackingId), base(baseUrl), now(nowMs)
    {
    }

    SandboxResponse run()
    {
        const Match m = match(req.path);
        if (m.route == Route::None)
            return error(404, ApiRoutes::notFoundMessage());
        // In public-API-only mode the extension does not exist at all: 404 before anything else.
        if (isExtension(m.route) && (faults.config().publicApiOnly || !st.isOrg(m.id)))
            return error(404, ApiRoutes::notFoundMessage());
        const bool deletable = m.route == Route::Person || m.route == Route::Organization;
        if (req.method != m.allowed && !(deletable && req.method == QLatin1String("DELETE")))
            return error(
                405,
                QStringLiteral("The HTTP method %1 is not allowed on %2.").arg(req.method, m.name));
        switch (m.route) {
        case Route::PeopleMe:
            return peopleMe();
        case Route::People:
            return people();
        case Route::Person:
            return req.method == QLatin1String("DELETE") ? deletePerson(m.id) : person(m.id);
        case Route::Organizations:
            return organizations();
        case Route::Organization:
            return req.method == QLatin1String("DELETE") ? deleteOrganization(m.id)
                                                         : organization(m.id);
        case Route::Roles:
            return roles();
        case Route::Licenses:
            return licenses();
        case Route::ScimBulk:
            return bulk(m.id);
        case Route::ScimUsers:
            return scimUsers(m.id);
        case Route::ExtSubscriptions:
            return subscriptions();
        case Route::ExtLinkedSites:
            return adminRead([&] { return list(items(st.scenario().linkedSites, "siteUrl")); });
        case Route::ExtDirectorySync:
            if (faults.config().directorySyncUnreadable)
                return error(404, ApiRoutes::notFoundMessage());
            return adminRead([&] {
                return SandboxResponse::json(
                    200, QJsonObject{{QStringLiteral("enabled"), st.scenario().directorySync}});
            });
        case Route::ExtManagedBy:
            return adminRead([&] { return list(items(st.scenario().managedBy, "displayName")); });
        case Route::ExtManagedOrgs:
            return adminRead([&] { return list(items(st.scenario().managedOrgs, "displayName")); });
        case Route::ExtConvert:
            return convert(m.id2);
        case Route::None:
            break;
        }
        return error(404, ApiRoutes::notFoundMessage());
    }

private:
    SandboxResponse error(int status, const QString &message) const
    {
        return SandboxResponse::error(status, message, tid);
    }

    static SandboxResponse list(const QJsonArray &array)
    {
        return SandboxResponse::json(200, QJsonObject{{QStringLiteral("items"), array}});
    }

    template <typename F> SandboxResponse adminRead(F &&f)
    {
        if (!st.actorIsAdmin())
            return error(403, notAdminMessage());
        return f();
    }

    bool canWriteUsers() const
    {
        return st.actorHasRole(RoleCatalog::fullAdmin()) ||
               st.actorHasRole(RoleCatalog::userAdmin());
    }

    QJsonArray actorRoleIds() const
    {
        QJsonArray roles;
        for (const QString &name : st.actor().roles)
            roles.append(RoleCatalog::idForName(name));
        return roles;
    }

    QJsonObject personJson(qsizetype index) const
    {
        const SandboxUser &u = st.user(index);
        return QJsonObject{
            {QStringLiteral("id"), u.id},
            {QStringLiteral("emails"), QJsonArray{u.email}},
            {QStringLiteral("displayName"), u.displayName},
            {QStringLiteral("orgId"), st.orgId()},
            {QStringLiteral("roles"), u.isActor ? actorRoleIds() : QJsonArray{}},
            {QStringLiteral("type"), QStringLiteral("person")},
            {QStringLiteral("created"), isoDate(st.orgCreated())},
        };
    }

    SandboxResponse peopleMe()
    {
        const Actor &a = st.actor();
        return SandboxResponse::json(200, QJsonObject{
                                              {QStringLiteral("id"), st.actorId()},
                                              {QStringLiteral("emails"), QJsonArray{a.email}},
                                              {QStringLiteral("displayName"), a.displayName},
                                              {QStringLiteral("orgId"), st.actorOrgId()},
                                              {QStringLiteral("roles"), actorRoleIds()},
                                              {QStringLiteral("type"), QStringLiteral("person")},
                                              {QStringLiteral("created"), isoDate(st.orgCreated())},
                                          });
    }

    SandboxResponse people()
    {
        if (!st.actorIsAdmin())
            return error(403, notAdminMessage());
        const QString orgId = req.query.queryItemValue(QStringLiteral("orgId"), QUrl::FullyDecoded);
        if (!orgId.isEmpty() && !st.isOrg(orgId))
            return error(404, ApiRoutes::notFoundMessage());
        int max = 100;
        if (req.query.hasQueryItem(QStringLiteral("max"))) {
            bool ok = false;
            max = req.query.queryItemValue(QStringLiteral("max")).toInt(&ok);
            if (!ok || max < 1)
                return error(400, QStringLiteral("max must be a positive whole number."));
            max = qMin(max, 1000); // silently capped, as the real API does
        }
        const QString email = req.query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
        // Pages are written by hand: a 1000-person page through QJsonObject costs tens of ms.
        QByteArray out;
        const QByteArray orgIdJson = quoted(st.orgId());
        const QByteArray created = quoted(isoDate(st.orgCreated()));
        const auto appendPerson = [&](qsizetype i) {
            using namespace JsonText;
            const SandboxUser &u = st.user(i);
            if (out.size() > 1)
                out += ',';
            out += '{';
            appendKey(out, "created");
            out += created;
            out += ',';
            appendKey(out, "displayName");
            appendString(out, u.displayName);
            out += ',';
            appendKey(out, "emails");
            out += '[';
            appendString(out, u.email);
            out += "],";
            appendKey(out, "id");
            appendString(out, u.id);
            out += ',';
            appendKey(out, "orgId");
            out += orgIdJson;
            out += ',';
            appendKey(out, "roles");
            out += u.isActor ? QJsonDocument(actorRoleIds()).toJson(QJsonDocument::Compact)
                             : QByteArrayLiteral("[]");
            out += ',';
            appendKey(out, "type");
            out += "\"person\"}";
        };
        out += '[';
        if (!email.isEmpty()) {
            const qsizetype i = st.indexOfEmail(email);
            if (i >= 0 && st.user(i).state == UserState::Active)
                appendPerson(i);
            out += ']';
            return peopleBody(out, {});
        }
        qsizetype from = 0;
        const QString cursor = req.query.queryItemValue(QStringLiteral("cursor"));
        if (!cursor.isEmpty()) {
            bool ok = false;
            from = cursor.toLongLong(&ok);
            if (!ok || from < 0 || from > st.userCount())
                return error(400, QStringLiteral("The cursor is not valid."));
        }
        qsizetype next = -1;
        const QList<qsizetype> page = st.activePage(from, max, &next);
        out.reserve(page.size() * 400 + 64);
        for (qsizetype i : page)
            appendPerson(i);
        out += ']';
        QByteArray link;
        if (next >= 0) {
            QUrl url = base;
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

    static QByteArray quoted(const QString &text)
    {
        QByteArray out;
        JsonText::appendString(out, text);
        return out;
    }

    // `items`: the JSON array text.
    static SandboxResponse peopleBody(const QByteArray &items, const QByteArray &link)
    {
        SandboxResponse r =
            SandboxResponse::jsonText(200, QByteArrayLiteral("{\"items\":") + items +
                                               QByteArrayLiteral(",\"notFoundIds\":[]}"));
        if (!link.isEmpty())
            r.setHeader(QByteArrayLiteral("Link"), link);
        return r;
    }

    SandboxResponse person(const QString &id)
    {
        if (!st.actorIsAdmin())
            return error(403, notAdminMessage());
        const qsizetype i = st.indexOfId(id);
        if (i < 0 || st.user(i).state != UserState::Active)
            return error(404, ApiRoutes::notFoundMessage());
        return SandboxResponse::json(200, personJson(i));
    }

    SandboxResponse deletePerson(const QString &id)
    {
        if (!canWriteUsers())
            return error(403, notUserAdminMessage());
        switch (st.deleteUser(st.indexOfId(id))) {
        case SandboxState::Change::Done:
            return SandboxResponse::noContent();
        case SandboxState::Change::IsActor:
            return error(409, QStringLiteral("You cannot delete your own account."));
        case SandboxState::Change::AlreadyDone:
        case SandboxState::Change::NotFound:
            break;
        }
        return error(404, ApiRoutes::notFoundMessage());
    }

    QJsonObject orgJson() const
    {
        return QJsonObject{{QStringLiteral("id"), st.orgId()},
                           {QStringLiteral("displayName"), st.orgDisplayName()},
                           {QStringLiteral("created"), isoDate(st.orgCreated())}};
    }

    SandboxResponse organizations()
    {
        if (!st.actorIsAdmin())
            return error(403, notAdminMessage());
        QJsonArray out;
        if (st.orgState(now) != OrgState::Deleted)
            out.append(orgJson());
        return list(out);
    }

    SandboxResponse organization(const QString &id)
    {
        if (!st.actorIsAdmin())
            return error(403, notAdminMessage());
        // A partner admin can read their own organization, as on the real service.
        if (!st.actor().isMember() && id == st.actorOrgId())
            return SandboxResponse::json(
                200, QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("displayName"), st.actor().partnerOrg}});
        if (!st.isOrg(id) || st.orgState(now) == OrgState::Deleted)
            return error(404, ApiRoutes::notFoundMessage());
        return SandboxResponse::json(200, orgJson());
    }

    SandboxResponse deleteOrganization(const QString &id)
    {
        if (!st.isOrg(id))
            return error(404, ApiRoutes::notFoundMessage());
        st.countDeleteRequest();
        if (st.orgState(now) != OrgState::Active)
            return error(404, ApiRoutes::notFoundMessage());
        if (!st.actor().isMember())
            return error(403, partnerMessage());
        if (!st.actorHasRole(RoleCatalog::fullAdmin()))
            return error(403, notFullAdminMessage());
        QStringList codes;
        if (faults.takeForcedConflict()) {
            codes = faults.config().conflictAtDelete;
            ++st.counters().faultsInjected;
        } else {
            codes = st.conflictCodes();
            if (faults.config().orgDeleteIgnoresUsers)
                codes.removeAll(QStringLiteral("multiple_users"));
        }
        if (!codes.isEmpty()) {
            QStringList descriptions;
            for (const QString &code : std::as_const(codes))
                descriptions.append(SandboxState::conflictMessage(code));
            st.recordConflict();
            return SandboxResponse::error(409, descriptions, tid);
        }
        st.acceptDelete(now, faults.config().orgDeletionDelayMs);
        return SandboxResponse::noContent();
    }

    SandboxResponse roles()
    {
        if (!st.actorIsAdmin())
            return error(403, notAdminMessage());
        QJsonArray out;
        QStringList known;
        for (const Role &r : RoleCatalog::roles()) {
            out.append(QJsonObject{{QStringLiteral("id"), RoleCatalog::idForName(r.name)},
                                   {QStringLiteral("name"), r.name}});
            known.append(r.name.toLower());
        }
        for (const QString &name : st.actor().roles) {
            if (!known.contains(name.toLower()))
                out.append(QJsonObject{{QStringLiteral("id"), RoleCatalog::idForName(name)},
                                       {QStringLiteral("name"), name}});
        }
        return list(out);
    }

    SandboxResponse licenses()
    {
        if (!st.actorIsAdmin())
            return error(403, notAdminMessage());
        QJsonArray out;
        const int members = int(st.activeUserCount());
        for (const Subscription &s : st.scenario().subscriptions) {
            const QString kind = toWireName(s.kind);
            out.append(QJsonObject{
                {QStringLiteral("id"),
                 WebexId::encode(QStringLiteral("LICENSE"), st.orgUuid() + QLatin1Char(':') + kind +
                                                                QLatin1Char('_') +
                                                                SandboxIds::nameUuid(s.id))},
                {QStringLiteral("name"), licenseName(s)},
                {QStringLiteral("totalUnits"), s.kind == SubscriptionKind::Free ? -1 : 100},
                {QStringLiteral("consumedUnits"), members},
                {QStringLiteral("subscriptionId"), s.id},
            });
        }
        for (const QString &site : st.scenario().linkedSites) {
            out.append(QJsonObject{
                {QStringLiteral("id"),
                 WebexId::encode(QStringLiteral("LICENSE"), st.orgUuid() + QStringLiteral(":MC_") +
                                                                SandboxIds::nameUuid(site))},
                {QStringLiteral("name"), QStringLiteral("Meeting - Linked site")},
                {QStringLiteral("totalUnits"), 0},
                {QStringLiteral("consumedUnits"), 0},
                {QStringLiteral("siteUrl"), site},
                {QStringLiteral("siteType"), QStringLiteral("Linked site")},
            });
        }
        return list(out);
    }

    SandboxResponse subscriptions()
    {
        if (!st.actorIsAdmin())
            return error(403, notAdminMessage());
        QJsonArray out;
        for (const Subscription &s : st.scenario().subscriptions) {
            QJsonObject o{{QStringLiteral("id"), s.id},
                          {QStringLiteral("type"), toWireName(s.kind)},
                          {QStringLiteral("status"), toWireName(s.status)}};
            if (s.expires.isValid()) // optional: only when the scenario gives it
                o.insert(QStringLiteral("expires"), s.expires.toString(Qt::ISODate));
            out.append(o);
        }
        return list(out);
    }

    SandboxResponse convert(const QString &personId)
    {
        if (!canWriteUsers())
            return error(403, notUserAdminMessage());
        const qsizetype i = st.indexOfId(personId);
        const SandboxState::Change change = st.convertUser(i);
        switch (change) {
        case SandboxState::Change::Done:
        case SandboxState::Change::AlreadyDone: {
            QJsonObject body{{QStringLiteral("personId"), st.user(i).id},
                             {QStringLiteral("status"), QStringLiteral("converted")}};
            if (change == SandboxState::Change::AlreadyDone)
                body.insert(QStringLiteral("alreadyConverted"), true);
            return SandboxResponse::json(200, body);
        }
        case SandboxState::Change::IsActor:
            return error(409, QStringLiteral("You cannot convert your own account."));
        case SandboxState::Change::NotFound:
            break;
        }
        return error(404, ApiRoutes::notFoundMessage());
    }

    // SCIM "Search users" (ScimUsersPage). A token without the identity scopes gets 403, as
    // on the real service: faults.scimUsers = false emulates one.
    SandboxResponse scimUsers(const QString &orgUuid)
    {
        if (!st.isOrg(orgUuid))
            return error(404, ApiRoutes::notFoundMessage());
        if (!faults.config().scimUsers)
            return error(403, QStringLiteral("The access token lacks the identity:people_read "
                                             "scope needed for SCIM."));
        if (!st.actorIsAdmin())
            return error(403, notAdminMessage());
        return ScimUsersPage::answer(st, req.query, tid, faults.config().scimUsersMaxCount);
    }

    SandboxResponse bulk(const QString &orgUuid)
    {
        const FaultConfig &config = faults.config();
        if (!config.scimBulk || !st.isOrg(orgUuid))
            return error(404, ApiRoutes::notFoundMessage());
        if (config.scimBulkStatus >= 400)
            return scimError(config.scimBulkStatus,
                             config.scimBulkStatus == 403
                                 ? QStringLiteral("The token lacks the scope identity:people_rw.")
                                 : QStringLiteral("The identity service refused the request."));
        if (!canWriteUsers())
            return error(403, notUserAdminMessage());
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return error(400, QStringLiteral("The request body is not a JSON object."));
        const QJsonObject root = doc.object();
        if (config.scimBulkRfc) {
            // Strictly Cisco's schema (BulkUser): schemas, failOnErrors (1..100) and operations,
            // spelled so (stricter than RFC 7643's case-insensitive names, as a strict server).
            const int f = root.value(QLatin1String("failOnErrors")).toInt(0);
            if (!root.value(QLatin1String("operations")).isArray())
                return scimError(400, QStringLiteral("operations must be a list."));
            if (!root.value(QLatin1String("schemas"))
                     .toArray()
                     .contains(QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest")))
                return scimError(400, QStringLiteral("schemas must name the BulkRequest schema."));
            if (f < 1 || f > 100)
                return scimError(400, QStringLiteral("failOnErrors must be a number from 1 to "
                                                     "100."));
        }
        const QJsonValue opsValue = root.contains(QLatin1String("Operations"))
                                        ? root.value(QLatin1String("Operations"))
                                        : root.value(QLatin1String("operations"));
        if (!opsValue.isArray())
            return error(400, QStringLiteral("Operations must be a list."));
        const QJsonArray ops = opsValue.toArray();
        if (ops.size() > 100)
            return error(413, QStringLiteral("A bulk request carries at most 100 operations; "
                                             "this one has %1.")
                                  .arg(ops.size()));
        const int failOnErrors = root.value(QLatin1String("failOnErrors")).toInt(0);
        int errors = 0;
        QJsonArray results;
        for (const QJsonValue &v : ops) {
            if (failOnErrors > 0 && errors >= failOnErrors)
                break; // RFC 7644 3.7.3: the remaining operations are not performed
            const QJsonObject op = v.toObject();
            const QString method = op.value(QLatin1String("method")).toString();
            const QString path = op.value(QLatin1String("path")).toString();
            QString status = QStringLiteral("400");
            QString detail = QStringLiteral("Only DELETE of /Users/{id} is supported.");
            if (method.compare(QLatin1String("DELETE"), Qt::CaseInsensitive) == 0 &&
                path.startsWith(QLatin1String("/Users/")) && path.count(QLatin1Char('/')) == 2) {
                switch (st.deleteUser(st.indexOfId(path.mid(7)))) {
                case SandboxState::Change::Done:
                    status = QStringLiteral("204");
                    break;
                case SandboxState::Change::IsActor:
                    status = QStringLiteral("409");
                    detail = QStringLiteral("You cannot delete your own account.");
                    break;
                case SandboxState::Change::AlreadyDone:
                case SandboxState::Change::NotFound:
                    status = QStringLiteral("404");
                    detail = ApiRoutes::notFoundMessage();
                    break;
                }
            }
            QJsonObject result{{QStringLiteral("method"), method},
                               {QStringLiteral("status"), status}};
            if (config.scimBulkRfc) {
                // RFC 7644 3.7.3: location always (for a DELETE); bulkId only for a POST.
                QUrl location = base;
                location.setPath(QStringLiteral("/identity/scim/%1/v2%2").arg(orgUuid, path));
                result.insert(QStringLiteral("location"), location.toString());
                if (method == QLatin1String("POST") && op.contains(QLatin1String("bulkId")))
                    result.insert(QStringLiteral("bulkId"), op.value(QLatin1String("bulkId")));
            } else {
                result.insert(QStringLiteral("path"), path);
                if (op.contains(QLatin1String("bulkId")))
                    result.insert(QStringLiteral("bulkId"), op.value(QLatin1String("bulkId")));
            }
            if (status != QLatin1String("204")) {
                ++errors;
                result.insert(QStringLiteral("response"),
                              QJsonObject{{QStringLiteral("schemas"),
                                           QJsonArray{QStringLiteral(
                                               "urn:ietf:params:scim:api:messages:2.0:Error")}},
                                          {QStringLiteral("status"), status},
                                          {QStringLiteral("detail"), detail}});
            }
            results.append(result);
        }
        SandboxResponse answer = SandboxResponse::json(
            200,
            QJsonObject{
                {QStringLiteral("schemas"),
                 QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkResponse")}},
                {QStringLiteral("Operations"), results}});
        // Done, but the answer never arrives whole (as behind a proxy that gives up). Not a
        // reset before any byte: Qt's HTTP layer resends a request on such a reset by itself.
        if (faults.takeLostBulkAnswer())
            answer.delivery = SandboxResponse::Delivery::Truncated;
        return answer;
    }

    // A SCIM error body (RFC 7644 3.12) for the whole Bulk request.
    SandboxResponse scimError(int status, const QString &detail) const
    {
        return SandboxResponse::json(
            status,
            QJsonObject{{QStringLiteral("schemas"),
                         QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error")}},
                        {QStringLiteral("status"), QString::number(status)},
                        {QStringLiteral("detail"), detail},
                        {QStringLiteral("trackingId"), tid}});
    }

    SandboxState &st;
    FaultInjector &faults;
    const SandboxRequest &req;
    const QString &tid;
    const QUrl &base;
    const qint64 now;
};

} // namespace

ApiRoutes::ApiRoutes(SandboxState *state, FaultInjector *faults) : m_state(state), m_faults(faults)
{
}

QString ApiRoutes::routeName(const QString &method, const QString &path)
{
    const Match m = match(path);
    return m.route == Route::None ? QStringLiteral("unmatched")
                                  : method + QLatin1Char(' ') + m.name;
}

SandboxResponse ApiRoutes::handle(const SandboxRequest &request, const QString &trackingId,
                                  const QUrl &baseUrl, qint64 nowMs)
{
    return Handler(*m_state, *m_faults, request, trackingId, baseUrl, nowMs).run();
}

QString ApiRoutes::notFoundMessage()
{
    return QStringLiteral("The requested resource could not be found.");
}

QString ApiRoutes::invalidTokenMessage()
{
    return QStringLiteral(
        "The request requires a valid access token set in the Authorization request header.");
}

QString ApiRoutes::expiredTokenMessage()
{
    return QStringLiteral("The access token expired.");
}

} // namespace wod::sandbox
