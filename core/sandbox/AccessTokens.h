#pragma once
// The sandbox's bearer token: one valid token at a time, optionally expiring after a number of
// authenticated requests (fault tokenExpiresAfterRequests) until renewed. Tokens are test
// credentials of the sandbox only. Lives in the server's thread; not thread-safe.

#include <QByteArray>
#include <QSet>
#include <QString>

namespace wod::sandbox {

class AccessTokens
{
public:
    enum class Check
    {
        Valid,
        Invalid,
        Expired
    };

    AccessTokens();
    static QString randomToken();

    QString token() const { return m_token; }
    void setToken(const QString &token); // also restarts the expiry count
    void setExpiresAfter(int requests) { m_expiresAfter = requests; }

    // Checks an Authorization header value ("Bearer <token>"); a Valid answer counts one use.
    Check check(const QByteArray &authorization);
    // A fresh token; the old one is remembered as expired.
    QString renew();

private:
    QString m_token;
    QSet<QString> m_retired;
    int m_expiresAfter = 0;
    int m_used = 0;
};

} // namespace wod::sandbox
