#pragma once
// What the wizard writes or shows on request without changing anything: the checklist export,
// the user list export, the receipt and the dry run's text. Each refuses, with a reason in
// `error` (may be null), what it must not be made from: no snapshot yet, a partial one (the user
// list still arriving: SnapshotLoader::checklistReady), no outcome yet. The files themselves are
// WizardFiles' (atomic writes, never the token).

#include "DeletionPlan.h"
#include "OrgSnapshot.h"
#include "RunOutcome.h"
#include "Verdict.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace wod::ui {

class WizardExports
{
    Q_DECLARE_TR_FUNCTIONS(wod::ui::WizardExports)
public:
    enum class Format { Json, Csv };
    // CSV for a ".csv" path (any case), else JSON.
    static Format formatForPath(const QString &path);

    // The snapshot a plan, export or run may use: present and complete; else false and `error`.
    static bool isComplete(const std::optional<OrgSnapshot> &snapshot, QString *error);

    static bool checklist(const QString &path, Format format,
                          const std::optional<OrgSnapshot> &snapshot, const Verdict &verdict,
                          QString *error);
    static bool users(const QString &path, const std::optional<OrgSnapshot> &snapshot,
                      QString *error);
    static bool receipt(const QString &path, const std::optional<wod::net::RunOutcome> &outcome,
                        const std::optional<OrgSnapshot> &snapshot, QString *error);
    // The exact plan a confirmation at `now` (with these unknown checks confirmed) would carry
    // out, as text; while the snapshot is missing or partial, why there is none yet.
    static QString dryRun(const std::optional<OrgSnapshot> &snapshot, const Verdict &verdict,
                          UserDisposition disposition, const QDateTime &now,
                          const QStringList &confirmedUnknown);
};

} // namespace wod::ui
