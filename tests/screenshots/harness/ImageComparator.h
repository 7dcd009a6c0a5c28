#pragma once
// Pixel-exact comparison of a screenshot with its baseline, and the artifacts written when they
// differ (expected.png, actual.png, diff.png, summary.txt). No ratio and no perceptual metric: a
// capture passes when every channel of every pixel is equal, or, with a written override, when
// no channel differs by more than 2 and at most a small absolute number of pixels differ.

#include <QImage>
#include <QRect>
#include <QString>

namespace wod::shots {

struct Tolerance
{
    int maxChannelDelta = 0; // at most 2 (validated)
    int maxPixels = 0;       // at most 64 (validated)
    QString reason;          // mandatory when either limit is above 0

    static Tolerance exact() { return {}; }
    bool isExact() const { return maxChannelDelta == 0 && maxPixels == 0; }
    // Empty when the override is acceptable, otherwise why not.
    QString validationError() const;
};

struct ComparisonResult
{
    QSize expectedSize;
    QSize actualSize;
    qint64 differingPixels = 0; // pixels where at least one channel differs
    int maxChannelDelta = 0;    // largest difference of any channel (A, R, G, B)
    QRect boundingBox;          // of the differing pixels, in image pixels
    bool passed = false;        // equal, or within the tolerance

    bool sizeMatches() const { return expectedSize == actualSize; }
    // "pixels differing: 12, max delta: 87, bounding box: 30,14 22x9" (or the size mismatch).
    QString summary() const;
};

class ImageComparator
{
public:
    static ComparisonResult compare(const QImage &expected, const QImage &actual,
                                    const Tolerance &tolerance = Tolerance::exact());
    // Differences in red over a faded grey copy of the expected image (same size as expected;
    // with a size mismatch, the common area and everything outside it is marked).
    static QImage diffImage(const QImage &expected, const QImage &actual);
    // Writes expected.png, actual.png, diff.png and summary.txt into `directory` (created).
    // Returns false (and the reason in *error) when something could not be written.
    static bool writeArtifacts(const QString &directory, const QImage &expected,
                               const QImage &actual, const ComparisonResult &result,
                               QString *error);
    // The image in the one format every comparison uses (ARGB32, device pixel ratio kept).
    static QImage normalized(const QImage &image);
};

} // namespace wod::shots
