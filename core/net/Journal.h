#pragma once
// The on-disk journal of a deletion run: JSON lines, one object per line, each line flushed and
// fsync'd before the step it records is considered durable. The first line is the plan
// ({"type":"plan", ...DeletionPlan::toJson()}); later lines record steps, e.g.
//   {"type":"user","id":...,"outcome":"converted|deleted|gone|failed","trackingId":...}
//   {"type":"probe_sent"} {"type":"probe","status":409|204|...,"passed":bool,"blockers":[codes]}
//   {"type":"org_delete_sent"} {"type":"org_delete","status":204|409,...} {"type":"confirmed"}
//   {"type":"finished","status":"deleted|blocked|changed|cancelled|failed"}
// Never contains the access token. A torn last line (crash mid-write) is ignored on read.

#include "DeletionPlan.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace wod::net {

// The last line recorded for one user: what happened to them and the server's tracking id.
struct JournalUserRecord
{
    QString id;
    QString email;
    QString outcome;    // converted|deleted|gone (handled) or failed (to retry on resume)
    QString trackingId;
    QString error;      // failed: the error's wire form, never the token
    bool isHandled() const { return outcome != QLatin1String("failed") && !outcome.isEmpty(); }
};

// What a journal says about its run, for "resume?" offers and --resume.
struct JournalSummary
{
    QString path;
    DeletionPlan plan;
    int usersDone = 0;        // handled (converted, deleted or already gone)
    int usersTotal = 0;
    bool orgDeleteSent = false;
    bool finished = false;    // a "finished" line with a terminal status exists
    QString finalStatus;      // of the finished line, else empty
    QDateTime lastUpdate;
    // Added for resume: the last record per user id, and the organization DELETE's answer.
    QHash<QString, JournalUserRecord> userRecords;
    int orgDeleteStatus = 0;      // HTTP status of the recorded org DELETE answer, 0 if none
    QString orgDeleteTrackingId;
    bool tornTail = false;        // the last line was incomplete (crash mid-write) and ignored
    // The organization's DELETE sent first as a probe (DeletionRunner): sent, its answer's
    // status (0 = unanswered) and whether it let the users go ahead (409 naming only
    // multiple_users).
    bool probeSent = false;
    int probeStatus = 0;
    bool probePassed = false;
    bool isPending() const { return !finished || finalStatus == QLatin1String("cancelled")
                                 || finalStatus == QLatin1String("failed")
                                 || finalStatus == QLatin1String("blocked"); }
};

class Journal
{
public:
    // $XDG_DATA_HOME/webex-org-delete/journals (QStandardPaths::AppDataLocation + "/journals").
    static QString defaultDirectory();
    // A new file name in `directory` for a run on `orgId`.
    static QString newJournalPath(const QString &directory, const QString &orgId);
    // Reads a journal; nullopt with a clear `error` for a missing, unreadable or malformed file.
    static std::optional<JournalSummary> read(const QString &path, QString *error);
    // Journals in `directory` whose run can be resumed, newest first.
    static QList<JournalSummary> pending(const QString &directory);
};

} // namespace wod::net
