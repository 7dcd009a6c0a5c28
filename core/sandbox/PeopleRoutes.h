#pragma once
// The people resource of the sandbox: GET /v1/people/me, GET /v1/people (paged by a cursor in
// the Link header, filtered by email), GET and DELETE /v1/people/{id}.

#include "RouteTable.h"

namespace wod::sandbox {

class PeopleRoutes
{
public:
    static void addTo(RouteTable &table);

private:
    static SandboxResponse me(RouteContext &c, const QStringList &params);
    static SandboxResponse list(RouteContext &c, const QStringList &params);
    static SandboxResponse get(RouteContext &c, const QStringList &params);
    static SandboxResponse remove(RouteContext &c, const QStringList &params);
};

} // namespace wod::sandbox
