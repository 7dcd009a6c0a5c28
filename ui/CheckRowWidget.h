#pragma once
// One row of the pre-flight checklist: status mark, the check's title, what was found, and the
// status word on one line; for a blocked check, what to do about it underneath. Read-only; the
// accessible name carries the whole row. The list aligns its rows' columns through
// titleWidthHint()/statusWidthHint() and setColumnWidths().
// `unbreakableIds` (subscription ids) are displayed with non-breaking hyphens in what was found and
// what to do, so that a narrow row never splits one; the accessible texts keep the real ids.
// A row the server cannot answer ("unknown") can carry a confirmation (addConfirmation()): how to
// check it in Control Hub, and a check box the admin ticks once they did; the row itself never
// changes what it shows.

#include "Verdict.h"

#include <QFrame>
#include <QStringList>

class QCheckBox;
class QLabel;

namespace wod::ui {

class CheckRowWidget : public QFrame
{
    Q_OBJECT
public:
    explicit CheckRowWidget(const CheckItem &item, QWidget *parent = nullptr,
                            const QStringList &unbreakableIds = {});
    const CheckItem &item() const { return m_item; }

    // The widths the title and the status word need on one line.
    int titleWidthHint() const;
    int statusWidthHint() const;
    // Gives the title and status columns these widths, so that all rows line up.
    void setColumnWidths(int titleWidth, int statusWidth);

    // Adds "How to check: <howToCheck>" and the check box "I checked this in Control Hub…"
    // (objectName confirmUnknown_<id>, named for screen readers after the check), ticked when
    // `checked`. Returns the box, owned by the row; call once.
    QCheckBox *addConfirmation(const QString &howToCheck, bool checked);

private:
    CheckItem m_item;
    QLabel *m_title;
    QLabel *m_status;
    int m_nextRow = 1;
};

} // namespace wod::ui
