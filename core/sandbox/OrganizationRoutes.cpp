// The organizations resource of the sandbox (ApiResources::addOrganizations).

#include "ApiResources.h"

#include "FaultInjector.h"
#include "RoleCatalog.h"
#include "SandboxState.h"

namespace wod::sandbox {

namespace {

QJsonObject orgJson(const SandboxState &state)
{
    return QJsonObject{{QStringLiteral("id"), state.orgId()},
                       {QStringLiteral("displayName"), state.orgDisplayName()},
                       {QStringLiteral("created"), RouteContext::isoDate(state.orgCreated())}};
}

SandboxResponse listOrganizations(RouteContext &c, const QStringList &)
{
    return c.adminRead([&] {
        QJsonArray out;
        if (c.state.orgState(c.nowMs) != OrgState::Deleted)
            out.append(orgJson(c.state));
        return RouteContext::list(out);
    });
}

SandboxResponse getOrganization(RouteContext &c, const QStringList &params)
{
    const QString &id = params.at(0);
    return c.adminRead([&] {
        // A partner admin can read their own organization, as on the real service.
        if (!c.state.actor().isMember() && id == c.state.actorOrgId())
            return SandboxResponse::json(
                200, QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("displayName"), c.state.actor().partnerOrg}});
        if (!c.state.isOrg(id) || c.state.orgState(c.nowMs) == OrgState::Deleted)
            return c.notFound();
        return SandboxResponse::json(200, orgJson(c.state));
    });
}

SandboxResponse deleteOrganization(RouteContext &c, const QStringList &params)
{
    SandboxState &state = c.state;
    if (!state.isOrg(params.at(0)))
        return c.notFound();
    state.countDeleteRequest();
    if (state.orgState(c.nowMs) != OrgState::Active)
        return c.notFound();
    if (!state.actor().isMember())
        return c.forbidden(RouteContext::kPartner);
    if (!state.actorHasRole(RoleCatalog::fullAdmin()))
        return c.forbidden(RouteContext::kNotFullAdmin);
    QStringList codes;
    if (c.faults.takeForcedConflict()) {
        codes = c.faults.config().conflictAtDelete;
        ++state.counters().faultsInjected;
    } else {
        codes = state.conflictCodes();
        if (c.faults.config().orgDeleteIgnoresUsers)
            codes.removeAll(QStringLiteral("multiple_users"));
    }
    if (!codes.isEmpty()) {
        QStringList descriptions;
        for (const QString &code : std::as_const(codes))
            descriptions.append(SandboxState::conflictMessage(code));
        state.recordConflict();
        return SandboxResponse::error(409, descriptions, c.trackingId);
    }
    state.acceptDelete(c.nowMs, c.faults.config().orgDeletionDelayMs);
    return SandboxResponse::noContent();
}

} // namespace

void ApiResources::addOrganizations(RouteTable &table)
{
    table.add("GET", "/v1/organizations", listOrganizations);
    table.add("GET", "/v1/organizations/{id}", getOrganization);
    table.add("DELETE", "/v1/organizations/{id}", deleteOrganization);
}

} // namespace wod::sandbox
