// Self-tests of the screenshot framework: the comparator, the sanity checks, the font guard, the
// pinned environment, and the committed baseline tree (complete, no orphans, pairwise different,
// plain PNG). Includes the mutation self-test: one changed title character must be caught, and a
// uniform image must fail against every baseline.

#include "AppearanceSample.h"
#include "BaselineStore.h"
#include "CaptureManifest.h"
#include "DataColumns.h"
#include "FontGuard.h"
#include "ImageComparator.h"
#include "ImageSanity.h"
#include "ScreenshotSession.h"
#include "ScreenshotTestMain.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QWizard>
#include <cstdio>
#include <memory>

using namespace wod::shots;

namespace {

QImage checkerboard(QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, qRgb((x * 7) % 256, (y * 5) % 256, ((x + y) * 3) % 256));
    }
    return image;
}

} // namespace

class TestScreenshotFramework : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void comparatorAcceptsIdenticalImages();
    void comparatorReportsEveryChangedPixel_data();
    void comparatorReportsEveryChangedPixel();
    void comparatorReportsSizeMismatch();
    void toleranceOverrideIsBoundedAndExplained_data();
    void toleranceOverrideIsBoundedAndExplained();
    void toleranceAllowsOnlyWhatItSays();
    void diffMarksDifferencesRedOverFadedGrey();
    void artifactsAreWrittenWithSummary();

    void sanityRejectsBrokenImages_data();
    void sanityRejectsBrokenImages();
    void sanityAcceptsARealCapture();

    void fontGuardAcceptsTheBundledFont();
    void fontGuardReportsMissingGlyphs();

    void mutationOfOneTitleCharacterIsCaught();
    void uniformImageFailsAgainstEveryBaseline();

    void baselineTreeMatchesTheManifest();
    void baselinesArePlainPngFiles();
    void baselinesDifferPairwise();
    void manifestHasNoDuplicates();

    void cleanupTestCase();

private:
    std::unique_ptr<BaselineStore> m_store;
    bool m_haveBaselines = false;
};

void TestScreenshotFramework::initTestCase()
{
    const QStringList problems = ScreenshotEnvironment::hermeticProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    m_store = std::make_unique<BaselineStore>(ScreenshotEnvironment::baselineRoot(),
                                              ScreenshotEnvironment::envKey());
    m_haveBaselines = m_store->hasEnvironment();
    if (!m_haveBaselines && ScreenshotEnvironment::strict()
        && ScreenshotEnvironment::mode() == ScreenshotEnvironment::Mode::Check)
        QFAIL(qPrintable(QStringLiteral("SCREENSHOT_STRICT=1 and ") + ScreenshotEnvironment::instructions()));
}

void TestScreenshotFramework::comparatorAcceptsIdenticalImages()
{
    const QImage a = checkerboard(QSize(40, 30));
    const ComparisonResult r = ImageComparator::compare(a, a.copy());
    QVERIFY(r.passed);
    QCOMPARE(r.differingPixels, 0);
    QCOMPARE(r.maxChannelDelta, 0);
    QVERIFY(r.boundingBox.isNull());
}

void TestScreenshotFramework::comparatorReportsEveryChangedPixel_data()
{
    wod::test::addColumns<int, QPoint>("delta", "where");
    QTest::newRow("one level in a corner") << 1 << QPoint(0, 0);
    QTest::newRow("two levels in the middle") << 2 << QPoint(20, 15);
    QTest::newRow("full swing at the far corner") << 255 << QPoint(39, 29);
}

void TestScreenshotFramework::comparatorReportsEveryChangedPixel()
{
    QFETCH(int, delta);
    QFETCH(QPoint, where);
    QImage expected(QSize(40, 30), QImage::Format_ARGB32);
    expected.fill(qRgb(0, 100, 0));
    QImage actual = expected.copy();
    actual.setPixel(where, qRgb(0, 100, delta));
    const ComparisonResult r = ImageComparator::compare(expected, actual);
    QVERIFY2(!r.passed, "an exact comparison must fail on any changed pixel");
    QCOMPARE(r.differingPixels, 1);
    QCOMPARE(r.maxChannelDelta, delta);
    QCOMPARE(r.boundingBox, QRect(where, QSize(1, 1)));
    QVERIFY(r.summary().contains(QStringLiteral("pixels differing: 1")));
}

void TestScreenshotFramework::comparatorReportsSizeMismatch()
{
    const ComparisonResult r = ImageComparator::compare(checkerboard(QSize(40, 30)),
                                                        checkerboard(QSize(40, 31)));
    QVERIFY(!r.passed);
    QVERIFY(!r.sizeMatches());
    QVERIFY(r.summary().startsWith(QStringLiteral("size differs")));
}

