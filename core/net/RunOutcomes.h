#pragma once
// The outcomes a deletion run ends with, worded for the admin, and its receipt. Reads the run's
// context (counts, plan, facts); changes nothing.

#include "RunOutcome.h"

#include <QStringList>

namespace wod::net {

struct RunContext;

class RunOutcomes
{
public:
    // `status` with the user counts so far.
    static RunOutcome base(const RunContext &run, RunOutcome::Status status);
    // The organization accepted its DELETE; `confirmed`: it answered 404 before the deadline.
    static RunOutcome deleted(const RunContext &run, bool confirmed);
    static RunOutcome cancelled(const RunContext &run);
    // Stopped (resumably) with run.stopError.
    static RunOutcome stopped(const RunContext &run);
    // The receipt for `outcome`: shares the plan and the user states.
    static ReceiptDocument receipt(const RunContext &run, const RunOutcome &outcome);
    // `list` without empty strings and repeats, in order.
    static QStringList nonEmpty(const QStringList &list);
};

} // namespace wod::net
