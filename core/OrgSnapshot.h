#pragma once
// Everything the eligibility policy needs to know about one organization, as read at one moment
// from a scenario file or from the server. Optional members are "unknown": the server did not tell
// (public-API-only mode); the policy then reports them as unknown instead of guessing.

#include "Subscription.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace wod {

struct Person
{
    QString id; // Webex person id; empty when built straight from a scenario file
    QString email;
    QString displayName;
    friend bool operator==(const Person &, const Person &) = default;
};

struct Actor
{
    QString id;
    QString email;
    QString displayName;
    QStringList roles;  // role names, e.g. "Full Administrator"
    QString partnerOrg; // empty: a member of the organization; else the partner org's name
    bool isMember() const { return partnerOrg.isEmpty(); }
    bool isFullAdmin() const;
    friend bool operator==(const Actor &, const Actor &) = default;
};

struct OrgSnapshot
{
    QString orgId;
    QString orgDisplayName;
    QDateTime created;
    Actor actor;
    // Every user of the organization, the acting admin included when a member; while
    // announcedUserCount is set, only the users read so far.
    QList<Person> users;
    // Set while the user list is still arriving (SnapshotLoader::checklistReady): the number of
    // users the server announced (SCIM totalResults, the acting admin included when a member).
    // std::nullopt: `users` is complete. A snapshot with it set gives the checklist's verdict
    // (the policy uses only countUsersToHandle()) and nothing else: no plan, no CSV, no run.
    std::optional<qsizetype> announcedUserCount;
    std::optional<QList<Subscription>> subscriptions;
    std::optional<QStringList> linkedSites;
    std::optional<bool> directorySync;
    std::optional<QStringList> managedBy;
    std::optional<QStringList> managedOrgs;
    // Which user dispositions the server can carry out.
    bool canConvertUsers = true;
    bool canDeleteUsers = true;

    // Whether `users` is the whole list (announcedUserCount not set).
    bool isUserListComplete() const { return !announcedUserCount.has_value(); }
    // The organization's users: the announced number while the list is still arriving.
    qsizetype userCount() const;
    // Users the wizard must convert or delete: everyone but the acting admin. Of a complete
    // snapshot only (empty while the list is still arriving).
    QList<Person> usersToHandle() const;
    // How many users the wizard must handle, without copying the list (100k users: ~7 MB). While
    // the list is still arriving: the announced number less one for a member admin (a member is
    // one of the organization's users, read yet or not); a partner admin is not one of them.
    qsizetype countUsersToHandle() const;
    // Whether p is the acting admin: by id when both ids are known, else by email (any case).
    bool isActor(const Person &p) const;
    friend bool operator==(const OrgSnapshot &, const OrgSnapshot &) = default;
};

inline const QString &fullAdministratorRole()
{
    static const QString name = QStringLiteral("Full Administrator");
    return name;
}

} // namespace wod
