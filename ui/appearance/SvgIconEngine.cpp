#include "SvgIconEngine.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

namespace wod::ui {

SvgIconEngine::SvgIconEngine(QString path) : m_path(std::move(path)) {}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                          QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPixmap pm = scaledPixmap(rect.size(), mode, state, scale);
    // Centre the (square) icon in the rectangle, in device-independent pixels.
    const QSizeF logical = pm.deviceIndependentSize();
    const QPointF topLeft(rect.x() + (rect.width() - logical.width()) / 2.0,
                          rect.y() + (rect.height() - logical.height()) / 2.0);
    painter->drawPixmap(topLeft, pm);
}

QSize SvgIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    // The SVGs are square; a non-square request gets the largest square that fits.
    const int side = qMin(size.width(), size.height());
    return QSize(side, side);
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                    qreal scale)
{
    const QSize logical = actualSize(size, mode, state);
    if (logical.isEmpty())
        return {};
    const QString cacheKey = QStringLiteral("%1x%2@%3/%4")
                                 .arg(logical.width())
                                 .arg(logical.height())
                                 .arg(scale)
                                 .arg(int(mode));
    if (const auto it = m_cache.constFind(cacheKey); it != m_cache.constEnd())
        return *it;

    const QSize device = (QSizeF(logical) * scale).toSize();
    QImage image(device, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer renderer(m_path);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(device)));
    }
    if (mode == QIcon::Disabled) {
        // Faded grey, like the styles' generated disabled icons but independent of the style.
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = QColor::fromRgba(qUnpremultiply(line[x]));
                const int grey = qGray(c.rgb());
                line[x] = qPremultiply(qRgba(grey, grey, grey, c.alpha() * 45 / 100));
            }
        }
    }
    QPixmap pm = QPixmap::fromImage(std::move(image));
    pm.setDevicePixelRatio(scale);
    m_cache.insert(cacheKey, pm);
    return pm;
}

QList<QSize> SvgIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    return {QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48), QSize(64, 64),
            QSize(128, 128), QSize(256, 256)};
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("wod-svg");
}

QString SvgIconEngine::iconName()
{
    return m_path;
}

bool SvgIconEngine::isNull()
{
    return !QFile::exists(m_path);
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_path);
}

} // namespace wod::ui
