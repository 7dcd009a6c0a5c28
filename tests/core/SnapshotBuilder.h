#pragma once
// Test helper: builds OrgSnapshots fluently so that every table row reads as the situation it
// describes, e.g. SnapshotBuilder().subs("paid/active free/active").linkedSites(1).build().
// Defaults: a member full administrator (id "actor-1", dana@example.com) who is the only user,
// no subscriptions, and every server-side condition known and clear.

#include "OrgSnapshot.h"

#include <QMetaType>
#include <QStringList>

namespace wod::test {

class SnapshotBuilder
{
public:
    SnapshotBuilder()
    {
        m_s.orgId = QStringLiteral("org-1");
        m_s.orgDisplayName = QStringLiteral("Northwind Trial");
        m_s.actor = Actor{QStringLiteral("actor-1"),
                          QStringLiteral("dana@example.com"),
                          QStringLiteral("Dana"),
                          {fullAdministratorRole()},
                          QString()};
        m_s.users = {Person{QStringLiteral("actor-1"), QStringLiteral("dana@example.com"),
                            QStringLiteral("Dana")}};
        m_s.subscriptions = QList<Subscription>();
        m_s.linkedSites = QStringList();
        m_s.directorySync = false;
        m_s.managedBy = QStringList();
        m_s.managedOrgs = QStringList();
    }

    // Space-separated "type/status" wire names; ids are S1, S2, ... in order.
    SnapshotBuilder &subs(const QString &spec)
    {
        QList<Subscription> list;
        const QStringList items = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const auto kind = subscriptionKindFromWire(items.at(i).section(QLatin1Char('/'), 0, 0));
            const auto status =
                subscriptionStatusFromWire(items.at(i).section(QLatin1Char('/'), 1, 1));
            Q_ASSERT(kind && status);
            list.append(Subscription{QStringLiteral("S%1").arg(i + 1), *kind, *status, {}});
        }
        m_s.subscriptions = list;
        return *this;
    }
    SnapshotBuilder &unknownSubs()
    {
        m_s.subscriptions.reset();
        return *this;
    }
    SnapshotBuilder &roles(const QStringList &roles)
    {
        m_s.actor.roles = roles;
        return *this;
    }
    // The actor belongs to another organization; they are no longer one of this org's users.
    SnapshotBuilder &partner(const QString &partnerOrg)
    {
        m_s.actor.partnerOrg = partnerOrg;
        m_s.actor.id = QStringLiteral("partner-actor");
        m_s.actor.email = QStringLiteral("pat@partner.example");
        m_s.users.clear();
        m_s.users.append(Person{QStringLiteral("owner-1"), QStringLiteral("owner@example.com"),
                                QStringLiteral("Owner")});
        return *this;
    }
    SnapshotBuilder &otherUsers(int n)
    {
        for (int i = 1; i <= n; ++i)
            m_s.users.append(Person{QStringLiteral("user-%1").arg(i),
                                    QStringLiteral("user%1@example.com").arg(i),
                                    QStringLiteral("User %1").arg(i)});
        return *this;
    }
    SnapshotBuilder &withoutActorInUsers()
    {
        m_s.users.removeIf([this](const Person &p) { return p.id == m_s.actor.id; });
        return *this;
    }
    SnapshotBuilder &users(const QList<Person> &users)
    {
        m_s.users = users;
        return *this;
    }
    SnapshotBuilder &actorIdentity(const QString &id, const QString &email)
    {
        m_s.actor.id = id;
        m_s.actor.email = email;
        return *this;
    }
    SnapshotBuilder &linkedSites(int n)
    {
        m_s.linkedSites = names(QStringLiteral("site%1.webex.com"), n);
        return *this;
    }
    SnapshotBuilder &directorySync(bool on)
    {
        m_s.directorySync = on;
        return *this;
    }
    SnapshotBuilder &managedBy(int n)
    {
        m_s.managedBy = names(QStringLiteral("Partner %1"), n);
        return *this;
    }
    SnapshotBuilder &managedOrgs(int n)
    {
        m_s.managedOrgs = names(QStringLiteral("Child org %1"), n);
        return *this;
    }
    // Every blocker at once: the actor is a partner administrator (of partnerOrg), a paid
    // subscription, a linked site, directory sync, two managing partners and a managed org.
    SnapshotBuilder &everyBlocker(const QString &partnerOrg)
    {
        return partner(partnerOrg)
            .subs(QStringLiteral("paid/active"))
            .linkedSites(1)
            .directorySync(true)
            .managedBy(2)
            .managedOrgs(1);
    }
    SnapshotBuilder &unknownServerConditions()
    {
        m_s.linkedSites.reset();
        m_s.directorySync.reset();
        m_s.managedBy.reset();
        m_s.managedOrgs.reset();
        return *this;
    }
    SnapshotBuilder &unknownLinkedSites()
    {
        m_s.linkedSites.reset();
        return *this;
    }
    SnapshotBuilder &orgName(const QString &name)
    {
        m_s.orgDisplayName = name;
        return *this;
    }
    SnapshotBuilder &orgId(const QString &id)
    {
        m_s.orgId = id;
        return *this;
    }
    OrgSnapshot build() const { return m_s; }

private:
    static QStringList names(const QString &pattern, int n)
    {
        QStringList out;
        for (int i = 1; i <= n; ++i)
            out.append(pattern.arg(i));
        return out;
    }
    OrgSnapshot m_s;
};

} // namespace wod::test

Q_DECLARE_METATYPE(wod::OrgSnapshot)
