#pragma once
// Test-only network access manager: replaces the random session part of every outgoing TrackingID
// ("WOD_<uuid>_<seq>") with a fixed one, keeping the sequence number. The sandbox echoes the
// header, so the tracking ids a result page shows are the same in every run.

#include <QNetworkAccessManager>

class FixedTrackingNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;
};
