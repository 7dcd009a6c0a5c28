#pragma once
// One answer of the sandbox and how to deliver it. Error bodies have the Webex shape
// {"message", "errors":[{"description"}], "trackingId"}; JSON answers carry
// Content-Type: application/json;charset=UTF-8. The TrackingID header is added on delivery.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace wod::sandbox {

struct SandboxResponse
{
    enum class Delivery
    {
        Normal,    // status line, headers, body
        Reset,     // no answer: the connection is reset (RST)
        Truncated, // headers with the full Content-Length, half the body, then close
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;

    void setHeader(const QByteArray &name, const QByteArray &value);

    static SandboxResponse json(int status, const QJsonObject &body);
    // `body` is JSON text already.
    static SandboxResponse jsonText(int status, const QByteArray &body);
    static SandboxResponse noContent();
    // message = the descriptions joined by a space; one errors[] entry per description.
    static SandboxResponse error(int status, const QStringList &descriptions,
                                 const QString &trackingId);
    static SandboxResponse error(int status, const QString &message, const QString &trackingId);
    static QByteArray reasonPhrase(int status);
};

} // namespace wod::sandbox
