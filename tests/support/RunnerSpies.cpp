#include "RunnerSpies.h"

#include "EligibilityPolicy.h"
#include "SnapshotLoader.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace wod::test {

std::optional<OrgSnapshot> loadSnapshot(net::ApiClient *client, QString *why, int timeoutMs)
{
    net::SnapshotLoader loader(client);
    std::optional<OrgSnapshot> snapshot;
    std::optional<net::ApiError> error;
    QObject::connect(&loader, &net::SnapshotLoader::loaded,
                     [&](const OrgSnapshot &s) { snapshot = s; });
    QObject::connect(&loader, &net::SnapshotLoader::failed,
                     [&](const net::ApiError &e) { error = e; });
    loader.load();
    (void)QTest::qWaitFor([&] { return snapshot || error; }, timeoutMs);
    if (why && error)
        *why = error->toString();
    else if (why && !snapshot)
        *why = QStringLiteral("snapshot load timed out");
    return snapshot;
}

DeletionPlan planFor(const OrgSnapshot &snapshot, UserDisposition disposition)
{
    return DeletionPlan::fromSnapshot(snapshot, EligibilityPolicy::evaluate(snapshot), disposition,
                                      QDateTime::currentDateTimeUtc(), {});
}

std::optional<net::RunOutcome> runToEnd(net::DeletionRunner &runner,
                                        const std::function<void()> &start, int timeoutMs)
{
    std::optional<net::RunOutcome> outcome;
    int finishedCount = 0;
    const auto c = QObject::connect(&runner, &net::DeletionRunner::finished,
                                    [&](const net::RunOutcome &o) {
                                        outcome = o;
                                        ++finishedCount;
                                    });
    start();
    (void)QTest::qWaitFor([&] { return outcome.has_value(); }, timeoutMs);
    // finished() is emitted exactly once: give a second emission the chance to show up.
    QTest::qWait(0);
    QObject::disconnect(c);
    if (finishedCount > 1)
        return std::nullopt;
    return outcome;
}

QString describe(const std::optional<net::RunOutcome> &o)
{
    if (!o)
        return QStringLiteral("no (or more than one) finished() signal");
    return QStringLiteral("%1: %2 [%3] handled %4/%5 failed %6")
        .arg(net::toWireName(o->status), o->message, o->error.toString())
        .arg(o->usersHandled)
        .arg(o->usersTotal)
        .arg(o->usersFailed);
}

net::RunnerOptions quickRunnerOptions(const QTemporaryDir &dir, const QString &name)
{
    net::RunnerOptions o;
    o.journalPath = dir.filePath(name);
    o.confirmPollIntervalMs = 50;
    o.confirmTimeoutMs = 10'000;
    return o;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString renewSandboxToken(QNetworkAccessManager *nam, const QUrl &apiUrl)
{
    QUrl url = apiUrl;
    url.setPath(QStringLiteral("/_sandbox/renewToken"));
    url.setQuery(QString());
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam->post(request, QByteArray("{}"));
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000);
    const QString token = finished
        ? QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("token")).toString()
        : QString();
    if (!finished)
        reply->abort();
    reply->deleteLater();
    return token;
}

} // namespace wod::test
