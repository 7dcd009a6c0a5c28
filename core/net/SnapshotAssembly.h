#pragma once
// Turns what a SnapshotLoader load read (LoadState) into the OrgSnapshot the policy evaluates:
// the target organization, the actor with role names from /roles (an id /roles does not list
// grants nothing), partnerOrg for a partner (the partner org's name when known, else its id,
// never empty), the extension answers, and, without the linked-sites extension, the linked
// sites derived from licenses whose siteType is "Linked site". canConvertUsers only when an
// extension read answered. Pure: reads `state`, changes nothing.

#include "OrgSnapshot.h"

namespace wod::net {

struct LoadState;

// The snapshot of `state` without its users; `partial`: with a copy of the users read so far and
// the announced number (announcedUserCount), for SnapshotLoader::checklistReady. Requires the
// organization and people/me answered (state.org, state.me).
OrgSnapshot assembleSnapshot(const LoadState &state, bool partial);

} // namespace wod::net
