#include "AppLog.h"

#include "LogLogging.h"
#include "LogRedactor.h"
#include "RotatingLogFile.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>
#include <cstdio>
#include <memory>

namespace wod::log {

namespace {

struct LogState
{
    QMutex mutex;
    std::unique_ptr<RotatingLogFile> file;
    bool verbose = false;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

LogState &state()
{
    static LogState s;
    return s;
}

char typeLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'C';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        const bool toStderr = s.verbose || type == QtWarningMsg || type == QtCriticalMsg
                              || type == QtFatalMsg;
        const bool toFile = s.file && (type != QtDebugMsg || s.verbose);
        if (toFile)
            s.file->write(AppLog::formatLine(type, context.category, message));
        if (toStderr) {
            // Qt's default shape on stderr ("category: message"); time and level in the file.
            const QString shortLine = LogRedactor::redact(
                (context.category && qstrcmp(context.category, "default") != 0
                     ? QString::fromLatin1(context.category) + QStringLiteral(": ")
                     : QString())
                + message);
            const QByteArray bytes = shortLine.toLocal8Bit() + '\n';
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
            std::fflush(stderr);
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

QString AppLog::formatLine(int msgType, const char *category, const QString &message)
{
    const QString cat = category && *category ? QString::fromLatin1(category)
                                              : QStringLiteral("default");
    return LogRedactor::redact(
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ')
        + QLatin1Char(typeLetter(QtMsgType(msgType))) + QLatin1Char(' ') + cat
        + QStringLiteral(": ") + message);
}

QString AppLog::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + QStringLiteral("/logs");
}

bool AppLog::install(const AppLogOptions &options, QString *error)
{
    LogState &s = state();
    bool ok = true;
    QString why;
    {
        QMutexLocker lock(&s.mutex);
        s.verbose = options.verbose;
        s.file.reset();
        if (options.writeFile) {
            const QString dir = options.directory.isEmpty() ? defaultDirectory() : options.directory;
            auto file = std::make_unique<RotatingLogFile>(QDir(dir).filePath(options.fileName),
                                                          options.maxBytes, options.keep);
            if (file->open(&why))
                s.file = std::move(file);
            else
                ok = false;
        }
        if (!s.installed) {
            s.previous = qInstallMessageHandler(handleMessage);
            s.installed = true;
        }
    }
    // Debug messages of our categories only with --verbose; Qt's own stay as Qt decides.
    QLoggingCategory::setFilterRules(options.verbose ? QStringLiteral("wod.*.debug=true")
                                                     : QStringLiteral("wod.*.debug=false"));
    if (!ok) {
        qCWarning(lcLog) << "The log file cannot be written:" << why;
        if (error)
            *error = why;
    }
    return ok;
}

void AppLog::uninstall()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed)
        qInstallMessageHandler(s.previous);
    s.installed = false;
    s.previous = nullptr;
    s.file.reset();
}

QString AppLog::filePath()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.file ? s.file->path() : QString();
}

} // namespace wod::log
