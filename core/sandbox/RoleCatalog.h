#pragma once
// The administrator roles the sandbox knows, as GET /v1/roles lists them: display name and the CI
// role name behind the id (base64 of ciscospark://us/ROLE/<ciName>). Scenario files name roles by
// display name; a name outside the catalog still gets a stable id (ROLE/<name>).

#include <QList>
#include <QString>
#include <QStringList>

namespace wod::sandbox {

struct Role
{
    QString ciName;
    QString name;
};

class RoleCatalog
{
public:
    static const QList<Role> &roles();
    static QString idForName(const QString &name);
    static const QString &fullAdmin();
    static const QString &userAdmin();
};

} // namespace wod::sandbox
