#include "Appearance.h"

#include "FocusIndicator.h"

#include "SvgIconEngine.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFontDatabase>
#include <QHash>
#include <QLoggingCategory>
#include <QProxyStyle>
#include <QResource>
#include <QStyle>
#include <QStyleFactory>
#include <QWizard>

// The bundled assets live in wod_resources (resources/fonts, resources/icons); a static library's
// resources must be initialised by name from the code that uses them.
static void initAppearanceResources()
{
    Q_INIT_RESOURCE(wod_appearance_assets);
}

namespace wod::ui {

Q_LOGGING_CATEGORY(lcAppearance, "wod.ui.appearance")

namespace {

// A colour from 0xRRGGBB (QColor(int) would be ambiguous with QColor(const char *) for 0).
QColor rgb(QRgb value)
{
    return QColor::fromRgb(value);
}

Appearance::Contrast g_contrast = Appearance::Contrast::Normal;
bool g_fontsLoaded = false;

void ensureResources()
{
    static const bool done = [] {
        initAppearanceResources();
        return true;
    }();
    Q_UNUSED(done)
}

void loadFonts()
{
    if (g_fontsLoaded)
        return;
    ensureResources();
    for (const QString &path : Appearance::fontResourcePaths()) {
        // rcc stores the font files uncompressed: their bytes are registered where they lie in the
        // executable, not copied (800 KB, start-up: issue #8). A compressed resource is unpacked.
        const QResource resource(path);
        const QByteArray data = resource.compressionAlgorithm() == QResource::NoCompression
            ? QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                      resource.size())
            : resource.uncompressedData();
        const int id = QFontDatabase::addApplicationFontFromData(data);
        if (id < 0)
            qCWarning(lcAppearance) << "cannot load bundled font" << path;
    }
    g_fontsLoaded = true;
}

struct Colours
{
    // Surfaces and text
    QColor window, base, alternateBase, text, mutedText, button, buttonText;
    // Bevels (Fusion derives frames and gradients from these)
    QColor light, midlight, mid, dark, shadow;
    // Accent
    QColor highlight, highlightedText, link, linkVisited;
    // Disabled state
    QColor disabledText, disabledBase, disabledButton, disabledHighlight;
    QColor toolTipBase, toolTipText;
};

Colours colours(Appearance::Contrast contrast)
{
    if (contrast == Appearance::Contrast::High) {
        // WCAG AAA: black text on white (21:1), secondary text and links >= 7:1, black bevels
        // and focus frames (Fusion draws focus in Highlight), selection in yellow on black.
        return Colours{rgb(0xffffff), rgb(0xffffff), rgb(0xf0f0f0), rgb(0x000000),
                       rgb(0x333333), rgb(0xffffff), rgb(0x000000),
                       rgb(0xffffff), rgb(0xd9d9d9), rgb(0x4d4d4d), rgb(0x000000),
                       rgb(0x000000),
                       rgb(0x000000), rgb(0xffff00), rgb(0x00309c), rgb(0x4b0082),
                       rgb(0x595959), rgb(0xf2f2f2), rgb(0xf2f2f2), rgb(0x595959),
                       rgb(0x000000), rgb(0xffff00)};
    }
    // Calm, Control Hub-like: white content on a very light grey window, one blue accent.
    return Colours{rgb(0xf7f8fa), rgb(0xffffff), rgb(0xf3f5f8), rgb(0x1f2328),
                   rgb(0x5b6470), rgb(0xfcfcfd), rgb(0x1f2328),
                   rgb(0xffffff), rgb(0xeef0f3), rgb(0xc5cbd3), rgb(0x8a929e),
                   rgb(0x4b5563),
                   rgb(0x0b6fd6), rgb(0xffffff), rgb(0x0a62be), rgb(0x6a3fb5),
                   rgb(0x98a0aa), rgb(0xf3f4f6), rgb(0xf1f3f5), rgb(0xb9cde3),
                   rgb(0x1f2328), rgb(0xffffff)};
}

void setBoth(QPalette &p, QPalette::ColorRole role, const QColor &c)
{
    // Inactive = Active: a window that loses focus keeps its colours (and screenshots of an
    // inactive window match those of an active one).
    p.setColor(QPalette::Active, role, c);
    p.setColor(QPalette::Inactive, role, c);
}

// Fusion outlines a push button in its palette's Window colour made 140% darker
// (QFusionStylePrivate::outline): on the white high-contrast window that is #b6b6b6, about 2:1.
// There push buttons get a Window colour that turns the outline into #595959 (7:1; WCAG 2.1 SC
// 1.4.11 asks 3:1 for a control's boundary; disabled: #676767, 5.6:1). A push button paints no
// Window of its own, so nothing else about it changes. Normal contrast keeps Fusion's outline.
QPalette pushButtonPalette(Appearance::Contrast contrast)
{
    QPalette p = Appearance::palette(contrast);
    if (contrast == Appearance::Contrast::High) {
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
            p.setColor(group, QPalette::Window, rgb(0x7d7d7d));
    }
    return p;
}

bool isFusion(QStyle *style)
{
    if (auto *proxy = qobject_cast<QProxyStyle *>(style))
        style = proxy->baseStyle();
    return style
           && QString::compare(style->name(), QStringLiteral("fusion"), Qt::CaseInsensitive) == 0;
}

// The SVG file of an icon in resources/icons, without ".svg".
const char *iconFileName(IconId id)
{
    switch (id) {
    case IconId::StatusPassed: return "status-passed";
    case IconId::StatusFailed: return "status-failed";
    case IconId::StatusUnknown: return "status-unknown";
    case IconId::StatusInfo: return "status-info";
    case IconId::StatusPending: return "status-pending";
    case IconId::Warning: return "warning";
    case IconId::Sandbox: return "sandbox";
    case IconId::NavOverview: return "nav-overview";
    case IconId::NavUsers: return "nav-users";
    case IconId::NavAccount: return "nav-account";
    case IconId::Delete: return "delete";
    case IconId::Export: return "export";
    case IconId::Refresh: return "refresh";
    case IconId::Search: return "search";
    case IconId::Resume: return "resume";
    case IconId::Cancel: return "cancel";
    case IconId::User: return "user";
    case IconId::App: return WOD_APP_ID;
    }
    return "";
}

} // namespace

