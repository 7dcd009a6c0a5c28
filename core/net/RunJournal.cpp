#include "RunJournal.h"

#include "DeletionRunner.h"
#include "RunLogging.h"

#include <QDateTime>
#include <QMetaObject>

namespace wod::net {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString fsyncFailed(const QString &path)
{
    return DeletionRunner::tr("cannot write the journal %1: fsync failed").arg(path);
}

} // namespace

RunJournal::~RunJournal()
{
    if (m_task.valid())
        m_task.wait();
}

void RunJournal::onWorker(std::function<void()> work)
{
    m_task = std::async(std::launch::async,
                        [previous = std::move(m_task), work = std::move(work)]() mutable {
                            if (previous.valid())
                                previous.get(); // waits and lets go: no chain builds up
                            work();
                        });
}

bool RunJournal::appendNow(const QList<QJsonObject> &records, QString *error)
{
    if (m_writer.append(records, error))
        return true;
    qCWarning(lcNetRunner) << "journal write failed:" << *error;
    return false;
}

void RunJournal::append(const QList<QJsonObject> &records, Then then)
{
    const QString at = now();
    const QString path = m_writer.path();
    const int fd = m_writer.descriptor();
    onWorker([owner = m_owner, fd, at, path, records, then = std::move(then)] {
        QString error;
        bool ok = JournalWriter::writeDescriptor(fd, JournalWriter::lines(records, at), path,
                                                 &error);
        if (ok && !JournalWriter::syncDescriptor(fd)) {
            ok = false;
            error = fsyncFailed(path);
        }
        if (!ok)
            qCWarning(lcNetRunner) << "journal write failed:" << error;
        if (then)
            QMetaObject::invokeMethod(
                owner, [then, ok, error] { then(ok, error); }, Qt::QueuedConnection);
    });
}

void RunJournal::appendPlan(const DeletionPlan &plan, Then then)
{
    // The plan line (every user's id and email, about 1 MB for 10,000 users) is serialized on
    // the worker too; the worker keeps its own (shared) copy of the plan.
    const QString at = now();
    const QString path = m_writer.path();
    const int fd = m_writer.descriptor();
    m_busy = true;
    onWorker([owner = m_owner, this, fd, at, path, plan, then = std::move(then)] {
        QString error;
        const QByteArray line = JournalWriter::planLine(plan, at, path, &error);
        bool ok = !line.isEmpty() && JournalWriter::writeDescriptor(fd, line, path, &error);
        if (ok && !JournalWriter::syncDescriptor(fd)) {
            ok = false;
            error = fsyncFailed(path);
        }
        QMetaObject::invokeMethod(
            owner,
            [this, then, ok, error] {
                m_busy = false;
                then(ok, error);
            },
            Qt::QueuedConnection);
    });
}

void RunJournal::commit(QList<QJsonObject> records, Then then)
{
    // Serializing and writing happen on the worker with the fsync: at 10,000 users that JSON is
    // a few ms per burst the runner's thread does not spend.
    const QString at = now();
    const QString path = m_writer.path();
    m_busy = true;
    const int fd = m_writer.descriptor();
    onWorker([owner = m_owner, this, fd, at, path, records = std::move(records),
              then = std::move(then)]() mutable {
        QString writeError;
        const bool written =
            JournalWriter::writeDescriptor(fd, JournalWriter::lines(records, at), path, &writeError);
        records.clear(); // released here, not on the runner's thread
        const bool ok = written && JournalWriter::syncDescriptor(fd);
        QMetaObject::invokeMethod(
            owner,
            [this, ok, writeError, then = std::move(then)] {
                m_busy = false;
                then(ok, ok ? QString() : !writeError.isEmpty() ? writeError
                                                                : fsyncFailed(m_writer.path()));
            },
            Qt::QueuedConnection);
    });
}

} // namespace wod::net
