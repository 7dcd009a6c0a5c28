#pragma once
// Status marks for checklist rows and results: a shape (check, cross, question mark, "i") drawn in
// a coloured disc, always shown next to a word, so that no state is told by colour alone. Drawn
// with QPainter (no icon theme, no file): identical on every machine. GUI thread only.

#include "Verdict.h"

#include <QIcon>
#include <QString>

namespace wod::ui::StatusIcons {

QIcon icon(CheckItem::State state);
// "Passed", "Blocked", "Unknown: the server decides", "Note"; translated.
QString label(CheckItem::State state);

} // namespace wod::ui::StatusIcons
