#pragma once
// Status marks for checklist rows and results: a shape (check, cross, question mark, "i") in a
// coloured disc, always shown next to a word, so that no state is told by colour alone. The
// bundled SVG icons when Appearance is linked in, else drawn with QPainter (no icon theme).

#include "Verdict.h"

#include <QIcon>
#include <QString>

namespace wod::ui::StatusIcons {

QIcon icon(CheckItem::State state);
// "Passed", "Blocked", "Unknown: the server decides", "Note"; translated.
QString label(CheckItem::State state);

} // namespace wod::ui::StatusIcons
