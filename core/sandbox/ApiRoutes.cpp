#include "ApiRoutes.h"

#include "ApiResources.h"
#include "FaultInjector.h"
#include "RouteTable.h"
#include "SandboxState.h"

namespace wod::sandbox {

namespace {

// Every route of the sandbox's Webex API, by resource. Built once, read-only afterwards (the
// servers of several threads share it).
const RouteTable &routeTable()
{
    static const RouteTable table = [] {
        RouteTable t;
        ApiResources::addPeople(t);
        ApiResources::addOrganizations(t);
        ApiResources::addRoles(t);
        ApiResources::addLicenses(t);
        ApiResources::addControlHub(t);
        ApiResources::addScim(t);
        return t;
    }();
    return table;
}

} // namespace

ApiRoutes::ApiRoutes(SandboxState *state, FaultInjector *faults) : m_state(state), m_faults(faults)
{
}

QString ApiRoutes::routeName(const QString &method, const QString &path)
{
    const std::optional<RouteTable::Lookup> found = routeTable().find(method, path);
    return found ? method + QLatin1Char(' ') + found->name : QStringLiteral("unmatched");
}

SandboxResponse ApiRoutes::handle(const SandboxRequest &request, const QString &trackingId,
                                  const QUrl &baseUrl, qint64 nowMs)
{
    RouteContext c(*m_state, *m_faults, request, trackingId, baseUrl, nowMs);
    const std::optional<RouteTable::Lookup> found = routeTable().find(request.method, request.path);
    if (!found)
        return c.notFound();
    // In public-API-only mode the extension does not exist at all: 404 before anything else.
    if (found->extension &&
        (m_faults->config().publicApiOnly || !m_state->isOrg(found->params.at(0))))
        return c.notFound();
    if (!found->handler)
        return c.error(405, QStringLiteral("The HTTP method %1 is not allowed on %2.")
                                .arg(request.method, found->name));
    return found->handler(c, found->params);
}

QString ApiRoutes::notFoundMessage()
{
    return QStringLiteral("The requested resource could not be found.");
}

QString ApiRoutes::invalidTokenMessage()
{
    return QStringLiteral(
        "The request requires a valid access token set in the Authorization request header.");
}

QString ApiRoutes::expiredTokenMessage()
{
    return QStringLiteral("The access token expired.");
}

} // namespace wod::sandbox
