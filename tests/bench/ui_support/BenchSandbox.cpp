#include "BenchSandbox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

bool BenchSandbox::start(const QString &sandboxPath, int users, const QJsonObject &faults, QString *error)
{
    const QJsonObject scenario{
        {QStringLiteral("org"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8wMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDBhYmM")},
                     {QStringLiteral("displayName"), orgDisplayName()}}},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@benchorg.example")},
                     {QStringLiteral("displayName"), QStringLiteral("Bench Admin")},
                     {QStringLiteral("roles"), QJsonArray{QStringLiteral("Full Administrator")}}}},
        {QStringLiteral("subscriptions"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("Sub-FREE-1")},
                                {QStringLiteral("type"), QStringLiteral("free")},
                                {QStringLiteral("status"), QStringLiteral("active")}}}},
        {QStringLiteral("generatedUsers"), users},
        {QStringLiteral("faults"), faults},
    };
    const QString path = m_dir.filePath(QStringLiteral("scenario.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(scenario).toJson()) < 0) {
        *error = f.errorString();
        return false;
    }
    f.close();
    m_process.start(sandboxPath, {QStringLiteral("--scenario"), path});
    static const QRegularExpression re(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)\\s+token: (\\S+)"));
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 120'000 && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        const auto m = re.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_base = QUrl(m.captured(1) + QStringLiteral("/v1"));
            m_token = m.captured(2);
            return true;
        }
    }
    *error = QStringLiteral("the sandbox did not start: ")
        + QString::fromUtf8(out + m_process.readAllStandardError());
    return false;
}

BenchSandbox::~BenchSandbox()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5'000))
        m_process.kill();
    m_process.waitForFinished(5'000);
}
