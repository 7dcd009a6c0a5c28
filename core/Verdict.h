#pragma once
// The eligibility policy's answer for one snapshot: plain data, no behaviour.

#include "Blocker.h"

#include <QList>
#include <QString>
#include <optional>

namespace wod {

// Which of the document's four subscription criteria the organization meets.
enum class Criterion { ExpiredPartnerTrials, OnlineTrials, FreeOnly, NoSubscriptions };
QString toWireName(Criterion criterion); // expired_partner_trials|online_trials|free_only|no_subscriptions
QString describe(Criterion criterion);   // translated sentence from the document

// One row of the pre-flight checklist.
struct CheckItem
{
    enum class State { Passed, Failed, Unknown, Info };
    QString id;    // stable: "admin", "subscriptions", "linked_sites", ..., "users"
    State state = State::Unknown;
    QString title;  // translated, short
    QString detail; // translated: what was found
    QString remedy; // translated; empty when nothing to do
    friend bool operator==(const CheckItem &, const CheckItem &) = default;
};
QString toWireName(CheckItem::State state); // passed|failed|unknown|info

struct Verdict
{
    bool eligible = false;              // no blocker; unknown checks do not block (the server decides)
    std::optional<Criterion> criterion; // the subscription criterion met; none if none is, or unknown
    bool popup = false;                 // the sign-in "Delete Organization / Remind Me Later" prompt applies
    int usersToHandle = 0;              // users to convert or delete (everyone but the acting admin)
    QList<Blocker> blockers;
    QStringList unknown;                // ids of checks the server could not answer
    QList<CheckItem> checklist;         // in display order

    bool hasBlocker(BlockerCode code) const;
};

} // namespace wod
