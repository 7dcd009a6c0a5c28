#include "SaveAs.h"

#include "UiServices.h"

namespace wod::ui::SaveAs {

void ask(UiServices *services, QWidget *parent, const QString &caption,
         const QString &suggestedName, const QString &filter, const QString &failedTitle,
         const Writer &write)
{
    services->fileDialog()->requestSaveFileName(
        parent, caption, suggestedName, filter,
        [services, parent, failedTitle, write](const QString &path) {
            if (path.isEmpty())
                return;
            QString error;
            if (!write(path, &error))
                services->messageBox()->inform(parent, QMessageBox::Warning, failedTitle, error);
        });
}

} // namespace wod::ui::SaveAs
