#include "SandboxIds.h"

#include "WebexId.h"

namespace wod::sandbox::SandboxIds {

QUuid idNamespace()
{
    static const QUuid ns(QStringLiteral("4f2b7c1e-93a5-5d0e-8c6a-2d1f0b9e7a35"));
    return ns;
}

QString nameUuid(const QString &name)
{
    return QUuid::createUuidV5(idNamespace(), name).toString(QUuid::WithoutBraces);
}

QString personUuid(const QString &email)
{
    return nameUuid(email.toLower());
}

QString personId(const QString &email)
{
    return WebexId::encode(QStringLiteral("PEOPLE"), personUuid(email));
}

QString partnerOrgId(const QString &partnerOrgName)
{
    return WebexId::encode(QStringLiteral("ORGANIZATION"),
                           nameUuid(QStringLiteral("org:") + partnerOrgName));
}

} // namespace wod::sandbox::SandboxIds
