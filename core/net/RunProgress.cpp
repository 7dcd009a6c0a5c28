#include "RunProgress.h"

namespace wod::net {

QString toWireName(RunPhase phase)
{
    switch (phase) {
    case RunPhase::Verifying: return QStringLiteral("verifying");
    case RunPhase::Users: return QStringLiteral("users");
    case RunPhase::Organization: return QStringLiteral("organization");
    case RunPhase::Confirming: return QStringLiteral("confirming");
    case RunPhase::Done: return QStringLiteral("done");
    }
    return QStringLiteral("done");
}

} // namespace wod::net
