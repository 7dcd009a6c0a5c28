#include "RunHandler.h"

#include "RunContext.h"

namespace wod::net {

bool RunHandler::goesOnAfterJournal(RunContext &run, bool ok, const QString &error)
{
    if (!ok) {
        run.stopWith(RunContext::localError(error));
        finishStopped();
        return false;
    }
    if (run.cancelRequested) {
        finishCancelled();
        return false;
    }
    return true;
}

} // namespace wod::net
