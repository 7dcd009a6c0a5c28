#pragma once
// The resources of the sandbox's Webex API, one file each: each function adds the routes of its
// resource to the table. ApiRoutes.cpp registers them all, in the order below.

#include "RouteTable.h"

namespace wod::sandbox::ApiResources {

// PeopleRoutes.cpp: GET /v1/people/me, GET /v1/people (paged by a cursor in the Link header,
// filtered by email), GET and DELETE /v1/people/{id}.
void addPeople(RouteTable &table);

// OrganizationRoutes.cpp: GET /v1/organizations, GET /v1/organizations/{id} (a deleted org
// disappears once its deletion delay has passed) and DELETE /v1/organizations/{id}: the six 409
// conditions, the partner and full-admin rules, the forced conflicts of
// FaultConfig::conflictAtDelete.
void addOrganizations(RouteTable &table);

// RoleRoutes.cpp: GET /v1/roles, the catalogue (RoleCatalog) plus any role the scenario's actor
// holds beyond it.
void addRoles(RouteTable &table);

// LicenseRoutes.cpp: what the organization pays for. GET /v1/licenses (Cisco's public API: one
// license per subscription, one per linked site) and the extension read
// GET /v1/controlHub/organizations/{orgId}/subscriptions (kind, status and expiry, which the
// public API does not say).
void addLicenses(RouteTable &table);

// ControlHubRoutes.cpp: the other extension endpoints, under /v1/controlHub/organizations/{orgId}:
// the reads of what only Control Hub knows (linked sites, directory sync, managed-by, managed
// orgs) and the convert of a user. Their methods and paths are declared once, in
// core/ApiExtensions.
void addControlHub(RouteTable &table);

// ScimRoutes.cpp: Cisco's SCIM 2 identity API. GET /identity/scim/{orgUuid}/v2/Users
// (ScimUsersPage) and POST /identity/scim/{orgUuid}/v2/Bulk (DELETE operations only), with the
// Bulk faults of FaultConfig: absent (404), a forced error status, Cisco's strict schema
// (scimBulkRfc) and answers lost after the effect.
void addScim(RouteTable &table);

} // namespace wod::sandbox::ApiResources
