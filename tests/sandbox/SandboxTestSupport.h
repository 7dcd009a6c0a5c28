#pragma once
// Shared by the sandbox tests: scenarios built in code, and a bounded, blocking HTTP helper over
// QNetworkAccessManager that spins the event loop (so an in-process server keeps serving) until the
// reply finishes or a timeout passes.

#include "Scenario.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace wod::sandbox::test {

// A valid scenario JSON: org "Test Org", actor admin@test.example (Full Administrator), one free
// subscription and `users` extra users user1..userN@test.example. Keys of `overrides` replace the
// top-level keys.
QJsonObject scenarioJson(int users = 3, const QJsonObject &overrides = {});
wod::Scenario scenario(int users = 3, const QJsonObject &overrides = {});
QString testOrgId();

struct HttpResult
{
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    bool isJson() const;
    QJsonArray items() const { return json().value(QLatin1String("items")).toArray(); }
    // "<url>" of Link: <url>; rel="next", or empty.
    QUrl nextLink() const;
};

class Http
{
public:
    explicit Http(QString token = {}) : m_token(std::move(token)) {}
    void setToken(const QString &token) { m_token = token; }
    // `url` absolute. Empty token: no Authorization header. Waits at most `timeoutMs`.
    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {},
                    int timeoutMs = 10'000);
    HttpResult get(const QUrl &url) { return send("GET", url); }
    HttpResult del(const QUrl &url) { return send("DELETE", url); }
    HttpResult post(const QUrl &url, const QJsonObject &body);
    // Drops pooled keep-alive connections (after a server went away).
    void reset();

private:
    QString m_token;
    std::unique_ptr<QNetworkAccessManager> m_nam = std::make_unique<QNetworkAccessManager>();
};

// url + "/" + path (path without a leading slash), e.g. at(base, "people/me").
QUrl at(const QUrl &base, const QString &path);
// A person's resource: at(base, "people/" + personId).
QUrl personUrl(const QUrl &base, const QString &personId);
// The sandbox's own state document: /_sandbox/state on base's host (not under base's /v1).
QUrl stateUrl(const QUrl &base);

} // namespace wod::sandbox::test
