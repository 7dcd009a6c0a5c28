#include "RouteContext.h"

#include "ApiRoutes.h"
#include "RoleCatalog.h"
#include "SandboxState.h"

namespace wod::sandbox {

RouteContext::RouteContext(SandboxState &state, FaultInjector &faults,
                           const SandboxRequest &request, const QString &trackingId,
                           const QUrl &baseUrl, qint64 nowMs)
    : state(state), faults(faults), request(request), trackingId(trackingId), baseUrl(baseUrl),
      nowMs(nowMs)
{
}

SandboxResponse RouteContext::error(int status, const QString &message) const
{
    return SandboxResponse::error(status, message, trackingId);
}

SandboxResponse RouteContext::notFound() const
{
    return error(404, ApiRoutes::notFoundMessage());
}

SandboxResponse RouteContext::list(const QJsonArray &array)
{
    return SandboxResponse::json(200, QJsonObject{{QStringLiteral("items"), array}});
}

bool RouteContext::actorIsAdmin() const
{
    return state.actorIsAdmin();
}

bool RouteContext::canWriteUsers() const
{
    return state.actorHasRole(RoleCatalog::fullAdmin()) ||
           state.actorHasRole(RoleCatalog::userAdmin());
}

QJsonArray RouteContext::actorRoleIds() const
{
    QJsonArray roles;
    for (const QString &name : state.actor().roles)
        roles.append(RoleCatalog::idForName(name));
    return roles;
}

QString RouteContext::isoDate(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

SandboxResponse RouteContext::forbidden(const char *description) const
{
    return error(403, QLatin1String(description));
}

} // namespace wod::sandbox
