// Text layout of the wizard: the header's subtitle starts where its title starts (QWizard's
// ModernStyle indents it by a column), and subscription ids never break at their hyphens in the
// checklist (non-breaking hyphens on screen, the real ids in accessible texts, exports and copies).

#include "Appearance.h"
#include "CheckRowWidget.h"
#include "DeleteOrgWizard.h"
#include "MainWindow.h"
#include "StartupPrompt.h"
#include "SubscriptionText.h"
#include "UiTestBed.h"
#include "WizardController.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QGuiApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTextLayout>
#include <QWizardPage>

namespace {

bool insidePage(const QWidget *w, const QWidget *wizard)
{
    for (; w && w != wizard; w = w->parentWidget()) {
        if (qobject_cast<const QWizardPage *>(w))
            return true;
    }
    return false;
}

// The wizard's own header label showing `text` (not a label on a page).
QLabel *headerLabel(QWizard *wizard, const QString &text)
{
    for (QLabel *label : wizard->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text() == text && !insidePage(label, wizard))
            return label;
    }
    return nullptr;
}

// The lines `label` lays its text out in at its current width (as QLabel does for plain text).
QStringList laidOutLines(const QLabel *label)
{
    QTextLayout layout(label->text(), label->font());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(label->contentsRect().width());
        lines << label->text().mid(line.textStart(), line.textLength());
    }
    layout.endLayout();
    return lines;
}

} // namespace

class WizardTextLayoutTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { wod::ui::Appearance::apply(*qApp); }

    void headerSubtitleStartsUnderTheTitle()
    {
        UiTestBed bed(QStringLiteral("blocker-linked-sites.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *wizard = WizardDriver::openWizard(bed);
        QVERIFY(wizard);
        QWizardPage *page = wizard->currentPage();
        QVERIFY(page && !page->title().isEmpty() && !page->subTitle().isEmpty());
        QLabel *title = headerLabel(wizard, page->title());
        QLabel *subTitle = headerLabel(wizard, page->subTitle());
        QVERIFY2(title && subTitle, "the wizard's header shows the page's title and subtitle");
        const int titleX = title->mapTo(wizard, title->contentsRect().topLeft()).x();
        const int subTitleX = subTitle->mapTo(wizard, subTitle->contentsRect().topLeft()).x();
        QCOMPARE(subTitleX, titleX);
        QVERIFY2(subTitle->mapTo(wizard, QPoint(0, 0)).y() > title->mapTo(wizard, QPoint(0, 0)).y(),
                 "the subtitle stays under the title");
    }

    void subscriptionIdsDoNotBreakAtTheirHyphens()
    {
        UiTestBed bed(QStringLiteral("blocker-subscriptions-mixed.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *wizard = WizardDriver::openWizard(bed);
        QVERIFY(wizard);
        auto *row = wizard->findChild<wod::ui::CheckRowWidget *>(QStringLiteral("checkRow_subscriptions"));
        QVERIFY(row);
        auto *detail = row->findChild<QLabel *>(QStringLiteral("checkDetailLabel"));
        QVERIFY(detail);
        const QStringList ids = wod::ui::SubscriptionText::ids(bed.scenario().subscriptions);
        QVERIFY2(ids.size() >= 2, "the scenario lists its subscriptions");
        for (const QString &id : ids) {
            QVERIFY2(id.contains(QLatin1Char('-')), qPrintable(id));
            QVERIFY2(row->item().detail.contains(id), qPrintable(id));
            // On screen: the id with non-breaking hyphens, never its plain form.
            const QString shown = wod::ui::SubscriptionText::unbreakableId(id);
            QVERIFY2(detail->text().contains(shown), qPrintable(detail->text()));
            QVERIFY2(!detail->text().contains(id), qPrintable(detail->text()));
            // The bundled font draws U+2011.
            QVERIFY(QFontMetrics(detail->font()).inFontUcs4(0x2011));
            // Laid out in the row, no line ends inside the id.
            for (const QString &line : laidOutLines(detail)) {
                for (int cut = 1; cut < shown.size(); ++cut) {
                    QVERIFY2(!line.endsWith(shown.left(cut)) || line.endsWith(shown),
                             qPrintable(QStringLiteral("a line ends in the middle of %1: \"%2\"").arg(id, line)));
                }
            }
            // Assistive technologies and the accessible description get the real id.
            QVERIFY2(detail->accessibleName().contains(id), qPrintable(detail->accessibleName()));
            QVERIFY2(row->accessibleDescription().contains(id), qPrintable(row->accessibleDescription()));
        }
        QVERIFY2(laidOutLines(detail).size() >= 2, "the detail wraps in this row (else the test proves nothing)");

        // Copied from the row (Ctrl+C on a selection), the ids have their plain hyphens back.
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->clear();
        detail->setSelection(0, int(detail->text().size()));
        QVERIFY(detail->hasSelectedText());
        QTest::keyClick(detail, Qt::Key_C, Qt::ControlModifier);
        QTRY_VERIFY2(!clipboard->text().isEmpty(), "Ctrl+C copies the selection");
        QCOMPARE(clipboard->text(), row->item().detail);

        // The export carries the real ids.
        const QString csvPath = QDir(bed.journalDirectory()).filePath(QStringLiteral("checklist.csv"));
        QString error;
        QVERIFY2(wizard->controller()->exportChecklist(csvPath, wod::ui::WizardController::ExportFormat::Csv, &error),
                 qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString exported = QString::fromUtf8(csv.readAll());
        for (const QString &id : ids)
            QVERIFY2(exported.contains(id), qPrintable(id));
        QVERIFY(!exported.contains(QChar(0x2011)));
    }
};

QTEST_MAIN(WizardTextLayoutTest)
#include "tst_wizard_text_layout.moc"
