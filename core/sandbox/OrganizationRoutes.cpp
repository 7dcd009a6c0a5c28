// The organizations resource of the sandbox (ApiResources::addOrganizations).

#include "ApiResources.h"

#include "FaultInjector.h"
#include "RoleCatalog.h"
#include "SandboxState.h"

namespace wod::sandbox {

namespace {

QJsonObject orgJson(const SandboxState &st)
{
    return QJsonObject{{QStringLiteral("id"), st.orgId()},
                       {QStringLiteral("displayName"), st.orgDisplayName()},
                       {QStringLiteral("created"), RouteContext::isoDate(st.orgCreated())}};
}

SandboxResponse listOrganizations(RouteContext &c, const QStringList &)
{
    return c.adminRead([&] {
        QJsonArray out;
        if (c.st.orgState(c.now) != OrgState::Deleted)
            out.append(orgJson(c.st));
        return RouteContext::list(out);
    });
}

SandboxResponse getOrganization(RouteContext &c, const QStringList &params)
{
    const QString &id = params.at(0);
    return c.adminRead([&] {
        // A partner admin can read their own organization, as on the real service.
        if (!c.st.actor().isMember() && id == c.st.actorOrgId())
            return SandboxResponse::json(
                200, QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("displayName"), c.st.actor().partnerOrg}});
        if (!c.st.isOrg(id) || c.st.orgState(c.now) == OrgState::Deleted)
            return c.notFound();
        return SandboxResponse::json(200, orgJson(c.st));
    });
}

SandboxResponse deleteOrganization(RouteContext &c, const QStringList &params)
{
    SandboxState &st = c.st;
    if (!st.isOrg(params.at(0)))
        return c.notFound();
    st.countDeleteRequest();
    if (st.orgState(c.now) != OrgState::Active)
        return c.notFound();
    if (!st.actor().isMember())
        return c.forbidden(RouteContext::kPartner);
    if (!st.actorHasRole(RoleCatalog::fullAdmin()))
        return c.forbidden(RouteContext::kNotFullAdmin);
    QStringList codes;
    if (c.faults.takeForcedConflict()) {
        codes = c.faults.config().conflictAtDelete;
        ++st.counters().faultsInjected;
    } else {
        codes = st.conflictCodes();
        if (c.faults.config().orgDeleteIgnoresUsers)
            codes.removeAll(QStringLiteral("multiple_users"));
    }
    if (!codes.isEmpty()) {
        QStringList descriptions;
        for (const QString &code : std::as_const(codes))
            descriptions.append(SandboxState::conflictMessage(code));
        st.recordConflict();
        return SandboxResponse::error(409, descriptions, c.tid);
    }
    st.acceptDelete(c.now, c.faults.config().orgDeletionDelayMs);
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
