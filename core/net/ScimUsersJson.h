#pragma once
// Decoding of one page of SCIM 2.0 "Search users" (GET /identity/scim/{orgId}/v2/Users, a
// ListResponse, RFC 7644 3.4.2) into the /v1 form the rest of the client uses. Private to the
// network layer; pure functions (they run on the worker).

#include "ApiTypes.h"

#include <QJsonObject>
#include <optional>

namespace wod::net::ScimUsersJson {

struct Page
{
    qint64 totalResults = 0;
    qint64 startIndex = 1;   // 1-based, as answered
    QList<ApiPerson> people; // Resources, in order; itemsPerPage of them
};

// The /v1 person id of a SCIM user id (a uuid), written like `orgId` (the organization's /v1
// id, base64 of "ciscospark://<cluster>/ORGANIZATION/<uuid>"): same cluster, type PEOPLE.
// An orgId that is not a Webex id gives the "us" cluster.
QString personIdPrefix(const QString &orgId);
// Each resource: id -> prefix + id; emails -> [the primary email's value, else the first
// email's, else userName]; displayName as given (empty when absent); no roles (SCIM's are not
// /v1 role ids; only people/me's are used). `why` names the first field that does not match
// the spec (Resources[3].id: missing), as the other parsers do. itemsPerPage, when given, must
// equal the number of resources.
std::optional<Page> page(const QJsonObject &o, const QString &personIdPrefix, QString *why);

} // namespace wod::net::ScimUsersJson
