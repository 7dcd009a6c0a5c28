#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace wod::test {

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QString &executable, const QStringList &args, int timeoutMs)
{
    stop();
    m_token.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(executable, args);
    if (!m_process->waitForStarted(10'000)) {
        m_error = m_process->errorString();
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)\\s+token: (\\S+)\\s"));
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (!m_process->waitForReadyRead(200) && m_process->state() != QProcess::Running)
            break;
        out += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        // Both lines, "listening on URL" and "token: T", whole (see core/sandbox/main.cpp).
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            m_token = match.captured(2);
            return true;
        }
    }
    m_error = QStringLiteral("the sandbox did not start: %1 %2")
                  .arg(QString::fromUtf8(out), QString::fromUtf8(m_process->readAllStandardError()));
    return false;
}

void SandboxProcess::stop()
{
    m_port = 0;
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5'000)) {
            m_process->kill();
            m_process->waitForFinished(5'000);
        }
    }
    m_process.reset();
}

void SandboxProcess::kill()
{
    m_port = 0;
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5'000);
    m_process.reset();
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QUrl SandboxProcess::apiUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

} // namespace wod::test
