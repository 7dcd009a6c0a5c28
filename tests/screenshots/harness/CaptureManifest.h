#pragma once
// The one list of every capture the screenshot suite makes: which test executable (suite) makes
// it, its case and step names (= baseline path <Case>/<step>.png), and whether it is repeated at
// device pixel ratio 2. The suites assert that they captured exactly their entries, the baseline
// tree is checked against it (missing and orphan files), and the number of comparisons follows
// from it.

#include <QList>
#include <QString>
#include <QStringList>

namespace wod::shots {

struct ManifestEntry
{
    QString suite;    // e.g. "appearance", "wizard"
    QString caseName; // e.g. "Preflight"
    QString step;     // e.g. "eligible"
    bool atDpr2 = false;

    QString file() const { return caseName + QLatin1Char('/') + step + QStringLiteral(".png"); }
};

class CaptureManifest
{
public:
    static const QList<ManifestEntry> &all();
    // The entries captured at this device pixel ratio (1: all; 2: the atDpr2 subset).
    static QList<ManifestEntry> at(int dpr);
    static QList<ManifestEntry> forSuite(const QString &suite, int dpr);
    static QStringList files(int dpr);           // sorted "<Case>/<step>.png"
    static QStringList caseNames(int dpr);       // sorted, unique
    static QStringList suiteCases(const QString &suite, int dpr);
};

} // namespace wod::shots
