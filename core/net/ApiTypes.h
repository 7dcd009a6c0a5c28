#pragma once
// Typed results of ApiClient's endpoint methods: plain data parsed from the server's JSON. A 2xx
// body that does not have these fields fails the call with ApiError::Kind::Malformed instead.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace wod::net {

// GET /v1/people/me, /v1/people items, /v1/people/{id}.
struct ApiPerson
{
    QString id;
    QStringList emails;
    QString displayName;
    QString orgId;
    QStringList roleIds; // opaque role ids; map to names through ApiClient::roles()
    // Admin-only fields the spec types as "true"/"false" strings and real answers send as JSON
    // booleans: both read; absent (or neither) = nullopt.
    std::optional<bool> invitePending;
    std::optional<bool> loginEnabled;
    // Why the client cannot act on this person (no usable id); empty when it can. Such a person
    // is still listed: shown and reported, never a reason to fail the whole read.
    QString problem;
    QString email() const { return emails.isEmpty() ? QString() : emails.constFirst(); }
};

// GET /v1/roles items.
struct ApiRole
{
    QString id;
    QString name; // e.g. "Full Administrator"
};

// GET /v1/organizations items, GET /v1/organizations/{id}.
struct ApiOrganization
{
    QString id;
    QString displayName;
    QDateTime created; // invalid when absent
};

// GET /v1/licenses items. siteUrl/siteType only for site licenses.
struct ApiLicense
{
    QString id;
    QString name;
    int totalUnits = 0;
    int consumedUnits = 0;
    QString subscriptionId;
    QString siteUrl;
    QString siteType; // "Linked site" marks a linked site
    bool isLinkedSite() const { return siteType == QLatin1String("Linked site"); }
};

// POST /v1/controlHub/organizations/{orgId}/people/{personId}/convert (200).
struct ConvertResult
{
    QString personId;
    bool alreadyConverted = false; // the user had been converted before (a retry after a reset)
};

// One operation's answer in a SCIM Bulk response.
struct ScimBulkOperationResult
{
    QString method;   // "DELETE"
    QString path;     // "/Users/{userUuid}" (an echo some servers add; RFC 7644 does not)
    QString userUuid; // parsed from path
    QString bulkId;   // empty when not sent
    int status = 0;   // 204 done, 404 already gone, 403, 409 (the actor), 400
    QString location; // RFC 7644 3.7.3: the resource URL, ".../Users/{userUuid}"
    QString detail;   // a failed operation's SCIM error ("response": scimType and detail)
};

// POST /identity/scim/{orgUuid}/v2/Bulk (200): one entry per operation, in the server's order.
struct ScimBulkResult
{
    QList<ScimBulkOperationResult> operations;
};

} // namespace wod::net
