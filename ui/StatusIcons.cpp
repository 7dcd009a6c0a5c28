#include "StatusIcons.h"

#include <QCoreApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

#ifdef WOD_HAVE_APPEARANCE
#include "Appearance.h"
#endif

namespace wod::ui::StatusIcons {

namespace {

// Paints at whatever size and device pixel ratio the icon is asked for, so marks stay sharp at
// DPR 2 without separate bitmaps.
class MarkEngine : public QIconEngine
{
public:
    explicit MarkEngine(CheckItem::State state) : m_state(state) {}

    void paint(QPainter *p, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        QColor disc;
        switch (m_state) {
        case CheckItem::State::Passed: disc = QColor(0x1d, 0x80, 0x3a); break;
        case CheckItem::State::Failed: disc = QColor(0xc4, 0x24, 0x1c); break;
        case CheckItem::State::Unknown: disc = QColor(0x9a, 0x62, 0x00); break;
        case CheckItem::State::Info: disc = QColor(0x1f, 0x5f, 0xbf); break;
        }
        if (mode == QIcon::Disabled)
            disc = QColor(0x8a, 0x8a, 0x8a);
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF r(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0,
                       side, side);
        p->setPen(Qt::NoPen);
        p->setBrush(disc);
        p->drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5));
        QPen pen(Qt::white, qMax<qreal>(1.5, side / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        const auto at = [&r](qreal x, qreal y) { return QPointF(r.x() + x * r.width(), r.y() + y * r.height()); };
        switch (m_state) {
        case CheckItem::State::Passed: {
            QPainterPath path(at(0.27, 0.52));
            path.lineTo(at(0.43, 0.68));
            path.lineTo(at(0.73, 0.35));
            p->drawPath(path);
            break;
        }
        case CheckItem::State::Failed:
            p->drawLine(at(0.33, 0.33), at(0.67, 0.67));
            p->drawLine(at(0.67, 0.33), at(0.33, 0.67));
            break;
        case CheckItem::State::Unknown: {
            QPainterPath path(at(0.36, 0.38));
            path.cubicTo(at(0.36, 0.18), at(0.66, 0.18), at(0.64, 0.38));
            path.cubicTo(at(0.63, 0.50), at(0.50, 0.50), at(0.50, 0.60));
            p->drawPath(path);
            p->setPen(Qt::NoPen);
            p->setBrush(Qt::white);
            p->drawEllipse(QRectF(at(0.445, 0.70), QSizeF(side * 0.11, side * 0.11)));
            break;
        }
        case CheckItem::State::Info:
            p->drawLine(at(0.5, 0.45), at(0.5, 0.74));
            p->setPen(Qt::NoPen);
            p->setBrush(Qt::white);
            p->drawEllipse(QRectF(at(0.445, 0.24), QSizeF(side * 0.11, side * 0.11)));
            break;
        }
        p->restore();
    }

    QIconEngine *clone() const override { return new MarkEngine(m_state); }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.setDevicePixelRatio(scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

private:
    CheckItem::State m_state;
};

} // namespace

QIcon icon(CheckItem::State state)
{
#ifdef WOD_HAVE_APPEARANCE
    switch (state) {
    case CheckItem::State::Passed: return Appearance::icon(IconId::StatusPassed);
    case CheckItem::State::Failed: return Appearance::icon(IconId::StatusFailed);
    case CheckItem::State::Unknown: return Appearance::icon(IconId::StatusUnknown);
    case CheckItem::State::Info: return Appearance::icon(IconId::StatusInfo);
    }
#endif
    return QIcon(new MarkEngine(state));
}

QString label(CheckItem::State state)
{
    // Literal contexts: lupdate only extracts translate() calls whose context it can read.
    switch (state) {
    case CheckItem::State::Passed: return QCoreApplication::translate("wod::ui::StatusIcons", "Passed");
    case CheckItem::State::Failed: return QCoreApplication::translate("wod::ui::StatusIcons", "Blocked");
    case CheckItem::State::Unknown: return QCoreApplication::translate("wod::ui::StatusIcons", "Unknown: the server decides");
    case CheckItem::State::Info: return QCoreApplication::translate("wod::ui::StatusIcons", "Note");
    }
    return {};
}

} // namespace wod::ui::StatusIcons
