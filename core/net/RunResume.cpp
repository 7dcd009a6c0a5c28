#include "RunResume.h"

#include "Journal.h"
#include "RunContext.h"
#include "RunHandler.h"
#include "RunOutcomes.h"

namespace wod::net {

void RunResume::start(const QString &path)
{
    QString error;
    const auto summary = Journal::read(path, &error);
    if (!summary) {
        RunOutcome o = RunOutcomes::base(m_run, RunOutcome::Status::Failed);
        o.error = RunContext::localError(error);
        o.error.kind = ApiError::Kind::Malformed;
        o.message = DeletionRunner::tr("Cannot resume: %1").arg(error);
        m_handler.finish(o, false);
        return;
    }
    m_run.plan = summary->plan;
    m_run.options.journalPath = path;
    RunFacts &facts = m_run.facts;
    facts.resumed = true;
    facts.orgDeleteSentBefore = summary->orgDeleteSent;
    facts.orgDeleteStatus = summary->orgDeleteStatus;
    facts.orgDeleteTrackingId = summary->orgDeleteTrackingId;
    facts.probeStatus = summary->probeStatus;
    facts.probePassed = summary->probePassed;
    facts.deletedAtProbe = summary->probeStatus == 204;
    m_run.users.setUp(m_run.plan, summary->userRecords);
    if (!summary->isPending()) {
        const bool deleted = summary->finalStatus == QLatin1String("deleted");
        RunOutcome o = RunOutcomes::base(m_run, deleted ? RunOutcome::Status::Deleted
                                                        : RunOutcome::Status::Changed);
        o.confirmed = deleted;
        o.journalPath = path;
        o.message = DeletionRunner::tr("This run already finished (%1); there is nothing to "
                                       "resume.")
                        .arg(summary->finalStatus);
        m_handler.finish(o, false);
        return;
    }
    if (!m_run.journal.open(path, &error)) {
        RunOutcome o = RunOutcomes::base(m_run, RunOutcome::Status::Failed);
        o.error = RunContext::localError(error);
        o.message = DeletionRunner::tr("Could not write the journal: %1").arg(error);
        m_handler.finish(o, true);
        return;
    }
    m_run.client->me(
        m_run.whileAlive<ApiPerson>([this](const Result<ApiPerson> &result) { onMe(result); }));
}

void RunResume::onMe(const Result<ApiPerson> &result)
{
    if (m_run.finished)
        return;
    if (const auto *e = std::get_if<ApiError>(&result)) {
        RunOutcome o = RunOutcomes::base(m_run, RunOutcome::Status::Failed);
        o.error = *e;
        o.message = DeletionRunner::tr("Could not resume: %1").arg(e->message);
        o.trackingIds = RunOutcomes::nonEmpty({e->trackingId});
        m_handler.finish(o, true);
        return;
    }
    const ApiPerson &me = std::get<ApiPerson>(result);
    const DeletionPlan &plan = m_run.plan;
    if (!plan.actorId.isEmpty() && me.id != plan.actorId) {
        RunOutcome o = RunOutcomes::base(m_run, RunOutcome::Status::Changed);
        o.message = DeletionRunner::tr("This run was started by %1, but the token belongs to "
                                       "%2; nothing was done.")
                        .arg(plan.actorEmail, me.email());
        m_handler.finish(o, true);
        return;
    }
    if (m_run.cancelRequested) {
        m_handler.finishCancelled();
        return;
    }
    QString error;
    if (!m_run.journal.appendNow({QJsonObject{{QStringLiteral("type"), QStringLiteral("resumed")}}},
                                 &error)) {
        m_run.stopWith(RunContext::localError(error));
        m_handler.finishStopped();
        return;
    }
    m_handler.advance(RunEvent::Resumed);
}

RunState RunResume::entryState(const RunFacts &facts, int usersHandled, int usersInBook,
                               bool planHasUsers)
{
    if (facts.orgDeleteSentBefore && (usersHandled == usersInBook || facts.deletedAtProbe))
        return RunState::Organization;
    // No user touched yet and no passed probe in the journal (its probe was not answered, was
    // blocked, or the run stopped before it): probe (again) first. Safe whatever the checks: with
    // users in it the organization must answer 409.
    if (!facts.probePassed && usersHandled == 0 && !facts.orgDeleteSentBefore && planHasUsers)
        return RunState::Probing;
    return RunState::Users;
}

} // namespace wod::net
