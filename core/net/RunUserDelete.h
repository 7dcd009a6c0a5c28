#pragma once
// Deletes one user per request: DELETE /v1/people/{id}. 204 -> deleted; errors go to
// RunUsers::fail (404 there counts as already gone).

#include "UserStrategy.h"

namespace wod::net {

struct RunContext;
class RunUsers;

class RunUserDelete : public UserStrategy
{
public:
    RunUserDelete(RunContext &run, RunUsers &users) : m_run(run), m_users(users) {}
    void sendNext() override;

private:
    RunContext &m_run;
    RunUsers &m_users;
};

} // namespace wod::net
