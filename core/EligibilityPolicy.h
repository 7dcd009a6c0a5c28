#pragma once
// The rules of "Before You Delete Your Organization" as a pure function: who may delete, the four
// subscription criteria, and the server-side conditions behind the six HTTP 409 messages.
// Thread-safe, no I/O. Runs in O(users + subscriptions).

#include "OrgSnapshot.h"
#include "Verdict.h"

namespace wod {

class EligibilityPolicy
{
public:
    static Verdict evaluate(const OrgSnapshot &snapshot);

    // Which criterion a set of subscriptions meets; nullopt when none. When none, `atFault`
    // receives the subscriptions to name in the blocker, in their original order: those no
    // criterion accepts (paid in any status, a partner-led trial not expired, a suspended online
    // trial), or all of them when the remaining ones are a mix of allowed kinds.
    static std::optional<Criterion> criterionFor(const QList<Subscription> &subscriptions,
                                                 QList<Subscription> *atFault = nullptr);
};

} // namespace wod
