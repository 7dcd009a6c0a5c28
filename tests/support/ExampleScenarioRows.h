#pragma once
// Test helper: a QtTest data table of the example scenarios, one row per file under
// $WOD_SCENARIO_DIR (column "path", the row named after the file, in name order), so that an
// example added later is tested without a new row. The data function fails when the folder is
// missing or holds fewer files than the examples must cover.

#include <QDir>
#include <QTest>

namespace wod::test {

inline void addExampleScenarioRows()
{
    QTest::addColumn<QString>("path");
    const QString folder = qEnvironmentVariable("WOD_SCENARIO_DIR");
    const QDir dir(folder);
    QVERIFY2(!folder.isEmpty() && dir.exists(), "WOD_SCENARIO_DIR must name the examples");
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 14, "one example per criterion and blocker, and demo.json");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

} // namespace wod::test