void TestScreenshotFramework::toleranceOverrideIsBoundedAndExplained_data()
{
    wod::test::addColumns<int, int, QString, bool>("delta", "pixels", "reason", "valid");
    QTest::newRow("exact") << 0 << 0 << QString() << true;
    QTest::newRow("delta 2 with a reason") << 2 << 10 << QStringLiteral("caret antialiasing") << true;
    QTest::newRow("delta 3 is never allowed") << 3 << 10 << QStringLiteral("why not") << false;
    QTest::newRow("too many pixels") << 1 << 65 << QStringLiteral("why not") << false;
    QTest::newRow("no reason") << 1 << 1 << QString() << false;
}

void TestScreenshotFramework::toleranceOverrideIsBoundedAndExplained()
{
    QFETCH(int, delta);
    QFETCH(int, pixels);
    QFETCH(QString, reason);
    QFETCH(bool, valid);
    const Tolerance t{delta, pixels, reason};
    QCOMPARE(t.validationError().isEmpty(), valid);
}

void TestScreenshotFramework::toleranceAllowsOnlyWhatItSays()
{
    QImage expected(QSize(20, 20), QImage::Format_ARGB32);
    expected.fill(qRgb(100, 100, 100));
    QImage twoOff = expected.copy();
    for (int i = 0; i < 5; ++i)
        twoOff.setPixel(i, i, qRgb(102, 100, 100));
    const Tolerance t{2, 5, QStringLiteral("self-test")};
    QVERIFY(ImageComparator::compare(expected, twoOff, t).passed);
    QImage sixPixels = twoOff.copy();
    sixPixels.setPixel(10, 10, qRgb(101, 100, 100));
    QVERIFY2(!ImageComparator::compare(expected, sixPixels, t).passed, "the pixel count is absolute");
    QImage threeOff = expected.copy();
    threeOff.setPixel(3, 3, qRgb(103, 100, 100));
    QVERIFY2(!ImageComparator::compare(expected, threeOff, t).passed, "the channel delta is a maximum");
}

void TestScreenshotFramework::diffMarksDifferencesRedOverFadedGrey()
{
    QImage expected(QSize(10, 10), QImage::Format_ARGB32);
    expected.fill(qRgb(0, 0, 0));
    QImage actual = expected.copy();
    actual.setPixel(4, 6, qRgb(255, 255, 255));
    const QImage diff = ImageComparator::diffImage(expected, actual);
    QCOMPARE(diff.size(), expected.size());
    QCOMPARE(QColor(diff.pixel(4, 6)), QColor(230, 0, 0));
    const QColor same(diff.pixel(0, 0));
    QCOMPARE(same.red(), same.green());
    QVERIFY2(same.red() >= 200, "unchanged pixels are faded to light grey");
}

void TestScreenshotFramework::artifactsAreWrittenWithSummary()
{
    const QString dir = QDir(ScreenshotEnvironment::artifactRoot())
                            .filePath(QStringLiteral("self-test/artifacts"));
    QDir(dir).removeRecursively();
    const QImage expected = checkerboard(QSize(16, 16));
    QImage actual = expected.copy();
    actual.setPixel(1, 2, qRgb(255, 0, 255));
    const ComparisonResult r = ImageComparator::compare(expected, actual);
    QString error;
    QVERIFY2(ImageComparator::writeArtifacts(dir, expected, actual, r, &error), qPrintable(error));
    for (const char *name : {"expected.png", "actual.png", "diff.png", "summary.txt"})
        QVERIFY2(QFile::exists(QDir(dir).filePath(QLatin1String(name))), name);
    QFile summary(QDir(dir).filePath(QStringLiteral("summary.txt")));
    QVERIFY(summary.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(summary.readAll()).trimmed(), r.summary());
    QCOMPARE(QImage(QDir(dir).filePath(QStringLiteral("actual.png"))).convertToFormat(QImage::Format_ARGB32),
             actual);
}

void TestScreenshotFramework::sanityRejectsBrokenImages_data()
{
    wod::test::addColumns<QImage, QString>("image", "problem");
    const QSize size(300, 200);
    QImage blank(size, QImage::Format_ARGB32);
    blank.fill(qRgb(247, 248, 250));
    QTest::newRow("blank page") << blank << QStringLiteral("distinct colours");

    QImage line = blank.copy();
    QPainter p(&line);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 80; ++i)
        p.fillRect(QRect(i, 0, 1, 1), QColor(i, 2 * i, 3 * i));
    p.end();
    QTest::newRow("almost no ink") << line << QStringLiteral("differ from the background");

    QTest::newRow("wrong size") << checkerboard(QSize(300, 199)) << QStringLiteral("expected exactly");

    QImage uniformKey = checkerboard(size);
    QPainter k(&uniformKey);
    k.fillRect(QRect(10, 10, 50, 20), Qt::white);
    k.end();
    QTest::newRow("uniform key widget") << uniformKey << QStringLiteral("is uniform");
}

