// wod-render-icon: renders the application's SVG icon to the PNG sizes of the hicolor theme at
// build time, so the PNGs always match the committed SVG and none is checked in twice.
//   wod-render-icon INPUT.svg SIZE OUTPUT.png
// Exit status 1 when the SVG does not load or the PNG cannot be written. A build tool only: not
// installed, never shipped.

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    // Rendering needs no display: the offscreen platform keeps the build headless.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(2).toInt(&sizeOk) : 0;
    if (!sizeOk || size <= 0 || size > 4096) {
        err << "usage: wod-render-icon INPUT.svg SIZE OUTPUT.png\n";
        return 1;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "wod-render-icon: cannot load " << args.at(1) << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(args.at(3), "PNG")) {
        err << "wod-render-icon: cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
