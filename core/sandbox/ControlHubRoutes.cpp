// The sandbox's Control Hub extension beyond subscriptions (ApiResources::addControlHub).

#include "ApiResources.h"

#include "FaultInjector.h"
#include "SandboxState.h"

namespace wod::sandbox {

namespace {

// 200 {"items": [{key: name}, ...]} for an administrator.
SandboxResponse namedItems(const RouteContext &c, const QStringList &names, const char *key)
{
    return c.adminRead([&] {
        QJsonArray out;
        for (const QString &n : names)
            out.append(QJsonObject{{QLatin1String(key), n}});
        return RouteContext::list(out);
    });
}

SandboxResponse linkedSites(RouteContext &c, const QStringList &)
{
    return namedItems(c, c.state.scenario().linkedSites, "siteUrl");
}

SandboxResponse directorySync(RouteContext &c, const QStringList &)
{
    if (c.faults.config().directorySyncUnreadable)
        return c.notFound();
    return c.adminRead([&] {
        return SandboxResponse::json(
            200, QJsonObject{{QStringLiteral("enabled"), c.state.scenario().directorySync}});
    });
}

SandboxResponse managedBy(RouteContext &c, const QStringList &)
{
    return namedItems(c, c.state.scenario().managedBy, "displayName");
}

SandboxResponse managedOrgs(RouteContext &c, const QStringList &)
{
    return namedItems(c, c.state.scenario().managedOrgs, "displayName");
}

SandboxResponse convert(RouteContext &c, const QStringList &params)
{
    if (!c.canWriteUsers())
        return c.forbidden(RouteContext::kNotUserAdmin);
    const qsizetype i = c.state.indexOfId(params.at(1));
    const SandboxState::Change change = c.state.convertUser(i);
    switch (change) {
    case SandboxState::Change::Done:
    case SandboxState::Change::AlreadyDone: {
        QJsonObject body{{QStringLiteral("personId"), c.state.user(i).id},
                         {QStringLiteral("status"), QStringLiteral("converted")}};
        if (change == SandboxState::Change::AlreadyDone)
            body.insert(QStringLiteral("alreadyConverted"), true);
        return SandboxResponse::json(200, body);
    }
    case SandboxState::Change::IsActor:
        return c.error(409, QStringLiteral("You cannot convert your own account."));
    case SandboxState::Change::NotFound:
        break;
    }
    return c.notFound();
}

} // namespace

void ApiResources::addControlHub(RouteTable &table)
{
    using ApiExtensions::Endpoint;
    table.addExtension(Endpoint::LinkedSites, linkedSites);
    table.addExtension(Endpoint::DirectorySync, directorySync);
    table.addExtension(Endpoint::ManagedBy, managedBy);
    table.addExtension(Endpoint::ManagedOrgs, managedOrgs);
    table.addExtension(Endpoint::Convert, convert);
}

} // namespace wod::sandbox
