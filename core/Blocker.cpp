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

// Everything one code stands for, in one place: its wire name, its message and its remedy (the
// two texts translated on use by tr() above).
struct BlockerTexts
{
    const char *wireName = "";
    const char *message = "";
    const char *remedy = "";
};

// Messages for the six server-side conditions are the exact strings of the Webex API reference,
// so the checklist, the 409 result and the documentation read the same.
BlockerTexts textsOf(BlockerCode code)
{
    switch (code) {
    case BlockerCode::NotFullAdmin:
        return {
            "not_full_admin",
            QT_TR_NOOP("Only a full administrator of the organization can delete it."),
            QT_TR_NOOP(
                "Ask a full administrator of this organization to delete it, or to give you the "
                "Full Administrator role in Control Hub (Management > Users > your user > "
                "Administrator roles), then sign in again.")};
    case BlockerCode::PartnerAdmin:
        return {"partner_admin",
                QT_TR_NOOP("Partners can't delete organizations for their customers. Only "
                           "customer administrators can delete their own organizations."),
                QT_TR_NOOP("Ask a full administrator of the customer organization to sign in "
                           "with their own account and delete the organization.")};
    case BlockerCode::Subscriptions:
        return {
            "subscriptions",
            QT_TR_NOOP("Org cannot be deleted as it has active subscriptions or licenses."),
            QT_TR_NOOP(
                "The organization must have only expired partner-led trials, only online "
                "trials, only free subscriptions, or no subscriptions at all. Cancel the "
                "subscriptions listed in Control Hub (Management > Account > Subscriptions); a "
                "partner-led trial is ended by the partner, a paid subscription by your partner "
                "or Cisco account team.")};
    case BlockerCode::LinkedSites:
        return {
            "linked_sites", QT_TR_NOOP("Org cannot be deleted as it has Linked sites."),
            QT_TR_NOOP(
                "Unlink the Webex sites listed from this organization (Control Hub > Services > "
                "Meeting > Sites), or ask your Cisco account team: an organization whose site "
                "linking is complete cannot be deleted.")};
    case BlockerCode::DirectorySync:
        return {"directory_sync",
                QT_TR_NOOP("Org cannot be deleted as Directory Synchronization is enabled."),
                QT_TR_NOOP(
                    "Turn off Directory Synchronization (Control Hub > Management > Users > "
                    "Directory Connector; for Webex for BroadWorks, turn off BroadWorks Directory "
                    "Sync), then check again.")};
    case BlockerCode::MultipleManagedBy:
        return {"multiple_managed_by",
                QT_TR_NOOP("Org cannot be deleted as it has more than 1 managed by relationship."),
                QT_TR_NOOP("Keep at most one partner relationship: ask the other partners "
                           "listed to stop managing this organization, then check again.")};
    case BlockerCode::ManagedOrgs:
        return {"managed_orgs", QT_TR_NOOP("Org cannot be deleted as it has managed orgs."),
                QT_TR_NOOP("Release the organizations this one manages (Control Hub partner "
                           "view > Customers), then check again.")};
    case BlockerCode::MultipleUsers:
        return {"multiple_users", QT_TR_NOOP("Org cannot be deleted as it has more than 1 user."),
                QT_TR_NOOP("Convert or delete every user except yourself: the wizard's Users "
                           "step does this before it deletes the organization.")};
    case BlockerCode::Unknown:
        return {
            "unknown", QT_TR_NOOP("The server refused the deletion for another reason."),
            QT_TR_NOOP("Read the server's message and its tracking ID; resolve the condition in "
                       "Control Hub or contact Cisco support with the tracking ID.")};
    }
    return {};
}

} // namespace

QString toWireName(BlockerCode code)
{
    return QLatin1String(textsOf(code).wireName);
}

std::optional<BlockerCode> blockerCodeFromWire(const QString &name)
{
    for (BlockerCode code : kAllCodes) {
        if (toWireName(code) == name)
            return code;
    }
    return std::nullopt;
}

QString blockerMessage(BlockerCode code)
{
    return tr(textsOf(code).message);
}

QString blockerRemedy(BlockerCode code)
{
    return tr(textsOf(code).remedy);
}

QString blockerReferenceMessage(BlockerCode code)
{
    return QString::fromUtf8(textsOf(code).message);
}

Blocker makeBlocker(BlockerCode code, const QStringList &details)
{
    return Blocker{code, blockerMessage(code), blockerRemedy(code), details};
}

} // namespace wod
