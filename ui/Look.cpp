#include "Look.h"

#include <QAbstractButton>
#include <QLabel>
#include <QWizard>

#ifdef WOD_HAVE_APPEARANCE
#include "Appearance.h"
#endif

namespace wod::ui::Look {

void markDestructive(QAbstractButton *button)
{
#ifdef WOD_HAVE_APPEARANCE
    Appearance::markDestructive(button);
#else
    Q_UNUSED(button);
#endif
}

void markPrimary(QAbstractButton *button)
{
#ifdef WOD_HAVE_APPEARANCE
    Appearance::markPrimary(button);
#else
    Q_UNUSED(button);
#endif
}

void styleWizard(QWizard *wizard)
{
#ifdef WOD_HAVE_APPEARANCE
    Appearance::styleWizard(wizard);
#else
    wizard->setWizardStyle(QWizard::ModernStyle);
#endif
}

void sandboxBanner(QLabel *label)
{
#ifdef WOD_HAVE_APPEARANCE
    Appearance::fillBackground(label, Appearance::Tone::SandboxBanner);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
#else
    label->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff1c2; color: #3d2c00; font-weight: bold; }"));
#endif
}

QIcon navIcon(NavIcon which)
{
#ifdef WOD_HAVE_APPEARANCE
    switch (which) {
    case NavIcon::Overview: return Appearance::icon(IconId::NavOverview);
    case NavIcon::Users: return Appearance::icon(IconId::NavUsers);
    case NavIcon::Account: return Appearance::icon(IconId::NavAccount);
    }
#else
    Q_UNUSED(which);
#endif
    return {};
}

} // namespace wod::ui::Look
