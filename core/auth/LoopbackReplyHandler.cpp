#include "LoopbackReplyHandler.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace wod::auth {

LoopbackReplyHandler::LoopbackReplyHandler(quint16 port, QObject *parent)
    : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), port, parent)
{
    setCallbackText(tr("Signed in. You can close this browser tab and return to Webex "
                       "Organization Deletion."));
    // Qt writes the page after callbackReceived() returns: the browser's page follows the answer.
    // A refusal (Deny on the consent page) must not read "Signed in". The error itself is not
    // echoed into the page (it comes from the URL); the app's window says what happened.
    connect(this, &QAbstractOAuthReplyHandler::callbackReceived, this, [this](const QVariantMap &values) {
        if (values.contains(QStringLiteral("error")))
            setCallbackText(tr("Sign-in was not completed. You can close this browser tab; Webex "
                               "Organization Deletion says what happened."));
        else if (values.contains(QStringLiteral("code")))
            setCallbackText(tr("Signed in. You can close this browser tab and return to Webex "
                               "Organization Deletion."));
    });
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    if (reply->error() == QNetworkReply::NoError) {
        QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QString error = body.value(QLatin1String("error")).toString();
    QString description = body.value(QLatin1String("error_description")).toString();
    if (error.isEmpty())
        error = status > 0 ? QStringLiteral("http_%1").arg(status) : reply->errorString();
    if (description.isEmpty())
        description = body.value(QLatin1String("message")).toString();
    emit tokenRequestFailed(error, description, status);
}

} // namespace wod::auth
