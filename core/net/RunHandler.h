#pragma once
// The deletion run's orchestrator as its phases see it: a phase ends by reporting the event that
// happened (the orchestrator then enters the next state, see RunOrchestrator.h) or by ending the
// run. Every call is made on the runner's thread, after the journal line the event needs is
// durable.

#include "RunOutcome.h"

namespace wod::net {

enum class RunEvent;
struct RunContext;

class RunHandler
{
public:
    virtual ~RunHandler() = default;
    // The phase is done; `event` says how.
    virtual void advance(RunEvent event) = 0;
    // Ends the run with `outcome`; finished() follows the journal's "finished" line.
    virtual void finish(RunOutcome outcome, bool resumable) = 0;
    // Ends the run as stopped (resumably) with the context's stopError.
    virtual void finishStopped() = 0;
    // Ends the run as cancelled by the admin.
    virtual void finishCancelled() = 0;

    // For a phase whose next step waits for its journal line: true when the run goes on; false
    // when it ended instead (the write failed: stopped with `error`, resumably; or the admin
    // cancelled meanwhile).
    bool goesOnAfterJournal(RunContext &run, bool ok, const QString &error);
};

} // namespace wod::net
