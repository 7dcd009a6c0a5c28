#pragma once
// Reads a SCIM Bulk response (POST /identity/scim/{orgId}/v2/Bulk, 200) the way RFC 7644 3.7.3
// and Cisco's Admin API description write it: per operation `location` (the resource URL, always
// there for a DELETE), `method`, `status` (a string; a number is accepted too) and, for a failed
// operation, `response` (a SCIM Error with `detail` and `scimType`). `path` and `bulkId` are read
// when a server echoes them. Attribute names are case-insensitive (RFC 7643 2.1), so "Operations"
// and "operations" are both read. Any thread; reads only its argument.

#include "ApiTypes.h"

#include <QJsonObject>
#include <optional>

namespace wod::net::ScimBulkAnswer {

// Nullopt (with `why` naming the field) when the body has no operations list or an operation
// has no status.
std::optional<ScimBulkResult> parse(const QJsonObject &body, QString *why);

// The user uuid an operation answers for: the last segment of `location` when it names a
// /Users/ resource, else the uuid in an echoed `path`; empty when neither does.
QString userUuidOf(const ScimBulkOperationResult &op);

} // namespace wod::net::ScimBulkAnswer
