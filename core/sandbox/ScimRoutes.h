#pragma once
// The SCIM 2 resources of the sandbox (Cisco's identity API): GET
// /identity/scim/{orgUuid}/v2/Users (ScimUsersPage) and POST /identity/scim/{orgUuid}/v2/Bulk
// (DELETE operations only), with the Bulk faults of FaultConfig: absent (404), a forced error
// status, Cisco's strict schema (scimBulkRfc) and answers lost after the effect.

#include "RouteTable.h"

namespace wod::sandbox {

class ScimRoutes
{
public:
    static void addTo(RouteTable &table);

private:
    static SandboxResponse users(RouteContext &c, const QStringList &params);
    static SandboxResponse bulk(RouteContext &c, const QStringList &params);
};

} // namespace wod::sandbox
