#pragma once
// Test helper: the names under which the sandbox counts requests (SandboxFixture::routeCount,
// /_sandbox/state "routes"), one place for the tests that count them.

#include <QString>

namespace wod::test {

inline const QString kPersonDeleteRoute = QStringLiteral("DELETE /v1/people/{id}");
inline const QString kOrgDeleteRoute = QStringLiteral("DELETE /v1/organizations/{id}");
inline const QString kBulkRoute = QStringLiteral("POST /identity/scim/{orgUuid}/v2/Bulk");
inline const QString kScimUsersRoute = QStringLiteral("GET /identity/scim/{orgUuid}/v2/Users");
inline const QString kConvertRoute =
    QStringLiteral("POST /v1/controlHub/organizations/{orgId}/people/{personId}/convert");

} // namespace wod::test
