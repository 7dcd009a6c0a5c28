#pragma once
// Finds text that does not fit its widget: a label, button, check box, radio button or group box
// title whose text needs more room than the widget got (single-line text wider than the widget,
// word-wrapped text taller than the widget at its width, a group box title wider than the box).
// Only widgets visible on screen count.

#include <QStringList>

class QWidget;

namespace ClipCheck {

// One line per clipped widget: "objectName (class): needs WxH, has WxH: \"text\"".
QStringList clippedTexts(QWidget *screen);

} // namespace ClipCheck
