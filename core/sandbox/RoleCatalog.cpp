#include "RoleCatalog.h"

#include "WebexId.h"

namespace wod::sandbox {

const QList<Role> &RoleCatalog::roles()
{
    // Names and CI ids as a captured real /v1/roles answer lists them (WEBEX-API.md, section 2).
    static const QList<Role> all{
        {QStringLiteral("id_full_admin"), QStringLiteral("Full Administrator")},
        {QStringLiteral("id_readonly_admin"), QStringLiteral("Read-only Administrator")},
        {QStringLiteral("id_user_admin"), QStringLiteral("User Administrator")},
        {QStringLiteral("id_device_admin"), QStringLiteral("Device Administrator")},
        {QStringLiteral("atlas-portal.support"), QStringLiteral("Support Administrator")},
        {QStringLiteral("atlas-portal.billing"), QStringLiteral("Billing Administrator")},
        {QStringLiteral("atlas-portal.reports"), QStringLiteral("Reports Administrator")},
        {QStringLiteral("atlas-portal.all"), QStringLiteral("Portal Administrator")},
        {QStringLiteral("atlas-portal.application"), QStringLiteral("Application Administrator")},
        {QStringLiteral("spark.synckms"), QStringLiteral("KMS Sync Administrator")},
        {QStringLiteral("atlas-portal.partner.salesadmin"), QStringLiteral("Sales Administrator")},
        {QStringLiteral("atlas-portal.partner.helpdesk"),
         QStringLiteral("Help Desk Administrator")},
    };
    return all;
}

QString RoleCatalog::idForName(const QString &name)
{
    for (const Role &r : roles()) {
        if (r.name.compare(name, Qt::CaseInsensitive) == 0)
            return WebexId::encode(QStringLiteral("ROLE"), r.ciName);
    }
    return WebexId::encode(QStringLiteral("ROLE"), name);
}

const QString &RoleCatalog::fullAdmin()
{
    static const QString name = QStringLiteral("Full Administrator");
    return name;
}

const QString &RoleCatalog::userAdmin()
{
    static const QString name = QStringLiteral("User Administrator");
    return name;
}

} // namespace wod::sandbox
