#include "ImageComparator.h"

#include <QDir>
#include <QFile>

namespace wod::shots {

QString Tolerance::validationError() const
{
    if (maxChannelDelta < 0 || maxPixels < 0)
        return QStringLiteral("negative tolerance");
    if (maxChannelDelta > 2)
        return QStringLiteral("channel tolerance %1 exceeds the maximum of 2").arg(maxChannelDelta);
    if (maxPixels > 64)
        return QStringLiteral("pixel tolerance %1 exceeds the maximum of 64").arg(maxPixels);
    if (!isExact() && reason.trimmed().isEmpty())
        return QStringLiteral("a tolerance override needs a written reason");
    return {};
}

QString ComparisonResult::summary() const
{
    if (!sizeMatches()) {
        return QStringLiteral("size differs: expected %1x%2, actual %3x%4")
            .arg(expectedSize.width())
            .arg(expectedSize.height())
            .arg(actualSize.width())
            .arg(actualSize.height());
    }
    return QStringLiteral("pixels differing: %1, max delta: %2, bounding box: %3,%4 %5x%6")
        .arg(differingPixels)
        .arg(maxChannelDelta)
        .arg(boundingBox.x())
        .arg(boundingBox.y())
        .arg(boundingBox.width())
        .arg(boundingBox.height());
}

QImage ImageComparator::normalized(const QImage &image)
{
    if (image.format() == QImage::Format_ARGB32)
        return image;
    QImage converted = image.convertToFormat(QImage::Format_ARGB32);
    converted.setDevicePixelRatio(image.devicePixelRatio());
    return converted;
}

ComparisonResult ImageComparator::compare(const QImage &expectedIn, const QImage &actualIn,
                                          const Tolerance &tolerance)
{
    ComparisonResult result;
    result.expectedSize = expectedIn.size();
    result.actualSize = actualIn.size();
    if (!result.sizeMatches() || expectedIn.isNull()) {
        result.passed = false;
        return result;
    }
    const QImage expected = normalized(expectedIn);
    const QImage actual = normalized(actualIn);
    int minX = INT_MAX, minY = INT_MAX, maxX = -1, maxY = -1;
    for (int y = 0; y < expected.height(); ++y) {
        const auto *e = reinterpret_cast<const QRgb *>(expected.constScanLine(y));
        const auto *a = reinterpret_cast<const QRgb *>(actual.constScanLine(y));
        for (int x = 0; x < expected.width(); ++x) {
            if (e[x] == a[x])
                continue;
            const int delta = qMax(qMax(qAbs(qRed(e[x]) - qRed(a[x])), qAbs(qGreen(e[x]) - qGreen(a[x]))),
                                   qMax(qAbs(qBlue(e[x]) - qBlue(a[x])), qAbs(qAlpha(e[x]) - qAlpha(a[x]))));
            ++result.differingPixels;
            result.maxChannelDelta = qMax(result.maxChannelDelta, delta);
            minX = qMin(minX, x);
            minY = qMin(minY, y);
            maxX = qMax(maxX, x);
            maxY = qMax(maxY, y);
        }
    }
    if (result.differingPixels > 0)
        result.boundingBox = QRect(QPoint(minX, minY), QPoint(maxX, maxY));
    result.passed = result.differingPixels <= tolerance.maxPixels
                    && result.maxChannelDelta <= tolerance.maxChannelDelta;
    return result;
}

QImage ImageComparator::diffImage(const QImage &expectedIn, const QImage &actualIn)
{
    const QImage expected = normalized(expectedIn);
    const QImage actual = normalized(actualIn);
    const QSize size = expected.isNull() ? actual.size() : expected.size();
    QImage diff(size, QImage::Format_ARGB32);
    const QRgb red = qRgb(230, 0, 0);
    for (int y = 0; y < size.height(); ++y) {
        auto *d = reinterpret_cast<QRgb *>(diff.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const bool inExpected = x < expected.width() && y < expected.height();
            const bool inActual = x < actual.width() && y < actual.height();
            if (!inExpected || !inActual) {
                d[x] = red;
                continue;
            }
            const QRgb e = expected.pixel(x, y);
            if (e != actual.pixel(x, y)) {
                d[x] = red;
            } else {
                // Faded grey: the page stays recognisable, the red stands out.
                const int g = 200 + qGray(e) * 55 / 255;
                d[x] = qRgb(g, g, g);
            }
        }
    }
    return diff;
}

bool ImageComparator::writeArtifacts(const QString &directory, const QImage &expected,
                                     const QImage &actual, const ComparisonResult &result,
                                     QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot create %1").arg(directory);
        return false;
    }
    const QDir dir(directory);
    bool ok = true;
    if (!expected.isNull())
        ok &= expected.save(dir.filePath(QStringLiteral("expected.png")), "PNG");
    ok &= actual.save(dir.filePath(QStringLiteral("actual.png")), "PNG");
    ok &= diffImage(expected, actual).save(dir.filePath(QStringLiteral("diff.png")), "PNG");
    QFile summary(dir.filePath(QStringLiteral("summary.txt")));
    ok &= summary.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text);
    if (summary.isOpen())
        summary.write(result.summary().toUtf8() + '\n');
    if (!ok)
        *error = QStringLiteral("cannot write every artifact into %1").arg(directory);
    return ok;
}

} // namespace wod::shots
