#pragma once
// GET /identity/scim/{orgUuid}/v2/Users of the sandbox: SCIM 2.0 "Search users" (RFC 7644 3.4.2,
// Cisco's webex-admin.json), paged as the spec says: `startIndex` is 1-based (below 1 counts as
// 1), `count` is capped at the server's maximum (0, or below 0 as RFC 7644 3.4.2.4 says: no
// resources, only totalResults; default 100), and
// the ListResponse carries totalResults, itemsPerPage (resources in this page) and startIndex.
// The users are the active ones, in the same order as GET /v1/people lists them; `attributes`
// (comma-separated) limits each resource to id, schemas and the attributes named. No filter.
// Written by hand like the /people pages: 1,000 users through QJsonObject cost tens of ms.

#include "SandboxResponse.h"

#include <QUrlQuery>

namespace wod::sandbox {

class SandboxState;

namespace ScimUsersPage {

// The spec documents no maximum for this endpoint's count (its 500 is for a group's members);
// the sandbox caps it at /v1/people's maximum unless faults.scimUsersMaxCount says otherwise,
// and clients must follow itemsPerPage.
constexpr int kMaxCount = 1000;
constexpr int kDefaultCount = 100;

// The page for `query` with at most `maxCount` resources, or 400 for a startIndex or count
// that is not a whole number.
SandboxResponse answer(const SandboxState &state, const QUrlQuery &query, const QString &trackingId,
                       int maxCount = kMaxCount);

} // namespace ScimUsersPage

} // namespace wod::sandbox
