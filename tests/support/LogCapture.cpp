#include "LogCapture.h"

#include <QLoggingCategory>
#include <QMutex>

namespace wod::test {

namespace {
QMutex mutex;
QStringList captured;

void handler(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&mutex);
    captured.append(QString::fromLatin1(context.category ? context.category : "default")
                    + QStringLiteral(": ") + message);
}
} // namespace

LogCapture::LogCapture()
{
    {
        QMutexLocker lock(&mutex);
        captured.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("wod.*.debug=true"));
    m_previous = qInstallMessageHandler(handler);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    QLoggingCategory::setFilterRules(QString());
}

QStringList LogCapture::messages() const
{
    QMutexLocker lock(&mutex);
    return captured;
}

} // namespace wod::test
