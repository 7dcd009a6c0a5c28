#include "SandboxTestSupport.h"

#include "ScenarioLoader.h"
#include "TestScenarios.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

namespace wod::sandbox::test {

QString testOrgId()
{
    // base64 of ciscospark://us/ORGANIZATION/00000000-0000-4000-8000-0000000000aa
    return QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8wMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwYWE");
}

QJsonObject scenarioJson(int users, const QJsonObject &overrides)
{
    QJsonArray list;
    for (int i = 1; i <= users; ++i)
        list.append(
            QJsonObject{{QStringLiteral("email"), QStringLiteral("user%1@test.example").arg(i)},
                        {QStringLiteral("displayName"), QStringLiteral("User %1").arg(i)}});
    QJsonObject root{
        {QStringLiteral("org"),
         wod::test::orgJson(testOrgId(), QStringLiteral("Test Org"),
                            QStringLiteral("2026-01-02T03:04:05.000Z"))},
        {QStringLiteral("actor"),
         wod::test::fullAdminJson(QStringLiteral("admin@test.example"), QStringLiteral("Ada Admin"))},
        {QStringLiteral("subscriptions"), wod::test::freeSubscriptionJson()},
        {QStringLiteral("users"), list},
    };
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        root.insert(it.key(), it.value());
    return root;
}

wod::Scenario scenario(int users, const QJsonObject &overrides)
{
    QString error;
    const auto s = wod::ScenarioLoader::loadData(
        QJsonDocument(scenarioJson(users, overrides)).toJson(), QStringLiteral("test"), &error);
    if (!s)
        qFatal("test scenario does not load: %s", qPrintable(error));
    return *s;
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool HttpResult::isJson() const
{
    QJsonParseError e;
    QJsonDocument::fromJson(body, &e);
    return e.error == QJsonParseError::NoError;
}

QUrl HttpResult::nextLink() const
{
    const QByteArray link = header("Link");
    if (!link.contains("rel=\"next\""))
        return {};
    const qsizetype open = link.indexOf('<');
    const qsizetype close = link.indexOf('>');
    return QUrl::fromEncoded(link.mid(open + 1, close - open - 1));
}

HttpResult Http::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &extraHeaders, int timeoutMs)
{
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    for (const auto &h : extraHeaders)
        request.setRawHeader(h.first, h.second);
    request.setTransferTimeout(timeoutMs);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult r;
    r.finished = finished.wait(timeoutMs + 1000) || !finished.isEmpty();
    r.elapsedMs = timer.elapsed();
    if (!r.finished)
        reply->abort();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

HttpResult Http::post(const QUrl &url, const QJsonObject &body)
{
    return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void Http::reset()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
}

QUrl at(const QUrl &base, const QString &path)
{
    QUrl url = base;
    const int q = path.indexOf(QLatin1Char('?'));
    url.setPath(base.path() + QLatin1Char('/') + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    return url;
}

QUrl personUrl(const QUrl &base, const QString &personId)
{
    return at(base, QStringLiteral("people/") + personId);
}

QUrl stateUrl(const QUrl &base)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/_sandbox/state"));
    return url;
}

} // namespace wod::sandbox::test
