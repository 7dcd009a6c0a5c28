#pragma once
// The redirect target of "Sign in with Webex": QOAuthHttpServerReplyHandler listening on 127.0.0.1
// only (never on every interface), plus what Qt 6.4 leaves out: a failed token request (HTTP
// 400/401 with an OAuth error body) is reported through tokenRequestFailed() instead of being
// dropped with a warning, so a wrong verifier or a revoked refresh token ends the flow at once.
// The page the browser shows says "Signed in" for a code and "not completed" for an error.
// GUI or main thread only.

#include <QOAuthHttpServerReplyHandler>

namespace wod::auth {

class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT
public:
    // Listens on 127.0.0.1:`port` (0: any free port); check isListening().
    explicit LoopbackReplyHandler(quint16 port, QObject *parent = nullptr);

    void networkReplyFinished(QNetworkReply *reply) override;

signals:
    // `error`: the OAuth error code ("invalid_grant") or a network error text; `httpStatus` 0
    // when there was no HTTP answer.
    void tokenRequestFailed(const QString &error, const QString &description, int httpStatus);
};

} // namespace wod::auth
