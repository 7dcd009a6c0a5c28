#include "RunScimBulkDelete.h"

#include "RunContext.h"
#include "RunErrorPolicy.h"
#include "RunLogging.h"
#include "RunUsers.h"
#include "ScimBulkAnswer.h"
#include "WebexId.h"

#include <QHash>
#include <QSet>

namespace wod::net {

void RunScimBulkDelete::sendNext()
{
    QList<qsizetype> chunk;
    QStringList uuids;
    while (m_users.hasQueued() && chunk.size() < m_run.options.bulkSize) {
        const qsizetype i = m_users.takeNext();
        chunk.append(i);
        uuids.append(WebexId::toUuid(m_run.plan.users.at(i).id));
    }
    m_users.requestSent();
    const QString orgUuid = WebexId::toUuid(m_run.plan.orgId);
    m_run.client->scimBulkDelete(
        orgUuid, uuids,
        m_run.whileAlive<ScimBulkResult>([this, chunk, uuids](const Result<ScimBulkResult> &r) {
            m_users.requestAnswered();
            onAnswer(chunk, uuids, r);
            m_users.pump();
        }));
}

// `uuids` parallel to `chunk`: SCIM answers name users by uuid. Looked up per request, not in an
// index of every user (100,000 uuids would cost ~15 MB for the whole run).
void RunScimBulkDelete::onAnswer(const QList<qsizetype> &chunk, const QStringList &uuids,
                                 const Result<ScimBulkResult> &r)
{
    if (const auto *e = std::get_if<ApiError>(&r)) {
        onRefused(chunk, *e);
        return;
    }
    const QString trackingId = m_run.tracking.lastBulk();
    QHash<QString, qsizetype> indexByUuid;
    indexByUuid.reserve(chunk.size());
    for (qsizetype k = 0; k < chunk.size(); ++k)
        indexByUuid.insert(uuids.at(k).toLower(), chunk.at(k));
    // RFC 7644 3.7.3 guarantees `location` (the resource URL, ending with the user's id); bulkId
    // and path are echoes some servers add.
    const auto indexOf = [&](const ScimBulkOperationResult &op) -> qsizetype {
        for (const QString &key : {ScimBulkAnswer::userUuidOf(op), op.bulkId, op.userUuid}) {
            if (key.isEmpty())
                continue;
            const auto it = indexByUuid.constFind(key.toLower());
            if (it != indexByUuid.constEnd())
                return *it;
        }
        return -1;
    };
    QSet<qsizetype> answered;
    for (const ScimBulkOperationResult &op : std::get<ScimBulkResult>(r).operations) {
        const qsizetype i = indexOf(op);
        if (i < 0 || answered.contains(i))
            continue;
        answered.insert(i);
        if (op.status == 204 || op.status == 200) {
            m_users.record(i, UserOutcome::Deleted, trackingId, {});
        } else if (op.status == 404) {
            m_users.record(i, UserOutcome::Gone, trackingId, {});
        } else {
            ApiError e;
            e.httpStatus = op.status;
            e.trackingId = trackingId;
            e.kind = op.status == 403   ? ApiError::Kind::Forbidden
                : op.status == 409      ? ApiError::Kind::Conflict
                : op.status == 401      ? ApiError::Kind::Unauthorized
                : op.status >= 500      ? ApiError::Kind::Server
                : op.status == 429      ? ApiError::Kind::RateLimited
                                        : ApiError::Kind::Malformed;
            e.message = op.detail.isEmpty()
                ? DeletionRunner::tr("SCIM Bulk answered %1 for this user").arg(op.status)
                : DeletionRunner::tr("SCIM Bulk answered %1 for this user: %2")
                      .arg(op.status)
                      .arg(op.detail);
            // A refusal of this one user is permanent: its SCIM detail goes to the receipt.
            if (e.kind == ApiError::Kind::Malformed || e.kind == ApiError::Kind::Forbidden)
                e.kind = ApiError::Kind::Conflict;
            m_users.fail(i, e);
        }
    }
    // An operation the answer does not name (e.g. the server stopped at failOnErrors) may or may
    // not have happened: re-read before sending it again.
    for (qsizetype i : chunk) {
        if (!answered.contains(i))
            m_users.markUncertain(
                {i}, RunContext::localError(DeletionRunner::tr("SCIM Bulk did not answer for "
                                                               "this user")));
    }
}

// The whole Bulk request failed.
void RunScimBulkDelete::onRefused(const QList<qsizetype> &chunk, const ApiError &e)
{
    const bool refused = e.kind == ApiError::Kind::NotFound
        || e.kind == ApiError::Kind::Forbidden || e.httpStatus == 400;
    if (refused) {
        fallBackToPublicApi(chunk, e);
        return;
    }
    if (e.kind == ApiError::Kind::Unauthorized) {
        // A 401 from the identity service is either the token (expired or revoked: the run stops
        // as for any 401 and the token is renewed) or this token not being good for SCIM. Ask
        // the public API with the same token: if it still answers, only Bulk was refused.
        m_users.requestSent();
        m_run.client->me(m_run.whileAlive<ApiPerson>([this, chunk, e](const Result<ApiPerson> &me) {
            m_users.requestAnswered();
            if (std::holds_alternative<ApiPerson>(me)) {
                fallBackToPublicApi(chunk, e);
            } else {
                for (qsizetype i : chunk)
                    m_users.fail(i, e);
            }
            m_users.pump();
        }));
        return;
    }
    if (RunErrorPolicy::isRetryable(e.kind)) {
        // The answer was lost (reset, timeout, 5xx, garbage): the deletions may have happened.
        m_users.markUncertain(chunk, e);
        return;
    }
    for (qsizetype i : chunk)
        m_users.fail(i, e);
}

// Bulk is not offered to this token (404, 403, 401 with a token the public API accepts) or the
// server rejects its body (400): the same users go one by one through the public
// DELETE /v1/people/{id}, first in line. Said once, in the log and with the progress.
void RunScimBulkDelete::fallBackToPublicApi(const QList<qsizetype> &chunk, const ApiError &e)
{
    if (m_users.bulkAvailable()) {
        m_users.setBulkAvailable(false);
        qCInfo(lcNetRunner).noquote()
            << "SCIM Bulk refused (" << e.toString() << "); deleting users one by one";
        m_run.progress.setNotice(
            e.httpStatus > 0
                ? DeletionRunner::tr("SCIM Bulk was refused (HTTP %1); deleting the users one "
                                     "by one.")
                      .arg(e.httpStatus)
                : DeletionRunner::tr("SCIM Bulk is not available; deleting the users one by "
                                     "one."));
        m_run.progress.report(true);
    }
    m_users.requeueFirst(chunk);
}

} // namespace wod::net
