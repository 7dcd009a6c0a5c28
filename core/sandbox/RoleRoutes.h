#pragma once
// The roles resource of the sandbox: GET /v1/roles, the catalogue (RoleCatalog) plus any role
// the scenario's actor holds beyond it.

#include "RouteTable.h"

namespace wod::sandbox {

class RoleRoutes
{
public:
    static void addTo(RouteTable &table);

private:
    static SandboxResponse list(RouteContext &c, const QStringList &params);
};

} // namespace wod::sandbox
