#include "RunnerBed.h"

#include "StateQueries.h"

namespace wod::test {

bool RunnerBed::readOrganization()
{
    QString why;
    m_snapshot = loadSnapshot(client(), &why);
    if (!m_snapshot)
        setError(why);
    return m_snapshot.has_value();
}

std::optional<net::RunOutcome> RunnerBed::run(const DeletionPlan &plan,
                                              const net::RunnerOptions &options)
{
    net::DeletionRunner runner(client(), options);
    return runToEnd(runner, [&] { runner.start(plan); });
}

std::optional<net::RunOutcome> RunnerBed::resume(const net::RunnerOptions &options)
{
    net::DeletionRunner runner(client(), options);
    return runToEnd(runner, [&] { runner.resume(options.journalPath); });
}

QString RunnerBed::checkRun(const QString &userState, bool orgDeleted) const
{
    return checkRunResult(state(), userState, orgDeleted);
}

} // namespace wod::test
