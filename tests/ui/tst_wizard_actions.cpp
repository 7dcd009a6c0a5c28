// The wizard's side actions: a dry run shows the exact plan and changes nothing, the checklist and
// the users export through the file-dialog seam (JSON and CSV), and a double click on the commit
// button sends the organization's DELETE once.

#include "DataColumns.h"
#include "DeleteOrgWizard.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "StartupPrompt.h"
#include "UiServices.h"
#include "UiTestBed.h"
#include "WizardController.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QFile>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class WizardActionsTest : public QObject
{
    Q_OBJECT
private:
    wod::ui::DeleteOrgWizard *openAtAcknowledge(UiTestBed &bed)
    {
        auto *wizard = WizardDriver::openWizard(bed);
        if (!wizard || !WizardDriver::toAcknowledge(wizard, true))
            return nullptr;
        return wizard;
    }
    static int deleteRequests(UiTestBed &bed)
    {
        return bed.state().value(QStringLiteral("org")).toObject().value(QStringLiteral("deleteRequests")).toInt();
    }

private slots:
    void dryRunShowsThePlanAndChangesNothing()
    {
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *wizard = openAtAcknowledge(bed);
        QVERIFY(wizard);
        QTest::mouseClick(must<QPushButton>(wizard, "dryRunButton"), Qt::LeftButton);
        QTRY_VERIFY(wizard->findChild<QPlainTextEdit *>(QStringLiteral("dryRunPlainTextEdit")));
        const QString plan = wizard->findChild<QPlainTextEdit *>(QStringLiteral("dryRunPlainTextEdit"))->toPlainText();
        QVERIFY2(plan.contains(QStringLiteral("DELETE /v1/organizations/")), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("alex.moreno@northwindtrial.example")), "every user is listed");
        QVERIFY2(plan.contains(QStringLiteral("Convert 11 users")), qPrintable(plan));
        QCOMPARE(deleteRequests(bed), 0);
        QCOMPARE(bed.usersInState(QStringLiteral("converted")), 0);
    }

    void exportsThroughTheFileDialogSeam_data()
    {
        wod::test::addColumns<QString, QString, QByteArray>("button", "file", "mustContain");
        QTest::newRow("checklist as JSON") << QStringLiteral("exportChecklistButton") << QStringLiteral("c.json") << QByteArray("\"checklist\"");
        QTest::newRow("checklist as CSV") << QStringLiteral("exportChecklistButton") << QStringLiteral("c.csv") << QByteArray("id,state,title,detail,remedy");
        QTest::newRow("users as CSV") << QStringLiteral("exportUsersButton") << QStringLiteral("u.csv") << QByteArray("priya.raman@northwindtrial.example");
    }
    void exportsThroughTheFileDialogSeam()
    {
        QFETCH(QString, button);
        QFETCH(QString, file);
        QFETCH(QByteArray, mustContain);
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *wizard = WizardDriver::openWizard(bed);
        QVERIFY(wizard);
        if (button == QStringLiteral("exportUsersButton"))
            QVERIFY(WizardDriver::clickNext(wizard));
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        bed.services()->fileDialog()->setNextAnswer(path);
        auto *b = wizard->findChild<QPushButton *>(button);
        QVERIFY(b && b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY2(data.contains(mustContain), data.left(300).constData());
        QVERIFY2(!data.contains(bed.server()->token().toUtf8()), "no token in exports");
    }

    void doubleClickOnCommitSendsOnce()
    {
        UiTestBed bed(QStringLiteral("demo.json"));
        QVERIFY2(bed.isReady(), qPrintable(bed.error()));
        auto *wizard = openAtAcknowledge(bed);
        QVERIFY(wizard);
        QVERIFY(WizardDriver::acknowledgeAndType(wizard, bed.scenario().orgDisplayName));
        QAbstractButton *commit = wizard->button(QWizard::CommitButton);
        QTest::mouseDClick(commit, Qt::LeftButton);
        QTest::mouseClick(commit, Qt::LeftButton);
        QVERIFY2(!wizard->controller()->confirmDeletion(bed.scenario().orgDisplayName, true),
                 "a second confirmation is refused");
        QVERIFY(WizardDriver::waitResult(wizard));
        QCOMPARE(deleteRequests(bed), 1);
        QCOMPARE(bed.usersInState(QStringLiteral("converted")), 11);
    }
};

QTEST_MAIN(WizardActionsTest)
#include "tst_wizard_actions.moc"
