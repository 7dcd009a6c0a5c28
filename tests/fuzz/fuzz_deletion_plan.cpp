// libFuzzer target: wod::DeletionPlan::fromJson on arbitrary JSON (the journal's header line).
// Properties: never crashes; a rejected plan always names its error; an accepted plan has the
// organization's id and name; toJson() is stable after one round trip (what a resumed run reads
// back is what it wrote).

#include "DeletionPlan.h"
#include "FuzzCheck.h"

#include <QJsonDocument>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return 0;
    QString error;
    const auto plan = wod::DeletionPlan::fromJson(doc.object(), &error);
    if (!plan) {
        WOD_FUZZ_CHECK(!error.isEmpty(), "a rejected plan must say why");
        return 0;
    }
    WOD_FUZZ_CHECK(!plan->orgId.isEmpty() && !plan->orgDisplayName.isEmpty(),
                   "an accepted plan names its organization");

    const QJsonObject written = plan->toJson();
    const auto reread = wod::DeletionPlan::fromJson(written, &error);
    WOD_FUZZ_CHECK(reread.has_value(), "a plan's own toJson() must read back");
    WOD_FUZZ_CHECK(reread->toJson() == written, "toJson() must be stable across a round trip");
    WOD_FUZZ_CHECK(reread->users.size() == plan->users.size(), "users lost in a round trip");
    return 0;
}
