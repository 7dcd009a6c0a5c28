#include "ApiEndpoints.h"

#include "ApiJson.h"
#include "ScimBulkAnswer.h"
#include "WebexId.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace wod::net::ApiEndpoints {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wod::net::ApiClient", text);
}

QString encodeSegment(const QString &segment)
{
    // Ids are base64 and may contain '/' or '+': keep them one path segment.
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

EndpointRequest get(const QString &path)
{
    EndpointRequest request;
    request.path = path;
    return request;
}

// DELETE of a resource: 204, or any JSON (a non-JSON body is Malformed).
EndpointRequest deletion(const QString &path)
{
    EndpointRequest request;
    request.verb = "DELETE";
    request.path = path;
    request.expectJson = false;
    return request;
}

// An extension endpoint, its method and path from core/ApiExtensions.h.
EndpointRequest extension(ApiExtensions::Endpoint endpoint, const QString &orgId,
                          const QString &personId = {})
{
    EndpointRequest request;
    request.verb = ApiExtensions::declaration(endpoint).method;
    request.path = ApiExtensions::relativePath(endpoint, encodeSegment(orgId),
                                               encodeSegment(personId));
    request.extension = endpoint;
    return request;
}

ApiError refusal(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Malformed;
    error.message = message;
    return error;
}

// A person the server listed without an id (ApiPerson::problem) cannot be acted on: refused
// before sending (Malformed, status 0), so it is reported and never counted as done.
void refuseEmptyId(EndpointRequest *request, const QString &personId, const QString &endpoint)
{
    if (personId.isEmpty())
        request->refusal = refusal(
            tr("%1: the server listed this person without an id; nothing was sent.").arg(endpoint));
}

QString scimBase(const QUrl &identityBase, const QString &orgId)
{
    return identityBase.toString() + QStringLiteral("/identity/scim/")
        + encodeSegment(WebexId::toUuid(orgId));
}

std::optional<bool> enabledFlag(const QJsonObject &o, QString *why)
{
    const QJsonValue v = o.value(QLatin1String("enabled"));
    if (!v.isBool()) {
        *why = QStringLiteral("enabled: missing or not a boolean");
        return std::nullopt;
    }
    return v.toBool();
}

QString peoplePath(int max, const QString &orgId)
{
    QString path = QStringLiteral("people?max=%1").arg(std::max(1, max));
    if (!orgId.isEmpty())
        path += QStringLiteral("&orgId=") + encodeSegment(orgId);
    return path;
}

} // namespace

ObjectEndpoint<ApiPerson> me()
{
    return {get(QStringLiteral("people/me")), ApiJson::person};
}

ListEndpoint<ApiRole> roles()
{
    return {get(QStringLiteral("roles")), ApiJson::role};
}

ListEndpoint<ApiOrganization> organizations()
{
    return {get(QStringLiteral("organizations")), ApiJson::organization};
}

ObjectEndpoint<ApiOrganization> organization(const QString &orgId)
{
    return {get(QStringLiteral("organizations/") + encodeSegment(orgId)), ApiJson::organization};
}

ListEndpoint<ApiPerson> people(int max, const QString &orgId)
{
    return {get(peoplePath(max, orgId)), ApiJson::person};
}

ObjectEndpoint<ApiPerson> person(const QString &personId)
{
    return {get(QStringLiteral("people/") + encodeSegment(personId)), ApiJson::person};
}

ListEndpoint<ApiLicense> licenses(const QString &orgId)
{
    return {get(orgId.isEmpty() ? QStringLiteral("licenses")
                                : QStringLiteral("licenses?orgId=") + encodeSegment(orgId)),
            ApiJson::license};
}

NoContentEndpoint deletePerson(const QString &personId)
{
    NoContentEndpoint endpoint{deletion(QStringLiteral("people/") + encodeSegment(personId))};
    refuseEmptyId(&endpoint.request, personId, QStringLiteral("DELETE /v1/people/{personId}"));
    return endpoint;
}

NoContentEndpoint deleteOrganization(const QString &orgId)
{
    NoContentEndpoint endpoint{deletion(QStringLiteral("organizations/") + encodeSegment(orgId))};
    // A second DELETE answers 404 once the first was accepted: after an ambiguous failure the
    // caller polls organization() instead of blindly retrying.
    endpoint.request.idempotent = false;
    return endpoint;
}

