#pragma once
// Phase 5 of a deletion run: the organization accepted its DELETE; GET /organizations/{id} is
// polled every confirmPollIntervalMs until it answers 404 (the run ends Deleted, confirmed) or
// confirmTimeoutMs passes or the token is refused (Deleted, unconfirmed).

#include <QElapsedTimer>

namespace wod::net {

struct RunContext;
class RunHandler;

class RunConfirmer
{
public:
    RunConfirmer(RunContext &run, RunHandler &handler) : m_run(run), m_handler(handler) {}

    void start();

private:
    void poll();

    RunContext &m_run;
    RunHandler &m_handler;
    QElapsedTimer m_clock;
};

} // namespace wod::net
