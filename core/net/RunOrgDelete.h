#pragma once
// Phase 4 of a deletion run: DELETE /v1/organizations/{id}, once every user is handled (or at
// once on a resume whose journal says it was sent).
//  - "org_delete_sent" is durable before the request leaves: a crash right after resumes as
//    "sent", and a cancel() while it is written still stops the run before the DELETE;
//  - 204 (or 404 when a DELETE was sent before: it took effect) -> "org_delete" written, then
//    RunEvent::OrgAccepted;
//  - 409 -> the run ends Blocked with the parsed blockers, the organization intact;
//  - lost answers are sent again (a second DELETE of a deleting organization answers 404), then
//    the run ends Failed (resumable).

#include "ApiError.h"

namespace wod::net {

struct RunContext;
class RunHandler;

class RunOrgDelete
{
public:
    RunOrgDelete(RunContext &run, RunHandler &handler) : m_run(run), m_handler(handler) {}

    void start();

private:
    void send();
    void onAccepted(int status, const QString &trackingId);
    void onConflict(const ApiError &e);
    void onFailed(const ApiError &e);

    RunContext &m_run;
    RunHandler &m_handler;
    int m_attempts = 0;
};

} // namespace wod::net
