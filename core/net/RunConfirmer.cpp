#include "RunConfirmer.h"

#include "RunContext.h"
#include "RunErrorPolicy.h"
#include "RunHandler.h"
#include "RunOutcomes.h"

#include <QTimer>

namespace wod::net {

void RunConfirmer::start()
{
    m_run.progress.setPhase(RunPhase::Confirming);
    m_clock.start();
    poll();
}

void RunConfirmer::poll()
{
    m_run.client->organization(
        m_run.plan.orgId,
        m_run.whileAlive<ApiOrganization>([this](const Result<ApiOrganization> &r) {
            if (m_run.finished)
                return;
            const auto *e = std::get_if<ApiError>(&r);
            if (e && e->kind == ApiError::Kind::NotFound) {
                m_handler.finish(RunOutcomes::deleted(m_run, true), false);
                return;
            }
            if ((e && RunErrorPolicy::isFatal(e->kind))
                || m_clock.elapsed() >= m_run.options.confirmTimeoutMs) {
                m_handler.finish(RunOutcomes::deleted(m_run, false), false);
                return;
            }
            m_run.progress.report(false);
            const qint64 left = m_run.options.confirmTimeoutMs - m_clock.elapsed();
            QTimer::singleShot(int(std::min<qint64>(m_run.options.confirmPollIntervalMs, left)),
                               m_run.owner, [this] { poll(); });
        }));
}

} // namespace wod::net
