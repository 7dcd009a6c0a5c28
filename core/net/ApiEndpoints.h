#pragma once
// Every typed endpoint of ApiClient, declared once: its method, path (query included) and how
// its answer is decoded (ApiEndpoint.h). Adding an endpoint is one declaration here and a
// one-line method in ApiClient.cpp. The Control Hub extension endpoints take their method and
// path from core/ApiExtensions.h, the one list of them. Ids are percent-encoded as one path
// segment (Webex ids are base64 and may hold '/' or '+'). Private to the network layer.

#include "ApiEndpoint.h"
#include "ApiTypes.h"
#include "Subscription.h"

#include <QStringList>
#include <variant>

namespace wod::net::ApiEndpoints {

// ---- The public API (/v1) ----
ObjectEndpoint<ApiPerson> me();                                   // GET people/me
ListEndpoint<ApiRole> roles();                                    // GET roles
ListEndpoint<ApiOrganization> organizations();                    // GET organizations
ObjectEndpoint<ApiOrganization> organization(const QString &orgId); // GET organizations/{orgId}
ListEndpoint<ApiPerson> people(int max, const QString &orgId);    // GET people?max=N[&orgId=O]
ObjectEndpoint<ApiPerson> person(const QString &personId);        // GET people/{personId}
ListEndpoint<ApiLicense> licenses(const QString &orgId);          // GET licenses[?orgId=O]
NoContentEndpoint deletePerson(const QString &personId);          // DELETE people/{personId}
NoContentEndpoint deleteOrganization(const QString &orgId);       // DELETE organizations/{orgId}

// ---- The Control Hub extension (core/ApiExtensions.h) ----
ListEndpoint<Subscription> subscriptions(const QString &orgId);
StringFieldEndpoint linkedSites(const QString &orgId); // siteUrl of every item
ObjectEndpoint<bool> directorySync(const QString &orgId); // "enabled"
StringFieldEndpoint managedBy(const QString &orgId);   // displayName of every item
StringFieldEndpoint managedOrgs(const QString &orgId); // displayName of every item
ObjectEndpoint<ConvertResult> convert(const QString &orgId, const QString &personId);

// ---- SCIM 2.0 ({host}/identity/scim/{orgUuid}/v2/...; `identityBase` has no "/v1") ----
// POST .../Bulk with one DELETE /Users/{uuid} per user; more than `maxOperations` are refused.
ObjectEndpoint<ScimBulkResult> scimBulkDelete(const QUrl &identityBase, const QString &orgUuid,
                                              const QStringList &userUuids, int maxOperations);
// .../Users of an organization (any id form), without a query.
QString scimUsersUrl(const QUrl &identityBase, const QString &orgId);
// One page of .../Users: the query ApiClient::scimUsersPages sends (startIndex is 1-based).
QUrl scimUsersPageUrl(const QString &usersUrl, qint64 startIndex, qint64 count);

} // namespace wod::net::ApiEndpoints
