#include "RunUserConvert.h"

#include "RunContext.h"
#include "RunUsers.h"

namespace wod::net {

void RunUserConvert::sendNext()
{
    const qsizetype i = m_users.takeNext();
    m_users.requestSent();
    const QString id = m_run.plan.users.at(i).id;
    m_run.client->convertPerson(
        m_run.plan.orgId, id,
        m_run.whileAlive<ConvertResult>([this, i, id](const Result<ConvertResult> &r) {
            m_users.requestAnswered();
            if (std::holds_alternative<ConvertResult>(r))
                m_users.record(i, UserOutcome::Converted, m_run.tracking.takePerson(id), {});
            else
                m_users.fail(i, std::get<ApiError>(r));
            m_users.pump();
        }));
}

} // namespace wod::net
