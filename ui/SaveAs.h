#pragma once
// "Save as" from a button on a wizard page: asks for a file name through UiServices' file dialog
// (window-modal, never blocking), then `write`s that file; a failure is told in a warning box
// titled `failedTitle` with the error `write` gives. Cancel writes nothing and says nothing.
// `services` must outlive `parent`. GUI thread only.

#include <QString>
#include <functional>

class QWidget;

namespace wod::ui {

class UiServices;

namespace SaveAs {

using Writer = std::function<bool(const QString &path, QString *error)>;

void ask(UiServices *services, QWidget *parent, const QString &caption,
         const QString &suggestedName, const QString &filter, const QString &failedTitle,
         const Writer &write);

} // namespace SaveAs
} // namespace wod::ui
