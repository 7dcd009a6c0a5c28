#pragma once
// The project's extension endpoints: the one place they are declared. Webex's public API has no
// endpoint for what only Control Hub knows (subscription kinds, linked sites, directory sync,
// managed-by, managed orgs, converting a user); the sandbox offers these under
// /v1/controlHub/organizations/{orgId}/... (resources/api/openapi.yaml, tag "extension"). The
// client builds their paths from this table, the sandbox routes them by it, and the contract test
// (tests/contract) accepts exactly these requests beyond Cisco's published API.
//
// Discovery without probing: a server that offers the extension says so on every answer with the
// header kOfferHeader. The client sends an extension request only while the last successful
// answer carried it (or before any answer): on the real API, and on the sandbox in
// public-API-only mode, no extension request ever leaves the client.

#include <QList>
#include <QString>
#include <optional>

namespace wod::ApiExtensions {

enum class Endpoint
{
    Subscriptions,
    LinkedSites,
    DirectorySync,
    ManagedBy,
    ManagedOrgs,
    Convert,
};

struct Declaration
{
    Endpoint endpoint;
    const char *method;       // "GET" or "POST"
    const char *pathTemplate; // "/v1/controlHub/organizations/{orgId}/subscriptions"
};

// Every extension endpoint, in enum order.
const QList<Declaration> &declarations();
const Declaration &declaration(Endpoint endpoint);

// The response header of a server that offers the extension (value kOfferValue).
inline constexpr char kOfferHeader[] = "X-Webex-Org-Delete-Extensions";
inline constexpr char kOfferValue[] = "controlHub";

// The path relative to the /v1 base ("controlHub/organizations/ORG/subscriptions"); ids are used
// as given (already percent-encoded as one segment by the caller).
QString relativePath(Endpoint endpoint, const QString &orgIdSegment,
                     const QString &personIdSegment = {});

struct Match
{
    Endpoint endpoint;
    QString orgId;
    QString personId; // Convert only
};
// Matches a decoded absolute path ("/v1/controlHub/organizations/X/linkedSites").
std::optional<Match> match(const QString &path);

} // namespace wod::ApiExtensions