void Appearance::apply(QApplication &app, Contrast contrast)
{
    loadFonts();
    g_contrast = contrast;

    // Fusion everywhere: the same metrics and drawing on every desktop, and QWizard's layout is
    // chosen from the style when the wizard is constructed, so this must come first. A proxy
    // style over Fusion (the screenshot tests install one to switch animations off) is kept.
    if (!isFusion(app.style()))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette(contrast));
    // A class palette outlives QApplication::setPalette(): once set for high contrast, switching
    // back sets the normal one. Never set in normal contrast otherwise.
    static bool pushButtonPaletteSet = false;
    if (contrast == Contrast::High || pushButtonPaletteSet) {
        QApplication::setPalette(pushButtonPalette(contrast), "QPushButton");
        pushButtonPaletteSet = true;
    }
    QApplication::setFont(uiFont());
    QApplication::setWindowIcon(icon(IconId::App));
    QApplication::setDesktopFileName(QStringLiteral(WOD_APP_ID));
    FocusIndicator::install(app);
}

Appearance::Contrast Appearance::contrast()
{
    return g_contrast;
}

QString Appearance::fontFamily()
{
    return QStringLiteral("Inter");
}

QFont Appearance::uiFont()
{
    QFont font(fontFamily());
    font.setPointSize(10);
    font.setWeight(QFont::Normal);
    font.setStyle(QFont::StyleNormal);
    return font;
}

QFont Appearance::headingFont(int level)
{
    QFont font = uiFont();
    font.setWeight(QFont::DemiBold);
    switch (level) {
    case 1:
        font.setPointSize(15);
        break;
    case 2:
        font.setPointSize(12);
        break;
    default:
        break;
    }
    return font;
}

QStringList Appearance::fontResourcePaths()
{
    return {QStringLiteral(":/fonts/Inter-Regular.otf"), QStringLiteral(":/fonts/Inter-SemiBold.otf"),
            QStringLiteral(":/fonts/Inter-Bold.otf")};
}

QByteArray Appearance::fontHash()
{
    ensureResources();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : fontResourcePaths()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return hash.result().toHex();
}

QPalette Appearance::palette(Contrast contrast)
{
    const Colours c = colours(contrast);
    // Each role: its colour when active or inactive (the same), and when disabled: same surfaces,
    // faded text, no strong accent.
    struct RoleColours
    {
        QPalette::ColorRole role;
        QColor normal;
        QColor disabled;
    };
    // clang-format off
    const RoleColours roles[] = {
        {QPalette::Window,          c.window,          c.window},
        {QPalette::WindowText,      c.text,            c.disabledText},
        {QPalette::Base,            c.base,            c.disabledBase},
        {QPalette::AlternateBase,   c.alternateBase,   c.disabledBase},
        {QPalette::ToolTipBase,     c.toolTipBase,     c.toolTipBase},
        {QPalette::ToolTipText,     c.toolTipText,     c.toolTipText},
        {QPalette::PlaceholderText, c.mutedText,       c.disabledText},
        {QPalette::Text,            c.text,            c.disabledText},
        {QPalette::Button,          c.button,          c.disabledButton},
        {QPalette::ButtonText,      c.buttonText,      c.disabledText},
        {QPalette::BrightText,      rgb(0xffffff),     rgb(0xffffff)},
        {QPalette::Light,           c.light,           c.light},
        {QPalette::Midlight,        c.midlight,        c.midlight},
        {QPalette::Mid,             c.mid,             c.mid},
        {QPalette::Dark,            c.dark,            c.dark},
        {QPalette::Shadow,          c.shadow,          c.shadow},
        {QPalette::Highlight,       c.highlight,       c.disabledHighlight},
        {QPalette::HighlightedText, c.highlightedText, rgb(0xffffff)},
        {QPalette::Link,            c.link,            c.disabledText},
        {QPalette::LinkVisited,     c.linkVisited,     c.disabledText},
    };
    // clang-format on
    QPalette p;
    for (const RoleColours &r : roles) {
        setBoth(p, r.role, r.normal);
        p.setColor(QPalette::Disabled, r.role, r.disabled);
    }
    return p;
}

