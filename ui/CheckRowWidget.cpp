#include "CheckRowWidget.h"

#include "StatusIcons.h"

#include <QGridLayout>
#include <QLabel>

namespace wod::ui {

CheckRowWidget::CheckRowWidget(const CheckItem &item, QWidget *parent)
    : QFrame(parent), m_item(item)
{
    setObjectName(QStringLiteral("checkRow_") + item.id);
    setProperty("checkState", toWireName(item.state));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(12, 10, 12, 10);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);

    auto *mark = new QLabel(this);
    mark->setObjectName(QStringLiteral("statusIconLabel"));
    mark->setPixmap(StatusIcons::icon(item.state).pixmap(QSize(22, 22), devicePixelRatioF()));
    mark->setFixedSize(24, 24);
    mark->setAlignment(Qt::AlignCenter);
    grid->addWidget(mark, 0, 0, 2, 1, Qt::AlignTop);

    auto *title = new QLabel(item.title, this);
    title->setObjectName(QStringLiteral("checkTitleLabel"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    grid->addWidget(title, 0, 1);

    auto *status = new QLabel(StatusIcons::label(item.state), this);
    status->setObjectName(QStringLiteral("checkStatusLabel"));
    status->setFont(bold);
    status->setAlignment(Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(status, 0, 2, Qt::AlignTop);

    int row = 1;
    if (!item.detail.isEmpty()) {
        auto *detail = new QLabel(item.detail, this);
        detail->setObjectName(QStringLiteral("checkDetailLabel"));
        detail->setWordWrap(true);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(detail, row++, 1, 1, 2);
    }
    if (!item.remedy.isEmpty()) {
        auto *remedy = new QLabel(tr("What to do: %1").arg(item.remedy), this);
        remedy->setObjectName(QStringLiteral("checkRemedyLabel"));
        remedy->setWordWrap(true);
        remedy->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(remedy, row++, 1, 1, 2);
    }
    grid->setColumnStretch(1, 1);

    setAccessibleName(item.title + QStringLiteral(": ") + StatusIcons::label(item.state));
    setAccessibleDescription(item.detail
                             + (item.remedy.isEmpty() ? QString() : QStringLiteral(" ") + item.remedy));
}

} // namespace wod::ui
