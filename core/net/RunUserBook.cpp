#include "RunUserBook.h"

namespace wod::net {

void RunUserBook::setUp(const DeletionPlan &plan, const QHash<QString, JournalUserRecord> &records)
{
    m_states.clear();
    m_states.resize(plan.users.size());
    m_runs.clear();
    m_runs.resize(plan.users.size());
    m_handled = 0;
    m_failed = 0;
    for (qsizetype i = 0; i < plan.users.size(); ++i) {
        const auto it = records.constFind(plan.users.at(i).id);
        if (it != records.constEnd() && it->isHandled()) {
            m_states[i].outcome = userOutcomeFromWire(it->outcome);
            m_states[i].trackingId = it->trackingId;
            ++m_handled;
        }
    }
}

void RunUserBook::count(qsizetype i, UserOutcome outcome)
{
    m_states[i].outcome = outcome;
    if (outcome == UserOutcome::Failed)
        ++m_failed;
    else
        ++m_handled;
}

} // namespace wod::net
