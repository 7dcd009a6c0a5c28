#pragma once
// The files the wizard writes on request: the checklist (JSON as `--check --json` prints it, or
// CSV), the affected users (CSV) and the receipt (JSON). Each write is atomic (QSaveFile): a
// failure leaves any earlier file as it was and returns false with `error` (may be null) saying
// why. Never contains the token.

#include "OrgSnapshot.h"
#include "RunOutcome.h"
#include "Verdict.h"

#include <QString>

namespace wod::ui::WizardFiles {

bool writeChecklistJson(const QString &path, const OrgSnapshot &snapshot, const Verdict &verdict,
                        QString *error);
bool writeChecklistCsv(const QString &path, const Verdict &verdict, QString *error);
bool writeUsersCsv(const QString &path, const OrgSnapshot &snapshot, QString *error);
// The runner's receipt; one that ended before writing a receipt gets what is known (status,
// counts, tracking ids, and the organization when `snapshot` is set).
bool writeReceipt(const QString &path, const wod::net::RunOutcome &outcome,
                  const OrgSnapshot *snapshot, QString *error);

} // namespace wod::ui::WizardFiles
