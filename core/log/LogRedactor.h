#pragma once
// Removes secrets and personal data from one log line before it is written anywhere:
//   - "Bearer <anything>"                         -> "Bearer [redacted]"
//   - access_token, refresh_token, id_token, client_secret, code_verifier, code_challenge,
//     password, token (as key=value, key: value or JSON "key":"value")  -> key=[redacted]
//   - code=<value> (an OAuth authorization code in a URL or form body) -> code=[redacted]
//   - Webex-shaped tokens (<64 alnum>_<4 alnum>_<uuid>) found bare      -> [redacted token]
//   - e-mail addresses                                                 -> [email]
//   - every string registered with addSecret() (the session's current tokens), wherever it
//     appears, even without a key in front of it                       -> [redacted]
// Thread-safe: the message handler calls it from any thread.

#include <QString>

namespace wod::log {

class LogRedactor
{
public:
    static QString redact(const QString &line);

    // Known secrets (the access and refresh tokens in use) are redacted verbatim. Strings shorter
    // than 8 characters are ignored: redacting them would shred ordinary words.
    static void addSecret(const QString &secret);
    static void removeSecret(const QString &secret);
    static void clearSecrets();
};

} // namespace wod::log
