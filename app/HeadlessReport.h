#pragma once
// What the headless commands print and which exit code they end with, apart from the command's
// own flow (HeadlessCommand): the dry-run plan (text or one JSON object), a progress line, the
// result of a run, and the ExitCode for an error or an outcome. Writes only to the streams it is
// given; never the token.

#include "DeletionPlan.h"
#include "OrgSnapshot.h"
#include "Verdict.h"

#include <QStringList>

class QTextStream;

namespace wod::net {
struct ApiError;
struct RunOutcome;
struct RunProgress;
} // namespace wod::net

namespace wod::HeadlessReport {

// What --delete --dry-run found, for printing.
struct DryRun
{
    const OrgSnapshot &snapshot;
    const Verdict &verdict;
    const DeletionPlan &plan;
    UserDisposition disposition;
    bool confirmGiven = false;   // --confirm was given
    bool confirmMatches = false; // ... and matches the organization's name exactly
    QStringList unconfirmed;     // checks the server cannot report, not named by --confirm-unknown
    QString unconfirmedText;     // the sentence that asks for them
};

// The verdict as --check prints it: the checklist as text, or one JSON object (`json`).
void printVerdict(QTextStream &out, const OrgSnapshot &snapshot, const Verdict &verdict, bool json);
void printDryRunJson(QTextStream &out, const DryRun &dryRun);
void printDryRunText(QTextStream &out, const DryRun &dryRun);
// One line of human progress ("Handling users: 3/10, 1 failed, about 4 s left").
QString progressLine(const net::RunProgress &progress);
// The result of a run for a terminal: what happened, the users, blockers, tracking ids, how to
// resume, and where the receipt is (`receiptPath` empty: none written).
void printOutcomeText(QTextStream &out, const net::RunOutcome &outcome, const QString &receiptPath);

int exitCodeFor(const net::ApiError &error);
// `resuming`: --resume, where a journal that cannot be read is an input error.
int exitCodeFor(const net::RunOutcome &outcome, bool resuming);

} // namespace wod::HeadlessReport
