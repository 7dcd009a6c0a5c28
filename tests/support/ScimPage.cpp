#include "ScimPage.h"

#include "SandboxFixture.h"
#include "WebexId.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

namespace wod::test {

QJsonObject scimUsersPage(SandboxFixture &f, const QString &query, int *status, int waitMs)
{
    *status = 0;
    const QString orgUuid = WebexId::toUuid(
        f.state().value(QLatin1String("org")).toObject().value(QLatin1String("id")).toString());
    QUrl url = f.baseUrl();
    url.setPath(QStringLiteral("/identity/scim/%1/v2/Users").arg(orgUuid));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + f.token().toUtf8());
    QNetworkReply *reply = f.nam()->get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, waitMs))
        return {};
    reply->deleteLater();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace wod::test
