#pragma once
// The organizations resource of the sandbox: GET /v1/organizations, GET /v1/organizations/{id}
// (a deleted org disappears once its deletion delay has passed) and DELETE
// /v1/organizations/{id}: the six 409 conditions, the partner and full-admin rules, and the
// forced conflicts of FaultConfig::conflictAtDelete.

#include "RouteTable.h"

namespace wod::sandbox {

class OrganizationRoutes
{
public:
    static void addTo(RouteTable &table);

private:
    static SandboxResponse list(RouteContext &c, const QStringList &params);
    static SandboxResponse get(RouteContext &c, const QStringList &params);
    static SandboxResponse remove(RouteContext &c, const QStringList &params);
};

} // namespace wod::sandbox
