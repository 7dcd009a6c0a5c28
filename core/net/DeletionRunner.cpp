#include "DeletionRunner.h"

#include "ApiClient.h"
#include "BackgroundTask.h"
#include "ConflictParser.h"
#include "EligibilityPolicy.h"
#include "Journal.h"
#include "JournalWriter.h"
#include "Receipt.h"
#include "ScimBulkAnswer.h"
#include "SnapshotLoader.h"
#include "WebexId.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <deque>
#include <future>
#include <optional>

Q_LOGGING_CATEGORY(lcNetRunner, "wod.net.runner")

namespace wod::net {

namespace {

// A user whose operation failed transiently (after the client's own retries) is put back in the
// queue this many times before the run stops: 404 makes a repeat harmless, but a server that keeps
// failing should end the run, resumably, instead of spinning.
constexpr int kMaxAttemptsPerUser = 4;
constexpr int kMaxOrgDeleteAttempts = 3;

bool isFatal(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::Insecure:
    case ApiError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

// Errors worth trying again on the same user (the server's fault injection guarantees that a
// failed request changed nothing; a reset after the effect answers 404 next time).
bool isRetryable(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::Malformed:
        return true;
    default:
        return false;
    }
}

// The person id inside a request path such as "people/{id}" or ".../people/{id}/convert".
QString personIdInPath(const QString &path)
{
    const qsizetype at = path.lastIndexOf(QLatin1String("people/"));
    if (at < 0)
        return {};
    const qsizetype start = at + 7;
    qsizetype end = path.indexOf(QLatin1Char('/'), start);
    if (end < 0)
        end = path.indexOf(QLatin1Char('?'), start);
    return end < 0 ? path.mid(start) : path.mid(start, end - start);
}

} // namespace

class DeletionRunner::Private
{
public:
    // Per user, parallel to plan.users: what the receipt says (outcome, tracking id, error)
    // and the run's own bookkeeping, apart so the receipt shares the first instead of copying it.
    struct UserRun
    {
        quint8 attempts = 0;
        bool recorded = false; // a line for this user is waiting in the group commit
    };

    DeletionRunner *q;
    ApiClient *client;
    RunnerOptions options;

    bool running = false;
    bool finishedEmitted = false; // finish() ran: finished() is out, or follows its journal line
    RunPhase phase = RunPhase::Verifying;
    DeletionPlan plan;
    JournalWriter journal;
    QDateTime startedAt;
    bool resumed = false;
    bool orgDeleteSentBefore = false; // a previous run sent the org DELETE

    QList<ReceiptUser> userStates;
    QList<UserRun> userRuns;
    std::deque<qsizetype> queue;
    int inFlight = 0;
    bool bulkAvailable = true;
    // Users whose Bulk answer was lost (or did not name them): the deletion may have happened.
    // They wait here until a re-read of the organization's people says which still exist.
    QList<qsizetype> uncertain;
    bool rereadRunning = false;
    ApiError uncertainCause; // why the last answer was lost, should a user be given up
    QString notice;       // shown with the progress, e.g. that Bulk fell back to one by one
    int gaveUpUsers = 0;  // users given up after kMaxAttemptsPerUser (logged once, summarised)
    ApiError gaveUpError;
    // The probe (#17): the organization's DELETE sent before any user is touched, when a check
    // of the confirmed verdict is unknown; it must answer 409 naming only multiple_users.
    bool probeNeeded = false;
    bool probeInFlight = false; // from its journal line until its answer is handled
    int probeAttempts = 0;
    int probeStatus = 0;
    bool probePassed = false;
    bool blockedAtProbe = false;
    bool deletedAtProbe = false;
    QString probeTrackingId;
    int handled = 0;
    int failed = 0;
    int handledAtPhaseStart = 0;
    bool stopping = false;
    std::optional<ApiError> stopError;
    QString stopMessage;
    bool cancelRequested = false;
    bool orgDeleteSent = false;
    int orgDeleteAttempts = 0;
    int orgDeleteStatus = 0;
    QString orgDeleteTrackingId;

    // Group commit: records of finished operations wait here for one write + fsync; users are
    // counted only once their record is durable.
    QList<QJsonObject> pendingRecords;
    QList<std::pair<qsizetype, UserOutcome>> pendingApply;
    bool flushScheduled = false;
    // The fsync of a written batch runs on a worker so the event loop keeps answering replies;
    // at most one is in flight, the next batch gathers meanwhile.
    bool syncInFlight = false;
    // The last journal task queued (onJournalWorker); each waits for the one before.
    std::future<void> syncTask;

    QElapsedTimer runClock;
    QElapsedTimer phaseClock;
    QElapsedTimer confirmClock;
    qint64 lastProgressAt = -1;
    QTimer progressTimer;
    QString currentItem;
    QStringList decisiveTrackingIds;

    QHash<QString, QString> trackingByPerson; // person id -> TrackingID of its last request
    QString lastBulkTrackingId;
    QString lastOrgTrackingId;
    QPointer<SnapshotLoader> loader;
    QMetaObject::Connection trackingConnection;

    Private(DeletionRunner *owner, ApiClient *c, const RunnerOptions &o)
        : q(owner), client(c), options(o)
    {
        options.bulkSize = std::clamp(options.bulkSize, 1, ApiClient::kMaxScimBulkOperations);
        options.userConcurrency = std::max(1, options.userConcurrency);
        progressTimer.setSingleShot(true);
        QObject::connect(&progressTimer, &QTimer::timeout, q, [this] { emitProgress(true); });
    }

    ~Private()
    {
        if (syncTask.valid())
            syncTask.wait();
    }

    // A client callback that does nothing once the runner is gone: the client is not owned and
    // may outlive the runner, so an answer (or its decoding on the worker) can complete after
    // the runner was destroyed.
    template <typename T, typename F>
    ApiClient::Callback<T> whileAlive(F f) const
    {
        return [guard = QPointer<DeletionRunner>(q), f = std::move(f)](const Result<T> &r) {
            if (guard)
                f(r);
        };
    }

    // ---- lifecycle ----

    void begin()
    {
        running = true;
        finishedEmitted = false;
        runClock.start();
        startedAt = QDateTime::currentDateTimeUtc();
        // The client reports every attempt with its TrackingID; success callbacks do not carry
        // it, so the receipt's tracking ids come from here.
        trackingConnection = QObject::connect(
            client, &ApiClient::requestFinished, q,
            [this](const QString &method, const QString &path, int, const QString &trackingId,
                   qint64) {
                if (path.contains(QLatin1String("/Bulk")))
                    lastBulkTrackingId = trackingId;
                else if (path.contains(QLatin1String("people/")))
                    trackingByPerson.insert(personIdInPath(path), trackingId);
                else if (path.contains(QLatin1String("organizations/"))
                         && method == QLatin1String("DELETE"))
                    lastOrgTrackingId = trackingId;
            });
        setPhase(RunPhase::Verifying);
    }

    void setPhase(RunPhase p)
    {
        phase = p;
        phaseClock.start();
        handledAtPhaseStart = handled;
        emitProgress(true);
    }

