#pragma once
// The states of a deletion run and the events that move it from one to the next. The transition
// table (which event leads from which state to which, and which journal line is durable before
// each transition) is documented in RunOrchestrator.h, which runs it; isRunTransition() holds
// the same table as data.

namespace wod::net {

enum class RunState {
    Idle,           // not started
    BuildingPlan,   // DeletionPlan::fromSnapshot on the worker (start with a snapshot)
    Verifying,      // re-reading the organization, comparing it with the plan (RunVerifier)
    Resuming,       // reading the journal, asking who the token belongs to (RunResumePoint)
    JournalingPlan, // writing the plan line, before anything is changed
    Probing,        // the organization's DELETE sent while the users exist (RunProbe)
    Users,          // converting or deleting the users (RunUsers and a UserStrategy)
    Organization,   // DELETE /v1/organizations/{id} (RunOrgDelete)
    Confirming,     // polling until the organization is gone (RunConfirmer)
    Done,           // finished() is emitted (or follows its journal line)
};

enum class RunEvent {
    Started,
    StartedUnbuilt,
    PlanBuilt,
    ResumeAsked,
    Resumed,
    Verified,
    PlanDurable,
    ProbePassed,
    ProbeDeletedOrg,
    UsersDone,
    OrgAccepted,
    Ended,
};

// Whether the table above allows `event` to lead from `from` to `to`.
bool isRunTransition(RunState from, RunEvent event, RunState to);
const char *runStateName(RunState state);
const char *runEventName(RunEvent event);

} // namespace wod::net
