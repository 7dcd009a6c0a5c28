// The checks a server cannot report (the public API only) are confirmed one by one: each unknown
// row carries a named check box, Next and the commit stay disabled until every one is ticked, the
// page never says "Nothing known blocks" with Next enabled, and a new reading asks again. What the
// admin confirmed is kept by the run: the journal's plan and the receipt list those checks.

#include "CheckRowWidget.h"
#include "DeleteOrgWizard.h"
#include "Journal.h"
#include "MainWindow.h"
#include "StartupPrompt.h"
#include "UiTestBed.h"
#include "WizardController.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <memory>

class UnknownConfirmationTest : public QObject
{
    Q_OBJECT
    // Each test: demo.json on a server that offers the public API only (four checks unknown), the
    // wizard opened from the account view, its pre-flight read.
    std::unique_ptr<UiTestBed> m_bed;
    wod::ui::DeleteOrgWizard *m_wizard = nullptr;

private slots:
    void init()
    {
        m_bed = std::make_unique<UiTestBed>(
            QStringLiteral("demo.json"), [](wod::sandbox::FaultConfig &f) { f.publicApiOnly = true; });
        QVERIFY2(m_bed->isReady(), qPrintable(m_bed->error()));
        m_wizard = WizardDriver::openFromAccount(*m_bed);
        QVERIFY(m_wizard);
        const wod::Verdict &verdict = m_wizard->controller()->verdict();
        QVERIFY2(verdict.unknown.size() >= 2, qPrintable(verdict.unknown.join(u',')));
        QVERIFY(verdict.eligible);
    }
    void cleanup()
    {
        m_wizard = nullptr;
        m_bed.reset();
    }

    void everyUnknownRowMustBeTicked()
    {
        auto *wizard = m_wizard;
        wod::ui::WizardController *controller = wizard->controller();
        const QStringList unknown = controller->verdict().unknown;

        QAbstractButton *next = wizard->button(QWizard::NextButton);
        auto *status = must<QLabel>(wizard, "preflightStatusLabel");
        QVERIFY(status);
        QVERIFY2(!next->isEnabled(), "Next waits for every unknown check to be confirmed");
        QVERIFY2(!status->text().contains(QStringLiteral("Nothing known blocks")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("Control Hub")), qPrintable(status->text()));

        QList<QCheckBox *> boxes;
        for (const QString &id : unknown) {
            auto *row = wizard->findChild<wod::ui::CheckRowWidget *>(QStringLiteral("checkRow_") + id);
            QVERIFY(row);
            auto *box = row->findChild<QCheckBox *>(QStringLiteral("confirmUnknown_") + id);
            QVERIFY2(box, qPrintable(id));
            QVERIFY(!box->isChecked());
            QVERIFY2(box->accessibleName().contains(row->item().title), qPrintable(box->accessibleName()));
            QVERIFY(row->findChild<QLabel *>(QStringLiteral("checkHowToLabel")));
            boxes << box;
        }
        // Known rows carry none.
        QVERIFY(!wizard->findChild<QCheckBox *>(QStringLiteral("confirmUnknown_admin")));

        for (int i = 0; i < boxes.size() - 1; ++i) {
            QTest::mouseClick(boxes[i], Qt::LeftButton, {}, QPoint(8, boxes[i]->height() / 2));
            QVERIFY(boxes[i]->isChecked());
            QVERIFY2(!next->isEnabled(), "one unticked row still holds Next");
        }
        QVERIFY(!controller->canLeavePreflight());
        // confirmDeletion() checks exactly this before it starts anything.
        QVERIFY2(!controller->isConfirmationValid(controller->snapshot().orgDisplayName, true),
                 "the controller refuses a deletion with an unconfirmed check");
        QVERIFY(!controller->hasRunStarted());

        QTest::mouseClick(boxes.last(), Qt::LeftButton, {}, QPoint(8, boxes.last()->height() / 2));
        QVERIFY(next->isEnabled());
        QCOMPARE(controller->confirmedUnknown().size(), unknown.size());
        QVERIFY2(status->text().contains(QStringLiteral("You checked")), qPrintable(status->text()));

        // Unticking takes it back.
        QTest::mouseClick(boxes.first(), Qt::LeftButton, {}, QPoint(8, boxes.first()->height() / 2));
        QVERIFY(!next->isEnabled());
        QTest::mouseClick(boxes.first(), Qt::LeftButton, {}, QPoint(8, boxes.first()->height() / 2));
        QVERIFY(next->isEnabled());

        // A new reading asks again: what was confirmed was about the state then.
        QTest::mouseClick(must<QPushButton>(wizard, "recheckButton"), Qt::LeftButton);
        QVERIFY(WizardDriver::waitPreflightDone(wizard));
        QTRY_VERIFY(!controller->isBusy());
        QVERIFY(controller->confirmedUnknown().isEmpty());
        QVERIFY(!next->isEnabled());
        auto *again = wizard->findChild<QCheckBox *>(QStringLiteral("confirmUnknown_") + unknown.first());
        QVERIFY(again && !again->isChecked());
    }

    void confirmedChecksReachTheJournalAndTheReceipt()
    {
        auto *wizard = m_wizard;
        wod::ui::WizardController *controller = wizard->controller();
        QStringList unknown = controller->verdict().unknown;
        for (const QString &id : unknown) {
            auto *box = wizard->findChild<QCheckBox *>(QStringLiteral("confirmUnknown_") + id);
            QVERIFY2(box, qPrintable(id));
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        }
        QVERIFY(WizardDriver::toAcknowledge(wizard, false)); // delete: converting needs the extension endpoints
        QVERIFY(WizardDriver::acknowledgeAndType(wizard, m_bed->scenario().orgDisplayName));
        QVERIFY(WizardDriver::commit(wizard));
        QVERIFY(WizardDriver::waitResult(wizard));

        unknown.sort();
        const wod::net::RunOutcome &outcome = controller->outcome();
        QCOMPARE(outcome.status, wod::net::RunOutcome::Status::Deleted);
        const QJsonArray inReceipt = outcome.receipt.value(QLatin1String("confirmedUnknown")).toArray();
        QStringList receiptIds;
        for (const QJsonValue &id : inReceipt)
            receiptIds << id.toString();
        QCOMPARE(receiptIds, unknown);
        QString error;
        const auto journal = wod::net::Journal::read(outcome.journalPath, &error);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(journal->plan.confirmedUnknown, unknown);
    }
};

QTEST_MAIN(UnknownConfirmationTest)
#include "tst_unknown_confirmation.moc"
