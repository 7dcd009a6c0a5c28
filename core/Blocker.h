#pragma once
// Why an organization cannot be deleted (yet): a stable code, the document's wording, and what the
// admin does about it. Codes are the shared vocabulary of ARCHITECTURE.md.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace wod {

enum class BlockerCode {
    NotFullAdmin,
    PartnerAdmin,
    Subscriptions,
    LinkedSites,
    DirectorySync,
    MultipleManagedBy,
    ManagedOrgs,
    MultipleUsers,
    Unknown, // a 409 message this version does not recognise; kept verbatim
};

struct Blocker
{
    BlockerCode code = BlockerCode::Unknown;
    QString message;     // document wording (or the server's verbatim text for Unknown)
    QString remedy;      // what to do, and where
    QStringList details; // what is at fault, e.g. subscription or site names
    friend bool operator==(const Blocker &, const Blocker &) = default;
};

// Wire names: not_full_admin, partner_admin, subscriptions, linked_sites, directory_sync,
// multiple_managed_by, managed_orgs, multiple_users, unknown.
QString toWireName(BlockerCode code);
std::optional<BlockerCode> blockerCodeFromWire(const QString &name);

// The canonical, translated message and remedy for a code.
QString blockerMessage(BlockerCode code);
QString blockerRemedy(BlockerCode code);
// The message untranslated: for the six server-side conditions the exact string of the Webex API
// reference, which the server answers in a 409 (the sandbox answers with it).
QString blockerReferenceMessage(BlockerCode code);
Blocker makeBlocker(BlockerCode code, const QStringList &details = {});

} // namespace wod
