#include "EligibilityPolicy.h"

#include <QCoreApplication>
#include <algorithm>
#include <bit>

namespace wod {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("wod::EligibilityPolicy", text, nullptr, n);
}

bool allOf(const QList<Subscription> &subs, SubscriptionKind kind)
{
    return std::all_of(subs.cbegin(), subs.cend(),
                       [kind](const Subscription &s) { return s.kind == kind; });
}

// A subscription that no criterion could ever accept, whatever else the organization holds.
bool alwaysAtFault(const Subscription &s)
{
    switch (s.kind) {
    case SubscriptionKind::Paid: return true;
    case SubscriptionKind::PartnerTrial: return s.status != SubscriptionStatus::Expired;
    case SubscriptionKind::OnlineTrial: return s.status == SubscriptionStatus::Suspended;
    case SubscriptionKind::Free: return false;
    }
    return true;
}

QStringList describeAll(const QList<Subscription> &subs)
{
    QStringList out;
    out.reserve(subs.size());
    for (const Subscription &s : subs)
        out.append(describe(s));
    return out;
}

// "Sentence, then the list": one bulleted line per entry under the sentence, never names run on
// after its full stop.
QString sentenceThenList(const QString &sentence, const QStringList &entries)
{
    if (entries.isEmpty())
        return sentence;
    return sentence + QStringLiteral("\n\u2022 ") + entries.join(QStringLiteral("\n\u2022 "));
}

// A sentence that ends with a name: "…of Acme, Inc.." keeps one full stop.
QString endSentence(QString text)
{
    if (text.endsWith(QLatin1String("..")) && !text.endsWith(QLatin1String("...")))
        text.chop(1);
    return text;
}

CheckItem item(const char *id, CheckItem::State state, const QString &title, const QString &detail,
               const QString &remedy = {})
{
    return CheckItem{QString::fromLatin1(id), state, title, detail, remedy};
}

// A yes/no condition the server may not disclose (nullopt): shared shape of four checklist rows.
template <typename T, typename IsBlocking, typename Details>
void checkCondition(Verdict &v, const char *id, const QString &title, const std::optional<T> &value,
                    BlockerCode code, IsBlocking isBlocking, Details details,
                    const QString &passedText)
{
    if (!value) {
        v.unknown.append(QString::fromLatin1(id));
        v.checklist.append(item(id, CheckItem::State::Unknown, title,
                                tr("The server does not disclose this; it decides when the "
                                   "organization is deleted.")));
        return;
    }
    if (isBlocking(*value)) {
        Blocker b = makeBlocker(code, details(*value));
        v.checklist.append(item(id, CheckItem::State::Failed, title,
                                sentenceThenList(b.message, b.details), b.remedy));
        v.blockers.append(b);
        return;
    }
    v.checklist.append(item(id, CheckItem::State::Passed, title, passedText));
}

} // namespace

std::optional<Criterion> EligibilityPolicy::criterionFor(const QList<Subscription> &subs,
                                                         QList<Subscription> *atFault)
{
    if (subs.isEmpty())
        return Criterion::NoSubscriptions;
    if (allOf(subs, SubscriptionKind::Free))
        return Criterion::FreeOnly;

    QList<Subscription> offending;
    std::copy_if(subs.cbegin(), subs.cend(), std::back_inserter(offending), alwaysAtFault);
    // What is left once the offending ones are gone must fit one criterion by itself; when it is a
    // mix of allowed kinds (an expired partner-led trial plus a free subscription), the mix is at
    // fault too, so name every subscription: cancelling only the offending ones would not suffice.
    unsigned acceptableKinds = 0; // one bit per SubscriptionKind
    for (const Subscription &s : subs) {
        if (!alwaysAtFault(s))
            acceptableKinds |= 1u << unsigned(s.kind);
    }
    if (offending.isEmpty()) {
        if (allOf(subs, SubscriptionKind::OnlineTrial))
            return Criterion::OnlineTrials;
        if (allOf(subs, SubscriptionKind::PartnerTrial))
            return Criterion::ExpiredPartnerTrials;
    }
    if (std::popcount(acceptableKinds) > 1)
        offending = subs;
    if (atFault)
        *atFault = offending;
    return std::nullopt;
}

