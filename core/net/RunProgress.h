#pragma once
// What the deletion runner reports while it works, at a bounded rate (coalesced; at most about
// ten events per second plus one at every phase change).

#include <QString>

namespace wod::net {

enum class RunPhase {
    Verifying,    // re-reading the organization and comparing it with what the admin confirmed
    Users,        // converting or deleting the users
    Organization, // DELETE /v1/organizations/{id}
    Confirming,   // polling until the organization is gone (up to 10 minutes)
    Done,
};
QString toWireName(RunPhase phase); // verifying|users|organization|confirming|done

struct RunProgress
{
    RunPhase phase = RunPhase::Verifying;
    int done = 0;         // items finished in this phase (users: handled, incl. 404 = already gone)
    int total = 0;        // items in this phase
    int failed = 0;       // users whose handling failed permanently (phase Users)
    QString currentItem;  // e.g. a user's email, or the organization's name
    qint64 etaMs = -1;    // estimated time left in this phase; -1 when unknown
    qint64 elapsedMs = 0; // since the run started
    QString notice;       // said once it applies, for the rest of the run: e.g. that SCIM Bulk
                          // was refused and users are deleted one by one (translated)
};

} // namespace wod::net
