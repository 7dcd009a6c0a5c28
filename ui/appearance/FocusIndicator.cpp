#include "FocusIndicator.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QFocusFrame>
#include <QPushButton>

namespace wod::ui {

void FocusIndicator::install(QApplication &app)
{
    if (app.findChild<FocusIndicator *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    new FocusIndicator(app);
}

FocusIndicator::FocusIndicator(QApplication &app) : QObject(&app)
{
    connect(&app, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
}

bool FocusIndicator::needsRing(const QWidget *widget)
{
    if (!widget)
        return false;
    if (auto *button = qobject_cast<const QPushButton *>(widget))
        return button->isDefault();
    return qobject_cast<const QAbstractScrollArea *>(widget) != nullptr;
}

void FocusIndicator::follow(QWidget *now)
{
    const bool ring = now && needsRing(now) && now->window()->testAttribute(Qt::WA_KeyboardFocusChange);
    if (!ring) {
        if (m_frame)
            m_frame->setWidget(nullptr);
        return;
    }
    // The frame is a child of the focused widget's parent: recreate it when the window changes.
    if (!m_frame || m_frame->window() != now->window()) {
        delete m_frame;
        m_frame = new QFocusFrame(now->window());
        m_frame->setObjectName(QStringLiteral("keyboardFocusFrame"));
    }
    m_frame->setWidget(now);
}

} // namespace wod::ui
