#pragma once
// A sample wizard and an icon sheet styled only by wod::ui::Appearance: the screenshot framework's
// own subject (tst_appearance_screenshots) and the mutation self-test's victim
// (tst_screenshot_framework), so both build exactly the same widgets.

#include <QString>

class QWidget;
class QWizard;

namespace wod::shots {

class AppearanceSample
{
public:
    static QString title() { return QStringLiteral("Acknowledge"); }
    // A QWizard with one commit-like page: title, subtitle, a text block, an acknowledgement
    // check box (acknowledgeCheckBox), a name field (orgNameLineEdit), a destructive button
    // (deleteOrganizationButton, disabled until both are satisfied), a primary button and a
    // status list with icons. `title` replaces the page title (the mutation test changes it).
    static QWizard *createWizard(const QString &title = AppearanceSample::title());
    // Every IconId at 16, 24 and 48 px, normal and disabled, with its name.
    static QWidget *createIconSheet();
};

} // namespace wod::shots
