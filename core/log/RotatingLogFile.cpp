#include "RotatingLogFile.h"

#include <QDir>
#include <QFileInfo>

namespace wod::log {

RotatingLogFile::RotatingLogFile(const QString &path, qint64 maxBytes, int keep)
    : m_path(path), m_maxBytes(qMax<qint64>(1024, maxBytes)), m_keep(qMax(1, keep))
{
}

QString RotatingLogFile::generationPath(int n) const
{
    return n == 0 ? m_path : m_path + QLatin1Char('.') + QString::number(n);
}

bool RotatingLogFile::open(QString *error)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(QFileInfo(m_path).absolutePath());
        return false;
    }
    m_file.setFileName(m_path);
    if (!openOwnerOnly()) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    return true;
}

bool RotatingLogFile::openOwnerOnly()
{
    // Created 0600 from the start (no window with the umask's mode), and an older file that
    // was readable by others is narrowed too.
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text, ownerOnly))
        return false;
    m_file.setPermissions(ownerOnly);
    return true;
}

void RotatingLogFile::rotate()
{
    m_file.close();
    QFile::remove(generationPath(m_keep));
    for (int n = m_keep - 1; n >= 0; --n) {
        if (QFile::exists(generationPath(n)))
            QFile::rename(generationPath(n), generationPath(n + 1));
    }
    m_file.setFileName(m_path);
    openOwnerOnly();
}

void RotatingLogFile::write(const QString &line)
{
    if (!m_file.isOpen())
        return;
    const QByteArray bytes = line.toUtf8() + '\n';
    // A line longer than the cap still lands in a file of its own rather than being lost.
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes)
        rotate();
    if (!m_file.isOpen())
        return;
    m_file.write(bytes);
    m_file.flush();
}

} // namespace wod::log
