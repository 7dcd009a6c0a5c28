#include "CheckRowWidget.h"

#include "StatusIcons.h"
#include "SubscriptionText.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>

namespace wod::ui {

CheckRowWidget::CheckRowWidget(const CheckItem &item, QWidget *parent,
                               const QStringList &unbreakableIds)
    : QFrame(parent), m_item(item)
{
    setObjectName(QStringLiteral("checkRow_") + item.id);
    setProperty("checkState", toWireName(item.state));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);

    // Columns: mark | title | what was found (wraps) | status word. A blocked row adds what to
    // do underneath, from the title column on. Compact, so that the whole checklist of an
    // eligible organization fits the wizard's default size without scrolling.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(10, 7, 12, 7);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);

    auto *mark = new QLabel(this);
    mark->setObjectName(QStringLiteral("statusIconLabel"));
    mark->setPixmap(StatusIcons::icon(item.state).pixmap(QSize(20, 20), devicePixelRatioF()));
    mark->setFixedSize(22, 20);
    mark->setAlignment(Qt::AlignCenter);
    grid->addWidget(mark, 0, 0, Qt::AlignTop);

    QFont bold = font();
    bold.setBold(true);
    m_title = new QLabel(item.title, this);
    m_title->setObjectName(QStringLiteral("checkTitleLabel"));
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(m_title, 0, 1, Qt::AlignTop);

    const QString shownDetail = SubscriptionText::withUnbreakableIds(item.detail, unbreakableIds);
    auto *detail = new QLabel(shownDetail, this);
    detail->setObjectName(QStringLiteral("checkDetailLabel"));
    if (shownDetail != item.detail) {
        detail->setAccessibleName(item.detail); // the real ids, not U+2011
        SubscriptionText::keepRealIdsWhenCopied(detail);
    }
    detail->setWordWrap(true);
    detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(detail, 0, 2, Qt::AlignTop);

    // The status word alone ("Unknown", not "Unknown: the server decides"): what was found already
    // says why, and the column stays narrow. The accessible name keeps the whole label.
    const QString label = StatusIcons::label(item.state);
    m_status = new QLabel(label.section(QStringLiteral(": "), 0, 0).trimmed(), this);
    m_status->setObjectName(QStringLiteral("checkStatusLabel"));
    m_status->setFont(bold);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(m_status, 0, 3, Qt::AlignTop);

    if (!item.remedy.isEmpty()) {
        const QString remedyText = tr("What to do: %1").arg(item.remedy);
        const QString shownRemedy = SubscriptionText::withUnbreakableIds(remedyText, unbreakableIds);
        auto *remedy = new QLabel(shownRemedy, this);
        remedy->setObjectName(QStringLiteral("checkRemedyLabel"));
        if (shownRemedy != remedyText) {
            remedy->setAccessibleName(remedyText);
            SubscriptionText::keepRealIdsWhenCopied(remedy);
        }
        remedy->setWordWrap(true);
        remedy->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(remedy, m_nextRow++, 1, 1, 3);
    }
    grid->setColumnStretch(2, 1);

    setAccessibleName(item.title + QStringLiteral(": ") + label);
    setAccessibleDescription(item.detail
                             + (item.remedy.isEmpty() ? QString() : QStringLiteral(" ") + item.remedy));
}

int CheckRowWidget::titleWidthHint() const
{
    return m_title->fontMetrics().horizontalAdvance(m_title->text()) + 2;
}

int CheckRowWidget::statusWidthHint() const
{
    return m_status->fontMetrics().horizontalAdvance(m_status->text()) + 2;
}

void CheckRowWidget::setColumnWidths(int titleWidth, int statusWidth)
{
    m_title->setFixedWidth(titleWidth);
    m_status->setFixedWidth(statusWidth);
}

} // namespace wod::ui

namespace wod::ui {

QCheckBox *CheckRowWidget::addConfirmation(const QString &howToCheck, bool checked)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    auto *how = new QLabel(tr("How to check: %1").arg(howToCheck), this);
    how->setObjectName(QStringLiteral("checkHowToLabel"));
    how->setWordWrap(true);
    how->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(how, m_nextRow++, 1, 1, 3);

    auto *box = new QCheckBox(tr("I checked this in Control Hub: it does not block the deletion"), this);
    box->setObjectName(QStringLiteral("confirmUnknown_") + m_item.id);
    box->setAccessibleName(tr("I checked %1 in Control Hub: it does not block the deletion")
                               .arg(m_item.title));
    box->setAccessibleDescription(howToCheck);
    box->setChecked(checked);
    grid->addWidget(box, m_nextRow++, 1, 1, 3);
    setAccessibleDescription(accessibleDescription() + QLatin1Char(' ') + how->text());
    return box;
}

} // namespace wod::ui