ListEndpoint<Subscription> subscriptions(const QString &orgId)
{
    return {extension(ApiExtensions::Endpoint::Subscriptions, orgId), ApiJson::subscription};
}

StringFieldEndpoint linkedSites(const QString &orgId)
{
    return {extension(ApiExtensions::Endpoint::LinkedSites, orgId), QStringLiteral("siteUrl")};
}

ObjectEndpoint<bool> directorySync(const QString &orgId)
{
    return {extension(ApiExtensions::Endpoint::DirectorySync, orgId), enabledFlag};
}

StringFieldEndpoint managedBy(const QString &orgId)
{
    return {extension(ApiExtensions::Endpoint::ManagedBy, orgId), QStringLiteral("displayName")};
}

StringFieldEndpoint managedOrgs(const QString &orgId)
{
    return {extension(ApiExtensions::Endpoint::ManagedOrgs, orgId), QStringLiteral("displayName")};
}

ObjectEndpoint<ConvertResult> convert(const QString &orgId, const QString &personId)
{
    ObjectEndpoint<ConvertResult> endpoint{
        extension(ApiExtensions::Endpoint::Convert, orgId, personId), ApiJson::convertResult};
    refuseEmptyId(&endpoint.request, personId,
                  QLatin1String(ApiExtensions::declaration(ApiExtensions::Endpoint::Convert)
                                    .pathTemplate));
    endpoint.request.body = "{}";
    endpoint.request.hasBody = true;
    endpoint.request.idempotent = true; // the server answers a repeat with alreadyConverted
    return endpoint;
}

ObjectEndpoint<ScimBulkResult> scimBulkDelete(const QUrl &identityBase, const QString &orgUuid,
                                              const QStringList &userUuids, int maxOperations)
{
    ObjectEndpoint<ScimBulkResult> endpoint{{}, ScimBulkAnswer::parse};
    EndpointRequest &request = endpoint.request;
    if (userUuids.size() > maxOperations) {
        request.refusal = refusal(tr("SCIM Bulk: %1 operations requested; at most %2 per request.")
                                      .arg(userUuids.size())
                                      .arg(maxOperations));
        return endpoint;
    }
    QJsonArray operations;
    for (const QString &uuid : userUuids) {
        const QString bare = WebexId::toUuid(uuid);
        QJsonObject op;
        op.insert(QStringLiteral("method"), QStringLiteral("DELETE"));
        op.insert(QStringLiteral("path"), QString(QStringLiteral("/Users/") + bare));
        op.insert(QStringLiteral("bulkId"), bare);
        operations.append(op);
    }
    // Spelled as Cisco's schema (BulkUser) spells it: "operations", and "failOnErrors" (required
    // there, 1..100) at its maximum, so a 404 for a user already gone never ends the request.
    QJsonObject body;
    body.insert(QStringLiteral("schemas"),
                QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest")});
    body.insert(QStringLiteral("failOnErrors"), maxOperations);
    body.insert(QStringLiteral("operations"), operations);
    request.verb = "POST";
    request.url = QUrl(scimBase(identityBase, orgUuid) + QStringLiteral("/v2/Bulk"),
                       QUrl::TolerantMode);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.hasBody = true;
    // Not resent on a lost answer (reset, timeout, 5xx): the deletions may have happened, and the
    // caller re-reads which users still exist before it sends anything again. 429/423/503 (which
    // change nothing) are still retried.
    request.idempotent = false;
    return endpoint;
}

QString scimUsersUrl(const QUrl &identityBase, const QString &orgId)
{
    return scimBase(identityBase, orgId) + QStringLiteral("/v2/Users");
}

QUrl scimUsersPageUrl(const QString &usersUrl, qint64 startIndex, qint64 count)
{
    const QString query =
        QStringLiteral("?startIndex=%1&count=%2&attributes=userName,displayName,emails");
    return QUrl(usersUrl + query.arg(startIndex).arg(count), QUrl::TolerantMode);
}

} // namespace wod::net::ApiEndpoints
