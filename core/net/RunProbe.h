#pragma once
// Phase 2b of a deletion run (#17), when a check of the confirmed verdict is unknown and there
// are users to handle: the organization's DELETE is sent first, while the users exist.
//  - "probe_sent" is durable before it leaves (a crash right after resumes by probing again; a
//    passed probe is never repeated);
//  - 409 naming only multiple_users: passed ("probe" durable) -> RunEvent::ProbePassed;
//  - 409 naming anything else (or not naming the users): the run ends Blocked with
//    blockedAtProbe, no user touched (resumable);
//  - 204 (or 404 after an earlier attempt's lost answer): the server deleted the organization
//    with its users; journaled as "probe" and "org_delete" -> RunEvent::ProbeDeletedOrg;
//  - other errors are retried (RunErrorPolicy), then the run ends Failed (resumable).

#include "ApiError.h"

namespace wod::net {

struct RunContext;
class RunHandler;

class RunProbe
{
public:
    RunProbe(RunContext &run, RunHandler &handler) : m_run(run), m_handler(handler) {}

    void start();
    // From "probe_sent" until its answer is handled: a cancel() waits for the answer, which may
    // be a deletion.
    bool inFlight() const { return m_inFlight; }

private:
    void send();
    void onConflict(const ApiError &e);
    void onDeletedOrg(int status, const QString &trackingId);

    RunContext &m_run;
    RunHandler &m_handler;
    bool m_inFlight = false;
    int m_attempts = 0;
};

} // namespace wod::net