    RunProgress progressNow() const
    {
        RunProgress p;
        p.phase = phase;
        p.notice = notice;
        p.elapsedMs = runClock.isValid() ? runClock.elapsed() : 0;
        p.currentItem = currentItem;
        switch (phase) {
        case RunPhase::Users: {
            p.total = int(userStates.size());
            p.done = handled;
            p.failed = failed;
            const int doneHere = handled - handledAtPhaseStart;
            const int left = p.total - p.done - p.failed;
            if (doneHere > 0 && left >= 0)
                p.etaMs = qint64(double(phaseClock.elapsed()) / doneHere * left);
            break;
        }
        case RunPhase::Organization:
        case RunPhase::Confirming:
            p.total = 1;
            p.currentItem = plan.orgDisplayName;
            break;
        case RunPhase::Done:
            p.total = 1;
            p.done = 1;
            p.etaMs = 0;
            break;
        case RunPhase::Verifying:
            p.total = 1;
            p.currentItem = plan.orgDisplayName;
            break;
        }
        return p;
    }

    // Coalesces progress: at most one event per progressIntervalMs, and one at once when `force`
    // (phase changes, the end), so 10,000 users never mean 10,000 UI updates.
    void emitProgress(bool force)
    {
        const qint64 now = runClock.isValid() ? runClock.elapsed() : 0;
        const qint64 wait = lastProgressAt < 0 ? 0 : lastProgressAt + options.progressIntervalMs - now;
        if (!force && wait > 0) {
            if (!progressTimer.isActive())
                progressTimer.start(int(wait));
            return;
        }
        progressTimer.stop();
        lastProgressAt = now;
        emit q->progress(progressNow());
    }

    // Journal I/O off this thread, in order: each task waits for the one queued before it, so
    // lines land in the order they were queued. ~Private waits for the last one before the file
    // closes; a task's result reaches the runner by a queued call, dropped if it is destroyed.
    void onJournalWorker(std::function<void()> work)
    {
        syncTask = std::async(std::launch::async,
                              [previous = std::move(syncTask), work = std::move(work)]() mutable {
                                  if (previous.valid())
                                      previous.get(); // waits and lets go: no chain builds up
                                  work();
                              });
    }

    // Appends `records` (each with "at") and fsyncs on the journal worker, then runs
    // `then(ok, error)` on this thread (when given). Nothing is counted before `then`.
    void journalAsync(const QList<QJsonObject> &records,
                      std::function<void(bool ok, const QString &error)> then)
    {
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString path = journal.path();
        const int fd = journal.descriptor();
        onJournalWorker([runner = q, fd, at, path, records, then = std::move(then)] {
            QString error;
            bool ok = JournalWriter::writeDescriptor(fd, JournalWriter::lines(records, at), path,
                                                     &error);
            if (ok && !JournalWriter::syncDescriptor(fd)) {
                ok = false;
                error = tr("cannot write the journal %1: fsync failed").arg(path);
            }
            if (!ok)
                qCWarning(lcNetRunner) << "journal write failed:" << error;
            if (then)
                QMetaObject::invokeMethod(
                    runner, [then, ok, error] { then(ok, error); }, Qt::QueuedConnection);
        });
    }

    bool writeJournal(const QList<QJsonObject> &records)
    {
        QString error;
        if (journal.append(records, &error))
            return true;
        qCWarning(lcNetRunner) << "journal write failed:" << error;
        stopWith(localError(error));
        return false;
    }

    static ApiError localError(const QString &message)
    {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.message = message;
        return e;
    }

    void stopWith(const ApiError &error)
    {
        if (!stopError)
            stopError = error;
        stopping = true;
    }

    // start() without a journal path: fails on the next event-loop turn. True when it did.
    bool failWithoutJournalPath()
    {
        if (!options.journalPath.isEmpty())
            return false;
        RunOutcome o = baseOutcome(RunOutcome::Status::Failed);
        o.error = localError(tr("no journal path was given"));
        o.message = o.error.message;
        QTimer::singleShot(0, q, [this, o] { finish(o, false); });
        return true;
    }

    // ---- step 1: verify ----

    void verify()
    {
        loader = new SnapshotLoader(client, q);
        loader->setKnownUsers(plan.users); // the re-read shares the plan's strings
        QObject::connect(loader, &SnapshotLoader::loaded, q, [this](const OrgSnapshot &snapshot) {
            loader->deleteLater();
            if (!cancelRequested)
                checkSnapshot(snapshot);
        });
        QObject::connect(loader, &SnapshotLoader::failed, q, [this](const ApiError &error) {
            loader->deleteLater();
            if (cancelRequested)
                return;
            RunOutcome o = baseOutcome(RunOutcome::Status::Failed);
            o.error = error;
            o.message = tr("Could not re-read the organization before deleting it; nothing was "
                           "done: %1")
                            .arg(error.message);
            o.trackingIds = nonEmpty({error.trackingId});
            finish(o, false);
        });
        loader->load(plan.orgId);
    }

    // What the re-read says about the plan, worked out on the worker.
    struct SnapshotCheck
    {
        bool unchanged = false;
        Verdict verdict;
        QString change; // when changed: what, for the admin
    };

    // Evaluating and fingerprinting a large organization (sorting every user) takes a while:
    // done on the BackgroundTask worker with its own (shared) copies of the snapshot and the plan,
    // which are dropped there, so a 100,000-user organization is not held twice while the
    // journal's plan line is written.
    void checkSnapshot(const OrgSnapshot &snapshot)
    {
        BackgroundTask::run<SnapshotCheck>(
            q,
            [snapshot, plan = plan] {
                SnapshotCheck check;
                check.verdict = EligibilityPolicy::evaluate(snapshot);
                check.unchanged =
                    DeletionPlan::fingerprintOf(snapshot, check.verdict) == plan.fingerprint;
                if (!check.unchanged)
                    check.change = describeChange(plan, snapshot, check.verdict);
                return check;
            },
            [this](SnapshotCheck &&check) {
                if (!cancelRequested && !finishedEmitted)
                    onVerified(check);
            });
    }

    void onVerified(const SnapshotCheck &check)
    {
        if (!check.unchanged) {
            RunOutcome o = baseOutcome(RunOutcome::Status::Changed);
            o.blockers = check.verdict.blockers;
            o.message = check.change;
            finish(o, false);
            return;
        }
        if (!check.verdict.eligible) {
            // The admin confirmed a plan with blockers: converting users of an organization that
            // cannot be deleted would only do harm. Nothing is done.
            RunOutcome o = baseOutcome(RunOutcome::Status::Blocked);
            o.blockers = check.verdict.blockers;
            o.message = tr("The organization cannot be deleted yet; no user was changed.");
            finish(o, false);
            return;
        }
        // Four of the six 409 conditions cannot be read through the public API: ask the server
        // itself, while every user still exists, before touching any of them.
        probeNeeded = !check.verdict.unknown.isEmpty() && !plan.users.isEmpty();
        journalPlanAndBeginUsers();
    }

