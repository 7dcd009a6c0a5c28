// libFuzzer target: wod::ScenarioLoader::loadData on arbitrary scenario files, then the eligibility
// policy on every scenario that loads. Properties: never crashes; a rejected file always names its
// error; a loaded scenario turns into a snapshot whose verdict is consistent (eligible exactly when
// there is no blocker).

#include "EligibilityPolicy.h"
#include "FuzzCheck.h"
#include "ScenarioLoader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>

namespace {
// generatedUsers may legitimately ask for a million synthetic users; that is slow, not wrong, and
// would only teach the fuzzer to make every input slow. Larger inputs are skipped before loading.
constexpr int kMaxGeneratedUsersFuzzed = 2000;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument peek = QJsonDocument::fromJson(json);
    if (peek.isObject()
        && peek.object().value(QLatin1String("generatedUsers")).toDouble() > kMaxGeneratedUsersFuzzed)
        return 0;

    QString error;
    const auto scenario = wod::ScenarioLoader::loadData(json, QStringLiteral("fuzz.json"), &error);
    if (!scenario) {
        WOD_FUZZ_CHECK(!error.isEmpty(), "a rejected scenario must say why");
        return 0;
    }
    const wod::OrgSnapshot snapshot = scenario->toSnapshot();
    const wod::Verdict verdict = wod::EligibilityPolicy::evaluate(snapshot);
    WOD_FUZZ_CHECK(verdict.eligible == verdict.blockers.isEmpty(),
                   "eligible must mean: no blocker");
    return 0;
}
