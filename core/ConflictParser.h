#pragma once
// Turns the body of a Webex HTTP 409 answer to DELETE /v1/organizations/{id} into blockers.
//
// Body shape (all /v1 APIs): {"message": "...", "errors": [{"description": "..."}], "trackingId": "..."}.
// Recognises the six documented messages exactly, the help article's variants ("more than one
// user", lowercase "linked sites"), several conditions in one text (split where "Org cannot be
// deleted" starts a sentence: text start or after . ; : , ! ? or a line break), and any mix of message and
// errors[]. A text it does not recognise becomes an Unknown blocker carrying the server's words
// verbatim: never dropped. When errors[] yields blockers, an unrecognised top-level message is
// treated as the summary of those errors and not repeated.

#include "Blocker.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace wod {

struct ConflictReport
{
    QList<Blocker> blockers; // in order of first appearance, one per code (Unknown: one per text)
    QString trackingId;      // may be empty
};

class ConflictParser
{
public:
    // nullopt and `error` set when the body is not a Webex error object (not JSON, not an object,
    // neither message nor errors[] present, or of the wrong types).
    static std::optional<ConflictReport> parse(const QByteArray &body, QString *error = nullptr);

    // Maps one sentence to its code; nullopt when not one of the documented conditions.
    static std::optional<BlockerCode> classify(const QString &sentence);
};

} // namespace wod
