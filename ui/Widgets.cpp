#include "Widgets.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace wod::ui::Widgets {

QLabel *wrappingLabel(QWidget *parent, const QString &objectName, Qt::TextFormat format)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(format);
    return label;
}

QLabel *wrappingLabel(const QString &text, QWidget *parent, const QString &objectName,
                      Qt::TextFormat format)
{
    QLabel *label = wrappingLabel(parent, objectName, format);
    label->setText(text);
    return label;
}

void makeHeading(QWidget *widget, qreal scale)
{
    QFont font = widget->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    widget->setFont(font);
}

QScrollArea *verticalScrollArea(QWidget *parent, const QString &objectName,
                                const QString &accessibleName)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(objectName);
    scroll->setAccessibleName(accessibleName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QFrame *styledPanel(QWidget *parent, const QString &objectName)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    return frame;
}

QPushButton *button(const QString &text, QWidget *parent, const QString &objectName,
                    const QString &accessibleName)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

QPushButton *pageButton(const QString &text, QWidget *parent, const QString &objectName,
                        const QString &accessibleName)
{
    QPushButton *b = button(text, parent, objectName, accessibleName);
    b->setAutoDefault(false);
    return b;
}

void addButtonRow(QBoxLayout *layout, const QList<QWidget *> &widgets)
{
    auto *row = new QHBoxLayout;
    for (QWidget *widget : widgets)
        row->addWidget(widget);
    row->addStretch(1);
    layout->addLayout(row);
}

QVBoxLayout *dialogLayout(QWidget *dialog, int spacing)
{
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(24, 22, 24, 18);
    layout->setSpacing(spacing);
    return layout;
}

void setUpUserTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the list (arrow keys move within it): keyboard users must not get stuck here.
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    // Fixed row heights keep a 100,000-row view from measuring every row.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

QVBoxLayout *sectionLayout(QWidget *view, const QString &objectName, int spacing)
{
    view->setObjectName(objectName);
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(spacing);
    return layout;
}

QLabel *sectionTitle(const QString &title, QWidget *view, QVBoxLayout *layout,
                     const QString &titleObjectName)
{
    auto *label = new QLabel(title, view);
    label->setObjectName(titleObjectName);
    makeHeading(label, 1.5);
    layout->addWidget(label);
    return label;
}

} // namespace wod::ui::Widgets
