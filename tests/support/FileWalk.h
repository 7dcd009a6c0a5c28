#pragma once
// Test helper: every file under a folder (and its subfolders) read, its path and content handed
// to a function; for the tests that look for a secret in files (HOME, the sources, the
// screenshot baselines, the scenarios).
//   const QStringList unreadable = wod::test::readEachFile(root, {QStringLiteral("*.json")},
//       QDir::Files, [&](const QString &path, const QByteArray &content) { ... });

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

#include <functional>

namespace wod::test {

// `nameFilters`: e.g. "*.cpp" (every file when empty); `filters`: QDir::Files, with Hidden or
// System to see those too. Returns the files that could not be read (the function never sees them).
inline QStringList readEachFile(const QString &root, const QStringList &nameFilters,
                                QDir::Filters filters,
                                const std::function<void(const QString &, const QByteArray &)> &visit)
{
    QStringList unreadable;
    QDirIterator it(root, nameFilters, filters, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            unreadable << path;
            continue;
        }
        visit(path, file.readAll());
    }
    return unreadable;
}

} // namespace wod::test
