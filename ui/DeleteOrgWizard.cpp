#include "DeleteOrgWizard.h"

#include "Look.h"
#include "Translations.h"
#include "UiServices.h"
#include "WizardController.h"
#include "pages/AcknowledgePage.h"
#include "pages/PreflightPage.h"
#include "pages/ProgressPage.h"
#include "pages/ResultPage.h"
#include "pages/UsersPage.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>

namespace wod::ui {

namespace {

// QWizard's ModernStyle header (Qt 6.4, qwizard.cpp) puts the title in grid row 2 spanning columns
// 1-2 and the subtitle in row 4, column 2 only: the subtitle starts one column (the page margins,
// 23 px) right of the title, a leftover of the Windows 97 wizard look. Spanning the subtitle over
// the same columns aligns the two; QWizard only resizes columns afterwards, it never re-adds the
// labels. Found by that layout shape outside the pages; nothing happens if Qt lays the header out
// differently.
void alignHeaderSubtitleWithTitle(QWizard *wizard)
{
    for (QGridLayout *grid : wizard->findChildren<QGridLayout *>()) {
        bool inPage = false;
        for (QWidget *w = grid->parentWidget(); w && w != wizard; w = w->parentWidget())
            inPage = inPage || qobject_cast<QWizardPage *>(w) != nullptr;
        if (!grid->parentWidget() || inPage)
            continue;
        QLayoutItem *titleItem = grid->itemAtPosition(2, 1);
        QLayoutItem *subTitleItem = grid->itemAtPosition(4, 2);
        auto *title = titleItem ? qobject_cast<QLabel *>(titleItem->widget()) : nullptr;
        auto *subTitle = subTitleItem ? qobject_cast<QLabel *>(subTitleItem->widget()) : nullptr;
        if (!title || !subTitle || grid->itemAtPosition(4, 1) == subTitleItem)
            continue;
        grid->removeWidget(subTitle);
        grid->addWidget(subTitle, 4, 1, 1, 2);
        return;
    }
}

} // namespace

DeleteOrgWizard::DeleteOrgWizard(WizardController *controller, UiServices *services,
                                 QWidget *parent, PageId startPage)
    : QWizard(parent), m_controller(controller), m_services(services)
{
    ensureTranslationsInstalled(); // English plural forms when no language was chosen
    setObjectName(QStringLiteral("deleteOrgWizard"));
    setWindowTitle(tr("Delete Organization"));
    setAccessibleName(tr("Delete Organization"));
    // One look on every platform (and in screenshots): never the native Aero/Mac styles.
    setWizardStyle(QWizard::ModernStyle);
    Look::styleWizard(this);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(860, 640);
    resize(860, 640);

    setPage(PreflightPageId, new PreflightPage(controller, services, this));
    setPage(UsersPageId, new UsersPage(controller, services, this));
    setPage(AcknowledgePageId, new AcknowledgePage(controller, services, this));
    setPage(ProgressPageId, new ProgressPage(controller, services->clock(), this));
    setPage(ResultPageId, new ResultPage(controller, services, this));
    setStartId(startPage);

    // Every wizard button is interactive: give each a stable objectName.
    const struct { WizardButton which; const char *name; } names[] = {
        {BackButton, "backButton"},     {NextButton, "nextButton"},   {CommitButton, "commitButton"},
        {FinishButton, "finishButton"}, {CancelButton, "cancelButton"},
    };
    for (const auto &n : names) {
        if (QAbstractButton *b = button(n.which)) {
            // No fixed accessible name: Qt names a button by its current text, which QWizard and
            // the pages change (the commit button says "Delete Organization").
            b->setObjectName(QString::fromLatin1(n.name));
        }
    }
    Look::markDestructive(button(CommitButton));
    button(CancelButton)->setText(tr("Close"));
    // Qt's default texts (ModernStyle), as our own strings: translated with the app even where
    // Qt's qtbase translations are not installed. Pages may still override them.
    setButtonText(BackButton, tr("< &Back"));
    setButtonText(NextButton, tr("&Next >"));
    setButtonText(FinishButton, tr("&Finish"));

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        alignHeaderSubtitleWithTitle(this); // QWizard builds its header on showing the first page
        switch (id) {
        case PreflightPageId: m_controller->setStep(WizardController::Step::Preflight); break;
        case UsersPageId: m_controller->setStep(WizardController::Step::Users); break;
        case AcknowledgePageId: m_controller->setStep(WizardController::Step::Acknowledge); break;
        case ProgressPageId: m_controller->setStep(WizardController::Step::Progress); break;
        case ResultPageId: m_controller->setStep(WizardController::Step::Result); break;
        default: break;
        }
        updateButtons();
    });
    connect(m_controller, &WizardController::stepChanged, this, &DeleteOrgWizard::followController);
    connect(m_controller, &WizardController::runStarted, this, &DeleteOrgWizard::updateButtons);
    connect(m_controller, &WizardController::progressChanged, this, &DeleteOrgWizard::updateButtons);
    connect(m_controller, &WizardController::runFinished, this, [this] {
        updateButtons();
        if (m_closeAfterRun) {
            m_closeAfterRun = false;
            QWizard::reject();
        }
    });
}

