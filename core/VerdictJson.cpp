#include "VerdictJson.h"

#include <QJsonArray>

namespace wod {

QJsonObject blockerToJson(const Blocker &b)
{
    QJsonObject o{{QStringLiteral("code"), toWireName(b.code)},
                  {QStringLiteral("message"), b.message},
                  {QStringLiteral("remedy"), b.remedy}};
    if (!b.details.isEmpty())
        o.insert(QStringLiteral("details"), QJsonArray::fromStringList(b.details));
    return o;
}

QJsonObject verdictToJson(const OrgSnapshot &snapshot, const Verdict &v)
{
    QJsonArray blockers;
    for (const Blocker &b : v.blockers)
        blockers.append(blockerToJson(b));
    QJsonArray checklist;
    for (const CheckItem &c : v.checklist) {
        QJsonObject row{{QStringLiteral("id"), c.id},
                        {QStringLiteral("state"), toWireName(c.state)},
                        {QStringLiteral("title"), c.title},
                        {QStringLiteral("detail"), c.detail}};
        if (!c.remedy.isEmpty())
            row.insert(QStringLiteral("remedy"), c.remedy);
        checklist.append(row);
    }
    return QJsonObject{
        {QStringLiteral("org"), QJsonObject{{QStringLiteral("id"), snapshot.orgId},
                                            {QStringLiteral("displayName"),
                                             snapshot.orgDisplayName}}},
        {QStringLiteral("eligible"), v.eligible},
        {QStringLiteral("criterion"),
         v.criterion ? QJsonValue(toWireName(*v.criterion)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("popup"), v.popup},
        {QStringLiteral("usersToHandle"), v.usersToHandle},
        {QStringLiteral("blockers"), blockers},
        {QStringLiteral("unknown"), QJsonArray::fromStringList(v.unknown)},
        {QStringLiteral("checklist"), checklist},
    };
}

} // namespace wod
