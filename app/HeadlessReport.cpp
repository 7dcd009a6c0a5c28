#include "HeadlessReport.h"

#include "ApiError.h"
#include "AppOptions.h"
#include "RunOutcome.h"
#include "RunProgress.h"
#include "VerdictJson.h"
#include "VerdictText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace wod::HeadlessReport {

namespace {

// The texts of the headless commands share one context, whichever file prints them.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("wod::HeadlessCommand", text, disambiguation, n);
}

QString phaseText(net::RunPhase phase)
{
    switch (phase) {
    case net::RunPhase::Verifying: return tr("Checking that nothing changed");
    case net::RunPhase::Users: return tr("Handling users");
    case net::RunPhase::Organization: return tr("Deleting the organization");
    case net::RunPhase::Confirming: return tr("Confirming the organization is gone");
    case net::RunPhase::Done: return tr("Done");
    }
    return {};
}

QString actionText(UserDisposition disposition)
{
    return disposition == UserDisposition::Convert
        ? tr("convert to an individual account with a free Webex license")
        : tr("delete");
}

} // namespace

void printVerdict(QTextStream &out, const OrgSnapshot &snapshot, const Verdict &verdict, bool json)
{
    if (json)
        out << QJsonDocument(verdictToJson(snapshot, verdict)).toJson(QJsonDocument::Compact)
            << Qt::endl;
    else
        out << verdictToText(snapshot, verdict);
}

void printDryRunJson(QTextStream &out, const DryRun &d)
{
    QJsonArray steps;
    for (const Person &p : d.plan.users)
        steps.append(QJsonObject{{QStringLiteral("action"), toWireName(d.disposition)},
                                 {QStringLiteral("id"), p.id},
                                 {QStringLiteral("email"), p.email}});
    steps.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("delete_organization")},
                             {QStringLiteral("id"), d.plan.orgId}});
    QJsonObject o = verdictToJson(d.snapshot, d.verdict);
    o.insert(QStringLiteral("dryRun"), true);
    o.insert(QStringLiteral("disposition"), toWireName(d.disposition));
    o.insert(QStringLiteral("confirmMatches"), d.confirmMatches);
    o.insert(QStringLiteral("unconfirmedUnknown"), QJsonArray::fromStringList(d.unconfirmed));
    o.insert(QStringLiteral("steps"), steps);
    out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

void printDryRunText(QTextStream &out, const DryRun &d)
{
    const DeletionPlan &plan = d.plan;
    out << tr("Plan for the organization \"%1\" (%2), acting as %3:")
               .arg(plan.orgDisplayName, plan.orgId, plan.actorEmail)
        << Qt::endl;
    qsizetype n = 0;
    for (const Person &p : plan.users)
        out << QStringLiteral("  %1. %2: %3").arg(++n).arg(p.email, actionText(d.disposition))
            << Qt::endl;
    out << QStringLiteral("  %1. ").arg(++n)
        << tr("DELETE the organization \"%1\"; you (%2) lose access with it.")
               .arg(plan.orgDisplayName, plan.actorEmail)
        << Qt::endl;
    if (!d.verdict.eligible) {
        out << Qt::endl << verdictToText(d.snapshot, d.verdict);
    }
    if (d.confirmGiven && !d.confirmMatches)
        out << tr("--confirm does not match the organization's name exactly.") << Qt::endl;
    if (!d.unconfirmed.isEmpty())
        out << d.unconfirmedText << Qt::endl;
    out << tr("Dry run: nothing was changed.") << Qt::endl;
}

QString progressLine(const net::RunProgress &p)
{
    QString line = phaseText(p.phase);
    if (p.phase == net::RunPhase::Users) {
        line += QStringLiteral(": %1/%2").arg(p.done).arg(p.total);
        if (p.failed > 0)
            line += tr(", %1 failed").arg(p.failed);
        if (p.etaMs >= 0 && p.done < p.total)
            line += tr(", about %1 s left").arg((p.etaMs + 999) / 1000);
    }
    return line;
}

void printOutcomeText(QTextStream &out, const net::RunOutcome &outcome, const QString &receiptPath)
{
    if (outcome.status == net::RunOutcome::Status::Blocked) {
        // Users handled before the refusal stay handled: never "intact" then.
        out << tr("Cisco refused to delete the organization (HTTP 409); it was not deleted.")
            << Qt::endl;
        if (outcome.usersHandled > 0)
            out << tr("%1 users were already converted or deleted, as you chose, before the "
                      "refusal; this cannot be undone.")
                       .arg(outcome.usersHandled)
                << Qt::endl;
    } else {
        out << outcome.message << Qt::endl;
    }
    out << tr("Users handled: %1 of %2").arg(outcome.usersHandled).arg(outcome.usersTotal);
    if (outcome.usersFailed > 0)
        out << tr(" (%1 failed)").arg(outcome.usersFailed);
    out << Qt::endl;
    for (const Blocker &b : outcome.blockers)
        out << QStringLiteral("  - ") << b.message
            << (b.remedy.isEmpty() ? QString() : QStringLiteral(" ") + b.remedy) << Qt::endl;
    if (!outcome.trackingIds.isEmpty())
        out << tr("Tracking IDs: %1").arg(outcome.trackingIds.join(QStringLiteral(", ")))
            << Qt::endl;
    if (outcome.resumable)
        out << tr("Resume with: webex-org-delete --resume %1").arg(outcome.journalPath)
            << Qt::endl;
    if (!receiptPath.isEmpty())
        out << tr("Receipt: %1").arg(receiptPath) << Qt::endl;
}

int exitCodeFor(const net::ApiError &error)
{
    switch (error.kind) {
    case net::ApiError::Kind::Insecure:
        return ExitCode::UsageOrInput;
    default:
        return ExitCode::NetworkOrAuth;
    }
}

int exitCodeFor(const net::RunOutcome &outcome, bool resuming)
{
    int code = ExitCode::DeletionFailed;
    switch (outcome.status) {
    case net::RunOutcome::Status::Deleted: code = ExitCode::Eligible; break;
    case net::RunOutcome::Status::Blocked:
    case net::RunOutcome::Status::Changed:
    case net::RunOutcome::Status::Cancelled: code = ExitCode::DeletionFailed; break;
    case net::RunOutcome::Status::Failed:
        switch (outcome.error.kind) {
        case net::ApiError::Kind::Conflict: code = ExitCode::DeletionFailed; break;
        case net::ApiError::Kind::Malformed:
            code = resuming && outcome.usersHandled == 0 && outcome.usersTotal == 0
                ? ExitCode::UsageOrInput
                : ExitCode::NetworkOrAuth;
            break;
        default: code = exitCodeFor(outcome.error); break;
        }
        break;
    }
    return code;
}

} // namespace wod::HeadlessReport
