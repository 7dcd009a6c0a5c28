#pragma once
// How a deletion run ended, with everything the result page and the receipt need.

#include "ApiError.h"
#include "Blocker.h"
#include "ReceiptDocument.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace wod::net {

struct RunOutcome
{
    enum class Status {
        Deleted,   // DELETE answered 204 and the organization is confirmed gone (or still
                   // disappearing when confirmation timed out: see `confirmed`)
        Blocked,   // DELETE answered 409: `blockers` say why (the organization is intact; users may
               // have been handled: see usersHandled and blockedAtProbe)
        Changed,   // the organization changed since the admin confirmed: nothing was done
        Cancelled, // the admin cancelled before the organization's DELETE was sent
        Failed,    // network, authorization or server failure: `error` says which
    };
    Status status = Status::Failed;
    bool confirmed = false;     // Deleted: the organization answered 404 before the deadline
    // The organization's DELETE sent first, while the users existed, because some check was
    // unknown (DeletionRunner). blockedAtProbe: its 409 named a blocker besides the users;
    // nothing was changed. deletedAtProbe: it answered 204, the server deleted the organization
    // with its users still in it; this run converted or deleted none of them.
    bool blockedAtProbe = false;
    bool deletedAtProbe = false;
    QList<Blocker> blockers;    // Blocked (from the 409 body), Changed (what differs)
    ApiError error;             // Failed
    QString message;            // one human sentence summarising the outcome
    int usersHandled = 0;       // converted or deleted (or already gone) in this and earlier runs
    int usersFailed = 0;
    int usersTotal = 0;
    QString journalPath;        // where the journal is; empty if none was written
    bool resumable = false;     // a resume would continue this run (Cancelled, Failed, Blocked)
    QStringList trackingIds;    // of the decisive calls (DELETE org, failures)
    ReceiptDocument receipt;    // who, which org, when, each user's outcome, tracking ids
};

QString toWireName(RunOutcome::Status status); // deleted|blocked|changed|cancelled|failed

} // namespace wod::net
