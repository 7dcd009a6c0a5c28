#include "Journal.h"

#include "WebexId.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <algorithm>

namespace wod::net {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wod::net::Journal", text);
}
} // namespace

QString Journal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/webex-org-delete/journals");
}

QString Journal::newJournalPath(const QString &directory, const QString &orgId)
{
    // Readable and sortable: run-<UTC time>-<first uuid group of the org>.jsonl; a counter keeps
    // two runs started within the same millisecond apart.
    QString org = WebexId::toUuid(orgId).section(QLatin1Char('-'), 0, 0);
    org.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    if (org.isEmpty())
        org = QStringLiteral("org");
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString base = QDir(directory).filePath(QStringLiteral("run-%1-%2").arg(stamp, org.left(12)));
    QString path = base + QStringLiteral(".jsonl");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QStringLiteral("-%1.jsonl").arg(n);
    return path;
}

std::optional<JournalSummary> Journal::read(const QString &path, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<JournalSummary> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.exists())
        return fail(tr("no such journal"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray data = file.readAll();
    JournalSummary s;
    s.path = path;
    bool havePlan = false;
    const QList<QByteArray> lines = data.split('\n');
    qsizetype lastNonEmpty = lines.size() - 1;
    while (lastNonEmpty >= 0 && lines.at(lastNonEmpty).trimmed().isEmpty())
        --lastNonEmpty;
    for (qsizetype i = 0; i <= lastNonEmpty; ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            // A crash mid-write leaves the last line torn: it recorded nothing durable. After the
            // plan, a damaged line is such a fragment that a resumed run closed with a newline.
            // Before the plan, the file is not a journal we can trust.
            if (i == lastNonEmpty || havePlan) {
                s.tornTail = true;
                continue;
            }
            return fail(tr("line %1 is not JSON: %2").arg(i + 1).arg(parseError.errorString()));
        }
        const QJsonObject o = doc.object();
        const QString type = o.value(QLatin1String("type")).toString();
        const QDateTime at =
            QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
        if (at.isValid())
            s.lastUpdate = at;
        if (!havePlan) {
            if (type != QLatin1String("plan"))
                return fail(tr("the first line is not a deletion plan"));
            QString planError;
            const auto plan = DeletionPlan::fromJson(o, &planError);
            if (!plan)
                return fail(planError);
            s.plan = *plan;
            s.usersTotal = int(plan->users.size());
            s.userRecords.reserve(plan->users.size());
            havePlan = true;
            continue;
        }
        if (type == QLatin1String("user")) {
            JournalUserRecord r;
            r.id = o.value(QLatin1String("id")).toString();
            r.email = o.value(QLatin1String("email")).toString();
            r.outcome = o.value(QLatin1String("outcome")).toString();
            r.trackingId = o.value(QLatin1String("trackingId")).toString();
            r.error = o.value(QLatin1String("error")).toString();
            if (r.id.isEmpty())
                continue;
            auto it = s.userRecords.find(r.id);
            // A handled user stays handled: a later "failed" (impossible by construction) never
            // makes a resume touch them again.
            if (it == s.userRecords.end())
                s.userRecords.insert(r.id, r);
            else if (!it->isHandled())
                *it = r;
        } else if (type == QLatin1String("probe_sent")) {
            s.probeSent = true;
        } else if (type == QLatin1String("probe")) {
            s.probeSent = true;
            s.probeStatus = o.value(QLatin1String("status")).toInt();
            s.probePassed = o.value(QLatin1String("passed")).toBool();
        } else if (type == QLatin1String("org_delete_sent")) {
            s.orgDeleteSent = true;
        } else if (type == QLatin1String("org_delete")) {
            s.orgDeleteSent = true;
            s.orgDeleteStatus = o.value(QLatin1String("status")).toInt();
            s.orgDeleteTrackingId = o.value(QLatin1String("trackingId")).toString();
        } else if (type == QLatin1String("finished")) {
            s.finished = true;
            s.finalStatus = o.value(QLatin1String("status")).toString();
        } else if (type == QLatin1String("resumed")) {
            // A resumed run continues: an earlier non-final "finished" no longer describes it.
            s.finished = false;
            s.finalStatus.clear();
        }
    }
    if (!havePlan)
        return fail(tr("the journal is empty"));
    int done = 0;
    for (const JournalUserRecord &r : std::as_const(s.userRecords))
        done += r.isHandled() ? 1 : 0;
    s.usersDone = done;
    if (!s.lastUpdate.isValid())
        s.lastUpdate = QFileInfo(path).lastModified().toUTC();
    return s;
}

QList<JournalSummary> Journal::pending(const QString &directory)
{
    QList<JournalSummary> result;
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files);
    for (const QString &name : names) {
        const auto summary = read(dir.filePath(name), nullptr);
        if (summary && summary->isPending())
            result.append(*summary);
    }
    std::sort(result.begin(), result.end(), [](const JournalSummary &a, const JournalSummary &b) {
        return a.lastUpdate > b.lastUpdate;
    });
    return result;
}

} // namespace wod::net
