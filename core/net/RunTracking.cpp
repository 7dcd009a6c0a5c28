#include "RunTracking.h"

#include "ApiClient.h"

namespace wod::net {

void RunTracking::attach(ApiClient *client, QObject *context)
{
    m_connection = QObject::connect(
        client, &ApiClient::requestFinished, context,
        [this](const QString &method, const QString &path, int, const QString &trackingId,
               qint64) {
            if (path.contains(QLatin1String("/Bulk")))
                m_lastBulk = trackingId;
            else if (path.contains(QLatin1String("people/")))
                m_byPerson.insert(personIdInPath(path), trackingId);
            else if (path.contains(QLatin1String("organizations/"))
                     && method == QLatin1String("DELETE"))
                m_lastOrgDelete = trackingId;
        });
}

void RunTracking::detach()
{
    QObject::disconnect(m_connection);
}

QString RunTracking::personIdInPath(const QString &path)
{
    const qsizetype at = path.lastIndexOf(QLatin1String("people/"));
    if (at < 0)
        return {};
    const qsizetype start = at + 7;
    qsizetype end = path.indexOf(QLatin1Char('/'), start);
    if (end < 0)
        end = path.indexOf(QLatin1Char('?'), start);
    return end < 0 ? path.mid(start) : path.mid(start, end - start);
}

} // namespace wod::net
