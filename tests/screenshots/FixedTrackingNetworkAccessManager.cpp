#include "FixedTrackingNetworkAccessManager.h"

#include <QNetworkRequest>
#include <QRegularExpression>

QNetworkReply *FixedTrackingNetworkAccessManager::createRequest(Operation op,
                                                                const QNetworkRequest &request,
                                                                QIODevice *outgoingData)
{
    QNetworkRequest copy(request);
    const QString id = QString::fromLatin1(request.rawHeader("TrackingID"));
    if (!id.isEmpty()) {
        static const QRegularExpression session(QStringLiteral("^WOD_[0-9a-fA-F-]{36}_"));
        QString fixed = id;
        fixed.replace(session, QStringLiteral("WOD_00000000-0000-4000-8000-5c4ee9540000_"));
        copy.setRawHeader("TrackingID", fixed.toLatin1());
    }
    return QNetworkAccessManager::createRequest(op, copy, outgoingData);
}
