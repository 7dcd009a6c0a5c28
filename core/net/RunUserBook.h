#pragma once
// What a deletion run knows about each user of its plan, parallel to plan.users: what the receipt
// says (outcome, tracking id, error) and the run's own bookkeeping, kept apart so the receipt
// shares the first instead of copying it. Counts a user only once its journal line is durable.

#include "DeletionPlan.h"
#include "Journal.h"
#include "Receipt.h"

#include <QHash>
#include <QList>

namespace wod::net {

class RunUserBook
{
public:
    struct Attempts
    {
        quint8 attempts = 0;
        bool recorded = false; // a line for this user is waiting in the group commit
    };

    // One slot per user of `plan`; those the journal's `records` name as handled count as done.
    void setUp(const DeletionPlan &plan, const QHash<QString, JournalUserRecord> &records);

    qsizetype size() const { return m_states.size(); }
    const QList<ReceiptUser> &states() const { return m_states; }
    ReceiptUser &state(qsizetype i) { return m_states[i]; }
    const ReceiptUser &state(qsizetype i) const { return m_states.at(i); }
    Attempts &run(qsizetype i) { return m_runs[i]; }
    const Attempts &run(qsizetype i) const { return m_runs.at(i); }

    // The outcome is durable: the user counts as handled (or failed).
    void count(qsizetype i, UserOutcome outcome);
    int handled() const { return m_handled; }
    int failed() const { return m_failed; }

private:
    QList<ReceiptUser> m_states;
    QList<Attempts> m_runs;
    int m_handled = 0;
    int m_failed = 0;
};

} // namespace wod::net
