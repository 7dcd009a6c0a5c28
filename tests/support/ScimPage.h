#pragma once
// Test helper: one page of the sandbox's SCIM "Search users" read straight over HTTP, for the
// tests that check how the sandbox pages (not how the client reads it).

#include <QJsonObject>
#include <QString>

namespace wod::test {

class SandboxFixture;

// GET /identity/scim/{orgUuid}/v2/Users?<query> with the fixture's token: the ListResponse, and
// the HTTP status in *status; an empty object (status 0) when no answer came within waitMs.
QJsonObject scimUsersPage(SandboxFixture &f, const QString &query, int *status, int waitMs);

} // namespace wod::test
