#pragma once
// What the phases of one deletion run share: the plan, the options, the client, the journal, the
// per-user book, the tracking ids, the progress, and the facts the receipt and a resume need.
// Owned by the orchestrator (RunOrchestrator); each phase holds a reference. Lives in the
// runner's thread; nothing in it is touched from another thread.

#include "ApiClient.h"
#include "DeletionPlan.h"
#include "DeletionRunner.h"
#include "RunJournal.h"
#include "RunProgressCoalescer.h"
#include "RunTracking.h"
#include "RunUserBook.h"

#include <QDateTime>
#include <QPointer>
#include <algorithm>
#include <optional>

namespace wod::net {

// What happened to the organization's DELETE and the probe, in this run or a journaled one.
struct RunFacts
{
    QDateTime startedAt;
    bool resumed = false;
    bool orgDeleteSentBefore = false; // a previous run sent the org DELETE (journal)
    bool orgDeleteSent = false;       // org_delete_sent is durable: cancel() no longer works
    int orgDeleteStatus = 0;
    QString orgDeleteTrackingId;
    int probeStatus = 0;
    bool probePassed = false;
    bool deletedAtProbe = false;
    QString probeTrackingId;
};

struct RunContext
{
    RunContext(QObject *owner_, ApiClient *client_, const RunnerOptions &options_)
        : owner(owner_), client(client_), options(options_), journal(owner_),
          progress(owner_, *this, options_.progressIntervalMs)
    {
        options.bulkSize = std::clamp(options.bulkSize, 1, ApiClient::kMaxScimBulkOperations);
        options.userConcurrency = std::max(1, options.userConcurrency);
    }
    RunContext(const RunContext &) = delete;
    RunContext &operator=(const RunContext &) = delete;

    QObject *const owner; // the DeletionRunner: callbacks are dropped once it is gone
    ApiClient *const client; // not owned
    RunnerOptions options;
    DeletionPlan plan;
    RunFacts facts;
    RunJournal journal;
    RunUserBook users;
    RunTracking tracking;
    RunProgressCoalescer progress;

    bool running = false;
    bool finished = false;        // finish() ran: finished() is out, or follows its journal line
    bool cancelRequested = false;
    bool stopping = false;        // the run ends, resumably, once nothing is in flight
    std::optional<ApiError> stopError; // the first reason for stopping
    QStringList decisiveTrackingIds;   // of permanent user failures (at most 20)

    void stopWith(const ApiError &error)
    {
        if (!stopError)
            stopError = error;
        stopping = true;
    }

    static ApiError localError(const QString &message)
    {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.message = message;
        return e;
    }

    // A client callback that does nothing once the runner is gone: the client is not owned and
    // may outlive the runner, so an answer (or its decoding on the worker) can complete after the
    // runner was destroyed.
    template <typename T, typename F>
    ApiClient::Callback<T> whileAlive(F f) const
    {
        return [guard = QPointer<QObject>(owner), f = std::move(f)](const Result<T> &r) {
            if (guard)
                f(r);
        };
    }
};

} // namespace wod::net
