#pragma once
// The app's look, in one place: production (GuiLauncher/main) and the screenshot tests call the
// same Appearance::apply(), so what the tests compare is what users see.
//
// apply() loads the bundled Inter font from the resources (:/fonts), makes it the application font,
// sets the Fusion style and an explicit palette in which every role is defined and Inactive equals
// Active (a window losing focus does not change colour). It must run once, after the QApplication
// exists and BEFORE any widget (in particular any QWizard) is created: QWizard picks its style-
// dependent layout when it is constructed. Calling it again switches the contrast.
//
// Everything here is GUI thread only. Icons come from the resources only (:/icons/*.svg), never
// from the desktop's icon theme, so they look the same everywhere.

#include "IconId.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QString>
#include <QStringList>

class QAbstractButton;
class QApplication;
class QWidget;
class QWizard;

namespace wod::ui {

class Appearance
{
public:
    enum class Contrast {
        Normal, // calm Control Hub-like colours: white and very light grey, a blue accent
        High,   // WCAG AAA: black on white, every text >= 7:1, black focus frames and bevels,
                // selection yellow on black, push button outlines #595959 (7:1) (--high-contrast)
    };

    // Semantic colours for widgets that need one beyond the palette (banners, status text).
    enum class Tone {
        Accent,         // the blue of links, primary buttons and selection
        Danger,         // destructive buttons, failed checks
        Success,        // passed checks
        Warning,        // warnings, the sandbox banner's border
        Muted,          // secondary text (ids, timestamps, hints)
        Border,         // card and separator lines
        SandboxBanner,  // background of "sandbox: no real organization is touched"
        BannerText,     // text on the sandbox banner
        Navigation,     // background of the left navigation
        Surface,        // cards and panels on the window background
    };

    // Loads the font, sets Fusion, the palette and the application font. Idempotent.
    static void apply(QApplication &app, Contrast contrast = Contrast::Normal);

    // The contrast last passed to apply() (Normal before any call).
    static Contrast contrast();

    // "Inter": the bundled family. Loaded by apply(); fontFamily() alone does not load it.
    static QString fontFamily();
    // The application font: Inter, 10 pt, regular.
    static QFont uiFont();
    // Headings: level 1 = page or window title (15 pt semibold), 2 = section title (12 pt
    // semibold), 3 = emphasised label (10 pt semibold). Derived from uiFont().
    static QFont headingFont(int level = 1);
    // Resource paths of the bundled font files (":/fonts/Inter-Regular.otf", ...).
    static QStringList fontResourcePaths();
    // SHA-256 (hex) over the bundled font files, in fontResourcePaths() order: identifies the
    // exact glyphs the screenshots were made with.
    static QByteArray fontHash();

    static QPalette palette(Contrast contrast = Contrast::Normal);
    static QColor color(Tone tone, Contrast contrast);
    static QColor color(Tone tone) { return color(tone, contrast()); }

    // A scalable icon rendered from the resource SVG at any size and device pixel ratio;
    // Disabled mode is drawn faded. The returned QIcon shares one cached engine per id.
    static QIcon icon(IconId id);
    static QString iconPath(IconId id); // ":/icons/<name>.svg"

    // Explicit wizard style, the same everywhere: ModernStyle, the app icon as logo, no
    // platform-dependent help button. Call right after constructing the wizard.
    static void styleWizard(QWizard *wizard);
    // A red button for the irreversible action ("Delete Organization"); white text; a paler red
    // when disabled. Works through the button's palette: no style sheet.
    static void markDestructive(QAbstractButton *button);
    // A blue button for the main non-destructive action of a view.
    static void markPrimary(QAbstractButton *button);
    // Paints a widget's background with a tone (e.g. Tone::SandboxBanner) and sets a readable
    // text colour on it. Turns on autoFillBackground.
    static void fillBackground(QWidget *widget, Tone background);
};

} // namespace wod::ui
