#include "SilentSignInRenewal.h"

#include "ApiClient.h"
#include "AuthSession.h"

namespace wod::ui {

SilentSignInRenewal::SilentSignInRenewal(wod::net::ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

void SilentSignInRenewal::setSession(wod::auth::AuthSession *session)
{
    m_session = session;
}

wod::auth::AuthSession *SilentSignInRenewal::session() const
{
    return m_session.data();
}

bool SilentSignInRenewal::start()
{
    if (!m_session || isActive())
        return false;
    // Connected first: the session answers asynchronously, but never miss its answer.
    m_connections << connect(m_session, &wod::auth::AuthSession::accessTokenChanged, this,
                             [this](const QString &token) {
                                 m_client->setToken(token);
                                 abandon();
                                 emit finished(true);
                             });
    m_connections << connect(m_session, &wod::auth::AuthSession::failed, this, [this] {
        abandon();
        emit finished(false);
    });
    if (!m_session->refreshAfterUnauthorized()) {
        abandon();
        return false;
    }
    ++m_count;
    return true;
}

void SilentSignInRenewal::abandon()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
}

} // namespace wod::ui
