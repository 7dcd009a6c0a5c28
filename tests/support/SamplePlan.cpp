#include "SamplePlan.h"

namespace wod::test {

DeletionPlan samplePlan(int users, const SamplePlanText &text)
{
    DeletionPlan plan;
    plan.orgId = text.orgId;
    plan.orgDisplayName = text.orgDisplayName;
    plan.actorId = text.actorId;
    plan.actorEmail = text.actorEmail;
    plan.disposition = UserDisposition::Delete;
    plan.fingerprint = text.fingerprint;
    plan.confirmedAt = text.confirmedAt;
    for (int i = text.firstUser; i < text.firstUser + users; ++i)
        plan.users.append(Person{text.userId.arg(i), text.userEmail.arg(i), QString()});
    return plan;
}

} // namespace wod::test