Verdict EligibilityPolicy::evaluate(const OrgSnapshot &s)
{
    Verdict v;

    // Who may delete. A partner is refused whatever roles it holds over the customer.
    const QString adminTitle = tr("Who may delete");
    if (!s.actor.isMember()) {
        Blocker b = makeBlocker(BlockerCode::PartnerAdmin, {s.actor.partnerOrg});
        // The situation, then the document's own words, so the row reads on its own.
        v.checklist.append(item("admin", CheckItem::State::Failed, adminTitle,
                                endSentence(tr("You are signed in as %1 from the partner organization %2.")
                                                .arg(s.actor.email, s.actor.partnerOrg))
                                    + QLatin1Char(' ') + b.message,
                                b.remedy));
        v.blockers.append(b);
    } else if (!s.actor.isFullAdmin()) {
        Blocker b = makeBlocker(BlockerCode::NotFullAdmin);
        const QString signedInAs = s.actor.roles.isEmpty()
            ? tr("You are signed in as %1 without an administrator role.").arg(s.actor.email)
            : s.actor.roles.size() == 1
            ? tr("You are signed in as %1 with the %2 role.").arg(s.actor.email, s.actor.roles.constFirst())
            : tr("You are signed in as %1 with the roles %2.")
                  .arg(s.actor.email, s.actor.roles.join(QStringLiteral(", ")));
        v.checklist.append(item("admin", CheckItem::State::Failed, adminTitle,
                                signedInAs + QLatin1Char(' ') + b.message, b.remedy));
        v.blockers.append(b);
    } else {
        v.checklist.append(item("admin", CheckItem::State::Passed, adminTitle,
                                endSentence(tr("You are a full administrator of %1.")
                                                .arg(s.orgDisplayName))));
    }

    // The four subscription criteria (also the 409 "active subscriptions or licenses").
    const QString subsTitle = tr("Subscriptions");
    if (!s.subscriptions) {
        v.unknown.append(QStringLiteral("subscriptions"));
        v.checklist.append(item("subscriptions", CheckItem::State::Unknown, subsTitle,
                                tr("The server does not disclose subscription types; it decides "
                                   "when the organization is deleted.")));
    } else {
        QList<Subscription> atFault;
        v.criterion = criterionFor(*s.subscriptions, &atFault);
        if (v.criterion) {
            v.checklist.append(
                item("subscriptions", CheckItem::State::Passed, subsTitle, describe(*v.criterion)));
        } else {
            Blocker b = makeBlocker(BlockerCode::Subscriptions, describeAll(atFault));
            // Kinds allowed one at a time but held together: the mix is the problem, and an
            // expired trial cannot be "cancelled"; say what to keep instead.
            unsigned allowedKinds = 0;
            bool anyAlwaysAtFault = false;
            for (const Subscription &sub : *s.subscriptions) {
                if (alwaysAtFault(sub))
                    anyAlwaysAtFault = true;
                else
                    allowedKinds |= 1u << unsigned(sub.kind);
            }
            if (std::popcount(allowedKinds) > 1) {
                const QString mix =
                    tr("Each of these kinds is allowed on its own, but not together: the mix is "
                       "what blocks. Keep one kind only: ask your partner or Cisco account team "
                       "to remove expired partner-led trials from the organization, or end the "
                       "other subscriptions in Control Hub (Management > Account > "
                       "Subscriptions).");
                b.remedy = anyAlwaysAtFault ? b.remedy + QLatin1Char(' ') + mix : mix;
            }
            v.checklist.append(item("subscriptions", CheckItem::State::Failed, subsTitle,
                                    sentenceThenList(tr("These subscriptions prevent deletion:"),
                                                     b.details),
                                    b.remedy));
            v.blockers.append(b);
        }
    }

    auto nonEmpty = [](const QStringList &l) { return !l.isEmpty(); };
    auto same = [](const QStringList &l) { return l; };
    checkCondition(v, "linked_sites", tr("Linked sites"), s.linkedSites, BlockerCode::LinkedSites,
                   nonEmpty, same, tr("No Webex site is linked to the organization."));
    checkCondition(v, "directory_sync", tr("Directory Synchronization"), s.directorySync,
                   BlockerCode::DirectorySync, [](bool on) { return on; },
                   [](bool) { return QStringList(); }, tr("Directory Synchronization is off."));
    checkCondition(v, "managed_by", tr("Managed-by relationships"), s.managedBy,
                   BlockerCode::MultipleManagedBy, [](const QStringList &l) { return l.size() > 1; },
                   same,
                   s.managedBy && s.managedBy->size() == 1
                       ? tr("Managed by one partner (%1); one relationship is allowed.")
                             .arg(s.managedBy->constFirst())
                       : !s.actor.isMember()
                           // Signed in from a partner organization: never claim that none manages it.
                           ? tr("No more than one partner manages the organization; one "
                                "relationship is allowed.")
                           : tr("No partner manages the organization."));
    checkCondition(v, "managed_orgs", tr("Managed organizations"), s.managedOrgs,
                   BlockerCode::ManagedOrgs, nonEmpty, same,
                   tr("The organization manages no other organization."));

    // More than one user does not block: the wizard converts or deletes them first.
    const qsizetype toHandle = s.countUsersToHandle();
    v.usersToHandle = int(toHandle);
    v.checklist.append(
        toHandle == 0 ? item("users", CheckItem::State::Passed, tr("Users"),
                             tr("You are the only user; there are no users to handle."))
                      : item("users", CheckItem::State::Info, tr("Users"),
                             tr("%Ln user(s) besides you must be converted to individual accounts "
                                "or deleted; the wizard does this next.",
                                int(toHandle))));

    v.eligible = v.blockers.isEmpty();
    v.popup = s.actor.isMember() && s.actor.isFullAdmin() && s.subscriptions
        && !s.subscriptions->isEmpty() && allOf(*s.subscriptions, SubscriptionKind::Free);
    return v;
}

} // namespace wod
