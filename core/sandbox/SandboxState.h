#pragma once
// The sandbox's model of one organization: the org, its users (with what happened to each), the
// event log and the request counters. Pure data and rules, no HTTP and no timers: the caller passes
// the monotonic time in ms where time matters. Lives in the server's thread; not thread-safe.
//
// Users sit in one stable vector in scenario order; a user never leaves it, only changes state, so
// an index is a valid pagination cursor for the life of the server and a page costs O(page) plus
// the removed users it skips.

#include "Scenario.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace wod::sandbox {

enum class UserState
{
    Active,
    Converted,
    Deleted
};
enum class OrgState
{
    Active,
    Deleting,
    Deleted
};

struct SandboxUser
{
    QString id;   // Webex person id
    QString uuid; // its uuid (SCIM paths)
    QString email;
    QString displayName;
    UserState state = UserState::Active;
    int transitions = 0;
    bool isActor = false;
};

struct SandboxEvent
{
    qint64 seq = 0;
    QString kind; // user_converted, user_deleted, org_delete_accepted, org_delete_conflict
    QString id;
};

struct SandboxCounters
{
    qint64 requests = 0; // API requests (everything but /_sandbox/*), faulted ones included
    QMap<QString, qint64> byRoute;
    qint64 rateLimited = 0;
    qint64 faultsInjected = 0;
    qint64 unauthorized = 0;
};

class SandboxState
{
public:
    enum class Change
    {
        Done,
        AlreadyDone,
        NotFound,
        IsActor
    };

    explicit SandboxState(const Scenario &scenario);

    // Organization
    const QString &orgId() const { return m_orgId; }
    const QString &orgUuid() const { return m_orgUuid; }
    const QString &orgDisplayName() const { return m_orgDisplayName; }
    QDateTime orgCreated() const { return m_orgCreated; }
    // Whether `idOrUuid` names this org (Webex id or bare uuid).
    bool isOrg(const QString &idOrUuid) const;
    // "deleting" turns into "deleted" orgDeletionDelayMs after the accepted DELETE.
    OrgState orgState(qint64 nowMs) const;
    int deleteRequests() const { return m_deleteRequests; }
    void countDeleteRequest() { ++m_deleteRequests; }

    // The acting admin
    const Actor &actor() const { return m_actor; }
    const QString &actorId() const { return m_actorId; }
    // The org the actor belongs to: this org for a member, the partner org for a partner.
    QString actorOrgId() const;
    bool actorHasRole(const QString &roleName) const;
    bool actorIsAdmin() const { return !m_actor.roles.isEmpty(); }

    // Scenario facts (immutable)
    const Scenario &scenario() const { return m_scenario; }

    // Users
    qsizetype userCount() const { return m_users.size(); }
    const SandboxUser &user(qsizetype index) const { return m_users.at(index); }
    qsizetype activeUserCount() const { return m_activeUsers; }
    // -1 when unknown. `idOrUuid`: a Webex person id or its uuid.
    qsizetype indexOfId(const QString &idOrUuid) const;
    qsizetype indexOfEmail(const QString &email) const;
    // Up to `max` active users from index `from` on; `*next` = the cursor of the next page or -1.
    QList<qsizetype> activePage(qsizetype from, int max, qsizetype *next) const;
    Change convertUser(qsizetype index);
    Change deleteUser(qsizetype index);

    // Org deletion
    // Codes of the 409 conditions that hold now, in the API reference's order.
    QStringList conflictCodes() const;
    static QString conflictMessage(const QString &code);
    void recordConflict();
    void acceptDelete(qint64 nowMs, int deletionDelayMs);

    SandboxCounters &counters() { return m_counters; }
    const QList<SandboxEvent> &events() const { return m_events; }

    // The mutable part (users' states and transitions, events, the org DELETE, counters) as a
    // document for a state file, and back. restore() expects the state of a server built from the
    // same scenario and nothing done yet; false with `error` (and nothing changed) when `saved` does
    // not fit this scenario. An accepted org DELETE keeps its wall-clock time, so "deleting" turns
    // into "deleted" on schedule across a restart.
    QJsonObject saveJson() const;
    bool restore(const QJsonObject &saved, qint64 nowMs, QString *error);

    // The GET /_sandbox/state document; without `withLists` the users and events are left out.
    QJsonObject toJson(qint64 nowMs, bool withLists = true) const;
    // The same document as compact JSON text, fast for 100,000 users; `extra` keys are added at
    // the top level.
    QByteArray toJsonBytes(qint64 nowMs, const QJsonObject &extra = {}) const;

private:
    void addEvent(const QString &kind, const QString &id);

    Scenario m_scenario;
    QString m_orgId;
    QString m_orgUuid;
    QString m_orgDisplayName;
    QDateTime m_orgCreated;
    Actor m_actor;
    QString m_actorId;
    QList<SandboxUser> m_users;
    QHash<QString, qsizetype> m_byUuid;
    QHash<QString, qsizetype> m_byEmail;
    qsizetype m_activeUsers = 0;
    int m_deleteRequests = 0;
    std::optional<qint64> m_deleteAcceptedMs;
    int m_deletionDelayMs = 0;
    QDateTime m_deleteAcceptedAt;
    std::optional<qsizetype> m_activeUsersAtDelete;
    QList<SandboxEvent> m_events;
    SandboxCounters m_counters;
};

QString toWireName(UserState state);
QString toWireName(OrgState state);

} // namespace wod::sandbox
