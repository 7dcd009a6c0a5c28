#pragma once
// The project's extension endpoints beyond subscriptions (LicenseRoutes), under
// /v1/controlHub/organizations/{orgId}/...: the reads of what only Control Hub knows (linked
// sites, directory sync, managed-by, managed orgs) and the convert of a user. Their methods and
// paths are declared once, in core/ApiExtensions; ApiRoutes answers 404 for all of them in
// public-API-only mode or for another org before they get here.

#include "RouteTable.h"

namespace wod::sandbox {

class ControlHubRoutes
{
public:
    static void addTo(RouteTable &table);

private:
    static SandboxResponse linkedSites(RouteContext &c, const QStringList &params);
    static SandboxResponse directorySync(RouteContext &c, const QStringList &params);
    static SandboxResponse managedBy(RouteContext &c, const QStringList &params);
    static SandboxResponse managedOrgs(RouteContext &c, const QStringList &params);
    static SandboxResponse convert(RouteContext &c, const QStringList &params);
};

} // namespace wod::sandbox
