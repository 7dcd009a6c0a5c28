#include "DryRunDialog.h"

#include "Widgets.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wod::ui {

DryRunDialog::DryRunDialog(const QString &planText, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("dryRunDialog"));
    setWindowTitle(tr("Dry run: the exact plan"));
    setMinimumSize(640, 460);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 18);
    layout->setSpacing(10);
    QLabel *intro = Widgets::wrappingLabel(tr("This is what Delete Organization would do, step by "
                                              "step. Nothing has been changed."),
                                           this, QStringLiteral("dryRunIntroLabel"));
    layout->addWidget(intro);

    auto *text = new QPlainTextEdit(this);
    text->setObjectName(QStringLiteral("dryRunPlainTextEdit"));
    text->setAccessibleName(tr("Plan"));
    text->setAccessibleDescription(tr("Every step Delete Organization would take, in order. Nothing has been changed."));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setPlainText(planText);
    layout->addWidget(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("dryRunButtonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("dryRunCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace wod::ui
