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

QList<Person> OrgSnapshot::usersToHandle() const
{
    QList<Person> result;
    result.reserve(users.size());
    for (const Person &p : users) {
        if (!isActor(p))
            result.append(p);
    }
    return result;
}

qsizetype OrgSnapshot::countUsersToHandle() const
{
    return std::count_if(users.cbegin(), users.cend(),
                         [this](const Person &p) { return !isActor(p); });
}

} // namespace wod
