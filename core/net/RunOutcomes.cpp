#include "RunOutcomes.h"

#include "Receipt.h"
#include "RunContext.h"

namespace wod::net {

RunOutcome RunOutcomes::base(const RunContext &run, RunOutcome::Status status)
{
    RunOutcome o;
    o.status = status;
    o.usersHandled = run.users.handled();
    o.usersFailed = run.users.failed();
    o.usersTotal = int(run.plan.users.size());
    return o;
}

QStringList RunOutcomes::nonEmpty(const QStringList &list)
{
    QStringList out;
    for (const QString &s : list) {
        if (!s.isEmpty() && !out.contains(s))
            out.append(s);
    }
    return out;
}

RunOutcome RunOutcomes::deleted(const RunContext &run, bool confirmed)
{
    RunOutcome o = base(run, RunOutcome::Status::Deleted);
    o.confirmed = confirmed;
    o.trackingIds = nonEmpty({run.facts.orgDeleteTrackingId});
    o.deletedAtProbe = run.facts.deletedAtProbe;
    const DeletionPlan &plan = run.plan;
    if (run.facts.deletedAtProbe) {
        o.message = DeletionRunner::tr("Cisco deleted the organization \"%1\" at the first "
                                       "request, although it still had %n other user(s); this "
                                       "run converted or deleted none of them.",
                                       nullptr, int(plan.users.size()))
                        .arg(plan.orgDisplayName);
        if (!confirmed)
            o.message += QLatin1Char(' ')
                + DeletionRunner::tr("It had not disappeared yet when confirmation stopped.");
        return o;
    }
    o.message = confirmed
        ? DeletionRunner::tr("The organization \"%1\" was deleted.").arg(plan.orgDisplayName)
        : DeletionRunner::tr("The organization \"%1\" accepted the deletion; it had not "
                             "disappeared yet when confirmation stopped.")
              .arg(plan.orgDisplayName);
    return o;
}

RunOutcome RunOutcomes::cancelled(const RunContext &run)
{
    RunOutcome o = base(run, RunOutcome::Status::Cancelled);
    o.error.kind = ApiError::Kind::Cancelled;
    o.message = run.users.handled() > 0 || run.facts.resumed
        ? DeletionRunner::tr("Cancelled before the organization was deleted; %1 of %2 users "
                             "were handled. Resume to continue.")
              .arg(run.users.handled())
              .arg(run.plan.users.size())
        : DeletionRunner::tr("Cancelled; nothing was changed.");
    return o;
}

RunOutcome RunOutcomes::stopped(const RunContext &run)
{
    RunOutcome o = base(run, RunOutcome::Status::Failed);
    if (run.stopError)
        o.error = *run.stopError;
    o.trackingIds = nonEmpty(run.decisiveTrackingIds + QStringList{o.error.trackingId});
    QString why = o.error.message.isEmpty() ? o.error.toString() : o.error.message;
    if (o.error.kind == ApiError::Kind::Unauthorized)
        why = DeletionRunner::tr("the access token was refused or expired (%1)").arg(why);
    o.message = DeletionRunner::tr("Stopped after %1 of %2 users; the organization was not "
                                   "deleted: %3. Resume to continue.")
                    .arg(run.users.handled())
                    .arg(run.plan.users.size())
                    .arg(why);
    return o;
}

ReceiptDocument RunOutcomes::receipt(const RunContext &run, const RunOutcome &outcome)
{
    Receipt r;
    r.plan = &run.plan;
    r.startedAt = run.facts.startedAt;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    r.resumed = run.facts.resumed;
    r.orgDeleteStatus = run.facts.orgDeleteStatus;
    r.orgDeleteTrackingId = run.facts.orgDeleteTrackingId;
    r.probeStatus = run.facts.probeStatus;
    r.probePassed = run.facts.probePassed;
    r.probeTrackingId = run.facts.probeTrackingId;
    r.outcomes = run.users.states(); // shared, not copied
    return r.toDocument(outcome);
}

} // namespace wod::net
