#include "CaptureManifest.h"

namespace wod::shots {

const QList<ManifestEntry> &CaptureManifest::all()
{
    // clang-format off
    static const QList<ManifestEntry> entries = {
        // The appearance alone, on a sample wizard page built by the test (tst_appearance_screenshots).
        {QStringLiteral("appearance"), QStringLiteral("AppearanceSample"), QStringLiteral("wizard-page"), true},
        {QStringLiteral("appearance"), QStringLiteral("AppearanceSample"), QStringLiteral("icon-sheet"), true},
        {QStringLiteral("appearance"), QStringLiteral("AppearanceSample"), QStringLiteral("high-contrast"), false},
    };
    // clang-format on
    return entries;
}

QList<ManifestEntry> CaptureManifest::at(int dpr)
{
    QList<ManifestEntry> result;
    for (const ManifestEntry &e : all()) {
        if (dpr == 1 || e.atDpr2)
            result << e;
    }
    return result;
}

QList<ManifestEntry> CaptureManifest::forSuite(const QString &suite, int dpr)
{
    QList<ManifestEntry> result;
    for (const ManifestEntry &e : at(dpr)) {
        if (e.suite == suite)
            result << e;
    }
    return result;
}

QStringList CaptureManifest::files(int dpr)
{
    QStringList result;
    for (const ManifestEntry &e : at(dpr))
        result << e.file();
    result.sort();
    return result;
}

QStringList CaptureManifest::caseNames(int dpr)
{
    QStringList result;
    for (const ManifestEntry &e : at(dpr)) {
        if (!result.contains(e.caseName))
            result << e.caseName;
    }
    result.sort();
    return result;
}

QStringList CaptureManifest::suiteCases(const QString &suite, int dpr)
{
    QStringList result;
    for (const ManifestEntry &e : forSuite(suite, dpr)) {
        if (!result.contains(e.caseName))
            result << e.caseName;
    }
    result.sort();
    return result;
}

} // namespace wod::shots
