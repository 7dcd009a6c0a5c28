#pragma once
// The Webex API of the sandbox, minus transport: maps an authenticated request to its answer and
// applies its effect on the SandboxState. The contract is resources/api/openapi.yaml. Knows
// nothing of sockets, faults of the transport or tokens; lives in the server's thread.
//
// The routes live by resource, one file each (ApiResources.h lists them), each adding its own to
// one RouteTable; ApiRoutes.cpp registers them all. Before a handler runs: no route for the path
// is a 404; an extension endpoint in public-API-only mode or for another org is a 404; a route
// that takes another method is a 405.

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QUrl>

namespace wod::sandbox {

class FaultInjector;
class SandboxState;

class ApiRoutes
{
public:
    // Neither is owned; both outlive the routes.
    ApiRoutes(SandboxState *state, FaultInjector *faults);

    // The counter key of a request: "METHOD /route/template", e.g. "GET /v1/people/{id}", or
    // "unmatched".
    static QString routeName(const QString &method, const QString &path);

    // `baseUrl`: http://127.0.0.1:PORT (for Link headers). `nowMs`: monotonic time.
    SandboxResponse handle(const SandboxRequest &request, const QString &trackingId,
                           const QUrl &baseUrl, qint64 nowMs);

    // Webex wire texts (never translated: clients may match them).
    static QString notFoundMessage();
    static QString invalidTokenMessage();
    static QString expiredTokenMessage();

private:
    SandboxState *m_state;
    FaultInjector *m_faults;
};

} // namespace wod::sandbox
