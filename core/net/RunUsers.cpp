#include "RunUsers.h"

#include "RunContext.h"
#include "RunErrorPolicy.h"
#include "RunHandler.h"
#include "RunLogging.h"
#include "RunOutcomes.h"
#include "RunState.h"

#include <QSet>
#include <QTimer>
#include <memory>

namespace wod::net {

RunUsers::RunUsers(RunContext &run, RunHandler &handler)
    : m_run(run), m_handler(handler), m_convert(run, *this), m_deleteOne(run, *this),
      m_bulk(run, *this)
{
}

void RunUsers::begin()
{
    m_run.progress.setPhase(RunPhase::Users);
    m_queue.clear();
    for (qsizetype i = 0; i < m_run.users.size(); ++i) {
        if (m_run.users.state(i).outcome == UserOutcome::Pending)
            m_queue.push_back(i);
    }
    m_bulkAvailable = m_run.options.useScimBulk;
    pump();
}

UserStrategy &RunUsers::strategy()
{
    if (m_run.plan.disposition == UserDisposition::Convert)
        return m_convert;
    if (m_bulkAvailable)
        return m_bulk;
    return m_deleteOne;
}

void RunUsers::pump()
{
    if (!m_uncertain.isEmpty() && !m_rereadRunning && !m_run.stopping && !m_run.cancelRequested)
        rereadUncertain();
    while (!m_run.stopping && !m_run.cancelRequested
           && m_inFlight < m_run.options.userConcurrency && !m_queue.empty())
        strategy().sendNext();
    checkDone();
}

qsizetype RunUsers::takeNext()
{
    const qsizetype i = m_queue.front();
    m_queue.pop_front();
    ++m_run.users.run(i).attempts;
    return i;
}

void RunUsers::markUncertain(const QList<qsizetype> &users, const ApiError &cause)
{
    m_uncertain.append(users);
    m_uncertainCause = cause;
}

void RunUsers::requeueFirst(const QList<qsizetype> &users)
{
    for (auto it = users.crbegin(); it != users.crend(); ++it) {
        --m_run.users.run(*it).attempts;
        m_queue.push_front(*it);
    }
}

// Which uncertain users still exist: one walk of the organization's people (1,000 a page),
// keeping only the ids asked about. Gone ones count as deleted (the lost answer was for their
// deletion); the others are sent again.
void RunUsers::rereadUncertain()
{
    m_rereadRunning = true;
    const QList<qsizetype> asked = std::exchange(m_uncertain, {});
    auto wanted = std::make_shared<QHash<QString, qsizetype>>();
    wanted->reserve(asked.size());
    for (qsizetype i : asked)
        wanted->insert(m_run.plan.users.at(i).id, i);
    auto present = std::make_shared<QSet<qsizetype>>();
    qCInfo(lcNetRunner) << "re-reading the people to learn which of" << asked.size()
                        << "users with a lost SCIM Bulk answer still exist";
    m_run.client->peoplePages(
        1000,
        [guard = QPointer<QObject>(m_run.owner), wanted, present](QList<ApiPerson> &&people) {
            if (!guard)
                return;
            for (const ApiPerson &p : people) {
                const auto it = wanted->constFind(p.id);
                if (it != wanted->constEnd())
                    present->insert(*it);
            }
        },
        [guard = QPointer<QObject>(m_run.owner), this, asked,
         present](const Result<std::monostate> &r) {
            if (!guard)
                return;
            m_rereadRunning = false;
            if (const auto *e = std::get_if<ApiError>(&r)) {
                // Cannot tell: the run stops, resumably; the users stay pending.
                m_run.stopWith(*e);
                for (qsizetype i : asked)
                    m_queue.push_front(i);
            } else {
                for (qsizetype i : asked) {
                    if (present->contains(i))
                        retryOrGiveUp(i, m_uncertainCause);
                    else
                        record(i, UserOutcome::Deleted, m_run.tracking.lastBulk(), {});
                }
            }
            pump();
        },
        m_run.plan.orgId);
}

void RunUsers::fail(qsizetype i, const ApiError &e)
{
    m_run.tracking.forgetPerson(m_run.plan.users.at(i).id);
    if (e.kind == ApiError::Kind::NotFound) {
        // Unknown or already gone (e.g. an earlier attempt took effect before a reset).
        record(i, UserOutcome::Gone, e.trackingId, {});
        return;
    }
    if (RunErrorPolicy::isFatal(e.kind)) {
        if (e.kind != ApiError::Kind::Cancelled || !m_run.cancelRequested)
            m_run.stopWith(e);
        m_queue.push_front(i);
        return;
    }
    if (RunErrorPolicy::isRetryable(e.kind)) {
        retryOrGiveUp(i, e);
        return;
    }
    // A permanent refusal for this user (409 the actor, 400): record it; the organization's
    // DELETE will not be sent while it stands.
    record(i, UserOutcome::Failed, e.trackingId, e.toString());
    if (!e.trackingId.isEmpty() && m_run.decisiveTrackingIds.size() < 20)
        m_run.decisiveTrackingIds.append(e.trackingId);
}

// A transient failure: the user goes to the back of the queue, or after kMaxAttemptsPerUser
// attempts the run stops (resumably) with `e`.
void RunUsers::retryOrGiveUp(qsizetype i, const ApiError &e)
{
    if (m_run.users.run(i).attempts < RunErrorPolicy::kMaxAttemptsPerUser) {
        m_queue.push_back(i);
        return;
    }
    // Logged once for the first user; checkDone() says how many more.
    if (m_gaveUpUsers++ == 0) {
        m_gaveUpError = e;
        qCWarning(lcNetRunner) << "giving up on a user after" << m_run.users.run(i).attempts
                               << "attempts:" << e.toString();
    }
    m_run.stopWith(e);
    m_queue.push_front(i);
}

void RunUsers::record(qsizetype i, UserOutcome outcome, const QString &trackingId,
                      const QString &error)
{
    ReceiptUser &slot = m_run.users.state(i);
    if (m_run.users.run(i).recorded || isHandledOutcome(slot.outcome))
        return;
    m_run.users.run(i).recorded = true;
    const Person &p = m_run.plan.users.at(i);
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
    m_pendingRecords.append(line);
    m_pendingApply.append({i, outcome});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, m_run.owner, [this] { flush(); });
    }
}

