#pragma once
// Reads one organization from the server into an OrgSnapshot, independent reads in parallel
// (at most 3 round trips for an org of up to 1,000 users). Against a server without the
// project's Control Hub extension endpoints (404 there: the public API) it derives what it can
// (linked sites from licenses whose siteType is "Linked site", the users from /people) and leaves
// the rest unknown (std::nullopt), with canConvertUsers = false.
//
// Round 1 (parallel): GET people/me, roles, organizations, people?max=1000 (its first page) and
// licenses of the token's own org. An org of more than 1,000 users (the first page has a next
// one) is read through SCIM in round 2 instead: GET /identity/scim/{orgUuid}/v2/Users, the first
// page, then every other page at once (ApiClient::scimUsersPages, at most 16 in flight): for
// 100,000 users at least 1 + 1 + ceil(99 / 16) = 9 round trips instead of 100 one after another,
// plus the decoding (bench_net_preflight). The checklist does not wait for them: as soon as every
// other read answered and SCIM's first page is decoded (3 round trips: round 1, then round 2 with
// that first page), checklistReady() gives a partial snapshot (the users read so far and SCIM's
// totalResults as OrgSnapshot::announcedUserCount), whose verdict is the full one's; then
// usersProgress() after each page, then loaded() or failed() as always. When SCIM is refused (401/403/404: the token
// lacks identity:people_read) the /people walk reads every page, one after another; the
// snapshot is the same either way. Round 2 (parallel, once round 1 answered): GET
// organizations/{id} and the five Control Hub extension reads; for a partner also people and
// licenses again with ?orgId=<customer>. Eleven requests for a member admin of an org of up to
// 1,000 users, at most six at once per round (QNetworkAccessManager's connections per host).
// Role ids are mapped to names through /roles. Target organization: the orgId given, else
// the admin's own (me.orgId) when /organizations lists it, else the only one listed. The actor is
// a partner (Actor::partnerOrg = the partner org's name when listed, else its id) when me.orgId
// differs from the target. Any failure of a required read, and a body that does not match the
// API (Kind::Malformed naming the endpoint), ends the load with failed(). Exactly one of loaded()
// or failed() per load() that is not cancelled or superseded.
// Results of a cancelled load are discarded; its requests are not aborted (the ApiClient may be
// shared with other users).
// checklistReady() comes at most once per load, before its loaded(), and only when users are read
// through SCIM pages after the first (more than 1,000 users; not on the /people fallback).
// Memory: users are read page by page into the snapshot's Person list; no page's JSON outlives
// its decoding (SCIM pages answered early wait decoded, in order), so a 100,000-user
// organization costs about its Person list (~40 MB) while loading; checklistReady's partial
// snapshot shares the first page's users (1,000) with the load.

#include "ApiError.h"
#include "OrgSnapshot.h"

#include <QObject>

namespace wod::net {

class ApiClient;

class SnapshotLoader : public QObject
{
    Q_OBJECT
public:
    // `client` is not owned.
    explicit SnapshotLoader(ApiClient *client, QObject *parent = nullptr);
    ~SnapshotLoader() override;

    // Starts a load; a load already running is cancelled first. `orgId` empty: the signed-in
    // admin's own organization (from /people/me, or the only one /organizations lists).
    void load(const QString &orgId = {});
    // Users the caller already holds, e.g. a confirmed plan's, in the order the server lists
    // them: a person read again with the same id (and email, name) shares those strings instead
    // of holding a second copy. Only memory changes; applies to loads started afterwards.
    void setKnownUsers(const QList<Person> &users);
    void cancel();
    bool isLoading() const;

signals:
    // The checklist can be shown: everything but the remaining SCIM user pages is known.
    // `partial` has announcedUserCount set; never plan, export or delete from it.
    void checklistReady(const wod::OrgSnapshot &partial);
    // Users read so far of the `total` announced, after checklistReady(), page by page.
    void usersProgress(qsizetype read, qsizetype total);
    void loaded(const wod::OrgSnapshot &snapshot);
    void failed(const wod::net::ApiError &error);

private:
    class Private;
    Private *d;
};

} // namespace wod::net
