#pragma once
// "Remember me": the refresh token in the system keychain (Secret Service on Linux, through
// QtKeychain), under the service WOD_APP_ID and an account naming the client and server
// (OAuthSettings::keychainAccount()). Never in QSettings or a file: without a keychain (no session
// bus, no secret service) every call reports the failure and nothing is stored anywhere else.
// Asynchronous; callbacks run on the caller's thread. Main/GUI thread only.

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace wod::auth {

class RefreshTokenStore : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;      // the keychain answered (for load: also when nothing was stored)
        QString token;        // load: the stored refresh token, empty when none
        QString error;        // !ok: why, one line, never the token
    };
    using Callback = std::function<void(const Outcome &)>;

    explicit RefreshTokenStore(const QString &account, QObject *parent = nullptr);

    // Whether a keychain answers at all (reads the entry; "not found" counts as available).
    void probe(const Callback &done);
    void save(const QString &refreshToken, const Callback &done);
    void load(const Callback &done);
    void remove(const Callback &done);

    QString account() const { return m_account; }
    static QString service();

private:
    QString m_account;
};

} // namespace wod::auth
