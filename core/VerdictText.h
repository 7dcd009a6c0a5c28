#pragma once
// The human-readable checklist printed by `webex-org-delete --check`: one line per check with a
// textual status ([ OK ], [FAIL], [ ?? ], [INFO]) so it reads without colour, then the verdict.

#include "OrgSnapshot.h"
#include "Verdict.h"

#include <QString>

namespace wod {

QString verdictToText(const OrgSnapshot &snapshot, const Verdict &verdict);

} // namespace wod
