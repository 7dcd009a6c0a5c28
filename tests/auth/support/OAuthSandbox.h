#pragma once
// Test helper: an in-process sandbox on 127.0.0.1 serving a scenario from WOD_SCENARIO_DIR, with
// synchronous access to its OAuth configuration and counters (/_sandbox/oauth) and an ApiClient
// call that reports the HTTP status a token gets from the API.

#include "ApiClient.h"
#include "FaultConfig.h"
#include "OAuthEndpoints.h"
#include "OAuthSettings.h"
#include "SandboxServer.h"
#include "ScenarioLoader.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <memory>

namespace wod::test {

class OAuthSandbox
{
public:
    bool start(const QString &scenarioFile = QStringLiteral("demo.json"))
    {
        const auto scenario = ScenarioLoader::loadFile(
            QDir(qEnvironmentVariable("WOD_SCENARIO_DIR")).filePath(scenarioFile), &m_error);
        if (!scenario)
            return false;
        m_server = std::make_unique<sandbox::SandboxServer>(*scenario, sandbox::FaultConfig{});
        return m_server->listen(0, &m_error);
    }
    QString error() const { return m_error; }
    sandbox::SandboxServer *server() const { return m_server.get(); }

    auth::OAuthSettings settings() const
    {
        return auth::OAuthSettings::sandbox(m_server->baseUrl(),
                                            sandbox::OAuthEndpoints::defaultClientId());
    }

    QJsonObject oauth(const QJsonObject &change = {})
    {
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/_sandbox/oauth"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = change.isEmpty()
                                   ? m_nam.get(request)
                                   : m_nam.post(request, QJsonDocument(change).toJson());
        return QJsonDocument::fromJson(wait(reply)).object();
    }

    // Retires the current token as Webex does when it expires.
    void expireToken()
    {
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/_sandbox/renewToken"));
        wait(m_nam.post(QNetworkRequest(url), QByteArray()));
    }

    // GET /v1/people/me with `token`: the HTTP status (0: no answer).
    int statusWith(const QString &token)
    {
        QUrl url = m_server->baseUrl();
        url.setPath(url.path() + QStringLiteral("/people/me"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_nam.get(request);
        int status = 0;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&status, reply] {
            status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        });
        wait(reply);
        return status;
    }

private:
    QByteArray wait(QNetworkReply *reply)
    {
        QEventLoop loop;
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    std::unique_ptr<sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    QString m_error;
};

} // namespace wod::test
