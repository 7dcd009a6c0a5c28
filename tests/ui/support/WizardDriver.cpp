#include "WizardDriver.h"

#include "DeleteOrgWizard.h"
#include "MainWindow.h"
#include "StartupPrompt.h"
#include "UiTestBed.h"
#include "WizardController.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace WizardDriver {

bool waitPreflightDone(wod::ui::DeleteOrgWizard *wizard)
{
    if (!wizard)
        return false;
    const bool ok = QTest::qWaitFor([&] {
        return wizard->currentId() == wod::ui::PreflightPageId && !wizard->controller()->isBusy()
            && wizard->controller()->hasSnapshot() && !wizard->controller()->isUserListLoading();
    }, 10000);
    if (!ok)
        qWarning("pre-flight did not finish: page %d, busy %d", wizard->currentId(),
                 wizard->controller()->isBusy());
    return ok;
}

bool clickNext(wod::ui::DeleteOrgWizard *wizard)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    if (!next->isEnabled() || !next->isVisible()) {
        qWarning("Next is not available on page %d", wizard->currentId());
        return false;
    }
    const int before = wizard->currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    return QTest::qWaitFor([&] { return wizard->currentId() != before; }, 5000);
}

bool chooseUsers(wod::ui::DeleteOrgWizard *wizard, bool convert)
{
    auto *radio = wizard->findChild<QRadioButton *>(convert ? QStringLiteral("convertRadioButton")
                                                            : QStringLiteral("deleteUsersRadioButton"));
    if (!radio || !radio->isEnabled())
        return false;
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    return radio->isChecked();
}

bool acknowledgeAndType(wod::ui::DeleteOrgWizard *wizard, const QString &name)
{
    auto *ack = wizard->findChild<QCheckBox *>(QStringLiteral("ackCheckBox"));
    auto *edit = wizard->findChild<QLineEdit *>(QStringLiteral("orgNameLineEdit"));
    if (!ack || !edit)
        return false;
    if (!ack->isChecked())
        QTest::mouseClick(ack, Qt::LeftButton, {}, QPoint(8, ack->height() / 2));
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, name);
    return ack->isChecked() && edit->text() == name;
}

bool commit(wod::ui::DeleteOrgWizard *wizard)
{
    QAbstractButton *button = wizard->button(QWizard::CommitButton);
    if (!button->isEnabled() || !button->isVisible())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return QTest::qWaitFor([&] { return wizard->currentId() != wod::ui::AcknowledgePageId; }, 5000);
}

bool waitResult(wod::ui::DeleteOrgWizard *wizard, int timeoutMs)
{
    return QTest::qWaitFor([&] { return wizard->currentId() == wod::ui::ResultPageId; }, timeoutMs);
}

wod::ui::MainWindow *startReady(UiTestBed &bed)
{
    auto *window = bed.startMainWindow();
    if (!QTest::qWaitFor([&] { return window->state() == wod::ui::MainWindow::State::Ready; }, 10000))
        return nullptr;
    if (auto *prompt = window->startupPrompt())
        prompt->reject();
    return window;
}

wod::ui::DeleteOrgWizard *openWizard(UiTestBed &bed)
{
    auto *window = startReady(bed);
    if (!window)
        return nullptr;
    window->openWizard();
    return waitPreflightDone(bed.wizard()) ? bed.wizard() : nullptr;
}

wod::ui::DeleteOrgWizard *openFromAccount(UiTestBed &bed)
{
    auto *window = startReady(bed);
    if (!window)
        return nullptr;
    auto *button = window->findChild<QPushButton *>(QStringLiteral("deleteOrganizationButton"));
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return bed.wizard() != nullptr; }, 5000))
        return nullptr;
    return waitPreflightDone(bed.wizard()) ? bed.wizard() : nullptr;
}

bool toAcknowledge(wod::ui::DeleteOrgWizard *wizard, bool convert)
{
    return clickNext(wizard) && chooseUsers(wizard, convert) && clickNext(wizard)
        && wizard->currentId() == int(wod::ui::AcknowledgePageId);
}

bool commitFromPreflight(wod::ui::DeleteOrgWizard *wizard, bool convert, const QString &orgName)
{
    return waitPreflightDone(wizard) && toAcknowledge(wizard, convert)
        && acknowledgeAndType(wizard, orgName) && commit(wizard);
}

wod::ui::DeleteOrgWizard *commitFromAccount(UiTestBed &bed, bool convert)
{
    auto *wizard = openFromAccount(bed);
    if (!wizard || !commitFromPreflight(wizard, convert, bed.scenario().orgDisplayName))
        return nullptr;
    return wizard;
}

} // namespace WizardDriver
