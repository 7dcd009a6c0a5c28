#include "RunOrgDelete.h"

#include "ConflictParser.h"
#include "RunContext.h"
#include "RunErrorPolicy.h"
#include "RunHandler.h"
#include "RunOutcomes.h"
#include "RunState.h"

#include <QTimer>

namespace wod::net {

void RunOrgDelete::start()
{
    if (m_run.cancelRequested) {
        m_handler.finishCancelled();
        return;
    }
    if (m_run.progress.phase() != RunPhase::Organization)
        m_run.progress.setPhase(RunPhase::Organization);
    if (m_run.facts.orgDeleteSent) {
        send();
        return;
    }
    m_run.journal.append(
        {QJsonObject{{QStringLiteral("type"), QStringLiteral("org_delete_sent")}}},
        [this](bool ok, const QString &error) {
            if (!m_handler.goesOnAfterJournal(m_run, ok, error))
                return;
            m_run.facts.orgDeleteSent = true;
            send();
        });
}

void RunOrgDelete::send()
{
    ++m_attempts;
    m_run.client->deleteOrganization(
        m_run.plan.orgId,
        m_run.whileAlive<std::monostate>([this](const Result<std::monostate> &r) {
            if (std::holds_alternative<std::monostate>(r)) {
                onAccepted(204, m_run.tracking.lastOrgDelete());
                return;
            }
            const ApiError &e = std::get<ApiError>(r);
            if (e.kind == ApiError::Kind::NotFound
                && (m_run.facts.orgDeleteSentBefore || m_attempts > 1)) {
                // A DELETE sent earlier (before a crash or a lost answer) already took effect:
                // the organization is deleting or gone.
                onAccepted(404, e.trackingId);
                return;
            }
            if (e.kind == ApiError::Kind::Conflict) {
                onConflict(e);
                return;
            }
            if (RunErrorPolicy::isRetryable(e.kind)
                && m_attempts < RunErrorPolicy::kMaxOrgDeleteAttempts) {
                // The answer was lost; the DELETE may or may not have happened. Sending it again
                // is safe: a second DELETE of a deleting organization answers 404.
                QTimer::singleShot(1000, m_run.owner, [this] { start(); });
                return;
            }
            onFailed(e);
        }));
}

void RunOrgDelete::onAccepted(int status, const QString &trackingId)
{
    RunFacts &facts = m_run.facts;
    facts.orgDeleteStatus = status;
    if (!trackingId.isEmpty() || facts.orgDeleteTrackingId.isEmpty())
        facts.orgDeleteTrackingId = trackingId;
    // Confirming starts once the line is written; the server accepted the deletion, so a failed
    // write (logged) does not stop the run.
    m_run.journal.append({QJsonObject{{QStringLiteral("type"), QStringLiteral("org_delete")},
                                      {QStringLiteral("status"), status},
                                      {QStringLiteral("trackingId"), facts.orgDeleteTrackingId}}},
                         [this](bool, const QString &) {
                             m_handler.advance(RunEvent::OrgAccepted);
                         });
}

void RunOrgDelete::onConflict(const ApiError &e)
{
    QString parseError;
    const auto report = ConflictParser::parse(e.body, &parseError);
    RunOutcome o = RunOutcomes::base(m_run, RunOutcome::Status::Blocked);
    if (report)
        o.blockers = report->blockers;
    else
        o.blockers.append(Blocker{BlockerCode::Unknown, e.message, {}, {}});
    RunFacts &facts = m_run.facts;
    facts.orgDeleteStatus = 409;
    facts.orgDeleteTrackingId = e.trackingId.isEmpty() && report ? report->trackingId
                                                                 : e.trackingId;
    m_run.journal.append({QJsonObject{{QStringLiteral("type"), QStringLiteral("org_delete")},
                                      {QStringLiteral("status"), 409},
                                      {QStringLiteral("trackingId"), facts.orgDeleteTrackingId}}},
                         nullptr); // finish() emits once its own line, queued after, is written
    o.trackingIds = RunOutcomes::nonEmpty({facts.orgDeleteTrackingId});
    o.error = e;
    QStringList what;
    for (const Blocker &b : std::as_const(o.blockers))
        what << b.message;
    o.message = DeletionRunner::tr("The server refused to delete the organization; it is "
                                   "intact: %1")
                    .arg(what.join(QLatin1Char(' ')));
    m_handler.finish(o, true);
}

void RunOrgDelete::onFailed(const ApiError &e)
{
    m_run.journal.append({QJsonObject{{QStringLiteral("type"), QStringLiteral("org_delete")},
                                      {QStringLiteral("status"), e.httpStatus},
                                      {QStringLiteral("trackingId"), e.trackingId},
                                      {QStringLiteral("error"), e.toString()}}},
                         nullptr); // finish() emits once its own line, queued after, is written
    RunOutcome o = RunOutcomes::base(m_run, RunOutcome::Status::Failed);
    o.error = e;
    o.trackingIds = RunOutcomes::nonEmpty(m_run.decisiveTrackingIds + QStringList{e.trackingId});
    o.message = DeletionRunner::tr("Every user was handled, but deleting the organization "
                                   "failed: %1. Resume to try again.")
                    .arg(e.message);
    m_handler.finish(o, true);
}

} // namespace wod::net
