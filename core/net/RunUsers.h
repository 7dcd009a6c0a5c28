#pragma once
// Phase 3 of a deletion run: convert or delete every user of the plan but the acting admin, with
// at most options.userConcurrency requests in flight, by one of three UserStrategy classes.
//  - A user counts as handled only once its "user" line is durable (group commit: the lines of
//    finished requests wait for one write + fsync on the journal worker).
//  - 404 counts as done (already gone); a transient failure puts the user back in the queue, up
//    to RunErrorPolicy::kMaxAttemptsPerUser attempts, then the run stops (resumably); a fatal one
//    (401, 403, TLS) stops the run once nothing is in flight; a permanent refusal of one user is
//    recorded as failed, and the organization's DELETE is then not sent.
//  - Users whose answer was lost (SCIM Bulk) are "uncertain": the people are re-read before
//    anything is resent; gone ones count as deleted.
// Ends with RunEvent::UsersDone when every user is handled, else ends the run (failed users,
// stopped, cancelled).

#include "ApiError.h"
#include "Receipt.h"
#include "RunScimBulkDelete.h"
#include "RunUserConvert.h"
#include "RunUserDelete.h"

#include <QJsonObject>
#include <QList>
#include <deque>

namespace wod::net {

struct RunContext;
class RunHandler;

class RunUsers
{
public:
    RunUsers(RunContext &run, RunHandler &handler);

    // Queues every user not handled yet and starts.
    void begin();
    // Sends what the queue and the concurrency allow, then checks whether the phase is over.
    void pump();
    // Ends the phase when nothing is in flight or waiting for the journal and it is over
    // (stopped, cancelled, every user handled or failed). cancel() calls it too.
    void checkDone();

    // For the strategies:
    qsizetype takeNext();
    bool hasQueued() const { return !m_queue.empty(); }
    void requestSent() { ++m_inFlight; }
    void requestAnswered() { --m_inFlight; }
    // The user's outcome is known: its line joins the next group commit.
    void record(qsizetype i, UserOutcome outcome, const QString &trackingId, const QString &error);
    // The user's request failed after the client's own retries.
    void fail(qsizetype i, const ApiError &e);
    // The answer for these users was lost: the deletion may have happened.
    void markUncertain(const QList<qsizetype> &users, const ApiError &cause);
    // SCIM Bulk is refused: these users go again, first in line, without counting the attempt.
    void requeueFirst(const QList<qsizetype> &users);
    bool bulkAvailable() const { return m_bulkAvailable; }
    void setBulkAvailable(bool available) { m_bulkAvailable = available; }

private:
    UserStrategy &strategy();
    void retryOrGiveUp(qsizetype i, const ApiError &e);
    void rereadUncertain();
    void flush();
    void applyDurable(const QList<std::pair<qsizetype, UserOutcome>> &apply, bool ok);

    RunContext &m_run;
    RunHandler &m_handler;
    RunUserConvert m_convert;
    RunUserDelete m_deleteOne;
    RunScimBulkDelete m_bulk;

    std::deque<qsizetype> m_queue;
    int m_inFlight = 0;
    bool m_bulkAvailable = true;
    // Users whose answer was lost (or did not name them): they wait here until a re-read of the
    // organization's people says which still exist.
    QList<qsizetype> m_uncertain;
    bool m_rereadRunning = false;
    ApiError m_uncertainCause; // why the last answer was lost, should a user be given up
    int m_gaveUpUsers = 0;     // users given up after kMaxAttemptsPerUser (logged once)
    ApiError m_gaveUpError;

    // Group commit: lines of finished operations wait here for one write + fsync.
    QList<QJsonObject> m_pendingRecords;
    QList<std::pair<qsizetype, UserOutcome>> m_pendingApply;
    bool m_flushScheduled = false;
};

} // namespace wod::net
