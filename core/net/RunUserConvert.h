#pragma once
// Converts one user per request (the "convert" disposition): the user leaves the organization
// as a free Webex user instead of being deleted. Success -> converted; errors go to
// RunUsers::fail (404 there counts as already gone).

#include "UserStrategy.h"

namespace wod::net {

struct RunContext;
class RunUsers;

class RunUserConvert : public UserStrategy
{
public:
    RunUserConvert(RunContext &run, RunUsers &users) : m_run(run), m_users(users) {}
    void sendNext() override;

private:
    RunContext &m_run;
    RunUsers &m_users;
};

} // namespace wod::net
