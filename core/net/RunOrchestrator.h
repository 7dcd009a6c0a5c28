#pragma once
// The deletion run as a state machine: RunOrchestrator holds the run's context, enters one state
// after the other, and lets each state's phase class do its work (RunVerifier, RunProbe,
// RunUsers with a UserStrategy, RunOrgDelete, RunConfirmer, RunResume). A phase ends by
// reporting an event (advance) or by ending the run (finish); DeletionRunner is its public face.
// A resume is not a separate path: RunResume rebuilds the state from the journal and the run
// enters the state the journal names.
//
// States (RunState) and events (RunEvent): RunState.h.
//
// Transition table. "Durable" names the journal lines that are written and fsync'd before the
// transition is taken (Journal.h lists the lines). Every state but Done may also end the run
// directly (RunEvent::Ended, see below).
//
//   from            event            to                         durable before the transition
//   --------------  ---------------  -------------------------  ------------------------------
//   Idle            Started          Verifying                  -
//   Idle            StartedUnbuilt   BuildingPlan               -
//   BuildingPlan    PlanBuilt        Verifying                  -
//   Idle            ResumeAsked      Resuming                   - (the journal is read, opened,
//                                                                  and GET /people/me must name
//                                                                  the plan's admin)
//   Resuming        Resumed          the state the journal      "resumed"
//                                    names (RunResume::entryState):
//                                    Probing | Users | Organization
//   Verifying       Verified         JournalingPlan             -
//   JournalingPlan  PlanDurable      Probing (a check of the    "plan"
//                                    verdict is unknown and
//                                    users exist) | Users
//   Probing         ProbePassed      Users                      "probe_sent" (before the
//                                                               DELETE leaves), "probe" passed
//   Probing         ProbeDeletedOrg  Confirming                 "probe_sent", "probe" and
//                                                               "org_delete" (written, not
//                                                               required: the server acted)
//   Users           UsersDone        Organization               every "user" line
//   Organization    OrgAccepted      Confirming                 "org_delete_sent" (before the
//                                                               DELETE leaves), "org_delete"
//                                                               (written, not required)
//   any but Done    Ended            Done                       "finished" (when a journal is
//                                                               open), before finished()
//
// How a run ends (Ended): Verifying -> Done as Failed (re-read failed), Changed or Blocked,
// nothing written; JournalingPlan, Probing, Users, Organization -> Done as Cancelled (a cancel()
// before "org_delete_sent" is durable), as Failed (stopped: a journal write failed, the token was
// refused, a server kept failing; resumable), Probing -> Done as Blocked (the probe's 409 named
// more than the users; nothing changed), Organization -> Done as Blocked (409) or Failed,
// Confirming -> Done as Deleted (404 confirmed, or the deadline passed unconfirmed), Resuming ->
// Done when the journal is unreadable, finished, or names another admin.

#include "RunConfirmer.h"
#include "RunContext.h"
#include "RunHandler.h"
#include "RunOrgDelete.h"
#include "RunProbe.h"
#include "RunResume.h"
#include "RunState.h"
#include "RunUsers.h"
#include "RunVerifier.h"

namespace wod::net {

class RunOrchestrator : public RunHandler
{
public:
    // `runner` emits the signals and owns this; `client` is not owned.
    RunOrchestrator(DeletionRunner *runner, ApiClient *client, const RunnerOptions &options);

    // DeletionRunner's API (see DeletionRunner.h).
    void start(const DeletionPlan &plan);
    void start(const OrgSnapshot &snapshot, const Verdict &verdict, UserDisposition disposition,
               const QDateTime &confirmedAt, const QStringList &confirmedUnknown);
    void resume(const QString &journalPath);
    bool cancel();
    bool isRunning() const { return m_run.running; }
    RunState state() const { return m_state; }

    // RunHandler
    void advance(RunEvent event) override;
    void finish(RunOutcome outcome, bool resumable) override;
    void finishStopped() override;
    void finishCancelled() override;

private:
    // Takes the transition `event` from the current state to `to` and enters `to`.
    void enter(RunEvent event, RunState to);
    void begin();
    bool failWithoutJournalPath();
    void journalPlan();
    void onPlanJournaled(bool ok, const QString &error);
    void emitFinished(const RunOutcome &outcome);

    DeletionRunner *m_runner;
    RunContext m_run;
    RunState m_state = RunState::Idle;
    RunVerifier m_verifier;
    RunProbe m_probe;
    RunUsers m_users;
    RunOrgDelete m_orgDelete;
    RunConfirmer m_confirmer;
    RunResume m_resume;
};

} // namespace wod::net
