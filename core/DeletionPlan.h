#pragma once
// What the admin confirmed: which organization, what happens to its users, and a fingerprint of
// the state they saw. The runner re-reads the organization before changing anything and aborts
// when the fingerprint differs (org id or name, user set, blockers).

#include "OrgSnapshot.h"
#include "Verdict.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace wod {

enum class UserDisposition { Convert, Delete };
QString toWireName(UserDisposition d); // convert|delete
std::optional<UserDisposition> userDispositionFromWire(const QString &name);

struct DeletionPlan
{
    QString orgId;
    QString orgDisplayName;
    QString actorId;
    QString actorEmail;
    UserDisposition disposition = UserDisposition::Convert;
    QList<Person> users; // to handle: everyone but the acting admin
    QByteArray fingerprint;
    QDateTime confirmedAt;
    // The checks the service cannot report (Verdict::unknown) that the admin confirmed, having
    // looked in Control Hub: the journal and the receipt keep what the admin vouched for. Sorted.
    QStringList confirmedUnknown;

    // `confirmedUnknown`: the ids the admin confirmed; only those among verdict.unknown are kept.
    static DeletionPlan fromSnapshot(const OrgSnapshot &snapshot, const Verdict &verdict,
                                     UserDisposition disposition, const QDateTime &confirmedAt,
                                     const QStringList &confirmedUnknown);

    // SHA-256 (hex) over the org id and name, the sorted user set and the sorted blocker codes.
    static QByteArray fingerprintOf(const OrgSnapshot &snapshot, const Verdict &verdict);

    // The wrong-organization guard: the typed text must equal the display name exactly,
    // case and whitespace included.
    static bool confirmationMatches(const QString &typed, const QString &orgDisplayName);

    // Serialized form used as the journal's header (users as ids and emails).
    QJsonObject toJson() const;
    static std::optional<DeletionPlan> fromJson(const QJsonObject &json, QString *error);
};

} // namespace wod
