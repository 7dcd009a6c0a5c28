#include "JournalWriter.h"

#include "FreeMemory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cerrno>

#include <unistd.h>

namespace wod::net {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wod::net::JournalWriter", text);
}
} // namespace

bool JournalWriter::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("cannot create the journal's folder %1").arg(info.absolutePath());
        return false;
    }
    const bool existed = info.exists();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        if (error)
            *error = tr("cannot write the journal %1: %2").arg(path, m_file.errorString());
        return false;
    }
    // The journal names the organization and its users: keep it private to the admin.
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (existed && m_file.size() > 0) {
        // A crash mid-write leaves a line without its newline; close it so our next record is a
        // line of its own (the reader ignores the torn fragment).
        m_file.seek(m_file.size() - 1);
        char last = 0;
        if (m_file.getChar(&last) && last != '\n') {
            m_file.write("\n", 1);
            m_file.flush();
        }
    }
    return true;
}

void JournalWriter::close()
{
    m_file.close();
    FreeMemory::releaseToSystem();
}

bool JournalWriter::syncDescriptor(int fd)
{
    return fd >= 0 && ::fsync(fd) == 0;
}

bool JournalWriter::append(const QList<QJsonObject> &records, QString *error)
{
    if (!write(records, error))
        return false;
    if (!syncDescriptor(m_file.handle())) {
        if (error)
            *error = tr("cannot write the journal %1: fsync failed").arg(m_file.fileName());
        return false;
    }
    return true;
}

bool JournalWriter::appendPlan(const DeletionPlan &plan, QString *error)
{
    if (!m_file.isOpen()) {
        if (error)
            *error = tr("the journal is not open");
        return false;
    }
    const QByteArray line =
        planLine(plan, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_file.fileName(),
                 error);
    if (line.isEmpty())
        return false;
    if (m_file.write(line) != line.size() || !m_file.flush() || !syncDescriptor(m_file.handle())) {
        if (error)
            *error = tr("cannot write the journal %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

QByteArray JournalWriter::planLine(const DeletionPlan &plan, const QString &at, const QString &path,
                                   QString *error)
{
    // Everything but the users through DeletionPlan::toJson(), so the format stays its; then the
    // users spliced into its empty "users" array a chunk at a time. Keys come out sorted, so
    // "users" is the last member.
    DeletionPlan header = plan;
    header.users = {};
    QJsonObject record = header.toJson();
    record.insert(QStringLiteral("type"), QStringLiteral("plan"));
    record.insert(QStringLiteral("at"), at);
    QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact);
    static constexpr QByteArrayView kEmptyUsers = "\"users\":[]}";
    if (!line.endsWith(kEmptyUsers)) {
        if (error)
            *error = tr("cannot write the journal %1: unexpected plan format").arg(path);
        return {};
    }
    line.chop(2); // "]}"
    constexpr qsizetype kChunk = 1000;
    for (qsizetype from = 0; from < plan.users.size(); from += kChunk) {
        QJsonArray chunk;
        const qsizetype to = std::min(plan.users.size(), from + kChunk);
        for (qsizetype i = from; i < to; ++i)
            chunk.append(QJsonArray{plan.users.at(i).id, plan.users.at(i).email});
        const QByteArray text = QJsonDocument(chunk).toJson(QJsonDocument::Compact);
        // The line's size, estimated from the first chunk: one allocation instead of doubling
        // (doubling held the old and the new buffer at once: ~2.5x the line for 100,000 users).
        if (from == 0)
            line.reserve(line.size() + 64 + text.size() * (plan.users.size() / std::max<qsizetype>(to, 1) + 1) * 21 / 20);
        if (from > 0)
            line += ',';
        line += QByteArrayView(text).sliced(1, text.size() - 2); // without the chunk's brackets
    }
    line += "]}\n";
    return line;
}

bool JournalWriter::write(const QList<QJsonObject> &records, QString *error)
{
    if (!m_file.isOpen()) {
        if (error)
            *error = tr("the journal is not open");
        return false;
    }
    const QByteArray data = lines(records, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (m_file.write(data) != data.size() || !m_file.flush()) {
        if (error)
            *error = tr("cannot write the journal %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

QByteArray JournalWriter::lines(const QList<QJsonObject> &records, const QString &at)
{
    QByteArray data;
    for (QJsonObject record : records) {
        record.insert(QStringLiteral("at"), at);
        data += QJsonDocument(record).toJson(QJsonDocument::Compact);
        data += '\n';
    }
    return data;
}

bool JournalWriter::writeDescriptor(int fd, const QByteArray &data, const QString &path,
                                    QString *error)
{
    // The file was opened for appending (O_APPEND) and QFile's buffer is empty after every
    // write(), so a raw write lands after everything written before.
    if (fd < 0) {
        if (error)
            *error = tr("the journal is not open");
        return false;
    }
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            // write() returning 0 sets no errno: name it as what it is (nothing was written).
            if (error)
                *error = tr("cannot write the journal %1: %2")
                             .arg(path, n == 0 ? qt_error_string(EIO) : qt_error_string(errno));
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace wod::net
