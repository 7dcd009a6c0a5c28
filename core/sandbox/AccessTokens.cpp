#include "AccessTokens.h"

#include <QUuid>

namespace wod::sandbox {

AccessTokens::AccessTokens() : m_token(randomToken()) {}

QString AccessTokens::randomToken()
{
    return QStringLiteral("SANDBOX_") + QUuid::createUuid().toString(QUuid::Id128) +
           QUuid::createUuid().toString(QUuid::Id128);
}

void AccessTokens::setToken(const QString &token)
{
    m_retired.remove(token);
    m_token = token;
    m_used = 0;
}

AccessTokens::Check AccessTokens::check(const QByteArray &authorization)
{
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!authorization.startsWith(prefix))
        return Check::Invalid;
    const QString given = QString::fromUtf8(authorization.mid(prefix.size()).trimmed());
    if (given.isEmpty())
        return Check::Invalid;
    if (given != m_token)
        return m_retired.contains(given) ? Check::Expired : Check::Invalid;
    if (m_expiresAfter > 0 && m_used >= m_expiresAfter)
        return Check::Expired;
    ++m_used;
    return Check::Valid;
}

QString AccessTokens::renew()
{
    m_retired.insert(m_token);
    m_token = randomToken();
    m_used = 0;
    return m_token;
}

} // namespace wod::sandbox
