#pragma once
// A size-capped log file with numbered generations: NAME, NAME.1 (newest old), ..., NAME.<keep>.
// When a line would push NAME past maxBytes, NAME becomes NAME.1, NAME.1 becomes NAME.2, and so on;
// the oldest beyond `keep` is removed. Files are created with mode 0600 (only the user reads them).
// Not thread-safe: AppLog serialises the calls.

#include <QFile>
#include <QString>

namespace wod::log {

class RotatingLogFile
{
public:
    RotatingLogFile(const QString &path, qint64 maxBytes, int keep);

    // Opens (appends to) the file, creating its directory. False with `error` set on failure.
    bool open(QString *error = nullptr);
    // Appends `line` and a newline, rotating first when needed; flushed at once.
    void write(const QString &line);

    QString path() const { return m_path; }
    // The path of generation `n` (0 = the current file).
    QString generationPath(int n) const;

private:
    void rotate();
    bool openOwnerOnly();

    QString m_path;
    qint64 m_maxBytes;
    int m_keep;
    QFile m_file;
};

} // namespace wod::log
