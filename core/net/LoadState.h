#pragma once
// What one SnapshotLoader load has collected so far: its bookkeeping (pending reads, rounds) and
// every answer, until assembleSnapshot() turns it into an OrgSnapshot. Plain data, shared by the
// load's callbacks (std::shared_ptr) and discarded when the load is superseded.

#include "ApiTypes.h"
#include "OrgSnapshot.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <optional>

namespace wod::net {

struct LoadState
{
    QString requestedOrgId;
    QElapsedTimer elapsed;
    int requestsAtStart = 0;
    int pending = 0;          // reads not answered yet
    int round1Pending = 5;    // round 2 starts when every round-1 read answered
    bool round2Started = false;
    bool failed = false;

    // Round 1
    std::optional<ApiPerson> me;
    QList<ApiRole> roles;
    QList<ApiOrganization> organizations;
    // Round 2
    // People and licenses of the token's own org (read in round 1), and of the target org when
    // the actor turns out to be a partner (re-read in round 2 with orgId).
    // People go straight into the snapshot's form, page by page: a 100,000-user org never sits
    // in memory as JSON or as ApiPerson.
    QList<Person> ownUsers;
    QList<Person> known;      // SnapshotLoader::setKnownUsers(), in the server's order
    qsizetype knownNext = 0;  // where the next person read is expected among them
    QList<ApiLicense> ownLicenses;
    bool partner = false;
    QList<Person> targetUsers;
    // /v1/people had a next page (more users than one page holds): the walk was stopped there and
    // the users are read through SCIM, pages in parallel (or, refused, the walk again).
    bool ownLarge = false;
    bool targetLarge = false;
    QString usersSource = QStringLiteral("people"); // for the log: people|scim|people (SCIM refused)
    QList<ApiLicense> targetLicenses;
    QString targetOrgId;
    std::optional<ApiOrganization> org;
    // The Control Hub extension reads' answers, straight into the snapshot's own fields
    // (subscriptions, linkedSites, directorySync, managedBy, managedOrgs); nothing else of it is set.
    OrgSnapshot extensionAnswers;
    int extensionsAnswered = 0;
    QString partnerOrgName; // a partner actor's own org, for the checklist; best effort
    // SCIM's totalResults, once its first page is in and more pages follow: the checklist can
    // show as soon as every other read answered (SnapshotLoader::checklistReady, sent once).
    std::optional<qsizetype> announcedUsers;
    bool checklistSent = false;
};

} // namespace wod::net
