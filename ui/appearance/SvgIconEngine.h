#pragma once
// A QIconEngine that renders one SVG file (usually from the resources) at whatever size and device
// pixel ratio is asked for, so icons are sharp at DPR 1 and 2 without relying on the iconengines
// plugin being deployed. Rendered pixmaps are cached per size, scale and mode. GUI thread only.

#include <QHash>
#include <QIconEngine>
#include <QPixmap>
#include <QString>

namespace wod::ui {

class SvgIconEngine final : public QIconEngine
{
public:
    explicit SvgIconEngine(QString path);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;
    QIconEngine *clone() const override;

private:
    QString m_path;
    QHash<QString, QPixmap> m_cache;
};

} // namespace wod::ui
