// The roles resource of the sandbox (ApiResources::addRoles).

#include "ApiResources.h"

#include "RoleCatalog.h"
#include "SandboxState.h"

namespace wod::sandbox {

namespace {

SandboxResponse listRoles(RouteContext &c, const QStringList &)
{
    return c.adminRead([&] {
        QJsonArray out;
        QStringList known;
        const auto append = [&](const QString &name) {
            out.append(QJsonObject{{QStringLiteral("id"), RoleCatalog::idForName(name)},
                                   {QStringLiteral("name"), name}});
        };
        for (const Role &r : RoleCatalog::roles()) {
            append(r.name);
            known.append(r.name.toLower());
        }
        for (const QString &name : c.state.actor().roles) {
            if (!known.contains(name.toLower()))
                append(name);
        }
        return RouteContext::list(out);
    });
}

} // namespace

void ApiResources::addRoles(RouteTable &table)
{
    table.add("GET", "/v1/roles", listRoles);
}

} // namespace wod::sandbox
