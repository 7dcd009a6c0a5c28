#include "DeletionRunner.h"

#include "RunLogging.h"
#include "RunOrchestrator.h"

Q_LOGGING_CATEGORY(lcNetRunner, "wod.net.runner")

namespace wod::net {

// The run itself is RunOrchestrator (its states and transitions: RunOrchestrator.h).
class DeletionRunner::Private : public RunOrchestrator
{
public:
    using RunOrchestrator::RunOrchestrator;
};

DeletionRunner::DeletionRunner(ApiClient *client, const RunnerOptions &options, QObject *parent)
    : QObject(parent), d(new Private(this, client, options))
{
}

DeletionRunner::~DeletionRunner()
{
    delete d;
}

void DeletionRunner::start(const DeletionPlan &plan)
{
    d->start(plan);
}

void DeletionRunner::start(const OrgSnapshot &snapshot, const Verdict &verdict,
                           UserDisposition disposition, const QDateTime &confirmedAt,
                           const QStringList &confirmedUnknown)
{
    d->start(snapshot, verdict, disposition, confirmedAt, confirmedUnknown);
}

void DeletionRunner::resume(const QString &journalPath)
{
    d->resume(journalPath);
}

bool DeletionRunner::cancel()
{
    return d->cancel();
}

bool DeletionRunner::isRunning() const
{
    return d->isRunning();
}

} // namespace wod::net
