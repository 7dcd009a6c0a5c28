#pragma once
// The server's TrackingIDs of a deletion run's requests, for the receipt and the outcome. The
// client reports every attempt with its TrackingID (ApiClient::requestFinished); success
// callbacks do not carry it, so the run reads them here: per person (DELETE or convert), the
// last SCIM Bulk request and the last DELETE of the organization.

#include <QHash>
#include <QMetaObject>
#include <QString>

class QObject;

namespace wod::net {

class ApiClient;

class RunTracking
{
public:
    // Listens to `client` for as long as `context` lives, until detach().
    void attach(ApiClient *client, QObject *context);
    void detach();

    // The TrackingID of the last request about this person, forgotten once taken.
    QString takePerson(const QString &personId) { return m_byPerson.take(personId); }
    void forgetPerson(const QString &personId) { m_byPerson.remove(personId); }
    QString lastBulk() const { return m_lastBulk; }
    QString lastOrgDelete() const { return m_lastOrgDelete; }

    // The person id inside a request path such as "people/{id}" or ".../people/{id}/convert".
    static QString personIdInPath(const QString &path);

private:
    QHash<QString, QString> m_byPerson; // person id -> TrackingID of its last request
    QString m_lastBulk;
    QString m_lastOrgDelete;
    QMetaObject::Connection m_connection;
};

} // namespace wod::net
