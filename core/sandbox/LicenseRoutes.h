#pragma once
// What the organization pays for, as the sandbox tells it: GET /v1/licenses (Cisco's public
// API: one license per subscription, one per linked site) and the extension read
// GET /v1/controlHub/organizations/{orgId}/subscriptions (kind, status and expiry, which the
// public API does not say).

#include "RouteTable.h"

namespace wod::sandbox {

class LicenseRoutes
{
public:
    static void addTo(RouteTable &table);

private:
    static SandboxResponse licenses(RouteContext &c, const QStringList &params);
    static SandboxResponse subscriptions(RouteContext &c, const QStringList &params);
};

} // namespace wod::sandbox
