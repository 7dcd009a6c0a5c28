#pragma once
// The exact plan a confirmation would carry out, as the Dry run window shows it: the organization
// and the acting admin (never converted or deleted), then the numbered steps (read again and stop
// if anything changed, convert or delete each user, DELETE the organization, wait until it is
// gone) and the fingerprint of what the admin saw. Text only: nothing is changed.

#include "DeletionPlan.h"

#include <QString>

namespace wod::ui::DryRunText {

QString describe(const DeletionPlan &plan, UserDisposition disposition);

} // namespace wod::ui::DryRunText
