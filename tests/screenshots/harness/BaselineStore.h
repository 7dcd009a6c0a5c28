#pragma once
// The committed baselines: <root>/<envkey>/<Case>/<step>.png plus <root>/<envkey>/ENVIRONMENT.txt.
// Plain PNG files (no LFS). Writes happen only in update mode and only when pixels changed, so an
// update that changes nothing leaves git clean.

#include <QImage>
#include <QString>
#include <QStringList>

namespace wod::shots {

class BaselineStore
{
public:
    enum class WriteResult { Unchanged, Updated, Created, Failed };

    BaselineStore(QString root, QString envKey);

    QString envKey() const { return m_envKey; }
    QString envDirectory() const;
    QString path(const QString &caseName, const QString &step) const;
    bool exists(const QString &caseName, const QString &step) const;
    // Null when missing or unreadable.
    QImage load(const QString &caseName, const QString &step) const;
    // Writes the PNG unless the stored one has identical pixels (size, DPR-independent).
    WriteResult writeIfChanged(const QString &caseName, const QString &step, const QImage &image);
    bool remove(const QString &caseName, const QString &step);
    bool removeCase(const QString &caseName);

    QStringList cases() const;                          // directories under the env dir
    QStringList steps(const QString &caseName) const;   // <step> of every <step>.png
    QStringList allFiles() const;                       // "<Case>/<step>.png", sorted

    QString environmentFile() const;
    bool hasEnvironment() const;
    QString readEnvironment() const;
    bool writeEnvironmentIfChanged(const QString &text);

private:
    QString m_root;
    QString m_envKey;
};

} // namespace wod::shots
