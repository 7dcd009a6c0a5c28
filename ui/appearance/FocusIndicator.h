#pragma once
// Keyboard focus that is always visible. Fusion shows focus on most controls (a highlighted
// outline or focus rectangle) but not on a scroll area, a read-only text view or the default push
// button (which always wears the highlighted outline). After the user moved focus with the
// keyboard in a window (Qt's WA_KeyboardFocusChange), FocusIndicator puts a QFocusFrame ring, in
// the palette's WindowText colour, around such a widget while it has focus. Mouse-only use and
// screenshots without Tab are unchanged. Installed by Appearance::apply(); GUI thread only.

#include <QObject>
#include <QPointer>

class QApplication;
class QFocusFrame;
class QWidget;

namespace wod::ui {

class FocusIndicator : public QObject
{
    Q_OBJECT
public:
    // Idempotent: one indicator per application.
    static void install(QApplication &app);
    // True for a widget on which Fusion draws no visible focus of its own.
    static bool needsRing(const QWidget *widget);

private:
    explicit FocusIndicator(QApplication &app);
    void follow(QWidget *now);

    QPointer<QFocusFrame> m_frame;
};

} // namespace wod::ui