    void journalPlanAndBeginUsers()
    {
        if (QFileInfo(options.journalPath).size() > 0) {
            RunOutcome o = baseOutcome(RunOutcome::Status::Failed);
            o.error = localError(tr("the journal %1 already exists: resume it instead")
                                     .arg(options.journalPath));
            o.message = o.error.message;
            finish(o, false);
            return;
        }
        QString error;
        if (!journal.open(options.journalPath, &error)) {
            RunOutcome o = baseOutcome(RunOutcome::Status::Failed);
            o.error = localError(error);
            o.message = tr("Could not write the journal; nothing was done: %1").arg(error);
            finish(o, false);
            return;
        }
        // The plan line (every user's id and email, about 1 MB for 10,000 users) is serialized,
        // written and fsync'd on a worker like the group commit; the users start once it is
        // durable (onPlanJournaled). Nothing else writes the journal meanwhile: syncInFlight holds
        // back cancel()'s finish, and ~Private waits for the task before the file closes.
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString path = journal.path();
        const int fd = journal.descriptor();
        syncInFlight = true;
        onJournalWorker([runner = q, this, fd, at, path, plan = plan] {
            QString writeError;
            const QByteArray line = JournalWriter::planLine(plan, at, path, &writeError);
            bool ok = !line.isEmpty() && JournalWriter::writeDescriptor(fd, line, path, &writeError);
            if (ok && !JournalWriter::syncDescriptor(fd)) {
                ok = false;
                writeError = tr("cannot write the journal %1: fsync failed").arg(path);
            }
            QMetaObject::invokeMethod(
                runner, [this, ok, writeError] { onPlanJournaled(ok, writeError); },
                Qt::QueuedConnection);
        });
    }

    void onPlanJournaled(bool ok, const QString &error)
    {
        syncInFlight = false;
        if (!ok) {
            qCWarning(lcNetRunner) << "journal write failed:" << error;
            stopWith(localError(error));
            finishStopped();
            return;
        }
        if (cancelRequested) {
            finishCancelled();
            return;
        }
        setupSlots({});
        if (probeNeeded)
            probeOrganization();
        else
            beginUsers();
    }

    // ---- step 2b: the probe (#17) ----

    // Sends the organization's DELETE while the users exist. Durable before it leaves (a crash
    // right after resumes by probing again: a passed probe is never repeated).
    void probeOrganization()
    {
        probeInFlight = true;
        currentItem = plan.orgDisplayName;
        qCInfo(lcNetRunner) << "probing: the organization's DELETE first, while its users exist";
        journalAsync({QJsonObject{{QStringLiteral("type"), QStringLiteral("probe_sent")}}},
                     [this](bool ok, const QString &error) {
                         if (finishedEmitted)
                             return;
                         if (!ok) {
                             probeInFlight = false;
                             stopWith(localError(error));
                             finishStopped();
                             return;
                         }
                         if (cancelRequested) {
                             probeInFlight = false;
                             finishCancelled();
                             return;
                         }
                         sendProbe();
                     });
    }

    void sendProbe()
    {
        ++probeAttempts;
        client->deleteOrganization(
            plan.orgId, whileAlive<std::monostate>([this](const Result<std::monostate> &r) {
            if (finishedEmitted)
                return;
            if (std::holds_alternative<std::monostate>(r)) {
                onProbeDeletedOrg(204, lastOrgTrackingId);
                return;
            }
            const ApiError &e = std::get<ApiError>(r);
            if (e.kind == ApiError::Kind::Conflict) {
                onProbeConflict(e);
                return;
            }
            if (e.kind == ApiError::Kind::NotFound && probeAttempts > 1) {
                // An earlier probe whose answer was lost deleted the organization.
                onProbeDeletedOrg(404, e.trackingId);
                return;
            }
            if (isRetryable(e.kind) && probeAttempts < kMaxOrgDeleteAttempts) {
                QTimer::singleShot(1000, q, [this] {
                    if (!finishedEmitted)
                        sendProbe();
                });
                return;
            }
            probeInFlight = false;
            journalAsync({QJsonObject{{QStringLiteral("type"), QStringLiteral("probe")},
                                      {QStringLiteral("status"), e.httpStatus},
                                      {QStringLiteral("passed"), false},
                                      {QStringLiteral("trackingId"), e.trackingId},
                                      {QStringLiteral("error"), e.toString()}}},
                         nullptr);
            RunOutcome o = baseOutcome(RunOutcome::Status::Failed);
            o.error = e;
            o.trackingIds = nonEmpty({e.trackingId});
            o.message = tr("Could not ask Cisco whether the organization can be deleted: %1. No "
                           "user was changed. Resume to try again.")
                            .arg(e.message);
            finish(o, true);
        }));
    }

    void onProbeConflict(const ApiError &e)
    {
        QString parseError;
        const auto report = ConflictParser::parse(e.body, &parseError);
        QList<Blocker> blockers;
        if (report)
            blockers = report->blockers;
        else
            blockers.append(Blocker{BlockerCode::Unknown, e.message, {}, {}});
        QList<Blocker> others;
        QJsonArray codes;
        for (const Blocker &b : std::as_const(blockers)) {
            codes.append(toWireName(b.code));
            if (b.code != BlockerCode::MultipleUsers)
                others.append(b);
        }
        probeStatus = 409;
        probeTrackingId = e.trackingId.isEmpty() && report ? report->trackingId : e.trackingId;
        // Passed only when the users are the one thing named: with more than one user the
        // server must name them, so a 409 without them is not understood and stops the run.
        probePassed = others.isEmpty() && codes.contains(toWireName(BlockerCode::MultipleUsers));
        journalAsync({QJsonObject{{QStringLiteral("type"), QStringLiteral("probe")},
                                  {QStringLiteral("status"), 409},
                                  {QStringLiteral("passed"), probePassed},
                                  {QStringLiteral("blockers"), codes},
                                  {QStringLiteral("trackingId"), probeTrackingId}}},
                     [this, others, blockers, e](bool ok, const QString &error) {
                         probeInFlight = false;
                         if (finishedEmitted)
                             return;
                         if (!probePassed) {
                             RunOutcome o = baseOutcome(RunOutcome::Status::Blocked);
                             o.blockers = others.isEmpty() ? blockers : others;
                             o.blockedAtProbe = true;
                             o.error = e;
                             o.trackingIds = nonEmpty({probeTrackingId});
                             QStringList what;
                             for (const Blocker &b : std::as_const(o.blockers))
                                 what << b.message;
                             o.message = tr("Cisco will not delete the organization yet: %1 No "
                                            "user was converted or deleted; nothing was changed.")
                                             .arg(what.join(QLatin1Char(' ')));
                             finish(o, true);
                             return;
                         }
                         if (!ok) {
                             stopWith(localError(error));
                             finishStopped();
                             return;
                         }
                         if (cancelRequested) {
                             finishCancelled();
                             return;
                         }
                         qCInfo(lcNetRunner) << "probe passed: only the users block the deletion";
                         beginUsers();
                     });
    }

