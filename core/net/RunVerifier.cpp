#include "RunVerifier.h"

#include "BackgroundTask.h"
#include "EligibilityPolicy.h"
#include "RunContext.h"
#include "RunHandler.h"
#include "RunOutcomes.h"
#include "RunState.h"
#include "SnapshotLoader.h"

#include <QSet>

namespace wod::net {

void RunVerifier::start()
{
    m_loader = new SnapshotLoader(m_run.client, m_run.owner);
    m_loader->setKnownUsers(m_run.plan.users); // the re-read shares the plan's strings
    QObject::connect(m_loader, &SnapshotLoader::loaded, m_run.owner,
                     [this](const OrgSnapshot &snapshot) {
                         m_loader->deleteLater();
                         if (!m_run.cancelRequested)
                             check(snapshot);
                     });
    QObject::connect(m_loader, &SnapshotLoader::failed, m_run.owner, [this](const ApiError &error) {
        m_loader->deleteLater();
        if (m_run.cancelRequested)
            return;
        RunOutcome o = RunOutcomes::base(m_run, RunOutcome::Status::Failed);
        o.error = error;
        o.message = DeletionRunner::tr("Could not re-read the organization before deleting it; "
                                       "nothing was done: %1")
                        .arg(error.message);
        o.trackingIds = RunOutcomes::nonEmpty({error.trackingId});
        m_handler.finish(o, false);
    });
    m_loader->load(m_run.plan.orgId);
}

void RunVerifier::cancel()
{
    if (m_loader)
        m_loader->cancel();
}

// Evaluating and fingerprinting a large organization (sorting every user) takes a while: done on
// the BackgroundTask worker with its own (shared) copies of the snapshot and the plan, which are
// dropped there, so a 100,000-user organization is not held twice while the plan line is written.
void RunVerifier::check(const OrgSnapshot &snapshot)
{
    BackgroundTask::run<Check>(
        m_run.owner,
        [snapshot, plan = m_run.plan] {
            Check check;
            check.verdict = EligibilityPolicy::evaluate(snapshot);
            check.unchanged =
                DeletionPlan::fingerprintOf(snapshot, check.verdict) == plan.fingerprint;
            if (!check.unchanged)
                check.change = describeChange(plan, snapshot, check.verdict);
            return check;
        },
        [this](Check &&check) {
            if (!m_run.cancelRequested && !m_run.finished)
                onChecked(check);
        });
}

void RunVerifier::onChecked(const Check &check)
{
    if (!check.unchanged) {
        RunOutcome o = RunOutcomes::base(m_run, RunOutcome::Status::Changed);
        o.blockers = check.verdict.blockers;
        o.message = check.change;
        m_handler.finish(o, false);
        return;
    }
    if (!check.verdict.eligible) {
        // The admin confirmed a plan with blockers: converting users of an organization that
        // cannot be deleted would only do harm. Nothing is done.
        RunOutcome o = RunOutcomes::base(m_run, RunOutcome::Status::Blocked);
        o.blockers = check.verdict.blockers;
        o.message = DeletionRunner::tr("The organization cannot be deleted yet; no user was "
                                       "changed.");
        m_handler.finish(o, false);
        return;
    }
    m_probeNeeded = !check.verdict.unknown.isEmpty() && !m_run.plan.users.isEmpty();
    m_handler.advance(RunEvent::Verified);
}

QString RunVerifier::describeChange(const DeletionPlan &plan, const OrgSnapshot &s,
                                    const Verdict &verdict)
{
    QStringList what;
    if (s.orgId != plan.orgId)
        what << DeletionRunner::tr("it is a different organization");
    if (s.orgDisplayName != plan.orgDisplayName)
        what << DeletionRunner::tr("its name changed from \"%1\" to \"%2\"")
                    .arg(plan.orgDisplayName, s.orgDisplayName);
    if (s.actor.id != plan.actorId
        || s.actor.email.compare(plan.actorEmail, Qt::CaseInsensitive) != 0)
        what << DeletionRunner::tr("you are signed in as %1, not %2")
                    .arg(s.actor.email, plan.actorEmail);
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
        what << DeletionRunner::tr("%Ln user(s) joined (%1)", nullptr, addedCount)
                    .arg(added.join(QStringLiteral(", ")));
    if (removedCount > 0)
        what << DeletionRunner::tr("%Ln user(s) left (%1)", nullptr, removedCount)
                    .arg(removed.join(QStringLiteral(", ")));
    if (what.isEmpty()) {
        QStringList codes;
        for (const Blocker &b : verdict.blockers)
            codes << toWireName(b.code);
        what << (codes.isEmpty() ? DeletionRunner::tr("its blockers changed (now none)")
                                 : DeletionRunner::tr("its blockers changed (now: %1)")
                                       .arg(codes.join(QStringLiteral(", "))));
    }
    return DeletionRunner::tr("The organization changed since you confirmed: %1. Nothing was "
                              "done; check it again.")
        .arg(what.join(QStringLiteral("; ")));
}

} // namespace wod::net
