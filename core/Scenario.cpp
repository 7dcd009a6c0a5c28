#include "Scenario.h"

namespace wod {

OrgSnapshot Scenario::toSnapshot() const
{
    OrgSnapshot s;
    s.orgId = orgId;
    s.orgDisplayName = orgDisplayName;
    s.created = orgCreated;
    s.actor = actor;
    s.users = users;
    s.subscriptions = subscriptions;
    s.linkedSites = linkedSites;
    s.directorySync = directorySync;
    s.managedBy = managedBy;
    s.managedOrgs = managedOrgs;
    return s;
}

} // namespace wod
