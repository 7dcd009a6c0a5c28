#pragma once
// The journal of one deletion run, written off the runner's thread: every line is serialized,
// written and fsync'd on a journal worker, in the order it was queued, and the caller's `then`
// runs on the owner's thread once it is durable (dropped if the owner is gone). The destructor
// waits for a write in progress before the file closes. See Journal.h for the lines.

#include "DeletionPlan.h"
#include "JournalWriter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <future>

class QObject;

namespace wod::net {

class RunJournal
{
public:
    using Then = std::function<void(bool ok, const QString &error)>;

    // `owner` (the runner) is where `then` callbacks run; it must outlive this journal.
    explicit RunJournal(QObject *owner) : m_owner(owner) {}
    ~RunJournal();
    RunJournal(const RunJournal &) = delete;
    RunJournal &operator=(const RunJournal &) = delete;

    bool open(const QString &path, QString *error) { return m_writer.open(path, error); }
    bool isOpen() const { return m_writer.isOpen(); }
    QString path() const { return m_writer.path(); }
    void close() { m_writer.close(); }

    // Appends at once on this thread (flushed and fsync'd); a failure is logged.
    bool appendNow(const QList<QJsonObject> &records, QString *error);
    // Appends `records` (each with "at") on the worker, then `then(ok, error)` here (if given).
    // A failure is logged.
    void append(const QList<QJsonObject> &records, Then then);
    // The plan line, the journal's first. busy() until `then` runs; `then` logs nothing.
    void appendPlan(const DeletionPlan &plan, Then then);
    // A group commit of user lines: busy() until `then` runs; `then` gets the error to report
    // (the write's, or that the fsync failed) and logs nothing.
    void commit(QList<QJsonObject> records, Then then);

    // A plan line or a group commit is being written: nothing else may be queued meanwhile.
    bool busy() const { return m_busy; }

private:
    // Runs `work` on the journal worker after the task queued before it.
    void onWorker(std::function<void()> work);

    QObject *m_owner;
    JournalWriter m_writer;
    bool m_busy = false;
    std::future<void> m_task; // the last task queued; each waits for the one before
};

} // namespace wod::net