int DeleteOrgWizard::nextId() const
{
    switch (currentId()) {
    case PreflightPageId:
        return m_controller->needsUsersStep() ? UsersPageId : AcknowledgePageId;
    case UsersPageId: return AcknowledgePageId;
    case AcknowledgePageId: return ProgressPageId;
    case ProgressPageId: return ResultPageId;
    default: return -1;
    }
}

void DeleteOrgWizard::followController()
{
    // The controller moves the flow on its own in two places: a run finished (Progress -> Result)
    // and a resume from the result page (Result -> Progress).
    const auto step = m_controller->step();
    if (step == WizardController::Step::Result && currentId() == ProgressPageId) {
        next();
    } else if (step == WizardController::Step::Progress && currentId() == ResultPageId) {
        back();
        if (currentPage())
            currentPage()->initializePage();
    }
    updateButtons();
}

void DeleteOrgWizard::updateButtons()
{
    // A screen reader entering a page announces the page's name: the title, which ModernStyle
    // shows in a header that comes last in the reading order. Pages change their title with
    // the outcome, so the name follows on every update.
    if (QWizardPage *page = currentPage()) {
        if (page->accessibleName() != page->title())
            page->setAccessibleName(page->title());
        if (page->accessibleDescription() != page->subTitle())
            page->setAccessibleDescription(page->subTitle());
    }
    // While a run is active the wizard's own Close asks first; on the progress page Next is
    // never offered (the controller advances when the run ends). A commit page offers the commit
    // button, Back and Close only: QWizard hides Next there itself, so Next is only ever hidden
    // here, never shown (showing it put a disabled "Next >" beside "Delete Organization").
    const bool running = m_controller->isRunning();
    if (QAbstractButton *b = button(NextButton)) {
        const QWizardPage *page = currentPage();
        if (currentId() == ProgressPageId || currentId() == ResultPageId
            || (page && page->isCommitPage()))
            b->setVisible(false);
    }
    // Nothing leads back from the progress page (the page before it committed): no disabled Back.
    if (QAbstractButton *b = button(BackButton); b && currentId() == ProgressPageId)
        b->setVisible(false);
    if (QAbstractButton *b = button(CancelButton))
        b->setText(running ? tr("Close…") : tr("Close"));
}

void DeleteOrgWizard::askToStopAndClose()
{
    if (m_asking)
        return;
    m_asking = true;
    const bool canStop = m_controller->canCancel();
    const QString text = canStop
        ? tr("The deletion is still running. Stop it now? Users already handled stay handled; the "
             "journal keeps the run so that you can resume it at the next start.")
        : tr("The organization's deletion has been sent and is being confirmed. Close anyway? The "
             "journal keeps the run so that the next start can finish the confirmation.");
    m_services->messageBox()->ask(
        this, QMessageBox::Warning, tr("Close Delete Organization?"), text,
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
        [this, canStop](QMessageBox::StandardButton answer) {
            m_asking = false;
            if (answer != QMessageBox::Yes)
                return;
            if (canStop && m_controller->cancelRun()) {
                m_closeAfterRun = true; // close when the runner confirms it stopped
                return;
            }
            QWizard::reject();
        },
        {{QMessageBox::Yes, canStop ? tr("&Stop and Close") : tr("&Close Anyway")},
         {QMessageBox::No, tr("&Keep Running")}});
}

void DeleteOrgWizard::reject()
{
    if (m_controller->isRunning()) {
        askToStopAndClose();
        return;
    }
    QWizard::reject();
}

void DeleteOrgWizard::closeEvent(QCloseEvent *event)
{
    if (m_controller->isRunning()) {
        event->ignore();
        askToStopAndClose();
        return;
    }
    QWizard::closeEvent(event);
}

} // namespace wod::ui
