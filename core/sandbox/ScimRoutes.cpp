// The SCIM Users and Bulk resources of the sandbox (ApiResources::addScim).

#include "ApiResources.h"

#include "ApiRoutes.h"
#include "FaultInjector.h"
#include "SandboxState.h"
#include "ScimUsersPage.h"

#include <QJsonDocument>

namespace wod::sandbox {

namespace {

const QString kErrorSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");

// A SCIM error body (RFC 7644 3.12) for the whole Bulk request.
SandboxResponse scimError(const RouteContext &c, int status, const QString &detail)
{
    return SandboxResponse::json(status,
                                 QJsonObject{{QStringLiteral("schemas"), QJsonArray{kErrorSchema}},
                                             {QStringLiteral("status"), QString::number(status)},
                                             {QStringLiteral("detail"), detail},
                                             {QStringLiteral("trackingId"), c.trackingId}});
}

// Strictly Cisco's schema (BulkUser): schemas, failOnErrors (1..100) and operations, spelled so
// (stricter than RFC 7643's case-insensitive names, as a strict server). nullopt: it conforms.
std::optional<SandboxResponse> strictSchemaError(const RouteContext &c, const QJsonObject &root)
{
    const int f = root.value(QLatin1String("failOnErrors")).toInt(0);
    if (!root.value(QLatin1String("operations")).isArray())
        return scimError(c, 400, QStringLiteral("operations must be a list."));
    if (!root.value(QLatin1String("schemas"))
             .toArray()
             .contains(QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest")))
        return scimError(c, 400, QStringLiteral("schemas must name the BulkRequest schema."));
    if (f < 1 || f > 100)
        return scimError(c, 400, QStringLiteral("failOnErrors must be a number from 1 to 100."));
    return std::nullopt;
}

// Carries out one Bulk operation and returns its entry of "Operations"; `failed` when it did not
// succeed.
QJsonObject runOperation(RouteContext &c, const QString &orgUuid, const QJsonObject &op,
                         bool *failed)
{
    const QString method = op.value(QLatin1String("method")).toString();
    const QString path = op.value(QLatin1String("path")).toString();
    QString status = QStringLiteral("400");
    QString detail = QStringLiteral("Only DELETE of /Users/{id} is supported.");
    if (method.compare(QLatin1String("DELETE"), Qt::CaseInsensitive) == 0 &&
        path.startsWith(QLatin1String("/Users/")) && path.count(QLatin1Char('/')) == 2) {
        switch (c.state.deleteUser(c.state.indexOfId(path.mid(7)))) {
        case SandboxState::Change::Done:
            status = QStringLiteral("204");
            break;
        case SandboxState::Change::IsActor:
            status = QStringLiteral("409");
            detail = QStringLiteral("You cannot delete your own account.");
            break;
        case SandboxState::Change::AlreadyDone:
        case SandboxState::Change::NotFound:
            status = QStringLiteral("404");
            detail = ApiRoutes::notFoundMessage();
            break;
        }
    }
    QJsonObject result{{QStringLiteral("method"), method}, {QStringLiteral("status"), status}};
    if (c.faults.config().scimBulkRfc) {
        // RFC 7644 3.7.3: location always (for a DELETE); bulkId only for a POST.
        QUrl location = c.baseUrl;
        location.setPath(QStringLiteral("/identity/scim/%1/v2%2").arg(orgUuid, path));
        result.insert(QStringLiteral("location"), location.toString());
        if (method == QLatin1String("POST") && op.contains(QLatin1String("bulkId")))
            result.insert(QStringLiteral("bulkId"), op.value(QLatin1String("bulkId")));
    } else {
        result.insert(QStringLiteral("path"), path);
        if (op.contains(QLatin1String("bulkId")))
            result.insert(QStringLiteral("bulkId"), op.value(QLatin1String("bulkId")));
    }
    *failed = status != QLatin1String("204");
    if (*failed)
        result.insert(QStringLiteral("response"),
                      QJsonObject{{QStringLiteral("schemas"), QJsonArray{kErrorSchema}},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("detail"), detail}});
    return result;
}

// SCIM "Search users" (ScimUsersPage). A token without the identity scopes gets 403, as on the
// real service: faults.scimUsers = false emulates one.
SandboxResponse scimUsers(RouteContext &c, const QStringList &params)
{
    if (!c.state.isOrg(params.at(0)))
        return c.notFound();
    if (!c.faults.config().scimUsers)
        return c.error(403, QStringLiteral("The access token lacks the identity:people_read "
                                           "scope needed for SCIM."));
    if (!c.actorIsAdmin())
        return c.forbidden(RouteContext::kNotAdmin);
    return ScimUsersPage::answer(c.state, c.request.query, c.trackingId,
                                 c.faults.config().scimUsersMaxCount);
}

SandboxResponse bulk(RouteContext &c, const QStringList &params)
{
    const QString &orgUuid = params.at(0);
    const FaultConfig &config = c.faults.config();
    if (!config.scimBulk || !c.state.isOrg(orgUuid))
        return c.notFound();
    if (config.scimBulkStatus >= 400)
        return scimError(c, config.scimBulkStatus,
                         config.scimBulkStatus == 403
                             ? QStringLiteral("The token lacks the scope identity:people_rw.")
                             : QStringLiteral("The identity service refused the request."));
    if (!c.canWriteUsers())
        return c.forbidden(RouteContext::kNotUserAdmin);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(c.request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return c.error(400, QStringLiteral("The request body is not a JSON object."));
    const QJsonObject root = doc.object();
    if (config.scimBulkRfc) {
        if (std::optional<SandboxResponse> refused = strictSchemaError(c, root))
            return *refused;
    }
    const QJsonValue opsValue = root.contains(QLatin1String("Operations"))
                                    ? root.value(QLatin1String("Operations"))
                                    : root.value(QLatin1String("operations"));
    if (!opsValue.isArray())
        return c.error(400, QStringLiteral("Operations must be a list."));
    const QJsonArray ops = opsValue.toArray();
    if (ops.size() > 100)
        return c.error(413, QStringLiteral("A bulk request carries at most 100 operations; this "
                                           "one has %1.")
                                .arg(ops.size()));
    const int failOnErrors = root.value(QLatin1String("failOnErrors")).toInt(0);
    int errors = 0;
    QJsonArray results;
    for (const QJsonValue &v : ops) {
        if (failOnErrors > 0 && errors >= failOnErrors)
            break; // RFC 7644 3.7.3: the remaining operations are not performed
        bool failed = false;
        results.append(runOperation(c, orgUuid, v.toObject(), &failed));
        errors += failed ? 1 : 0;
    }
    SandboxResponse answer = SandboxResponse::json(
        200, QJsonObject{
                 {QStringLiteral("schemas"),
                  QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkResponse")}},
                 {QStringLiteral("Operations"), results}});
    // Done, but the answer never arrives whole (as behind a proxy that gives up). Not a reset
    // before any byte: Qt's HTTP layer resends a request on such a reset by itself.
    if (c.faults.takeLostBulkAnswer())
        answer.delivery = SandboxResponse::Delivery::Truncated;
    return answer;
}

} // namespace

void ApiResources::addScim(RouteTable &table)
{
    table.add("POST", "/identity/scim/{orgUuid}/v2/Bulk", bulk);
    table.add("GET", "/identity/scim/{orgUuid}/v2/Users", scimUsers);
}

} // namespace wod::sandbox
