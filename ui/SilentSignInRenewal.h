#pragma once
// One silent renewal of the sign-in after an HTTP 401, for the wizard: asks the AuthSession for a
// new access token (AuthSession::refreshAfterUnauthorized(): at most once per token) and, when it
// comes, gives it to the ApiClient before finished(true). The session refuses (start() false)
// without a refresh token, or for a token that itself came from a renewal. At most one renewal at
// a time; what to do after it (read again, resume a run) is the caller's.
// GUI thread only. The ApiClient and the session are not owned.

#include <QList>
#include <QObject>
#include <QPointer>

namespace wod::auth {
class AuthSession;
} // namespace wod::auth

namespace wod::net {
class ApiClient;
} // namespace wod::net

namespace wod::ui {

class SilentSignInRenewal : public QObject
{
    Q_OBJECT
public:
    explicit SilentSignInRenewal(wod::net::ApiClient *client, QObject *parent = nullptr);

    // Null: a pasted token, nothing to renew.
    void setSession(wod::auth::AuthSession *session);
    wod::auth::AuthSession *session() const;

    // Starts a renewal; false (and no finished()) when none is possible: no session, one under
    // way, or the session refuses.
    bool start();
    bool isActive() const { return !m_connections.isEmpty(); }
    // Stops waiting: the session's answer is ignored, no finished().
    void abandon();
    // Renewals started so far.
    int count() const { return m_count; }

signals:
    // The renewal ended: `renewed` true with the new token already given to the ApiClient.
    void finished(bool renewed);

private:
    wod::net::ApiClient *m_client;
    QPointer<wod::auth::AuthSession> m_session;
    QList<QMetaObject::Connection> m_connections;
    int m_count = 0;
};

} // namespace wod::ui
