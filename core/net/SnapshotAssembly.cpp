#include "SnapshotAssembly.h"

#include "LoadState.h"
#include "NetLogging.h"
#include "SnapshotLoader.h"

#include <QHash>

namespace wod::net {

OrgSnapshot assembleSnapshot(const LoadState &state, bool partial)
{
    OrgSnapshot snap = state.extensionAnswers;
    snap.orgId = state.org->id;
    snap.orgDisplayName = state.org->displayName;
    snap.created = state.org->created;

    QHash<QString, QString> roleNames;
    for (const ApiRole &role : state.roles)
        roleNames.insert(role.id, role.name);
    const ApiPerson &me = *state.me;
    snap.actor.id = me.id;
    snap.actor.email = me.email();
    snap.actor.displayName = me.displayName;
    for (const QString &id : me.roleIds) {
        // Ids are opaque: only /roles says what they mean. An id it does not list grants
        // nothing the policy knows about.
        const auto it = roleNames.constFind(id);
        if (it != roleNames.constEnd())
            snap.actor.roles.append(*it);
        else
            qCDebug(lcNetSnapshot) << "role id not listed by /roles ignored";
    }
    if (me.orgId != snap.orgId) {
        QString partnerName = state.partnerOrgName.isEmpty() ? me.orgId : state.partnerOrgName;
        for (const ApiOrganization &org : state.organizations) {
            if (org.id == me.orgId && !org.displayName.isEmpty())
                partnerName = org.displayName;
        }
        // Never empty: an empty partnerOrg would make the partner look like a member.
        snap.actor.partnerOrg =
            partnerName.isEmpty() ? SnapshotLoader::tr("another organization") : partnerName;
    }

    const QList<ApiLicense> &licenses = state.partner ? state.targetLicenses : state.ownLicenses;

    if (!snap.linkedSites) {
        // The public API's only trace of a linked site: a license of siteType "Linked site".
        QStringList sites;
        for (const ApiLicense &l : licenses) {
            if (l.isLinkedSite() && !l.siteUrl.isEmpty() && !sites.contains(l.siteUrl))
                sites.append(l.siteUrl);
        }
        snap.linkedSites = sites;
    }
    snap.canConvertUsers = state.extensionsAnswered > 0;
    snap.canDeleteUsers = true;
    if (partial) {
        snap.users = state.partner ? state.targetUsers : state.ownUsers;
        snap.announcedUserCount = state.announcedUsers;
    }
    return snap;
}

} // namespace wod::net
