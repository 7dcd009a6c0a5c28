#include "DeletionRunner.h"

#include "ApiClient.h"
#include "ConflictParser.h"
#include "EligibilityPolicy.h"
#include "Journal.h"
#include "JournalWriter.h"
#include "Receipt.h"
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
    bool finishedEmitted = false;
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

    // ---- step 1: verify ----

    void verify()
    {
        loader = new SnapshotLoader(client, q);
        loader->setKnownUsers(plan.users); // the re-read shares the plan's strings
        QObject::connect(loader, &SnapshotLoader::loaded, q, [this](const OrgSnapshot &snapshot) {
            loader->deleteLater();
            if (!cancelRequested)
                onVerified(snapshot);
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

    void onVerified(const OrgSnapshot &snapshot)
    {
        const Verdict verdict = EligibilityPolicy::evaluate(snapshot);
        if (DeletionPlan::fingerprintOf(snapshot, verdict) != plan.fingerprint) {
            RunOutcome o = baseOutcome(RunOutcome::Status::Changed);
            o.blockers = verdict.blockers;
            o.message = describeChange(snapshot, verdict);
            finish(o, false);
            return;
        }
        if (!verdict.eligible) {
            // The admin confirmed a plan with blockers: converting users of an organization that
            // cannot be deleted would only do harm. Nothing is done.
            RunOutcome o = baseOutcome(RunOutcome::Status::Blocked);
            o.blockers = verdict.blockers;
            o.message = tr("The organization cannot be deleted yet; no user was changed.");
            finish(o, false);
            return;
        }
        // The rest needs only the plan: continue once the loader has dropped the re-read snapshot
        // (it lives until this signal returns), so a 100,000-user organization is not held twice
        // while the journal's plan line is written.
        QTimer::singleShot(0, q, [this] {
            if (!cancelRequested && !finishedEmitted)
                journalPlanAndBeginUsers();
        });
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
        if (!journal.appendPlan(plan, &error)) {
            qCWarning(lcNetRunner) << "journal write failed:" << error;
            stopWith(localError(error));
            finishStopped();
            return;
        }
        setupSlots({});
        beginUsers();
    }

    QString describeChange(const OrgSnapshot &s, const Verdict &verdict) const
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
        client->me([this](const Result<ApiPerson> &result) {
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
            if (orgDeleteSentBefore && handled == userStates.size())
                deleteOrganization();
            else
                beginUsers();
        });
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
        client->convertPerson(plan.orgId, id, [this, i, id](const Result<ConvertResult> &r) {
            --inFlight;
            if (std::holds_alternative<ConvertResult>(r))
                recordUser(i, UserOutcome::Converted, trackingByPerson.take(id), {});
            else
                onUserError(i, std::get<ApiError>(r));
            pump();
        });
    }

    void deleteOne()
    {
        const qsizetype i = takeNext();
        ++inFlight;
        const QString id = plan.users.at(i).id;
        client->deletePerson(id, [this, i, id](const Result<std::monostate> &r) {
            --inFlight;
            if (std::holds_alternative<std::monostate>(r))
                recordUser(i, UserOutcome::Deleted, trackingByPerson.take(id), {});
            else
                onUserError(i, std::get<ApiError>(r));
            pump();
        });
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
        client->scimBulkDelete(orgUuid, uuids, [this, chunk, uuids](const Result<ScimBulkResult> &r) {
            --inFlight;
            onBulkAnswer(chunk, uuids, r);
            pump();
        });
    }

    // `uuids` parallel to `chunk`: SCIM answers name users by uuid. Looked up per request, not
    // in an index of every user (100,000 uuids would cost ~15 MB for the whole run).
    void onBulkAnswer(const QList<qsizetype> &chunk, const QStringList &uuids,
                      const Result<ScimBulkResult> &r)
    {
        if (const auto *e = std::get_if<ApiError>(&r)) {
            if (e->kind == ApiError::Kind::NotFound) {
                // No SCIM Bulk on this server: the same users go one by one, first in line.
                qCInfo(lcNetRunner) << "SCIM Bulk not offered; deleting users one by one";
                bulkAvailable = false;
                for (auto it = chunk.crbegin(); it != chunk.crend(); ++it) {
                    --userRuns[*it].attempts;
                    queue.push_front(*it);
                }
                return;
            }
            for (qsizetype i : chunk)
                onUserError(i, *e);
            return;
        }
        const QString trackingId = lastBulkTrackingId;
        QHash<QString, qsizetype> indexByUuid;
        indexByUuid.reserve(chunk.size());
        for (qsizetype k = 0; k < chunk.size(); ++k)
            indexByUuid.insert(uuids.at(k), chunk.at(k));
        QSet<qsizetype> answered;
        for (const ScimBulkOperationResult &op : std::get<ScimBulkResult>(r).operations) {
            const auto it = indexByUuid.constFind(op.userUuid.isEmpty() ? op.bulkId : op.userUuid);
            if (it == indexByUuid.constEnd() || answered.contains(*it))
                continue;
            const qsizetype i = *it;
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
                e.message = tr("SCIM Bulk answered %1 for this user").arg(op.status);
                onUserError(i, e);
            }
        }
        // An operation the answer does not mention goes again (a 404 there is harmless).
        for (qsizetype i : chunk) {
            if (!answered.contains(i))
                onUserError(i, localError(tr("SCIM Bulk did not answer for this user")));
        }
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
            if (userRuns.at(i).attempts < kMaxAttemptsPerUser) {
                queue.push_back(i);
            } else {
                qCWarning(lcNetRunner) << "giving up on a user after" << userRuns.at(i).attempts
                                       << "attempts:" << e.toString();
                stopWith(e);
                queue.push_front(i);
            }
            return;
        }
        // A permanent refusal for this user (409 the actor, 400): record it; the organization's
        // DELETE will not be sent while it stands.
        recordUser(i, UserOutcome::Failed, e.trackingId, e.toString());
        if (!e.trackingId.isEmpty() && decisiveTrackingIds.size() < 20)
            decisiveTrackingIds.append(e.trackingId);
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
        syncTask = std::async(std::launch::async, [this, fd, at, path, records = std::move(records),
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
            || flushScheduled || syncInFlight)
            return;
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
        // Durable before the request leaves: a crash right after must resume as "sent".
        if (!orgDeleteSent) {
            if (!writeJournal({QJsonObject{{QStringLiteral("type"), QStringLiteral("org_delete_sent")}}})) {
                finishStopped();
                return;
            }
            orgDeleteSent = true;
        }
        ++orgDeleteAttempts;
        client->deleteOrganization(plan.orgId, [this](const Result<std::monostate> &r) {
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
            writeJournal({QJsonObject{{QStringLiteral("type"), QStringLiteral("org_delete")},
                                      {QStringLiteral("status"), e.httpStatus},
                                      {QStringLiteral("trackingId"), e.trackingId},
                                      {QStringLiteral("error"), e.toString()}}});
            RunOutcome o = baseOutcome(RunOutcome::Status::Failed);
            o.error = e;
            o.trackingIds = nonEmpty(decisiveTrackingIds + QStringList{e.trackingId});
            o.message = tr("Every user was handled, but deleting the organization failed: %1. "
                           "Resume to try again.")
                            .arg(e.message);
            finish(o, true);
        });
    }

    void onOrgAccepted(int status, const QString &trackingId)
    {
        orgDeleteStatus = status;
        if (!trackingId.isEmpty() || orgDeleteTrackingId.isEmpty())
            orgDeleteTrackingId = trackingId;
        if (!writeJournal({QJsonObject{{QStringLiteral("type"), QStringLiteral("org_delete")},
                                       {QStringLiteral("status"), status},
                                       {QStringLiteral("trackingId"), orgDeleteTrackingId}}})) {
            // The server accepted the deletion: report it even though the journal failed.
            stopping = false;
            stopError.reset();
        }
        setPhase(RunPhase::Confirming);
        confirmClock.start();
        pollOrganization();
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
        writeJournal({QJsonObject{{QStringLiteral("type"), QStringLiteral("org_delete")},
                                  {QStringLiteral("status"), 409},
                                  {QStringLiteral("trackingId"), orgDeleteTrackingId}}});
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
        client->organization(plan.orgId, [this](const Result<ApiOrganization> &r) {
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
        });
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

    void finish(RunOutcome o, bool resumable)
    {
        if (finishedEmitted)
            return;
        finishedEmitted = true;
        running = false;
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
        if (journal.isOpen()) {
            QJsonObject line{{QStringLiteral("type"), QStringLiteral("finished")},
                             {QStringLiteral("status"), toWireName(o.status)}};
            if (o.status == RunOutcome::Status::Deleted)
                line.insert(QStringLiteral("confirmed"), o.confirmed);
            QString ignored;
            journal.append(line, &ignored);
            journal.close();
        }
        o.receipt = buildReceipt(o);
        phase = RunPhase::Done;
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
    if (d->options.journalPath.isEmpty()) {
        RunOutcome o = d->baseOutcome(RunOutcome::Status::Failed);
        o.error = Private::localError(tr("no journal path was given"));
        o.message = o.error.message;
        QTimer::singleShot(0, this, [this, o] { d->finish(o, false); });
        return;
    }
    d->verify();
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
        QTimer::singleShot(0, this, [this] { d->finishCancelled(); });
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
