#include "WizardExports.h"

#include "DryRunText.h"
#include "WizardFiles.h"

#include <QFileInfo>

namespace wod::ui {

WizardExports::Format WizardExports::formatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
        ? Format::Csv
        : Format::Json;
}

bool WizardExports::isComplete(const std::optional<OrgSnapshot> &snapshot, QString *error)
{
    if (snapshot && snapshot->isUserListComplete())
        return true;
    if (error)
        *error = snapshot ? tr("The user list is still being read.")
                          : tr("The organization has not been read yet.");
    return false;
}

namespace {

// What an export may be made from: isComplete(), but without a snapshot `whenMissing`.
bool exportable(const std::optional<OrgSnapshot> &snapshot, const QString &whenMissing,
                QString *error)
{
    if (!snapshot && error)
        *error = whenMissing;
    return snapshot && WizardExports::isComplete(snapshot, error);
}

} // namespace

bool WizardExports::checklist(const QString &path, Format format,
                              const std::optional<OrgSnapshot> &snapshot, const Verdict &verdict,
                              QString *error)
{
    if (!exportable(snapshot, tr("There is no checklist yet."), error))
        return false;
    return format == Format::Json ? WizardFiles::writeChecklistJson(path, *snapshot, verdict, error)
                                  : WizardFiles::writeChecklistCsv(path, verdict, error);
}

bool WizardExports::users(const QString &path, const std::optional<OrgSnapshot> &snapshot,
                          QString *error)
{
    if (!exportable(snapshot, tr("There is no user list yet."), error))
        return false;
    return WizardFiles::writeUsersCsv(path, *snapshot, error);
}

bool WizardExports::receipt(const QString &path, const std::optional<wod::net::RunOutcome> &outcome,
                            const std::optional<OrgSnapshot> &snapshot, QString *error)
{
    if (!outcome) {
        if (error)
            *error = tr("There is no result to save yet.");
        return false;
    }
    return WizardFiles::writeReceipt(path, *outcome, snapshot ? &*snapshot : nullptr, error);
}

QString WizardExports::dryRun(const std::optional<OrgSnapshot> &snapshot, const Verdict &verdict,
                              UserDisposition disposition, const QDateTime &now,
                              const QStringList &confirmedUnknown)
{
    QString notYet;
    if (!isComplete(snapshot, &notYet))
        return notYet;
    return DryRunText::describe(
        DeletionPlan::fromSnapshot(*snapshot, verdict, disposition, now, confirmedUnknown),
        disposition);
}

} // namespace wod::ui
