#pragma once
// The Resuming state of a deletion run: the run's state is rebuilt from its journal (plan, users
// already handled, whether the probe passed, whether the organization's DELETE was sent), the
// journal is reopened, GET /people/me must name the admin who started the run (the token may
// have been renewed, but never for somebody else), "resumed" is written (durable), then
// RunEvent::Resumed: the orchestrator enters entryState(). A journal that cannot be read, whose
// run finished, or whose admin is not the token's ends the run, touching nothing.

#include "ApiClient.h"
#include "RunState.h"

#include <QString>

namespace wod::net {

struct RunContext;
struct RunFacts;
class RunHandler;

class RunResume
{
public:
    RunResume(RunContext &run, RunHandler &handler) : m_run(run), m_handler(handler) {}

    void start(const QString &journalPath);

    // The state the journal names: the organization's DELETE again when it was sent and every
    // user is handled (or the probe deleted it); the probe (again) when no user was touched, no
    // probe passed and none was sent; else the users (those left; with none left the phase goes
    // straight on to the organization).
    static RunState entryState(const RunFacts &facts, int usersHandled, int usersInBook,
                               bool planHasUsers);

private:
    void onMe(const Result<ApiPerson> &result);

    RunContext &m_run;
    RunHandler &m_handler;
};

} // namespace wod::net
