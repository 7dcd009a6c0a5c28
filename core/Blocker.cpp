#include "Blocker.h"

#include <QCoreApplication>

namespace wod {

namespace {
constexpr BlockerCode kAllCodes[] = {
    BlockerCode::NotFullAdmin,      BlockerCode::PartnerAdmin,  BlockerCode::Subscriptions,
    BlockerCode::LinkedSites,       BlockerCode::DirectorySync, BlockerCode::MultipleManagedBy,
    BlockerCode::ManagedOrgs,       BlockerCode::MultipleUsers, BlockerCode::Unknown,
};
QString tr(const char *text)
{
    return QCoreApplication::translate("wod::Blocker", text);
}
} // namespace

QString toWireName(BlockerCode code)
{
    switch (code) {
    case BlockerCode::NotFullAdmin: return QStringLiteral("not_full_admin");
    case BlockerCode::PartnerAdmin: return QStringLiteral("partner_admin");
    case BlockerCode::Subscriptions: return QStringLiteral("subscriptions");
    case BlockerCode::LinkedSites: return QStringLiteral("linked_sites");
    case BlockerCode::DirectorySync: return QStringLiteral("directory_sync");
    case BlockerCode::MultipleManagedBy: return QStringLiteral("multiple_managed_by");
    case BlockerCode::ManagedOrgs: return QStringLiteral("managed_orgs");
    case BlockerCode::MultipleUsers: return QStringLiteral("multiple_users");
    case BlockerCode::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

std::optional<BlockerCode> blockerCodeFromWire(const QString &name)
{
    for (BlockerCode code : kAllCodes) {
        if (toWireName(code) == name)
            return code;
    }
    return std::nullopt;
}

// Messages for the six server-side conditions are the exact strings of the Webex API reference,
// so the checklist, the 409 result and the documentation read the same.
QString blockerMessage(BlockerCode code)
{
    switch (code) {
    case BlockerCode::NotFullAdmin:
        return tr("Only a full administrator of the organization can delete it.");
    case BlockerCode::PartnerAdmin:
        return tr("Partners can't delete organizations for their customers. Only customer "
                  "administrators can delete their own organizations.");
    case BlockerCode::Subscriptions:
        return tr("Org cannot be deleted as it has active subscriptions or licenses.");
    case BlockerCode::LinkedSites: return tr("Org cannot be deleted as it has Linked sites.");
    case BlockerCode::DirectorySync:
        return tr("Org cannot be deleted as Directory Synchronization is enabled.");
    case BlockerCode::MultipleManagedBy:
        return tr("Org cannot be deleted as it has more than 1 managed by relationship.");
    case BlockerCode::ManagedOrgs: return tr("Org cannot be deleted as it has managed orgs.");
    case BlockerCode::MultipleUsers: return tr("Org cannot be deleted as it has more than 1 user.");
    case BlockerCode::Unknown: return tr("The server refused the deletion for another reason.");
    }
    return {};
}

QString blockerRemedy(BlockerCode code)
{
    switch (code) {
    case BlockerCode::NotFullAdmin:
        return tr("Ask a full administrator of this organization to delete it, or to give you the "
                  "Full Administrator role in Control Hub (Management > Users > your user > "
                  "Administrator roles), then sign in again.");
    case BlockerCode::PartnerAdmin:
        return tr("Ask a full administrator of the customer organization to sign in with their own "
                  "account and delete the organization.");
    case BlockerCode::Subscriptions:
        return tr("The organization must have only expired partner-led trials, only online trials, "
                  "only free subscriptions, or no subscriptions at all. Cancel the subscriptions "
                  "listed in Control Hub (Management > Account > Subscriptions); a partner-led trial "
                  "is ended by the partner, a paid subscription by your partner or Cisco account "
                  "team.");
    case BlockerCode::LinkedSites:
        return tr("Unlink the Webex sites listed from this organization (Control Hub > Services > "
                  "Meeting > Sites), or ask your Cisco account team: an organization whose site "
                  "linking is complete cannot be deleted.");
    case BlockerCode::DirectorySync:
        return tr("Turn off Directory Synchronization (Control Hub > Management > Users > Directory "
                  "Connector; for Webex for BroadWorks, turn off BroadWorks Directory Sync), then "
                  "check again.");
    case BlockerCode::MultipleManagedBy:
        return tr("Keep at most one partner relationship: ask the other partners listed to stop "
                  "managing this organization, then check again.");
    case BlockerCode::ManagedOrgs:
        return tr("Release the organizations this one manages (Control Hub partner view > "
                  "Customers), then check again.");
    case BlockerCode::MultipleUsers:
        return tr("Convert or delete every user except yourself: the wizard's Users step does this "
                  "before it deletes the organization.");
    case BlockerCode::Unknown:
        return tr("Read the server's message and its tracking ID; resolve the condition in Control "
                  "Hub or contact Cisco support with the tracking ID.");
    }
    return {};
}

Blocker makeBlocker(BlockerCode code, const QStringList &details)
{
    return Blocker{code, blockerMessage(code), blockerRemedy(code), details};
}

} // namespace wod
