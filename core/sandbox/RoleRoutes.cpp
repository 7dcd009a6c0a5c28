#include "RoleRoutes.h"

#include "RoleCatalog.h"
#include "SandboxState.h"

namespace wod::sandbox {

void RoleRoutes::addTo(RouteTable &table)
{
    table.add("GET", "/v1/roles", list);
}

SandboxResponse RoleRoutes::list(RouteContext &c, const QStringList &)
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
        for (const QString &name : c.st.actor().roles) {
            if (!known.contains(name.toLower()))
                append(name);
        }
        return RouteContext::list(out);
    });
}

} // namespace wod::sandbox
