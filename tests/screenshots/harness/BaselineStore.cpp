#include "BaselineStore.h"

#include "ImageComparator.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>

namespace wod::shots {

BaselineStore::BaselineStore(QString root, QString envKey)
    : m_root(std::move(root)), m_envKey(std::move(envKey))
{
}

QString BaselineStore::envDirectory() const
{
    return QDir(m_root).filePath(m_envKey);
}

QString BaselineStore::path(const QString &caseName, const QString &step) const
{
    return QDir(envDirectory()).filePath(caseName + QLatin1Char('/') + step
                                         + QStringLiteral(".png"));
}

bool BaselineStore::exists(const QString &caseName, const QString &step) const
{
    return QFile::exists(path(caseName, step));
}

QImage BaselineStore::load(const QString &caseName, const QString &step) const
{
    QImageReader reader(path(caseName, step), "png");
    return ImageComparator::normalized(reader.read());
}

BaselineStore::WriteResult BaselineStore::writeIfChanged(const QString &caseName,
                                                         const QString &step, const QImage &image)
{
    const bool existed = exists(caseName, step);
    if (existed) {
        const QImage stored = load(caseName, step);
        if (!stored.isNull() && ImageComparator::compare(stored, image).differingPixels == 0
            && stored.size() == image.size())
            return WriteResult::Unchanged;
    }
    const QString file = path(caseName, step);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return WriteResult::Failed;
    // No metadata beyond the pixels (QImageWriter adds no time stamp), so a rewrite of the same
    // pixels is byte-identical and git sees no change.
    QImage plain = ImageComparator::normalized(image);
    plain.setDevicePixelRatio(1.0);
    QImageWriter writer(file, "png");
    writer.setCompression(100); // Qt 6 maps 0..100 to zlib levels: 100 = smallest file
    if (!writer.write(plain))
        return WriteResult::Failed;
    return existed ? WriteResult::Updated : WriteResult::Created;
}

bool BaselineStore::remove(const QString &caseName, const QString &step)
{
    const bool ok = QFile::remove(path(caseName, step));
    QDir(envDirectory()).rmdir(caseName); // only succeeds when empty
    return ok;
}

bool BaselineStore::removeCase(const QString &caseName)
{
    return QDir(QDir(envDirectory()).filePath(caseName)).removeRecursively();
}

QStringList BaselineStore::cases() const
{
    return QDir(envDirectory()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList BaselineStore::steps(const QString &caseName) const
{
    QStringList result;
    const QDir dir(QDir(envDirectory()).filePath(caseName));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        if (file.endsWith(QStringLiteral(".png")))
            result << file.chopped(4);
        else
            result << file; // anything else in a case folder is an orphan too
    }
    return result;
}

QStringList BaselineStore::allFiles() const
{
    QStringList result;
    for (const QString &c : cases()) {
        for (const QString &s : steps(c))
            result << c + QLatin1Char('/') + s + QStringLiteral(".png");
    }
    const QDir env(envDirectory());
    for (const QString &file : env.entryList(QDir::Files, QDir::Name)) {
        if (file != QStringLiteral("ENVIRONMENT.txt"))
            result << file; // a stray file at the top level
    }
    result.sort();
    return result;
}

QString BaselineStore::environmentFile() const
{
    return QDir(envDirectory()).filePath(QStringLiteral("ENVIRONMENT.txt"));
}

bool BaselineStore::hasEnvironment() const
{
    return QFile::exists(environmentFile());
}

QString BaselineStore::readEnvironment() const
{
    QFile file(environmentFile());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool BaselineStore::writeEnvironmentIfChanged(const QString &text)
{
    if (readEnvironment() == text)
        return true;
    QDir().mkpath(envDirectory());
    QFile file(environmentFile());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    return file.write(text.toUtf8()) == text.toUtf8().size();
}

} // namespace wod::shots
