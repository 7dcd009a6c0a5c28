#pragma once
// Reads one organization from the server into an OrgSnapshot, independent reads in parallel
// (at most 3 round trips for an org of up to 1,000 users). Against a server without the
// project's Control Hub extension endpoints (404 there: the public API) it derives what it can
// (linked sites from licenses whose siteType is "Linked site", the users from /people) and leaves
// the rest unknown (std::nullopt), with canConvertUsers = false.

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

    // Starts a load; a load already running is cancelled first. `orgId` empty: the signed-in
    // admin's own organization (from /people/me, or the only one /organizations lists).
    void load(const QString &orgId = {});
    void cancel();
    bool isLoading() const;

signals:
    void loaded(const wod::OrgSnapshot &snapshot);
    void failed(const wod::net::ApiError &error);

private:
    class Private;
    Private *d;
};

} // namespace wod::net
