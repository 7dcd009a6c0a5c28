#include "RunUserDelete.h"

#include "RunContext.h"
#include "RunUsers.h"

namespace wod::net {

void RunUserDelete::sendNext()
{
    const qsizetype i = m_users.takeNext();
    m_users.requestSent();
    const QString id = m_run.plan.users.at(i).id;
    m_run.client->deletePerson(
        id, m_run.whileAlive<std::monostate>([this, i, id](const Result<std::monostate> &r) {
            m_users.requestAnswered();
            if (std::holds_alternative<std::monostate>(r))
                m_users.record(i, UserOutcome::Deleted, m_run.tracking.takePerson(id), {});
            else
                m_users.fail(i, std::get<ApiError>(r));
            m_users.pump();
        }));
}

} // namespace wod::net
