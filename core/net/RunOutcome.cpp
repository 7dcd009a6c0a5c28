#include "RunOutcome.h"

namespace wod::net {

QString toWireName(RunOutcome::Status status)
{
    switch (status) {
    case RunOutcome::Status::Deleted: return QStringLiteral("deleted");
    case RunOutcome::Status::Blocked: return QStringLiteral("blocked");
    case RunOutcome::Status::Changed: return QStringLiteral("changed");
    case RunOutcome::Status::Cancelled: return QStringLiteral("cancelled");
    case RunOutcome::Status::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

} // namespace wod::net
