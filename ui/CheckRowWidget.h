#pragma once
// One row of the pre-flight checklist: status mark and status word, the check's title, what was
// found, and what to do about it. Read-only; the accessible name carries the whole row.

#include "Verdict.h"

#include <QFrame>

class QLabel;

namespace wod::ui {

class CheckRowWidget : public QFrame
{
    Q_OBJECT
public:
    explicit CheckRowWidget(const CheckItem &item, QWidget *parent = nullptr);
    const CheckItem &item() const { return m_item; }

private:
    CheckItem m_item;
};

} // namespace wod::ui
