#include "ImageSanity.h"

#include "ImageComparator.h"

#include <QHash>
#include <QSet>

namespace wod::shots {

int ImageSanity::distinctColours(const QImage &imageIn, const QRect &area, int stopAt)
{
    const QImage image = ImageComparator::normalized(imageIn);
    const QRect r = area.intersected(image.rect());
    QSet<QRgb> colours;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = r.left(); x <= r.right(); ++x) {
            colours.insert(line[x]);
            if (colours.size() >= stopAt)
                return colours.size();
        }
    }
    return colours.size();
}

QRgb ImageSanity::mostFrequentColour(const QImage &imageIn)
{
    const QImage image = ImageComparator::normalized(imageIn);
    QHash<QRgb, qint64> counts;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ++counts[line[x]];
    }
    QRgb best = 0;
    qint64 bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        // Ties broken by value so the answer never depends on hash order.
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

SanityReport ImageSanity::check(const QImage &imageIn, const SanityRequirements &req)
{
    SanityReport report;
    if (imageIn.isNull()) {
        report.problems << QStringLiteral("the image is null");
        return report;
    }
    const QImage image = ImageComparator::normalized(imageIn);
    if (image.size() != req.size) {
        report.problems << QStringLiteral("size %1x%2, expected exactly %3x%4")
                               .arg(image.width())
                               .arg(image.height())
                               .arg(req.size.width())
                               .arg(req.size.height());
    }
    report.distinctColours = distinctColours(image, image.rect());
    if (report.distinctColours < req.minDistinctColours) {
        report.problems << QStringLiteral("only %1 distinct colours (at least %2 expected)")
                               .arg(report.distinctColours)
                               .arg(req.minDistinctColours);
    }
    const QRgb background = mostFrequentColour(image);
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ink += line[x] != background ? 1 : 0;
    }
    const qint64 total = qint64(image.width()) * image.height();
    report.inkShare = total > 0 ? double(ink) / double(total) : 0.0;
    if (report.inkShare < req.minInkShare) {
        report.problems << QStringLiteral("only %1% of the pixels differ from the background "
                                          "(at least %2% expected)")
                               .arg(report.inkShare * 100.0, 0, 'f', 2)
                               .arg(req.minInkShare * 100.0, 0, 'f', 2);
    }
    for (const QRect &key : req.keyRects) {
        if (!image.rect().contains(key)) {
            report.problems << QStringLiteral("key area %1,%2 %3x%4 lies outside the image")
                                   .arg(key.x())
                                   .arg(key.y())
                                   .arg(key.width())
                                   .arg(key.height());
            continue;
        }
        const int colours = distinctColours(image, key, req.minKeyColours);
        if (colours < req.minKeyColours) {
            report.problems << QStringLiteral("key area %1,%2 %3x%4 is uniform (%5 colours)")
                                   .arg(key.x())
                                   .arg(key.y())
                                   .arg(key.width())
                                   .arg(key.height())
                                   .arg(colours);
        }
    }
    return report;
}

} // namespace wod::shots
