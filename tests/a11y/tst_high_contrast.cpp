// The high-contrast look (Appearance::apply(app, Contrast::High), --high-contrast) meets WCAG AAA
// for text: every text colour of the palette on its background, every semantic tone used as text
// on the window and on cards, the sandbox banner, and the white text on the red/blue action
// buttons (on the lightest part of Fusion's gradient) have a contrast ratio of at least 7:1;
// disabled text stays readable (>= 4.5:1); focus and selection (Highlight) stand out from the
// window by >= 7:1. The normal look keeps AA (>= 4.5:1) for its text (3:1 for the tones that only
// colour icons).

#include "Appearance.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>

using wod::ui::Appearance;

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Pair
{
    QString what;
    QColor fg, bg;
    double minimum;
};

QList<Pair> pairs(Appearance::Contrast contrast, double text, double disabled)
{
    const QPalette p = Appearance::palette(contrast);
    const auto A = QPalette::Active;
    const auto D = QPalette::Disabled;
    using T = Appearance::Tone;
    const QColor window = p.color(A, QPalette::Window);
    const QColor surface = Appearance::color(T::Surface, contrast);
    QList<Pair> list{
        {QStringLiteral("WindowText/Window"), p.color(A, QPalette::WindowText), window, text},
        {QStringLiteral("Text/Base"), p.color(A, QPalette::Text), p.color(A, QPalette::Base), text},
        {QStringLiteral("Text/AlternateBase"), p.color(A, QPalette::Text), p.color(A, QPalette::AlternateBase), text},
        {QStringLiteral("ButtonText/Button"), p.color(A, QPalette::ButtonText), p.color(A, QPalette::Button), text},
        {QStringLiteral("HighlightedText/Highlight"), p.color(A, QPalette::HighlightedText), p.color(A, QPalette::Highlight), text},
        {QStringLiteral("ToolTipText/ToolTipBase"), p.color(A, QPalette::ToolTipText), p.color(A, QPalette::ToolTipBase), text},
        {QStringLiteral("PlaceholderText/Base"), p.color(A, QPalette::PlaceholderText), p.color(A, QPalette::Base), text},
        {QStringLiteral("Link/Base"), p.color(A, QPalette::Link), p.color(A, QPalette::Base), text},
        {QStringLiteral("LinkVisited/Base"), p.color(A, QPalette::LinkVisited), p.color(A, QPalette::Base), text},
        {QStringLiteral("Inactive WindowText/Window"), p.color(QPalette::Inactive, QPalette::WindowText), p.color(QPalette::Inactive, QPalette::Window), text},
        {QStringLiteral("Disabled WindowText/Window"), p.color(D, QPalette::WindowText), p.color(D, QPalette::Window), disabled},
        {QStringLiteral("Disabled Text/Base"), p.color(D, QPalette::Text), p.color(D, QPalette::Base), disabled},
        {QStringLiteral("Disabled ButtonText/Button"), p.color(D, QPalette::ButtonText), p.color(D, QPalette::Button), disabled},
        {QStringLiteral("SandboxBanner text"), Appearance::color(T::BannerText, contrast), Appearance::color(T::SandboxBanner, contrast), text},
        {QStringLiteral("WindowText/Navigation"), p.color(A, QPalette::WindowText), Appearance::color(T::Navigation, contrast), text},
    };
    for (T tone : {T::Accent, T::Danger, T::Success, T::Warning, T::Muted}) {
        // In the normal look Success and Warning only colour icons and borders (WCAG 1.4.11:
        // 3:1); in high contrast every tone must also work as text.
        const bool iconOnly = contrast == Appearance::Contrast::Normal && (tone == T::Success || tone == T::Warning);
        const double minimum = iconOnly ? 3.0 : text;
        list.append({QStringLiteral("tone %1/Window").arg(int(tone)), Appearance::color(tone, contrast), window, minimum});
        list.append({QStringLiteral("tone %1/Surface").arg(int(tone)), Appearance::color(tone, contrast), surface, minimum});
    }
    return list;
}

QStringList failures(const QList<Pair> &list)
{
    QStringList out;
    for (const Pair &pair : list) {
        const double r = ratio(pair.fg, pair.bg);
        if (r < pair.minimum)
            out << QStringLiteral("%1: %2 on %3 = %4:1 (< %5:1)")
                       .arg(pair.what, pair.fg.name(), pair.bg.name())
                       .arg(r, 0, 'f', 2)
                       .arg(pair.minimum);
    }
    return out;
}

} // namespace

class HighContrastTest : public QObject
{
    Q_OBJECT
private slots:
    void ratioIsWcags()
    {
        QCOMPARE(qRound(ratio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(qRound(ratio(QColor(0x767676), Qt::white) * 100), 454); // the AA grey
    }

    void highContrastMeetsAaa()
    {
        const QStringList bad = failures(pairs(Appearance::Contrast::High, 7.0, 4.5));
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
        // focus frames and selection are drawn in Highlight: they must stand out from the window
        const QPalette p = Appearance::palette(Appearance::Contrast::High);
        QVERIFY(ratio(p.color(QPalette::Highlight), p.color(QPalette::Window)) >= 7.0);
        // bevels (Fusion draws frames from Dark/Shadow) are visible against the window: >= 3:1
        QVERIFY(ratio(p.color(QPalette::Dark), p.color(QPalette::Window)) >= 3.0);
    }

    void normalContrastMeetsAa()
    {
        const QStringList bad = failures(pairs(Appearance::Contrast::Normal, 4.5, 1.0));
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }

    void actionButtonsMeetAaaInHighContrast()
    {
        Appearance::apply(*qApp, Appearance::Contrast::High);
        QCOMPARE(Appearance::contrast(), Appearance::Contrast::High);
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), Appearance::palette(Appearance::Contrast::High).color(QPalette::WindowText));
        QPushButton destructive, primary;
        Appearance::markDestructive(&destructive);
        Appearance::markPrimary(&primary);
        for (QPushButton *b : {&destructive, &primary}) {
            const QPalette p = b->palette();
            // Fusion paints the bevel from Button.lighter(124) down to Button.lighter(102)
            const QColor lightest = p.color(QPalette::Active, QPalette::Button).lighter(124);
            QVERIFY2(ratio(p.color(QPalette::Active, QPalette::ButtonText), lightest) >= 7.0,
                     qPrintable(b->property("wodRole").toString()));
            QVERIFY(ratio(p.color(QPalette::Disabled, QPalette::ButtonText), p.color(QPalette::Disabled, QPalette::Button)) >= 4.5);
        }
        Appearance::apply(*qApp, Appearance::Contrast::Normal);
    }
};

QTEST_MAIN(HighContrastTest)
#include "tst_high_contrast.moc"
