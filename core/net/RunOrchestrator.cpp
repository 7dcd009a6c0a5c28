#include "RunOrchestrator.h"

#include "BackgroundTask.h"
#include "RunLogging.h"
#include "RunOutcomes.h"

#include <QFileInfo>
#include <QTimer>

namespace wod::net {

RunOrchestrator::RunOrchestrator(DeletionRunner *runner, ApiClient *client,
                                 const RunnerOptions &options)
    : m_runner(runner), m_run(runner, client, options), m_verifier(m_run, *this),
      m_probe(m_run, *this), m_users(m_run, *this), m_orgDelete(m_run, *this),
      m_confirmer(m_run, *this), m_resume(m_run, *this)
{
    m_run.progress.setSink([runner](const RunProgress &p) { emit runner->progress(p); });
}

// ---- the ways in ----

void RunOrchestrator::start(const DeletionPlan &plan)
{
    if (m_run.running)
        return;
    m_run.plan = plan;
    begin();
    if (failWithoutJournalPath())
        return;
    enter(RunEvent::Started, RunState::Verifying);
}

void RunOrchestrator::start(const OrgSnapshot &snapshot, const Verdict &verdict,
                            UserDisposition disposition, const QDateTime &confirmedAt,
                            const QStringList &confirmedUnknown)
{
    if (m_run.running)
        return;
    // Named already, for progress and an early outcome; the rest comes with the built plan.
    m_run.plan = {};
    m_run.plan.orgId = snapshot.orgId;
    m_run.plan.orgDisplayName = snapshot.orgDisplayName;
    begin();
    if (failWithoutJournalPath())
        return;
    enter(RunEvent::StartedUnbuilt, RunState::BuildingPlan);
    BackgroundTask::run<DeletionPlan>(
        m_run.owner,
        [snapshot, verdict, disposition, confirmedAt, confirmedUnknown] {
            return DeletionPlan::fromSnapshot(snapshot, verdict, disposition, confirmedAt,
                                              confirmedUnknown);
        },
        [this](DeletionPlan &&plan) {
            if (m_run.cancelRequested || m_run.finished)
                return;
            m_run.plan = std::move(plan);
            advance(RunEvent::PlanBuilt);
        });
}

void RunOrchestrator::resume(const QString &journalPath)
{
    if (m_run.running)
        return;
    begin();
    enter(RunEvent::ResumeAsked, RunState::Resuming);
    m_resume.start(journalPath);
}

bool RunOrchestrator::cancel()
{
    if (!m_run.running || m_run.facts.orgDeleteSent)
        return false;
    if (m_run.cancelRequested)
        return true;
    m_run.cancelRequested = true;
    if (m_run.progress.phase() == RunPhase::Verifying) {
        m_verifier.cancel();
        QTimer::singleShot(0, m_run.owner, [this] {
            // While the plan is being journaled the journal is the worker's: onPlanJournaled()
            // finishes the cancel once it is written. Nor while the probe is out: its answer
            // (which may be a deletion) decides.
            if (!m_run.journal.busy() && !m_probe.inFlight())
                finishCancelled();
        });
    } else {
        // In-flight user operations finish and are journaled; nothing new starts.
        QTimer::singleShot(0, m_run.owner, [this] { m_users.checkDone(); });
    }
    return true;
}

void RunOrchestrator::begin()
{
    m_run.running = true;
    m_run.finished = false;
    m_run.progress.startClock();
    m_run.facts.startedAt = QDateTime::currentDateTimeUtc();
    m_run.tracking.attach(m_run.client, m_run.owner);
    m_run.progress.setPhase(RunPhase::Verifying);
}

// start() without a journal path: fails on the next event-loop turn. True when it did.
bool RunOrchestrator::failWithoutJournalPath()
{
    if (!m_run.options.journalPath.isEmpty())
        return false;
    RunOutcome o = RunOutcomes::base(m_run, RunOutcome::Status::Failed);
    o.error = RunContext::localError(DeletionRunner::tr("no journal path was given"));
    o.message = o.error.message;
    QTimer::singleShot(0, m_run.owner, [this, o] { finish(o, false); });
    return true;
}

// ---- the state machine ----

void RunOrchestrator::advance(RunEvent event)
{
    switch (event) {
    case RunEvent::PlanBuilt:
        enter(event, RunState::Verifying);
        break;
    case RunEvent::Verified:
        enter(event, RunState::JournalingPlan);
        break;
    case RunEvent::PlanDurable:
        enter(event, m_verifier.probeNeeded() ? RunState::Probing : RunState::Users);
        break;
    case RunEvent::Resumed:
        enter(event, RunResume::entryState(m_run.facts, m_run.users.handled(),
                                           int(m_run.users.size()),
                                           !m_run.plan.users.isEmpty()));
        break;
    case RunEvent::ProbePassed:
        enter(event, RunState::Users);
        break;
    case RunEvent::ProbeDeletedOrg:
    case RunEvent::OrgAccepted:
        enter(event, RunState::Confirming);
        break;
    case RunEvent::UsersDone:
        enter(event, RunState::Organization);
        break;
    case RunEvent::Started:
    case RunEvent::StartedUnbuilt:
    case RunEvent::ResumeAsked:
    case RunEvent::Ended:
        qCWarning(lcNetRunner) << "a phase reported" << runEventName(event) << "in state"
                               << runStateName(m_state);
        break;
    }
}

void RunOrchestrator::enter(RunEvent event, RunState to)
{
    if (!isRunTransition(m_state, event, to))
        qCWarning(lcNetRunner) << "unexpected transition from" << runStateName(m_state) << "by"
                               << runEventName(event) << "to" << runStateName(to);
    m_state = to;
    switch (to) {
    case RunState::Verifying:
        m_verifier.start();
        break;
    case RunState::JournalingPlan:
        journalPlan();
        break;
    case RunState::Probing:
        m_probe.start();
        break;
    case RunState::Users:
        m_users.begin();
        break;
    case RunState::Organization:
        m_orgDelete.start();
        break;
    case RunState::Confirming:
        m_confirmer.start();
        break;
    case RunState::Idle:
    case RunState::BuildingPlan: // DeletionPlan::fromSnapshot, started by start()
    case RunState::Resuming:     // RunResume::start, started by resume()
    case RunState::Done:         // finish()
        break;
    }
}

// The plan line (every user's id and email) is written and fsync'd before anything is changed;
// the journal must be new (an existing one is resumed instead).
void RunOrchestrator::journalPlan()
{
    const QString &path = m_run.options.journalPath;
    if (QFileInfo(path).size() > 0) {
        RunOutcome o = RunOutcomes::base(m_run, RunOutcome::Status::Failed);
        o.error = RunContext::localError(
            DeletionRunner::tr("the journal %1 already exists: resume it instead").arg(path));
        o.message = o.error.message;
        finish(o, false);
        return;
    }
    QString error;
    if (!m_run.journal.open(path, &error)) {
        RunOutcome o = RunOutcomes::base(m_run, RunOutcome::Status::Failed);
        o.error = RunContext::localError(error);
        o.message =
            DeletionRunner::tr("Could not write the journal; nothing was done: %1").arg(error);
        finish(o, false);
        return;
    }
    // Nothing else writes the journal meanwhile: journal.busy() holds back cancel()'s finish.
    m_run.journal.appendPlan(m_run.plan, [this](bool ok, const QString &error) {
        onPlanJournaled(ok, error);
    });
}

void RunOrchestrator::onPlanJournaled(bool ok, const QString &error)
{
    if (!ok) // RunJournal::appendPlan leaves the logging to its caller
        qCWarning(lcNetRunner) << "journal write failed:" << error;
    if (!goesOnAfterJournal(m_run, ok, error))
        return;
    m_run.users.setUp(m_run.plan, {});
    advance(RunEvent::PlanDurable);
}

// ---- the end ----

void RunOrchestrator::finishStopped()
{
    finish(RunOutcomes::stopped(m_run), m_run.journal.isOpen());
}

void RunOrchestrator::finishCancelled()
{
    finish(RunOutcomes::cancelled(m_run), m_run.journal.isOpen());
}

// Ends the run: finished() is emitted once, after the journal's last line is written (on the
// journal worker, after any line queued before it), so a journal read on finished() is whole.
void RunOrchestrator::finish(RunOutcome o, bool resumable)
{
    if (m_run.finished)
        return;
    m_run.finished = true;
    m_run.tracking.detach();
    o.usersHandled = m_run.users.handled();
    o.usersFailed = m_run.users.failed();
    o.usersTotal = int(m_run.plan.users.size());
    o.resumable = resumable && m_run.journal.isOpen();
    if (m_run.journal.isOpen())
        o.journalPath = m_run.journal.path();
    else if (o.journalPath.isEmpty() && m_run.facts.resumed)
        o.journalPath = m_run.options.journalPath;
    o.receipt = RunOutcomes::receipt(m_run, o);
    m_run.progress.stop(RunPhase::Done);
    enter(RunEvent::Ended, RunState::Done);
    if (!m_run.journal.isOpen()) {
        emitFinished(o);
        return;
    }
    QJsonObject line{{QStringLiteral("type"), QStringLiteral("finished")},
                     {QStringLiteral("status"), toWireName(o.status)}};
    if (o.status == RunOutcome::Status::Deleted)
        line.insert(QStringLiteral("confirmed"), o.confirmed);
    // The outcome stands whether or not this line could be written (a failure is logged).
    m_run.journal.append({line}, [this, o](bool, const QString &) {
        m_run.journal.close();
        emitFinished(o);
    });
}

void RunOrchestrator::emitFinished(const RunOutcome &o)
{
    m_run.running = false;
    RunProgress p = m_run.progress.now();
    p.done = o.status == RunOutcome::Status::Deleted ? 1 : 0;
    emit m_runner->progress(p);
    emit m_runner->finished(o);
}

} // namespace wod::net
