#pragma once
// Appends JSON lines to a deletion journal durably: every append() writes its lines in one go,
// flushes and fsyncs before returning true, so a record the runner counts survives a crash.
// Several records can go in one append() (group commit) to keep fsyncs off the hot path.
// The file is created with owner-only permissions. Not thread-safe; owned by one runner.

#include "DeletionPlan.h"

#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wod::net {

class JournalWriter
{
public:
    JournalWriter() = default;
    JournalWriter(const JournalWriter &) = delete;
    JournalWriter &operator=(const JournalWriter &) = delete;

    // Opens `path` for appending, creating it (and its directory) when missing. A file whose last
    // line is torn gets a newline first so the next record starts on its own line.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    // Writes the records as lines, adds "at" (UTC, ms) to each, flush + fsync. False on an I/O error.
    bool append(const QList<QJsonObject> &records, QString *error);
    bool append(const QJsonObject &record, QString *error) { return append(QList{record}, error); }
    // The journal's first line: the plan (DeletionPlan::toJson() plus "type": "plan" and "at"),
    // flushed and fsync'd. Written without building the whole line as one JSON document: for
    // 100,000 users that document alone would take tens of MB.
    bool appendPlan(const DeletionPlan &plan, QString *error);
    // The plan's journal line (with its newline), as appendPlan() writes it, "at" given; for
    // writing it with writeDescriptor() off the caller's thread. Any thread (`plan` is only read).
    // Empty, with *error naming `path`, if the plan's JSON does not have the expected shape.
    static QByteArray planLine(const DeletionPlan &plan, const QString &at, const QString &path,
                               QString *error);
    // Group commit off the caller's thread: write() puts the lines into the file (flushed, not
    // yet durable); syncDescriptor(fd) (any thread) makes them durable. Records count only after
    // the sync succeeded.
    bool write(const QList<QJsonObject> &records, QString *error);
    int descriptor() const { return m_file.handle(); }
    static bool syncDescriptor(int fd);
    // The same group commit with the serializing off the caller's thread too: lines() turns the
    // records into journal lines (each with "at"), writeDescriptor() appends them to descriptor()
    // (flushed, not yet durable). Both are safe on any thread while the owner writes nothing
    // else; `path` only names the file in *error.
    static QByteArray lines(const QList<QJsonObject> &records, const QString &at);
    static bool writeDescriptor(int fd, const QByteArray &data, const QString &path, QString *error);
    // Closes the file. The run is over: the memory its transient work left in the allocator goes
    // back to the system before the receipt is written (FreeMemory).
    void close();

private:
    QFile m_file;
};

} // namespace wod::net
