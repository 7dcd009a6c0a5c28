#pragma once
// The machine-readable verdict printed by `webex-org-delete --check --json`:
// {"org": {"id", "displayName"}, "eligible", "criterion" (or null), "popup", "usersToHandle",
//  "blockers": [{"code", "message", "remedy", "details"}], "unknown": [...], "checklist": [...]}

#include "OrgSnapshot.h"
#include "Verdict.h"

#include <QJsonObject>

namespace wod {

QJsonObject blockerToJson(const Blocker &blocker);
QJsonObject verdictToJson(const OrgSnapshot &snapshot, const Verdict &verdict);

} // namespace wod
