#include "RunProbe.h"

#include "ConflictParser.h"
#include "RunContext.h"
#include "RunErrorPolicy.h"
#include "RunHandler.h"
#include "RunLogging.h"
#include "RunOutcomes.h"
#include "RunState.h"

#include <QJsonArray>
#include <QTimer>

namespace wod::net {

void RunProbe::start()
{
    m_inFlight = true;
    m_run.progress.setCurrentItem(m_run.plan.orgDisplayName);
    qCInfo(lcNetRunner) << "probing: the organization's DELETE first, while its users exist";
    m_run.journal.append({QJsonObject{{QStringLiteral("type"), QStringLiteral("probe_sent")}}},
                         [this](bool ok, const QString &error) {
                             if (m_run.finished)
                                 return;
                             // The probe is not sent when the run ends here.
                             m_inFlight = ok && !m_run.cancelRequested;
                             if (m_handler.goesOnAfterJournal(m_run, ok, error))
                                 send();
                         });
}

void RunProbe::send()
{
    ++m_attempts;
    m_run.client->deleteOrganization(
        m_run.plan.orgId,
        m_run.whileAlive<std::monostate>([this](const Result<std::monostate> &r) {
            if (m_run.finished)
                return;
            if (std::holds_alternative<std::monostate>(r)) {
                onDeletedOrg(204, m_run.tracking.lastOrgDelete());
                return;
            }
            const ApiError &e = std::get<ApiError>(r);
            if (e.kind == ApiError::Kind::Conflict) {
                onConflict(e);
                return;
            }
            if (e.kind == ApiError::Kind::NotFound && m_attempts > 1) {
                // An earlier probe whose answer was lost deleted the organization.
                onDeletedOrg(404, e.trackingId);
                return;
            }
            if (RunErrorPolicy::isRetryable(e.kind)
                && m_attempts < RunErrorPolicy::kMaxOrgDeleteAttempts) {
                QTimer::singleShot(1000, m_run.owner, [this] {
                    if (!m_run.finished)
                        send();
                });
                return;
            }
            m_inFlight = false;
            m_run.journal.append({QJsonObject{{QStringLiteral("type"), QStringLiteral("probe")},
                                              {QStringLiteral("status"), e.httpStatus},
                                              {QStringLiteral("passed"), false},
                                              {QStringLiteral("trackingId"), e.trackingId},
                                              {QStringLiteral("error"), e.toString()}}},
                                 nullptr);
            RunOutcome o = RunOutcomes::base(m_run, RunOutcome::Status::Failed);
            o.error = e;
            o.trackingIds = RunOutcomes::nonEmpty({e.trackingId});
            o.message = DeletionRunner::tr("Could not ask Cisco whether the organization can be "
                                           "deleted: %1. No user was changed. Resume to try "
                                           "again.")
                            .arg(e.message);
            m_handler.finish(o, true);
        }));
}

void RunProbe::onConflict(const ApiError &e)
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
    RunFacts &facts = m_run.facts;
    facts.probeStatus = 409;
    facts.probeTrackingId = e.trackingId.isEmpty() && report ? report->trackingId : e.trackingId;
    // Passed only when the users are the one thing named: with more than one user the server
    // must name them, so a 409 without them is not understood and stops the run.
    facts.probePassed =
        others.isEmpty() && codes.contains(toWireName(BlockerCode::MultipleUsers));
    m_run.journal.append(
        {QJsonObject{{QStringLiteral("type"), QStringLiteral("probe")},
                     {QStringLiteral("status"), 409},
                     {QStringLiteral("passed"), facts.probePassed},
                     {QStringLiteral("blockers"), codes},
                     {QStringLiteral("trackingId"), facts.probeTrackingId}}},
        [this, others, blockers, e](bool ok, const QString &error) {
            m_inFlight = false;
            if (m_run.finished)
                return;
            if (!m_run.facts.probePassed) {
                RunOutcome o = RunOutcomes::base(m_run, RunOutcome::Status::Blocked);
                o.blockers = others.isEmpty() ? blockers : others;
                o.blockedAtProbe = true;
                o.error = e;
                o.trackingIds = RunOutcomes::nonEmpty({m_run.facts.probeTrackingId});
                QStringList what;
                for (const Blocker &b : std::as_const(o.blockers))
                    what << b.message;
                o.message = DeletionRunner::tr("Cisco will not delete the organization yet: %1 "
                                               "No user was converted or deleted; nothing was "
                                               "changed.")
                                .arg(what.join(QLatin1Char(' ')));
                m_handler.finish(o, true);
                return;
            }
            if (!m_handler.goesOnAfterJournal(m_run, ok, error))
                return;
            qCInfo(lcNetRunner) << "probe passed: only the users block the deletion";
            m_handler.advance(RunEvent::ProbePassed);
        });
}

// The server deleted the organization at the probe although users exist: say exactly that, and
// confirm it is gone. Journaled as the organization's DELETE too, so a resume of this journal
// touches no user.
void RunProbe::onDeletedOrg(int status, const QString &trackingId)
{
    m_inFlight = false;
    RunFacts &facts = m_run.facts;
    facts.probeStatus = status;
    facts.probeTrackingId = trackingId;
    facts.deletedAtProbe = true;
    facts.orgDeleteSent = true;
    facts.orgDeleteStatus = status;
    facts.orgDeleteTrackingId = trackingId;
    qCWarning(lcNetRunner) << "the probe deleted the organization although users exist";
    m_run.journal.append({QJsonObject{{QStringLiteral("type"), QStringLiteral("probe")},
                                      {QStringLiteral("status"), status},
                                      {QStringLiteral("passed"), false},
                                      {QStringLiteral("trackingId"), trackingId}},
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("org_delete")},
                                      {QStringLiteral("status"), status},
                                      {QStringLiteral("trackingId"), trackingId}}},
                         [this](bool, const QString &) {
                             m_handler.advance(RunEvent::ProbeDeletedOrg);
                         });
}

} // namespace wod::net