// Writes every waiting line with one fsync, then counts those users: a user is counted as
// handled only once the journal says so durably. Nothing else writes the journal meanwhile (the
// phase ends only after the last commit).
void RunUsers::flush()
{
    m_flushScheduled = false;
    if (m_pendingRecords.isEmpty() || m_run.journal.busy())
        return;
    m_run.journal.commit(std::exchange(m_pendingRecords, {}),
                         [this, apply = std::exchange(m_pendingApply, {})](bool ok,
                                                                           const QString &error) {
                             if (!ok)
                                 m_run.stopWith(RunContext::localError(error));
                             applyDurable(apply, ok);
                             if (!m_pendingRecords.isEmpty())
                                 flush();
                         });
}

void RunUsers::applyDurable(const QList<std::pair<qsizetype, UserOutcome>> &apply, bool ok)
{
    for (const auto &[i, outcome] : apply) {
        m_run.users.run(i).recorded = false;
        if (!ok) {
            m_queue.push_front(i);
            continue;
        }
        m_run.users.count(i, outcome);
        m_run.progress.setCurrentItem(m_run.plan.users.at(i).email);
    }
    m_run.progress.report(false);
    pump();
}

void RunUsers::checkDone()
{
    if (m_run.progress.phase() != RunPhase::Users || m_run.finished || m_inFlight > 0
        || !m_pendingRecords.isEmpty() || m_flushScheduled || m_run.journal.busy()
        || m_rereadRunning)
        return;
    if (!m_uncertain.isEmpty() && !m_run.stopping && !m_run.cancelRequested)
        return; // a re-read starts with the next pump()
    // Stopped or cancelled with some still uncertain: they stay pending; a resume re-sends them,
    // and a user already gone then answers 404 (done).
    for (qsizetype i : std::exchange(m_uncertain, {}))
        m_queue.push_front(i);
    if (m_run.stopping) {
        if (m_gaveUpUsers > 1)
            qCWarning(lcNetRunner).noquote()
                << QStringLiteral("gave up on %1 users in all after %2 attempts each (the first: %3)")
                       .arg(m_gaveUpUsers)
                       .arg(RunErrorPolicy::kMaxAttemptsPerUser)
                       .arg(m_gaveUpError.toString());
        m_handler.finishStopped();
        return;
    }
    if (m_run.cancelRequested) {
        m_handler.finishCancelled();
        return;
    }
    if (!m_queue.empty())
        return;
    const int failed = m_run.users.failed();
    if (failed > 0) {
        RunOutcome o = RunOutcomes::base(m_run, RunOutcome::Status::Failed);
        o.error.kind = ApiError::Kind::Conflict;
        o.error.message = DeletionRunner::tr("%Ln user(s) could not be handled", nullptr, failed);
        o.message = DeletionRunner::tr("%Ln user(s) could not be converted or deleted; the "
                                       "organization was not deleted. Resume to try them "
                                       "again.",
                                       nullptr, failed);
        m_handler.finish(o, true);
        return;
    }
    m_handler.advance(RunEvent::UsersDone);
}

} // namespace wod::net
