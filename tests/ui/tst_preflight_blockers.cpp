// Every blocker scenario (and a partner admin) opens the wizard on a pre-flight whose failed rows
// match the eligibility policy's failed checks, each saying "Blocked" in words, with Next disabled.

#include "CheckRowWidget.h"
#include "DeleteOrgWizard.h"
#include "EligibilityPolicy.h"
#include "MainWindow.h"
#include "StartupPrompt.h"
#include "UiTestBed.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTest>

class PreflightBlockersTest : public QObject
{
    Q_OBJECT
private slots:
    void blockedRowsAndNextDisabled_data()
    {
        QTest::addColumn<QString>("scenario");
        const QStringList files = QDir(qEnvironmentVariable("WOD_SCENARIO_DIR"))
                                      .entryList({QStringLiteral("blocker-*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 8, "every blocker scenario must be covered");
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }
    void blockedRowsAndNextDisabled()
    {
        QFETCH(QString, scenario);
        UiTestBed bed(scenario);
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        const wod::Verdict expected = wod::EligibilityPolicy::evaluate(bed.scenario().toSnapshot());
        QVERIFY2(!expected.eligible, "a blocker scenario must not be eligible");

        // The prompt follows the verdict's popup flag (core decides); openFromAccount dismisses it.
        auto *wizard = WizardDriver::openFromAccount(bed);
        QVERIFY(wizard);
        QVERIFY2(!wizard->button(QWizard::NextButton)->isEnabled(), "Next must stay disabled");

        int failedRows = 0;
        for (const wod::CheckItem &item : expected.checklist) {
            auto *row = wizard->findChild<wod::ui::CheckRowWidget *>(QStringLiteral("checkRow_") + item.id);
            QVERIFY2(row, qPrintable(QStringLiteral("row %1 missing").arg(item.id)));
            QCOMPARE(row->property("checkState").toString(), wod::toWireName(item.state));
            if (item.state == wod::CheckItem::State::Failed) {
                ++failedRows;
                auto *status = row->findChild<QLabel *>(QStringLiteral("checkStatusLabel"));
                QVERIFY(status);
                QCOMPARE(status->text(), QStringLiteral("Blocked"));
                QVERIFY2(row->findChild<QLabel *>(QStringLiteral("checkRemedyLabel")),
                         qPrintable(QStringLiteral("row %1 has no remedy").arg(item.id)));
            }
        }
        QVERIFY2(failedRows >= 1, "at least one row must show the blocker");
    }
};

QTEST_MAIN(PreflightBlockersTest)
#include "tst_preflight_blockers.moc"
