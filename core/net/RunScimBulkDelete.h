#pragma once
// Deletes users by SCIM Bulk: up to options.bulkSize (at most 100) DELETE operations a request.
//  - Answers are matched to users by location (RFC 7644 3.7.3), then bulkId, then path;
//    204/200 -> deleted, 404 -> gone, another status -> that user fails (a refusal of one user
//    is permanent; its SCIM detail goes to the receipt).
//  - An operation the answer does not name, or a whole answer lost (reset, timeout, 5xx,
//    garbage), makes its users uncertain: RunUsers re-reads the people before resending.
//  - Bulk refused (400, 403, 404, or 401 while GET /people/me still accepts the token): the
//    same users go one by one (RunUserDelete), first in line; said once in the log and with the
//    progress. Any other 401 fails the users (the run stops; the token is renewed).

#include "ApiError.h"
#include "ApiClient.h"
#include "UserStrategy.h"

#include <QList>
#include <QStringList>

namespace wod::net {

struct RunContext;
class RunUsers;

class RunScimBulkDelete : public UserStrategy
{
public:
    RunScimBulkDelete(RunContext &run, RunUsers &users) : m_run(run), m_users(users) {}
    void sendNext() override;

private:
    void onAnswer(const QList<qsizetype> &chunk, const QStringList &uuids,
                  const Result<ScimBulkResult> &r);
    void onRefused(const QList<qsizetype> &chunk, const ApiError &e);
    void fallBackToPublicApi(const QList<qsizetype> &chunk, const ApiError &e);

    RunContext &m_run;
    RunUsers &m_users;
};

} // namespace wod::net
