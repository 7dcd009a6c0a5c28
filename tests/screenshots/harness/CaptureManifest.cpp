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
        // The Delete Organization wizard against the sandbox (tst_wizard_screenshots).
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("loading"), false},
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("eligible"), true},
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("network-error"), false},
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("blocker-active-partner-trial"), false},
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("blocker-directory-sync"), false},
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("blocker-linked-sites"), false},
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("blocker-managed-orgs"), false},
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("blocker-multiple-managed-by"), false},
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("blocker-not-full-admin"), false},
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("blocker-partner-admin"), false},
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("blocker-several"), false},
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("blocker-subscriptions-mixed"), false},
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("blocker-subscriptions-paid"), true},
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("unknown-public-api"), false},
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("unknown-confirmed"), false},
        {QStringLiteral("wizard"), QStringLiteral("Users"), QStringLiteral("convert-chosen"), false},
        {QStringLiteral("wizard"), QStringLiteral("Users"), QStringLiteral("delete-chosen"), false},
        {QStringLiteral("wizard"), QStringLiteral("Users"), QStringLiteral("list-filtered"), false},
        {QStringLiteral("wizard"), QStringLiteral("Users"), QStringLiteral("no-match"), false},
        {QStringLiteral("wizard"), QStringLiteral("Users"), QStringLiteral("convert-unavailable"), false},
        {QStringLiteral("wizard"), QStringLiteral("DryRun"), QStringLiteral("plan"), false},
        // One page in German, one in French (#17).
        {QStringLiteral("wizard"), QStringLiteral("Preflight"), QStringLiteral("blocker-linked-sites-de"), false},
        {QStringLiteral("wizard"), QStringLiteral("Users"), QStringLiteral("convert-chosen-fr"), false},
        {QStringLiteral("wizard"), QStringLiteral("Acknowledge"), QStringLiteral("empty"), false},
        {QStringLiteral("wizard"), QStringLiteral("Acknowledge"), QStringLiteral("partly-filled"), false},
        {QStringLiteral("wizard"), QStringLiteral("Acknowledge"), QStringLiteral("ready"), true},
        {QStringLiteral("wizard"), QStringLiteral("Progress"), QStringLiteral("mid-run"), true},
        {QStringLiteral("wizard"), QStringLiteral("Progress"), QStringLiteral("close-while-running"), false},
        {QStringLiteral("wizard"), QStringLiteral("Result"), QStringLiteral("success"), true},
        // The journal path these two show is named after the rig's fixed clock (UiServices seam).
        // The 409 page is in the DPR 2 subset for its rich-text list (bullets, bold, indents).
        {QStringLiteral("wizard"), QStringLiteral("Result"), QStringLiteral("conflict-409"), true},
        {QStringLiteral("wizard"), QStringLiteral("Result"), QStringLiteral("cancelled-resumable"), false},
        {QStringLiteral("wizard"), QStringLiteral("Progress"), QStringLiteral("confirming"), false},
        {QStringLiteral("wizard"), QStringLiteral("Result"), QStringLiteral("failed"), false},
        {QStringLiteral("wizard"), QStringLiteral("Result"), QStringLiteral("partial-failure"), false},
        {QStringLiteral("wizard"), QStringLiteral("Result"), QStringLiteral("changed"), false},
        {QStringLiteral("wizard"), QStringLiteral("Result"), QStringLiteral("unconfirmed"), false},
        {QStringLiteral("wizard"), QStringLiteral("Users"), QStringLiteral("hundred-thousand"), false},
        // The startup prompt and the main window's Account > Info tab (tst_app_window_screenshots).
        {QStringLiteral("windows"), QStringLiteral("StartupPrompt"), QStringLiteral("after-sign-in"), true},
        {QStringLiteral("windows"), QStringLiteral("AccountInfo"), QStringLiteral("eligible"), true},
        {QStringLiteral("windows"), QStringLiteral("AccountInfo"), QStringLiteral("blocked"), false},
        {QStringLiteral("windows"), QStringLiteral("AccountInfo"), QStringLiteral("subscriptions-tab"), false},
        {QStringLiteral("windows"), QStringLiteral("Overview"), QStringLiteral("eligible"), false},
        {QStringLiteral("windows"), QStringLiteral("StartupPrompt"), QStringLiteral("blocked"), false},
        {QStringLiteral("windows"), QStringLiteral("MainWindow"), QStringLiteral("signed-out"), false},
        {QStringLiteral("windows"), QStringLiteral("SignIn"), QStringLiteral("failed"), false},
        {QStringLiteral("windows"), QStringLiteral("SignIn"), QStringLiteral("dialog"), false},
        {QStringLiteral("windows"), QStringLiteral("MainWindow"), QStringLiteral("error"), false},
        {QStringLiteral("windows"), QStringLiteral("MainWindow"), QStringLiteral("resume-prompt"), false},
        {QStringLiteral("windows"), QStringLiteral("MainWindow"), QStringLiteral("deleted"), false},
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
