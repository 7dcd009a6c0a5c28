#pragma once
// The receipt of a deletion run: who deleted which organization, when, what happened to each
// user (with the server's tracking ids), the totals, the final status and the organization
// DELETE's tracking id. Plain JSON for --receipt files, the result page and support tickets.
// Never contains the access token (nothing here ever holds it).

#include "DeletionPlan.h"
#include "RunOutcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace wod::net {

// What happened to one user of the plan.
enum class UserOutcome : quint8 { Pending, Converted, Deleted, Gone, Failed };
QString toWireName(UserOutcome outcome); // pending|converted|deleted|gone|failed
UserOutcome userOutcomeFromWire(const QString &name); // unknown names read as Pending
// Converted, deleted or already gone: never touched again.
inline bool isHandledOutcome(UserOutcome o)
{
    return o == UserOutcome::Converted || o == UserOutcome::Deleted || o == UserOutcome::Gone;
}

struct ReceiptUser
{
    UserOutcome outcome = UserOutcome::Pending;
    QString trackingId;
    QString error;
};

class Receipt
{
public:
    const DeletionPlan *plan = nullptr; // not owned; must outlive toJson()
    QDateTime startedAt;
    QDateTime finishedAt;
    bool resumed = false;
    int orgDeleteStatus = 0; // 204, 409, 404 (accepted before a resume), 0 = not answered
    QString orgDeleteTrackingId;
    int probeStatus = 0;     // the probe's answer (409, 204, ...); 0 = no probe was answered
    bool probePassed = false;
    QString probeTrackingId;
    QList<ReceiptUser> outcomes; // parallel to plan->users

    QJsonObject toJson(const RunOutcome &outcome) const;
    // The same, lazily: keeps a shared copy of the plan and the outcomes (plan may then go).
    ReceiptDocument toDocument(const RunOutcome &outcome) const;
};

// What a ReceiptDocument holds: every member but "users" as JSON, and what "users" is made of.
struct ReceiptData
{
    QJsonObject header; // the receipt without "users"
    bool listsUsers = false; // a run's receipt: "users" is always there, even empty
    QList<Person> users; // the plan's
    QList<ReceiptUser> outcomes; // parallel to users (shorter: the rest pending)
    static QJsonObject userJson(const Person &person, const ReceiptUser &outcome);
};

} // namespace wod::net