    // The server deleted the organization at the probe although users exist: say exactly that,
    // and confirm it is gone. Journaled as the organization's DELETE too, so a resume of this
    // journal touches no user.
    void onProbeDeletedOrg(int status, const QString &trackingId)
    {
        probeInFlight = false;
        probeStatus = status;
        probeTrackingId = trackingId;
        deletedAtProbe = true;
        orgDeleteSent = true;
        orgDeleteStatus = status;
        orgDeleteTrackingId = trackingId;
        qCWarning(lcNetRunner) << "the probe deleted the organization although users exist";
        journalAsync({QJsonObject{{QStringLiteral("type"), QStringLiteral("probe")},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("passed"), false},
                                  {QStringLiteral("trackingId"), trackingId}},
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("org_delete")},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("trackingId"), trackingId}}},
                     [this](bool, const QString &) {
                         setPhase(RunPhase::Confirming);
                         confirmClock.start();
                         pollOrganization();
                     });
    }

    // Any thread: reads only its arguments.
    static QString describeChange(const DeletionPlan &plan, const OrgSnapshot &s,
                                  const Verdict &verdict)
    {
        QStringList what;
        if (s.orgId != plan.orgId)
            what << tr("it is a different organization");
        if (s.orgDisplayName != plan.orgDisplayName)
            what << tr("its name changed from \"%1\" to \"%2\"").arg(plan.orgDisplayName,
                                                                    s.orgDisplayName);
        if (s.actor.id != plan.actorId
            || s.actor.email.compare(plan.actorEmail, Qt::CaseInsensitive) != 0)
            what << tr("you are signed in as %1, not %2").arg(s.actor.email, plan.actorEmail);
        QSet<QString> before;
        before.reserve(plan.users.size());
        for (const Person &p : plan.users)
            before.insert(p.id + QLatin1Char('|') + p.email.toLower());
        QStringList added;
        int addedCount = 0;
        QSet<QString> now;
        const QList<Person> current = s.usersToHandle();
        now.reserve(current.size());
        for (const Person &p : current) {
            const QString key = p.id + QLatin1Char('|') + p.email.toLower();
            now.insert(key);
            if (!before.contains(key)) {
                ++addedCount;
                if (added.size() < 3)
                    added << p.email;
            }
        }
        QStringList removed;
        int removedCount = 0;
        for (const Person &p : plan.users) {
            if (!now.contains(p.id + QLatin1Char('|') + p.email.toLower())) {
                ++removedCount;
                if (removed.size() < 3)
                    removed << p.email;
            }
        }
        if (addedCount > 0)
            what << tr("%n user(s) joined (%1)", nullptr, addedCount)
                        .arg(added.join(QStringLiteral(", ")));
        if (removedCount > 0)
            what << tr("%n user(s) left (%1)", nullptr, removedCount)
                        .arg(removed.join(QStringLiteral(", ")));
        if (what.isEmpty()) {
            QStringList codes;
            for (const Blocker &b : verdict.blockers)
                codes << toWireName(b.code);
            what << (codes.isEmpty() ? tr("its blockers changed (now none)")
                                     : tr("its blockers changed (now: %1)")
                                           .arg(codes.join(QStringLiteral(", "))));
        }
        return tr("The organization changed since you confirmed: %1. Nothing was done; check it "
                  "again.")
            .arg(what.join(QStringLiteral("; ")));
    }

    // ---- resume ----

    void resumeFrom(const QString &path)
    {
        QString error;
        const auto summary = Journal::read(path, &error);
        if (!summary) {
            RunOutcome o = baseOutcome(RunOutcome::Status::Failed);
            o.error = localError(error);
            o.error.kind = ApiError::Kind::Malformed;
            o.message = tr("Cannot resume: %1").arg(error);
            finish(o, false);
            return;
        }
        plan = summary->plan;
        options.journalPath = path;
        resumed = true;
        orgDeleteSentBefore = summary->orgDeleteSent;
        orgDeleteStatus = summary->orgDeleteStatus;
        orgDeleteTrackingId = summary->orgDeleteTrackingId;
        probeStatus = summary->probeStatus;
        probePassed = summary->probePassed;
        deletedAtProbe = summary->probeStatus == 204;
        setupSlots(summary->userRecords);
        if (!summary->isPending()) {
            RunOutcome o = baseOutcome(summary->finalStatus == QLatin1String("deleted")
                                           ? RunOutcome::Status::Deleted
                                           : RunOutcome::Status::Changed);
            o.confirmed = summary->finalStatus == QLatin1String("deleted");
            o.journalPath = path;
            o.message = tr("This run already finished (%1); there is nothing to resume.")
                            .arg(summary->finalStatus);
            finish(o, false);
            return;
        }
        if (!journal.open(path, &error)) {
            RunOutcome o = baseOutcome(RunOutcome::Status::Failed);
            o.error = localError(error);
            o.message = tr("Could not write the journal: %1").arg(error);
            finish(o, true);
            return;
        }
        // The same admin must continue: the token may have been renewed, but never for somebody
        // else, or the plan's "everyone but the acting admin" would no longer hold.
        client->me(whileAlive<ApiPerson>([this](const Result<ApiPerson> &result) {
            if (finishedEmitted)
                return;
            if (const auto *e = std::get_if<ApiError>(&result)) {
                RunOutcome o = baseOutcome(RunOutcome::Status::Failed);
                o.error = *e;
                o.message = tr("Could not resume: %1").arg(e->message);
                o.trackingIds = nonEmpty({e->trackingId});
                finish(o, true);
                return;
            }
            const ApiPerson &me = std::get<ApiPerson>(result);
            if (!plan.actorId.isEmpty() && me.id != plan.actorId) {
                RunOutcome o = baseOutcome(RunOutcome::Status::Changed);
                o.message = tr("This run was started by %1, but the token belongs to %2; "
                               "nothing was done.")
                                .arg(plan.actorEmail, me.email());
                finish(o, true);
                return;
            }
            if (cancelRequested) {
                finishCancelled();
                return;
            }
            if (!writeJournal({QJsonObject{{QStringLiteral("type"), QStringLiteral("resumed")}}})) {
                finishStopped();
                return;
            }
            if (orgDeleteSentBefore && (handled == userStates.size() || deletedAtProbe)) {
                deleteOrganization();
            } else if (!probePassed && handled == 0 && !orgDeleteSentBefore
                       && !plan.users.isEmpty()) {
                // No user touched yet and no passed probe in the journal (its probe was not
                // answered, was blocked, or the run stopped before it): probe (again) first.
                // Safe whatever the checks: with users in it the organization must answer 409.
                probeOrganization();
            } else {
                beginUsers();
            }
        }));
    }

    void setupSlots(const QHash<QString, JournalUserRecord> &records)
    {
        userStates.clear();
        userStates.resize(plan.users.size());
        userRuns.clear();
        userRuns.resize(plan.users.size());
        handled = 0;
        failed = 0;
        for (qsizetype i = 0; i < plan.users.size(); ++i) {
            const auto it = records.constFind(plan.users.at(i).id);
            if (it != records.constEnd() && it->isHandled()) {
                userStates[i].outcome = userOutcomeFromWire(it->outcome);
                userStates[i].trackingId = it->trackingId;
                ++handled;
            }
        }
    }

    // ---- step 3: users ----

    void beginUsers()
    {
        setPhase(RunPhase::Users);
        queue.clear();
        for (qsizetype i = 0; i < userStates.size(); ++i) {
            if (userStates.at(i).outcome == UserOutcome::Pending)
                queue.push_back(i);
        }
        bulkAvailable = options.useScimBulk;
        pump();
    }

    void pump()
    {
        if (!uncertain.isEmpty() && !rereadRunning && !stopping && !cancelRequested)
            rereadUncertain();
        while (!stopping && !cancelRequested && inFlight < options.userConcurrency
               && !queue.empty()) {
            if (plan.disposition == UserDisposition::Convert)
                convertOne();
            else if (bulkAvailable)
                deleteBulk();
            else
                deleteOne();
        }
        checkUsersDone();
    }

    qsizetype takeNext()
    {
        const qsizetype i = queue.front();
        queue.pop_front();
        ++userRuns[i].attempts;
        return i;
    }

    void convertOne()
    {
        const qsizetype i = takeNext();
        ++inFlight;
        const QString id = plan.users.at(i).id;
        client->convertPerson(plan.orgId, id,
                              whileAlive<ConvertResult>([this, i, id](const Result<ConvertResult> &r) {
            --inFlight;
            if (std::holds_alternative<ConvertResult>(r))
                recordUser(i, UserOutcome::Converted, trackingByPerson.take(id), {});
            else
                onUserError(i, std::get<ApiError>(r));
            pump();
        }));
    }

    void deleteOne()
    {
        const qsizetype i = takeNext();
        ++inFlight;
        const QString id = plan.users.at(i).id;
        client->deletePerson(id,
                             whileAlive<std::monostate>([this, i, id](const Result<std::monostate> &r) {
            --inFlight;
            if (std::holds_alternative<std::monostate>(r))
                recordUser(i, UserOutcome::Deleted, trackingByPerson.take(id), {});
            else
                onUserError(i, std::get<ApiError>(r));
            pump();
        }));
    }

    void deleteBulk()
    {
        QList<qsizetype> chunk;
        QStringList uuids;
        while (!queue.empty() && chunk.size() < options.bulkSize) {
            const qsizetype i = takeNext();
            chunk.append(i);
            uuids.append(WebexId::toUuid(plan.users.at(i).id));
        }
        ++inFlight;
        const QString orgUuid = WebexId::toUuid(plan.orgId);
        client->scimBulkDelete(
            orgUuid, uuids,
            whileAlive<ScimBulkResult>([this, chunk, uuids](const Result<ScimBulkResult> &r) {
            --inFlight;
            onBulkAnswer(chunk, uuids, r);
            pump();
        }));
    }

    // `uuids` parallel to `chunk`: SCIM answers name users by uuid. Looked up per request, not
    // in an index of every user (100,000 uuids would cost ~15 MB for the whole run).
    void onBulkAnswer(const QList<qsizetype> &chunk, const QStringList &uuids,
                      const Result<ScimBulkResult> &r)
    {
        if (const auto *e = std::get_if<ApiError>(&r)) {
            onBulkRefused(chunk, *e);
            return;
        }
        const QString trackingId = lastBulkTrackingId;
        QHash<QString, qsizetype> indexByUuid;
        indexByUuid.reserve(chunk.size());
        for (qsizetype k = 0; k < chunk.size(); ++k)
            indexByUuid.insert(uuids.at(k).toLower(), chunk.at(k));
        // RFC 7644 3.7.3 guarantees `location` (the resource URL, ending with the user's id);
        // bulkId and path are echoes some servers add.
        const auto indexOf = [&](const ScimBulkOperationResult &op) -> qsizetype {
            for (const QString &key : {ScimBulkAnswer::userUuidOf(op), op.bulkId, op.userUuid}) {
                if (key.isEmpty())
                    continue;
                const auto it = indexByUuid.constFind(key.toLower());
                if (it != indexByUuid.constEnd())
                    return *it;
            }
            return -1;
        };
        QSet<qsizetype> answered;
        for (const ScimBulkOperationResult &op : std::get<ScimBulkResult>(r).operations) {
            const qsizetype i = indexOf(op);
            if (i < 0 || answered.contains(i))
                continue;
            answered.insert(i);
            if (op.status == 204 || op.status == 200) {
                recordUser(i, UserOutcome::Deleted, trackingId, {});
            } else if (op.status == 404) {
                recordUser(i, UserOutcome::Gone, trackingId, {});
            } else {
                ApiError e;
                e.httpStatus = op.status;
                e.trackingId = trackingId;
                e.kind = op.status == 403   ? ApiError::Kind::Forbidden
                    : op.status == 409      ? ApiError::Kind::Conflict
                    : op.status == 401      ? ApiError::Kind::Unauthorized
                    : op.status >= 500      ? ApiError::Kind::Server
                    : op.status == 429      ? ApiError::Kind::RateLimited
                                            : ApiError::Kind::Malformed;
                e.message = op.detail.isEmpty()
                    ? tr("SCIM Bulk answered %1 for this user").arg(op.status)
                    : tr("SCIM Bulk answered %1 for this user: %2").arg(op.status).arg(op.detail);
                // A refusal of this one user is permanent: its SCIM detail goes to the receipt.
                if (e.kind == ApiError::Kind::Malformed || e.kind == ApiError::Kind::Forbidden)
                    e.kind = ApiError::Kind::Conflict;
                onUserError(i, e);
            }
        }
        // An operation the answer does not name (e.g. the server stopped at failOnErrors) may or
        // may not have happened: re-read before sending it again.
        for (qsizetype i : chunk) {
            if (!answered.contains(i)) {
                uncertain.append(i);
                uncertainCause = localError(tr("SCIM Bulk did not answer for this user"));
            }
        }
    }

    // The whole Bulk request failed.
    void onBulkRefused(const QList<qsizetype> &chunk, const ApiError &e)
    {
        const bool refused = e.kind == ApiError::Kind::NotFound
            || e.kind == ApiError::Kind::Forbidden || e.httpStatus == 400;
        if (refused) {
            fallBackToPublicApi(chunk, e);
            return;
        }
        if (e.kind == ApiError::Kind::Unauthorized) {
            // A 401 from the identity service is either the token (expired or revoked: the run
            // stops as for any 401 and the token is renewed) or this token not being good for
            // SCIM. Ask the public API with the same token: if it still answers, only Bulk was
            // refused.
            ++inFlight;
            client->me(whileAlive<ApiPerson>([this, chunk, e](const Result<ApiPerson> &me) {
                --inFlight;
                if (std::holds_alternative<ApiPerson>(me)) {
                    fallBackToPublicApi(chunk, e);
                } else {
                    for (qsizetype i : chunk)
                        onUserError(i, e);
                }
                pump();
            }));
            return;
        }
        if (isRetryable(e.kind)) {
            // The answer was lost (reset, timeout, 5xx, garbage): the deletions may have happened.
            uncertain.append(chunk);
            uncertainCause = e;
            return;
        }
        for (qsizetype i : chunk)
            onUserError(i, e);
    }

    // Bulk is not offered to this token (404, 403, 401 with a token the public API accepts) or
    // the server rejects its body (400): the same users go one by one through the public
    // DELETE /v1/people/{id}, first in line. Said once, in the log and with the progress.
    void fallBackToPublicApi(const QList<qsizetype> &chunk, const ApiError &e)
    {
        if (bulkAvailable) {
            bulkAvailable = false;
            qCInfo(lcNetRunner).noquote()
                << "SCIM Bulk refused (" << e.toString() << "); deleting users one by one";
            notice = e.httpStatus > 0
                ? tr("SCIM Bulk was refused (HTTP %1); deleting the users one by one.")
                      .arg(e.httpStatus)
                : tr("SCIM Bulk is not available; deleting the users one by one.");
            emitProgress(true);
        }
        for (auto it = chunk.crbegin(); it != chunk.crend(); ++it) {
            --userRuns[*it].attempts;
            queue.push_front(*it);
        }
    }

    // Which uncertain users still exist: one walk of the organization's people (1,000 a page),
    // keeping only the ids asked about. Gone ones count as deleted (the lost answer was for
    // their deletion); the others are sent again.
    void rereadUncertain()
    {
        rereadRunning = true;
        const QList<qsizetype> asked = std::exchange(uncertain, {});
        auto wanted = std::make_shared<QHash<QString, qsizetype>>();
        wanted->reserve(asked.size());
        for (qsizetype i : asked)
            wanted->insert(plan.users.at(i).id, i);
        auto present = std::make_shared<QSet<qsizetype>>();
        qCInfo(lcNetRunner) << "re-reading the people to learn which of" << asked.size()
                            << "users with a lost SCIM Bulk answer still exist";
        client->peoplePages(
            1000,
            [guard = QPointer<DeletionRunner>(q), wanted, present](QList<ApiPerson> &&people) {
                if (!guard)
                    return;
                for (const ApiPerson &p : people) {
                    const auto it = wanted->constFind(p.id);
                    if (it != wanted->constEnd())
                        present->insert(*it);
                }
            },
            [guard = QPointer<DeletionRunner>(q), this, asked, present](const Result<std::monostate> &r) {
                if (!guard)
                    return;
                rereadRunning = false;
                if (const auto *e = std::get_if<ApiError>(&r)) {
                    // Cannot tell: the run stops, resumably; the users stay pending.
                    stopWith(*e);
                    for (qsizetype i : asked)
                        queue.push_front(i);
                } else {
                    for (qsizetype i : asked) {
                        if (present->contains(i))
                            retryOrGiveUp(i, uncertainCause);
                        else
                            recordUser(i, UserOutcome::Deleted, lastBulkTrackingId, {});
                    }
                }
                pump();
            },
            plan.orgId);
    }

    void onUserError(qsizetype i, const ApiError &e)
    {
        const QString id = plan.users.at(i).id;
        trackingByPerson.remove(id);
        if (e.kind == ApiError::Kind::NotFound) {
            // Unknown or already gone (e.g. an earlier attempt took effect before a reset).
            recordUser(i, UserOutcome::Gone, e.trackingId, {});
            return;
        }
        if (isFatal(e.kind)) {
            if (e.kind != ApiError::Kind::Cancelled || !cancelRequested)
                stopWith(e);
            queue.push_front(i);
            return;
        }
        if (isRetryable(e.kind)) {
            retryOrGiveUp(i, e);
            return;
        }
        // A permanent refusal for this user (409 the actor, 400): record it; the organization's
        // DELETE will not be sent while it stands.
        recordUser(i, UserOutcome::Failed, e.trackingId, e.toString());
        if (!e.trackingId.isEmpty() && decisiveTrackingIds.size() < 20)
            decisiveTrackingIds.append(e.trackingId);
    }

    // A transient failure: the user goes to the back of the queue, or after kMaxAttemptsPerUser
    // attempts the run stops (resumably) with `e`.
    void retryOrGiveUp(qsizetype i, const ApiError &e)
    {
        if (userRuns.at(i).attempts < kMaxAttemptsPerUser) {
            queue.push_back(i);
            return;
        }
        // Logged once for the first user; finishStopped() says how many more.
        if (gaveUpUsers++ == 0) {
            gaveUpError = e;
            qCWarning(lcNetRunner) << "giving up on a user after" << userRuns.at(i).attempts
                                   << "attempts:" << e.toString();
        }
        stopWith(e);
        queue.push_front(i);
    }

    void recordUser(qsizetype i, UserOutcome outcome, const QString &trackingId,
                    const QString &error)
    {
        ReceiptUser &slot = userStates[i];
        if (userRuns.at(i).recorded || isHandledOutcome(slot.outcome))
            return;
        userRuns[i].recorded = true;
        const Person &p = plan.users.at(i);
        QJsonObject line{{QStringLiteral("type"), QStringLiteral("user")},
                         {QStringLiteral("id"), p.id},
                         {QStringLiteral("email"), p.email},
                         {QStringLiteral("outcome"), toWireName(outcome)}};
        if (!trackingId.isEmpty())
            line.insert(QStringLiteral("trackingId"), trackingId);
        if (!error.isEmpty())
            line.insert(QStringLiteral("error"), error);
        slot.trackingId = trackingId;
        slot.error = error;
        pendingRecords.append(line);
        pendingApply.append({i, outcome});
        if (!flushScheduled) {
            flushScheduled = true;
            QTimer::singleShot(0, q, [this] { flush(); });
        }
    }

    // Writes every waiting record with one fsync, then counts those users: a user is counted as
    // handled only once the journal says so durably.
    void flush()
    {
        flushScheduled = false;
        if (pendingRecords.isEmpty() || syncInFlight)
            return;
        QList<QJsonObject> records = std::exchange(pendingRecords, {});
        auto apply = std::exchange(pendingApply, {});
        // Serializing and writing happen on the worker with the fsync: at 10,000 users that JSON
        // is a few ms per burst the UI thread does not spend. Nothing else writes the journal
        // while syncInFlight (the users phase ends only after the last sync).
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString path = journal.path();
        syncInFlight = true;
        const int fd = journal.descriptor();
        onJournalWorker([this, fd, at, path, records = std::move(records),
                         apply = std::move(apply)]() mutable {
            QString writeError;
            const bool written = JournalWriter::writeDescriptor(fd, JournalWriter::lines(records, at),
                                                                path, &writeError);
            records.clear(); // released here, not on the UI thread
            const bool ok = written && JournalWriter::syncDescriptor(fd);
            QMetaObject::invokeMethod(
                q, [this, ok, writeError, apply = std::move(apply)] {
                    syncInFlight = false;
                    if (!ok)
                        stopWith(localError(!writeError.isEmpty()
                                                ? writeError
                                                : tr("cannot write the journal %1: fsync failed")
                                                      .arg(journal.path())));
                    applyDurable(apply, ok);
                    if (!pendingRecords.isEmpty())
                        flush();
                },
                Qt::QueuedConnection);
        });
    }

    void applyDurable(const QList<std::pair<qsizetype, UserOutcome>> &apply, bool ok)
    {
        for (const auto &[i, outcome] : apply) {
            userRuns[i].recorded = false;
            if (!ok) {
                queue.push_front(i);
                continue;
            }
            userStates[i].outcome = outcome;
            if (outcome == UserOutcome::Failed)
                ++failed;
            else
                ++handled;
            currentItem = plan.users.at(i).email;
        }
        emitProgress(false);
        pump();
    }

    void checkUsersDone()
    {
        if (phase != RunPhase::Users || finishedEmitted || inFlight > 0 || !pendingRecords.isEmpty()
            || flushScheduled || syncInFlight || rereadRunning)
            return;
        if (!uncertain.isEmpty() && !stopping && !cancelRequested)
            return; // a re-read starts with the next pump()
        // Stopped or cancelled with some still uncertain: they stay pending; a resume re-sends
        // them, and a user already gone then answers 404 (done).
        for (qsizetype i : std::exchange(uncertain, {}))
            queue.push_front(i);
        if (stopping) {
            finishStopped();
            return;
        }
        if (cancelRequested) {
            finishCancelled();
            return;
        }
        if (!queue.empty())
            return;
        if (failed > 0) {
            RunOutcome o = baseOutcome(RunOutcome::Status::Failed);
            o.error.kind = ApiError::Kind::Conflict;
            o.error.message = tr("%n user(s) could not be handled", nullptr, failed);
            o.message = tr("%n user(s) could not be converted or deleted; the organization was "
                           "not deleted. Resume to try them again.",
                           nullptr, failed);
            finish(o, true);
            return;
        }
        deleteOrganization();
    }

    // ---- steps 4 and 5: the organization ----

    void deleteOrganization()
    {
        if (cancelRequested) {
            finishCancelled();
            return;
        }
        if (phase != RunPhase::Organization)
            setPhase(RunPhase::Organization);
        if (orgDeleteSent) {
            sendOrgDelete();
            return;
        }
        // Durable before the request leaves: a crash right after must resume as "sent". A
        // cancel() while the line is written still stops the run before the DELETE.
        journalAsync({QJsonObject{{QStringLiteral("type"), QStringLiteral("org_delete_sent")}}},
                     [this](bool ok, const QString &error) {
                         if (!ok) {
                             stopWith(localError(error));
                             finishStopped();
                             return;
                         }
                         if (cancelRequested) {
                             finishCancelled();
                             return;
                         }
                         orgDeleteSent = true;
                         sendOrgDelete();
                     });
    }

    void sendOrgDelete()
    {
        ++orgDeleteAttempts;
        client->deleteOrganization(
            plan.orgId, whileAlive<std::monostate>([this](const Result<std::monostate> &r) {
            if (std::holds_alternative<std::monostate>(r)) {
                onOrgAccepted(204, lastOrgTrackingId);
                return;
            }
            const ApiError &e = std::get<ApiError>(r);
            if (e.kind == ApiError::Kind::NotFound && (orgDeleteSentBefore || orgDeleteAttempts > 1)) {
                // A DELETE sent earlier (before a crash or a lost answer) already took effect:
                // the organization is deleting or gone.
                onOrgAccepted(404, e.trackingId);
                return;
            }
            if (e.kind == ApiError::Kind::Conflict) {
                onOrgConflict(e);
                return;
            }
            if (isRetryable(e.kind) && orgDeleteAttempts < kMaxOrgDeleteAttempts) {
                // The answer was lost; the DELETE may or may not have happened. Sending it again
                // is safe: a second DELETE of a deleting organization answers 404.
                QTimer::singleShot(1000, q, [this] { deleteOrganization(); });
                return;
            }
            journalAsync({QJsonObject{{QStringLiteral("type"), QStringLiteral("org_delete")},
                                      {QStringLiteral("status"), e.httpStatus},
                                      {QStringLiteral("trackingId"), e.trackingId},
                                      {QStringLiteral("error"), e.toString()}}},
                         nullptr); // finish() emits once its own line, queued after, is written
            RunOutcome o = baseOutcome(RunOutcome::Status::Failed);
            o.error = e;
            o.trackingIds = nonEmpty(decisiveTrackingIds + QStringList{e.trackingId});
            o.message = tr("Every user was handled, but deleting the organization failed: %1. "
                           "Resume to try again.")
                            .arg(e.message);
            finish(o, true);
        }));
    }

    void onOrgAccepted(int status, const QString &trackingId)
    {
        orgDeleteStatus = status;
        if (!trackingId.isEmpty() || orgDeleteTrackingId.isEmpty())
            orgDeleteTrackingId = trackingId;
        // Confirming starts once the line is written; the server accepted the deletion, so a
        // failed write (logged) does not stop the run.
        journalAsync({QJsonObject{{QStringLiteral("type"), QStringLiteral("org_delete")},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("trackingId"), orgDeleteTrackingId}}},
                     [this](bool, const QString &) {
                         setPhase(RunPhase::Confirming);
                         confirmClock.start();
                         pollOrganization();
                     });
    }

    void onOrgConflict(const ApiError &e)
    {
        QString parseError;
        const auto report = ConflictParser::parse(e.body, &parseError);
        RunOutcome o = baseOutcome(RunOutcome::Status::Blocked);
        if (report)
            o.blockers = report->blockers;
        else
            o.blockers.append(Blocker{BlockerCode::Unknown, e.message, {}, {}});
        orgDeleteStatus = 409;
        orgDeleteTrackingId = e.trackingId.isEmpty() && report ? report->trackingId : e.trackingId;
        journalAsync({QJsonObject{{QStringLiteral("type"), QStringLiteral("org_delete")},
                                  {QStringLiteral("status"), 409},
                                  {QStringLiteral("trackingId"), orgDeleteTrackingId}}},
                     nullptr); // finish() emits once its own line, queued after, is written
        o.trackingIds = nonEmpty({orgDeleteTrackingId});
        o.error = e;
        QStringList what;
        for (const Blocker &b : std::as_const(o.blockers))
            what << b.message;
        o.message = tr("The server refused to delete the organization; it is intact: %1")
                        .arg(what.join(QLatin1Char(' ')));
        finish(o, true);
    }

    void pollOrganization()
    {
        client->organization(
            plan.orgId, whileAlive<ApiOrganization>([this](const Result<ApiOrganization> &r) {
            if (finishedEmitted)
                return;
            const auto *e = std::get_if<ApiError>(&r);
            if (e && e->kind == ApiError::Kind::NotFound) {
                finishDeleted(true);
                return;
            }
            if (e && isFatal(e->kind)) {
                finishDeleted(false);
                return;
            }
            if (confirmClock.elapsed() >= options.confirmTimeoutMs) {
                finishDeleted(false);
                return;
            }
            emitProgress(false);
            const qint64 left = options.confirmTimeoutMs - confirmClock.elapsed();
            QTimer::singleShot(int(std::min<qint64>(options.confirmPollIntervalMs, left)), q,
                               [this] { pollOrganization(); });
        }));
    }

    // ---- the end ----

    RunOutcome baseOutcome(RunOutcome::Status status) const
    {
        RunOutcome o;
        o.status = status;
        o.usersHandled = handled;
        o.usersFailed = failed;
        o.usersTotal = int(plan.users.size());
        return o;
    }

    static QStringList nonEmpty(const QStringList &list)
    {
        QStringList out;
        for (const QString &s : list) {
            if (!s.isEmpty() && !out.contains(s))
                out.append(s);
        }
        return out;
    }

    void finishDeleted(bool confirmed)
    {
        RunOutcome o = baseOutcome(RunOutcome::Status::Deleted);
        o.confirmed = confirmed;
        o.trackingIds = nonEmpty({orgDeleteTrackingId});
        o.deletedAtProbe = deletedAtProbe;
        if (deletedAtProbe) {
            o.message = tr("Cisco deleted the organization \"%1\" at the first request, although "
                           "it still had %n other user(s); this run converted or deleted none of "
                           "them.",
                           nullptr, int(plan.users.size()))
                            .arg(plan.orgDisplayName);
            if (!confirmed)
                o.message += QLatin1Char(' ')
                    + tr("It had not disappeared yet when confirmation stopped.");
            finish(o, false);
            return;
        }
        o.message = confirmed
            ? tr("The organization \"%1\" was deleted.").arg(plan.orgDisplayName)
            : tr("The organization \"%1\" accepted the deletion; it had not disappeared yet when "
                 "confirmation stopped.")
                  .arg(plan.orgDisplayName);
        finish(o, false);
    }

    void finishCancelled()
    {
        RunOutcome o = baseOutcome(RunOutcome::Status::Cancelled);
        o.error.kind = ApiError::Kind::Cancelled;
        o.message = handled > 0 || resumed
            ? tr("Cancelled before the organization was deleted; %1 of %2 users were handled. "
                 "Resume to continue.")
                  .arg(handled)
                  .arg(plan.users.size())
            : tr("Cancelled; nothing was changed.");
        finish(o, journal.isOpen());
    }

    void finishStopped()
    {
        if (gaveUpUsers > 1)
            qCWarning(lcNetRunner).noquote()
                << QStringLiteral("gave up on %1 users in all after %2 attempts each (the first: %3)")
                       .arg(gaveUpUsers)
                       .arg(kMaxAttemptsPerUser)
                       .arg(gaveUpError.toString());
        RunOutcome o = baseOutcome(RunOutcome::Status::Failed);
        if (stopError)
            o.error = *stopError;
        o.trackingIds = nonEmpty(decisiveTrackingIds + QStringList{o.error.trackingId});
        QString why = o.error.message.isEmpty() ? o.error.toString() : o.error.message;
        if (o.error.kind == ApiError::Kind::Unauthorized)
            why = tr("the access token was refused or expired (%1)").arg(why);
        o.message = tr("Stopped after %1 of %2 users; the organization was not deleted: %3. "
                       "Resume to continue.")
                        .arg(handled)
                        .arg(plan.users.size())
                        .arg(why);
        finish(o, journal.isOpen());
    }

    // Ends the run: finished() is emitted once, after the journal's last line is written (on the
    // journal worker, after any line queued before it), so a journal read on finished() is whole.
    void finish(RunOutcome o, bool resumable)
    {
        if (finishedEmitted)
            return;
        finishedEmitted = true;
        progressTimer.stop();
        QObject::disconnect(trackingConnection);
        o.usersHandled = handled;
        o.usersFailed = failed;
        o.usersTotal = int(plan.users.size());
        o.resumable = resumable && journal.isOpen();
        if (journal.isOpen())
            o.journalPath = journal.path();
        else if (o.journalPath.isEmpty() && resumed)
            o.journalPath = options.journalPath;
        o.receipt = buildReceipt(o);
        phase = RunPhase::Done;
        if (!journal.isOpen()) {
            emitFinished(o);
            return;
        }
        QJsonObject line{{QStringLiteral("type"), QStringLiteral("finished")},
                         {QStringLiteral("status"), toWireName(o.status)}};
        if (o.status == RunOutcome::Status::Deleted)
            line.insert(QStringLiteral("confirmed"), o.confirmed);
        // The outcome stands whether or not this line could be written (a failure is logged).
        journalAsync({line}, [this, o](bool, const QString &) {
            journal.close();
            emitFinished(o);
        });
    }

    void emitFinished(const RunOutcome &o)
    {
        running = false;
        RunProgress p = progressNow();
        p.done = o.status == RunOutcome::Status::Deleted ? 1 : 0;
        emit q->progress(p);
        emit q->finished(o);
    }

    ReceiptDocument buildReceipt(const RunOutcome &o) const
    {
        Receipt r;
        r.plan = &plan;
        r.startedAt = startedAt;
        r.finishedAt = QDateTime::currentDateTimeUtc();
        r.resumed = resumed;
        r.orgDeleteStatus = orgDeleteStatus;
        r.orgDeleteTrackingId = orgDeleteTrackingId;
        r.probeStatus = probeStatus;
        r.probePassed = probePassed;
        r.probeTrackingId = probeTrackingId;
        r.outcomes = userStates; // shared, not copied
        return r.toDocument(o);
    }
};

