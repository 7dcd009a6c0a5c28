#pragma once
// Opens every window, dialog and wizard page of the app against the sandbox, at their default
// sizes, and hands each one, shown and laid out, to a visitor: the main window's account view,
// overview and users view, the startup prompt, the sign-in dialog (token only, and with Sign in
// with Webex), every wizard page (pre-flight passed and blocked, users, acknowledgement empty and
// ready, progress, result succeeded and refused) and the dry-run dialog. The i18n and a11y tests
// walk the same tour, so a new page added here is checked by both.
//
// The visitor's `screen` is the top-level widget (window, dialog or wizard) and `name` says what
// is showing ("wizard-users"). Failures to reach a screen are reported through QtTest.

#include <QString>
#include <functional>

class QWidget;

namespace ScreenTour {

using Visitor = std::function<void(QWidget *screen, const QString &name)>;

// Call from a QtTest slot; returns false (after a QtTest failure) when a screen was not reached.
bool visitEveryScreen(const Visitor &visit);

} // namespace ScreenTour
