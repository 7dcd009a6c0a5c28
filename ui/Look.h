#pragma once
// The few places where widgets need the app's look beyond the palette (a destructive button, the
// sandbox banner, the wizard's style, navigation icons). Delegates to Appearance (ui/appearance)
// when it is linked in, with plain fallbacks otherwise. GUI thread only.

#include <QIcon>

class QAbstractButton;
class QLabel;
class QWizard;

namespace wod::ui::Look {

enum class NavIcon { Overview, Users, Account };

void markDestructive(QAbstractButton *button);
void markPrimary(QAbstractButton *button);
void styleWizard(QWizard *wizard);
void sandboxBanner(QLabel *label);
QIcon navIcon(NavIcon which);

} // namespace wod::ui::Look