void TestScreenshotFramework::sanityRejectsBrokenImages()
{
    QFETCH(QImage, image);
    QFETCH(QString, problem);
    SanityRequirements req;
    req.size = QSize(300, 200);
    req.keyRects << QRect(10, 10, 50, 20);
    const SanityReport report = ImageSanity::check(image, req);
    QVERIFY2(!report.ok(), "a broken image must not pass");
    QVERIFY2(report.problems.join(QLatin1Char(';')).contains(problem),
             qPrintable(report.problems.join(QLatin1Char(';'))));
}

void TestScreenshotFramework::sanityAcceptsARealCapture()
{
    std::unique_ptr<QWizard> wizard(AppearanceSample::createWizard());
    QString error;
    QVERIFY2(ScreenshotSession::prepareWindow(wizard.get(), QSize(760, 560), &error), qPrintable(error));
    const QImage image = ScreenshotSession::stableGrab(wizard.get());
    QVERIFY(!image.isNull());
    SanityRequirements req;
    req.size = wizard->size() * ScreenshotEnvironment::devicePixelRatio();
    const SanityReport report = ImageSanity::check(image, req);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char(';'))));
    QVERIFY2(report.distinctColours > 100, "a real page has many colours");
}

void TestScreenshotFramework::fontGuardAcceptsTheBundledFont()
{
    std::unique_ptr<QWizard> wizard(AppearanceSample::createWizard());
    QString error;
    QVERIFY2(ScreenshotSession::prepareWindow(wizard.get(), QSize(760, 560), &error), qPrintable(error));
    const QStringList problems = FontGuard::problems(wizard.get(), wod::ui::Appearance::fontFamily());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestScreenshotFramework::fontGuardReportsMissingGlyphs()
{
    QWidget window;
    auto *label = new QLabel(QStringLiteral("Organisation \u4e2d\u6587"), &window);
    label->setObjectName(QStringLiteral("cjkLabel"));
    QString error;
    QVERIFY2(ScreenshotSession::prepareWindow(&window, QSize(300, 80), &error), qPrintable(error));
    const QStringList problems = FontGuard::problems(&window, wod::ui::Appearance::fontFamily());
    QVERIFY2(problems.join(QLatin1Char(';')).contains(QStringLiteral("cjkLabel (QLabel): characters not in Inter: U+4E2D U+6587")),
             qPrintable(problems.join(QStringLiteral("; "))));
}

void TestScreenshotFramework::mutationOfOneTitleCharacterIsCaught()
{
    const QSize size(760, 560);
    QString error;
    std::unique_ptr<QWizard> original(AppearanceSample::createWizard());
    QVERIFY2(ScreenshotSession::prepareWindow(original.get(), size, &error), qPrintable(error));
    const QImage before = ScreenshotSession::stableGrab(original.get());
    original.reset();

    QString mutatedTitle = AppearanceSample::title();
    mutatedTitle[mutatedTitle.size() - 1] = QLatin1Char('f'); // "Acknowledgf"
    std::unique_ptr<QWizard> mutated(AppearanceSample::createWizard(mutatedTitle));
    QVERIFY2(ScreenshotSession::prepareWindow(mutated.get(), size, &error), qPrintable(error));
    const QImage after = ScreenshotSession::stableGrab(mutated.get());
    QVERIFY(!before.isNull() && !after.isNull());

    const ComparisonResult r = ImageComparator::compare(before, after);
    QVERIFY2(!r.passed, "changing one title character must change the capture");
    QVERIFY(r.differingPixels > 0);
    // The difference lies in the title's area: the header at the top of the page.
    QLabel *titleLabel = nullptr;
    for (QLabel *l : mutated->findChildren<QLabel *>()) {
        if (l->text() == mutatedTitle)
            titleLabel = l;
    }
    QVERIFY2(titleLabel, "the wizard shows the title in a label");
    const int dpr = ScreenshotEnvironment::devicePixelRatio();
    const QRect titleArea(titleLabel->mapTo(mutated.get(), QPoint(0, 0)) * dpr, titleLabel->size() * dpr);
    QVERIFY2(titleArea.contains(r.boundingBox), qPrintable(r.summary()));

    // And against the committed baseline of the same page.
    if (m_haveBaselines) {
        const QImage baseline = m_store->load(QStringLiteral("AppearanceSample"), QStringLiteral("wizard-page"));
        QVERIFY2(!baseline.isNull(), "the AppearanceSample/wizard-page baseline exists");
        QVERIFY2(!ImageComparator::compare(baseline, after).passed,
                 "the mutated page must not match the committed baseline");
    }
}

void TestScreenshotFramework::uniformImageFailsAgainstEveryBaseline()
{
    if (!m_haveBaselines)
        QSKIP("no baselines for this environment");
    const QStringList files = m_store->allFiles();
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        const QImage baseline = ImageComparator::normalized(QImage(QDir(m_store->envDirectory()).filePath(file)));
        QVERIFY2(!baseline.isNull(), qPrintable(file));
        QImage uniform(baseline.size(), QImage::Format_ARGB32);
        uniform.fill(ImageSanity::mostFrequentColour(baseline));
        QVERIFY2(!ImageComparator::compare(baseline, uniform).passed,
                 qPrintable(file + QStringLiteral(": a uniform image matched")));
        SanityRequirements req;
        req.size = baseline.size();
        QVERIFY2(!ImageSanity::check(uniform, req).ok(),
                 qPrintable(file + QStringLiteral(": a uniform image passed the sanity checks")));
        QVERIFY2(ImageSanity::check(baseline, req).ok(),
                 qPrintable(file + QStringLiteral(": the committed baseline fails the sanity checks")));
    }
}

