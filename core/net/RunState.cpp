#include "RunState.h"

#include <iterator>

namespace wod::net {

namespace {

struct Transition
{
    RunState from;
    RunEvent event;
    RunState to;
};

// The table of RunState.h, row for row (Ended is checked apart: any state but Done).
constexpr Transition kTransitions[] = {
    {RunState::Idle, RunEvent::Started, RunState::Verifying},
    {RunState::Idle, RunEvent::StartedUnbuilt, RunState::BuildingPlan},
    {RunState::BuildingPlan, RunEvent::PlanBuilt, RunState::Verifying},
    {RunState::Idle, RunEvent::ResumeAsked, RunState::Resuming},
    {RunState::Resuming, RunEvent::Resumed, RunState::Probing},
    {RunState::Resuming, RunEvent::Resumed, RunState::Users},
    {RunState::Resuming, RunEvent::Resumed, RunState::Organization},
    {RunState::Verifying, RunEvent::Verified, RunState::JournalingPlan},
    {RunState::JournalingPlan, RunEvent::PlanDurable, RunState::Probing},
    {RunState::JournalingPlan, RunEvent::PlanDurable, RunState::Users},
    {RunState::Probing, RunEvent::ProbePassed, RunState::Users},
    {RunState::Probing, RunEvent::ProbeDeletedOrg, RunState::Confirming},
    {RunState::Users, RunEvent::UsersDone, RunState::Organization},
    {RunState::Organization, RunEvent::OrgAccepted, RunState::Confirming},
};

} // namespace

bool isRunTransition(RunState from, RunEvent event, RunState to)
{
    if (event == RunEvent::Ended)
        return from != RunState::Done && to == RunState::Done;
    for (const Transition &t : kTransitions) {
        if (t.from == from && t.event == event && t.to == to)
            return true;
    }
    return false;
}

const char *runStateName(RunState state)
{
    static constexpr const char *kNames[] = {"Idle",           "BuildingPlan", "Verifying",
                                             "Resuming",       "JournalingPlan", "Probing",
                                             "Users",          "Organization", "Confirming",
                                             "Done"};
    static_assert(std::size(kNames) == int(RunState::Done) + 1);
    return kNames[int(state)];
}

const char *runEventName(RunEvent event)
{
    static constexpr const char *kNames[] = {
        "Started",   "StartedUnbuilt", "PlanBuilt",   "ResumeAsked",     "Resumed",   "Verified",
        "PlanDurable", "ProbePassed",  "ProbeDeletedOrg", "UsersDone",   "OrgAccepted", "Ended"};
    static_assert(std::size(kNames) == int(RunEvent::Ended) + 1);
    return kNames[int(event)];
}

} // namespace wod::net
