#pragma once
// Checks that keep a blank, half-painted or wrongly sized capture from ever becoming a baseline or
// passing against one: exact size, many distinct colours, a minimum share of pixels that are not
// the background, and a non-uniform crop under each key widget.

#include <QImage>
#include <QList>
#include <QRect>
#include <QStringList>

namespace wod::shots {

struct SanityRequirements
{
    QSize size;                   // exact, in device pixels
    int minDistinctColours = 48;  // antialiased text alone produces dozens
    double minInkShare = 0.015;   // pixels differing from the most frequent colour
    QList<QRect> keyRects;        // device pixels; each crop needs >= minKeyColours colours
    int minKeyColours = 3;
};

struct SanityReport
{
    int distinctColours = 0;
    double inkShare = 0.0;
    QStringList problems; // empty: the image is sane

    bool ok() const { return problems.isEmpty(); }
};

class ImageSanity
{
public:
    static SanityReport check(const QImage &image, const SanityRequirements &requirements);
    static int distinctColours(const QImage &image, const QRect &area, int stopAt = INT_MAX);
    static QRgb mostFrequentColour(const QImage &image);
};

} // namespace wod::shots
