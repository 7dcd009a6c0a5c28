#include "BenchSandbox.h"

#include "TestScenarios.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

bool BenchSandbox::start(const QString &sandboxPath, int users, const QJsonObject &faults, QString *error)
{
    // The test org's shape, under the benchmark's own names.
    const QJsonObject scenario = wod::test::testOrgScenarioJson(
        users, faults,
        {{QStringLiteral("org"), wod::test::orgJson(wod::test::testOrgId(), orgDisplayName())},
         {QStringLiteral("actor"), wod::test::fullAdminJson(QStringLiteral("admin@benchorg.example"),
                                                            QStringLiteral("Bench Admin"))}});
    const QString path = m_dir.filePath(QStringLiteral("scenario.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(scenario).toJson()) < 0) {
        *error = f.errorString();
        return false;
    }
    f.close();
    if (m_process.start(sandboxPath, {QStringLiteral("--scenario"), path}, 120'000))
        return true;
    *error = m_process.error();
    return false;
}

QJsonObject BenchSandbox::state(QNetworkAccessManager *nam) const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/_sandbox/state"));
    QNetworkReply *reply = nam->get(QNetworkRequest(url));
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 60'000);
    const QJsonObject s = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return s;
}
