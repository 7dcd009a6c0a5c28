// libFuzzer target: wod::ConflictParser::parse on arbitrary HTTP 409 bodies.
// Properties: never crashes; a rejected body always carries an error text; an accepted report has
// at most one blocker per known code and never an Unknown blocker without the server's words.

#include "ConflictParser.h"
#include "FuzzCheck.h"

#include <QSet>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A real copy, not fromRawData: the sanitizers then see reads past the input's end.
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto report = wod::ConflictParser::parse(body, &error);
    if (!report) {
        WOD_FUZZ_CHECK(!error.isEmpty(), "a rejected 409 body must say why");
        return 0;
    }
    QSet<int> seen;
    for (const wod::Blocker &b : report->blockers) {
        if (b.code == wod::BlockerCode::Unknown) {
            WOD_FUZZ_CHECK(!b.message.isEmpty(), "an Unknown blocker lost the server's words");
            continue;
        }
        WOD_FUZZ_CHECK(!seen.contains(int(b.code)), "a known blocker code appears twice");
        seen.insert(int(b.code));
    }
    return 0;
}
