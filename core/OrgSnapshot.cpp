#include "OrgSnapshot.h"

namespace wod {

bool Actor::isFullAdmin() const
{
    return roles.contains(fullAdministratorRole());
}

QList<Person> OrgSnapshot::usersToHandle() const
{
    QList<Person> result;
    result.reserve(users.size());
    for (const Person &p : users) {
        // Match the actor by id when both are known, else by email (case-insensitive).
        const bool idsKnown = !p.id.isEmpty() && !actor.id.isEmpty();
        const bool isActor = actor.isMember()
            && (idsKnown ? p.id == actor.id
                         : !actor.email.isEmpty()
                               && p.email.compare(actor.email, Qt::CaseInsensitive) == 0);
        if (!isActor)
            result.append(p);
    }
    return result;
}

} // namespace wod
