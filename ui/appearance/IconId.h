#pragma once
// Every icon the app shows; each maps to one SVG file in resources/icons (see Appearance::icon).

namespace wod::ui {

enum class IconId {
    StatusPassed,  // check mark on green: a criterion is met
    StatusFailed,  // cross on red: a blocker
    StatusUnknown, // question mark, dashed circle: the server cannot tell
    StatusInfo,    // "i" on blue: information, no action needed
    StatusPending, // clock: still being checked
    Warning,       // amber triangle
    Sandbox,       // flask: the embedded sandbox backend
    NavOverview,
    NavUsers,
    NavAccount,
    Delete,  // trash can (red)
    Export,  // download arrow: export JSON/CSV
    Refresh, // Re-check
    Search,
    Resume,
    Cancel,
    User, // avatar placeholder
    App,  // io.github.webexorgdelete.WebexOrgDelete
};

} // namespace wod::ui
