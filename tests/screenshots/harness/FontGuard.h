#pragma once
// Proves that a captured window shows only the bundled font: every visible widget's font resolves
// to the bundled family, and every character it displays exists in that font (QFontMetrics::inFont
// on the primary engine and QRawFont::supportsCharacter), so no glyph comes from a fallback font
// or is drawn as a missing-glyph box.

#include <QString>
#include <QStringList>

class QWidget;

namespace wod::shots {

class FontGuard
{
public:
    // Empty when the window is fine; otherwise one line per problem ("objectName (Class): ...").
    static QStringList problems(const QWidget *window, const QString &family);
    // The text a widget displays (labels incl. rich text as plain text, buttons, line edits,
    // placeholders, group boxes, tab bars, combo boxes, item views, text edits, progress bars).
    static QStringList displayedTexts(const QWidget *widget);
};

} // namespace wod::shots