void TestScreenshotFramework::baselineTreeMatchesTheManifest()
{
    if (!m_haveBaselines)
        QSKIP("no baselines for this environment");
    const int dpr = ScreenshotEnvironment::devicePixelRatio();
    const QStringList wanted = CaptureManifest::files(dpr);
    const QStringList onDisk = m_store->allFiles();
    QStringList missing;
    QStringList orphans;
    for (const QString &f : wanted) {
        if (!onDisk.contains(f))
            missing << f;
    }
    for (const QString &f : onDisk) {
        if (!wanted.contains(f))
            orphans << f;
    }
    if (ScreenshotEnvironment::mode() == ScreenshotEnvironment::Mode::Update) {
        // Whole case folders nobody captures any more (the suites remove orphan steps of their
        // own cases).
        for (const QString &c : m_store->cases()) {
            if (!CaptureManifest::caseNames(dpr).contains(c))
                QVERIFY(m_store->removeCase(c));
        }
        return;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing baselines: ") + missing.join(QStringLiteral(", "))));
    QVERIFY2(orphans.isEmpty(), qPrintable(QStringLiteral("orphan baselines: ") + orphans.join(QStringLiteral(", "))));
    QCOMPARE(onDisk.size(), wanted.size());
}

void TestScreenshotFramework::baselinesArePlainPngFiles()
{
    if (!m_haveBaselines)
        QSKIP("no baselines for this environment");
    for (const QString &file : m_store->allFiles()) {
        QFile f(QDir(m_store->envDirectory()).filePath(file));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        QVERIFY2(f.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8),
                 qPrintable(file + QStringLiteral(" is not a PNG (an LFS pointer?)")));
    }
}

void TestScreenshotFramework::baselinesDifferPairwise()
{
    if (!m_haveBaselines)
        QSKIP("no baselines for this environment");
    const QStringList files = m_store->allFiles();
    QList<QImage> images;
    for (const QString &file : files)
        images << ImageComparator::normalized(QImage(QDir(m_store->envDirectory()).filePath(file)));
    for (int i = 0; i < images.size(); ++i) {
        for (int j = i + 1; j < images.size(); ++j) {
            QVERIFY2(images.at(i) != images.at(j),
                     qPrintable(files.at(i) + QStringLiteral(" and ") + files.at(j)
                                + QStringLiteral(" are identical: one capture does not show what its name says")));
        }
    }
}

void TestScreenshotFramework::manifestHasNoDuplicates()
{
    QStringList seen;
    for (const ManifestEntry &e : CaptureManifest::all()) {
        QVERIFY2(!seen.contains(e.file()), qPrintable(e.file()));
        seen << e.file();
        QVERIFY2(!e.suite.isEmpty() && !e.caseName.isEmpty() && !e.step.isEmpty(), qPrintable(e.file()));
    }
}

void TestScreenshotFramework::cleanupTestCase()
{
    if (!m_haveBaselines && ScreenshotEnvironment::mode() == ScreenshotEnvironment::Mode::Check)
        std::printf("WOD_SUITE_SKIPPED: %s\n", qPrintable(ScreenshotEnvironment::instructions()));
}

WOD_SCREENSHOT_TEST_MAIN(TestScreenshotFramework)
#include "tst_screenshot_framework.moc"
