#pragma once
// Shows a dry run's plan (read-only text, selectable, copyable). Opened with open(), never exec().

#include <QDialog>

namespace wod::ui {

class DryRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DryRunDialog(const QString &planText, QWidget *parent = nullptr);
};

} // namespace wod::ui