QColor Appearance::color(Tone tone, Contrast contrast)
{
    const bool high = contrast == Contrast::High;
    switch (tone) {
    case Tone::Accent:
        return colours(contrast).highlight;
    case Tone::Danger:
        return high ? rgb(0xa30000) : rgb(0xc62828);
    case Tone::Success:
        return high ? rgb(0x005a1e) : rgb(0x1d8348);
    case Tone::Warning:
        return high ? rgb(0x7a4a00) : rgb(0xb7791f);
    case Tone::Muted:
        return colours(contrast).mutedText;
    case Tone::Border:
        return high ? rgb(0x000000) : rgb(0xdde1e6);
    case Tone::SandboxBanner:
        return high ? rgb(0xffe680) : rgb(0xfff4d6);
    case Tone::BannerText:
        return high ? rgb(0x000000) : rgb(0x5c3d00);
    case Tone::Navigation:
        return high ? rgb(0xffffff) : rgb(0xeef1f5);
    case Tone::Surface:
        return rgb(0xffffff);
    }
    return {};
}

QString Appearance::iconPath(IconId id)
{
    return QStringLiteral(":/icons/") + QLatin1String(iconFileName(id)) + QStringLiteral(".svg");
}

QIcon Appearance::icon(IconId id)
{
    ensureResources();
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(id));
    if (it != cache.constEnd())
        return *it;
    const QIcon result(new SvgIconEngine(iconPath(id)));
    cache.insert(int(id), result);
    return result;
}

void Appearance::styleWizard(QWizard *wizard)
{
    wizard->setWizardStyle(QWizard::ModernStyle);
    wizard->setOption(QWizard::HaveHelpButton, false);
    wizard->setOption(QWizard::NoDefaultButton, false);
    wizard->setPixmap(QWizard::LogoPixmap,
                      icon(IconId::App).pixmap(QSize(40, 40), wizard->devicePixelRatioF()));
    wizard->setWindowIcon(icon(IconId::App));
}

namespace {

// An action button in `tone` with white text; disabled, `disabledButton` with `disabledText`.
// `role` names it for the style (the "wodRole" property).
void paintActionButton(QAbstractButton *button, const QColor &tone, const QColor &disabledButton,
                       const QColor &disabledText, const QString &role)
{
    QPalette p = button->palette();
    setBoth(p, QPalette::Button, tone);
    setBoth(p, QPalette::ButtonText, rgb(0xffffff));
    p.setColor(QPalette::Disabled, QPalette::Button, disabledButton);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    button->setPalette(p);
    button->setProperty("wodRole", role);
}

} // namespace

void Appearance::markDestructive(QAbstractButton *button)
{
    // Fusion paints a button as a gradient from Button.lighter(124) to Button.lighter(102): start
    // darker than the tone so that the painted red keeps white text readable (contrast > 4.5).
    // High contrast: a disabled action button is grey with dark text (>= 4.5:1), not pale red.
    const bool high = contrast() == Contrast::High;
    paintActionButton(button, high ? rgb(0x8a0000) : rgb(0xa61f1a),
                      high ? rgb(0xf2f2f2) : rgb(0xf2d4d4), high ? rgb(0x595959) : rgb(0x8f4b4b),
                      QStringLiteral("destructive"));
}

void Appearance::markPrimary(QAbstractButton *button)
{
    // Darker than the accent for the same reason as markDestructive().
    const bool high = contrast() == Contrast::High;
    paintActionButton(button, high ? rgb(0x002f75) : rgb(0x0a57a8),
                      high ? rgb(0xf2f2f2) : rgb(0xd3e2f3), high ? rgb(0x595959) : rgb(0x5d7896),
                      QStringLiteral("primary"));
}

void Appearance::fillBackground(QWidget *widget, Tone background)
{
    QPalette p = widget->palette();
    const QColor bg = color(background);
    const QColor fg = background == Tone::SandboxBanner ? color(Tone::BannerText)
                                                        : p.color(QPalette::Active, QPalette::WindowText);
    setBoth(p, QPalette::Window, bg);
    setBoth(p, QPalette::WindowText, fg);
    setBoth(p, QPalette::Text, fg);
    widget->setPalette(p);
    widget->setAutoFillBackground(true);
}

} // namespace wod::ui