DeletionRunner::DeletionRunner(ApiClient *client, const RunnerOptions &options, QObject *parent)
    : QObject(parent), d(new Private(this, client, options))
{
}

DeletionRunner::~DeletionRunner()
{
    delete d;
}

void DeletionRunner::start(const DeletionPlan &plan)
{
    if (d->running)
        return;
    d->plan = plan;
    d->begin();
    if (d->failWithoutJournalPath())
        return;
    d->verify();
}

void DeletionRunner::start(const OrgSnapshot &snapshot, const Verdict &verdict,
                           UserDisposition disposition, const QDateTime &confirmedAt)
{
    if (d->running)
        return;
    // Named already, for progress and an early outcome; the rest comes with the built plan.
    d->plan = {};
    d->plan.orgId = snapshot.orgId;
    d->plan.orgDisplayName = snapshot.orgDisplayName;
    d->begin();
    if (d->failWithoutJournalPath())
        return;
    BackgroundTask::run<DeletionPlan>(
        this,
        [snapshot, verdict, disposition, confirmedAt] {
            return DeletionPlan::fromSnapshot(snapshot, verdict, disposition, confirmedAt);
        },
        [this](DeletionPlan &&plan) {
            if (d->cancelRequested || d->finishedEmitted)
                return;
            d->plan = std::move(plan);
            d->verify();
        });
}

void DeletionRunner::resume(const QString &journalPath)
{
    if (d->running)
        return;
    d->begin();
    d->resumeFrom(journalPath);
}

bool DeletionRunner::cancel()
{
    if (!d->running || d->orgDeleteSent)
        return false;
    if (d->cancelRequested)
        return true;
    d->cancelRequested = true;
    if (d->phase == RunPhase::Verifying) {
        if (d->loader)
            d->loader->cancel();
        QTimer::singleShot(0, this, [this] {
            // While the plan is being journaled the journal is the worker's: onPlanJournaled()
            // finishes the cancel once it is written.
            // Nor while the probe is out: its answer (which may be a deletion) decides.
            if (!d->syncInFlight && !d->probeInFlight)
                d->finishCancelled();
        });
    } else {
        // In-flight user operations finish and are journaled; nothing new starts.
        QTimer::singleShot(0, this, [this] { d->checkUsersDone(); });
    }
    return true;
}

bool DeletionRunner::isRunning() const
{
    return d->running;
}

} // namespace wod::net
