// libFuzzer target: wod::net::Journal::read on arbitrary journal files (JSON lines). The reader
// takes a path, so every input is written to one scratch file first.
// Properties: never crashes; a rejected journal always names its error; an accepted journal has
// the plan of a named organization and counts no negative number of users.

#include "FuzzCheck.h"
#include "Journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstddef>
#include <cstdint>

namespace {
QString scratchPath()
{
    // One file per process (libFuzzer runs inputs one after another), in memory where possible:
    // on a disk shared with parallel builds, writing a file per input costs 100x the parsing.
    static const QDir dir = QDir(QStringLiteral("/dev/shm")).exists() ? QDir(QStringLiteral("/dev/shm"))
                                                                      : QDir::temp();
    static const QString path = dir.filePath(
        QStringLiteral("wod-fuzz-journal-%1.jsonl").arg(QCoreApplication::applicationPid()));
    return path;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = scratchPath();
    {
        QFile file(path);
        WOD_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate),
                       "cannot write the scratch journal");
        WOD_FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size),
                       "cannot write the scratch journal");
    }
    QString error;
    const auto summary = wod::net::Journal::read(path, &error);
    if (!summary) {
        WOD_FUZZ_CHECK(!error.isEmpty(), "a rejected journal must say why");
        return 0;
    }
    WOD_FUZZ_CHECK(!summary->plan.orgId.isEmpty(), "an accepted journal names its organization");
    WOD_FUZZ_CHECK(summary->usersDone >= 0 && summary->usersTotal >= 0, "negative user counts");
    return 0;
}
