#include "OrgSnapshot.h"

#include <algorithm>

namespace wod {

bool Actor::isFullAdmin() const
{
    return roles.contains(fullAdministratorRole());
}

bool OrgSnapshot::isActor(const Person &p) const
{
    const bool idsKnown = !p.id.isEmpty() && !actor.id.isEmpty();
    return actor.isMember()
        && (idsKnown ? p.id == actor.id
                     : !actor.email.isEmpty()
                           && p.email.compare(actor.email, Qt::CaseInsensitive) == 0);
}

qsizetype OrgSnapshot::userCount() const
{
    return announcedUserCount ? *announcedUserCount : users.size();
}

QList<Person> OrgSnapshot::usersToHandle() const
{
    QList<Person> result;
    if (!isUserListComplete())
        return result;
    result.reserve(users.size());
    for (const Person &p : users) {
        if (!isActor(p))
            result.append(p);
    }
    return result;
}

qsizetype OrgSnapshot::countUsersToHandle() const
{
    if (announcedUserCount)
        return std::max<qsizetype>(0, *announcedUserCount - (actor.isMember() ? 1 : 0));
    return std::count_if(users.cbegin(), users.cend(),
                         [this](const Person &p) { return !isActor(p); });
}

} // namespace wod
