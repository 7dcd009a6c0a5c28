#include "ProgressPage.h"

#include "Clock.h"
#include "WizardController.h"
#include "Widgets.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace wod::ui {

namespace {

QProgressBar *makeBar(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setAccessibleName(accessibleName);
    bar->setRange(0, 1);
    bar->setValue(0);
    bar->setTextVisible(true);
    bar->setMinimumHeight(22);
    return bar;
}

} // namespace

ProgressPage::ProgressPage(WizardController *controller, const Clock *clock, QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_clock(clock)
{
    setObjectName(QStringLiteral("progressPage"));
    setTitle(tr("Deleting your organization"));
    setSubTitle(tr("Keep this window open until the deletion is finished. You can stop until the "
                   "organization itself is deleted."));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    m_phaseLabel = Widgets::wrappingLabel(this, QStringLiteral("phaseLabel"));
    QFont bold = m_phaseLabel->font();
    bold.setBold(true);
    m_phaseLabel->setFont(bold);
    layout->addWidget(m_phaseLabel);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    const auto addPhase = [&](int row, const QString &title, QProgressBar *bar, QLabel *detail) {
        auto *name = new QLabel(title, this);
        name->setObjectName(QStringLiteral("phaseTitleLabel%1").arg(row));
        name->setBuddy(bar);
        grid->addWidget(name, row * 2, 0);
        grid->addWidget(bar, row * 2, 1);
        grid->addWidget(detail, row * 2 + 1, 1);
    };
    m_usersBar = makeBar(this, QStringLiteral("usersProgressBar"), tr("Users"));
    m_usersLabel = Widgets::wrappingLabel(this, QStringLiteral("usersProgressLabel"));
    m_orgBar = makeBar(this, QStringLiteral("organizationProgressBar"), tr("Organization"));
    m_orgLabel = Widgets::wrappingLabel(this, QStringLiteral("organizationProgressLabel"));
    m_confirmBar = makeBar(this, QStringLiteral("confirmationProgressBar"), tr("Confirmation"));
    m_confirmLabel = Widgets::wrappingLabel(this, QStringLiteral("confirmationProgressLabel"));
    addPhase(0, tr("Users"), m_usersBar, m_usersLabel);
    addPhase(1, tr("Organization"), m_orgBar, m_orgLabel);
    addPhase(2, tr("Confirmation"), m_confirmBar, m_confirmLabel);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_currentLabel = Widgets::wrappingLabel(this, QStringLiteral("currentItemLabel"), Qt::PlainText);
    layout->addWidget(m_currentLabel);
    layout->addStretch(1);

    m_cancelNoteLabel = Widgets::wrappingLabel(this, QStringLiteral("cancelNoteLabel"));
    layout->addWidget(m_cancelNoteLabel);
    m_cancelButton = Widgets::pageButton(tr("&Stop before the organization is deleted"), this,
                                         QStringLiteral("cancelRunButton"), tr("Stop the deletion"));
    m_cancelButton->setAccessibleDescription(tr("Stopping keeps what was done so far and lets you resume later."));
    Widgets::addButtonRow(layout, {m_cancelButton});

    m_elapsedTicker.setObjectName(QStringLiteral("elapsedTicker"));
    m_elapsedTicker.setInterval(1000);
    connect(&m_elapsedTicker, &QTimer::timeout, this, &ProgressPage::renderConfirmation);
    connect(m_cancelButton, &QPushButton::clicked, m_controller, &WizardController::cancelRun);
    connect(m_controller, &WizardController::progressChanged, this, &ProgressPage::render);
    connect(m_controller, &WizardController::runStarted, this, &ProgressPage::initializePage);
}

void ProgressPage::initializePage()
{
    m_usersDone = 0;
    m_usersTotal = m_controller->lastProgress().total;
    m_usersFailed = 0;
    render(m_controller->lastProgress());
}

bool ProgressPage::isComplete() const
{
    return m_controller->hasOutcome() && !m_controller->isRunning();
}

QString ProgressPage::formatDuration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 60)
        return tr("%n second(s)", nullptr, static_cast<int>(s));
    return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
}

void ProgressPage::render(const wod::net::RunProgress &p)
{
    using wod::net::RunPhase;
    const bool deleteUsers = m_controller->disposition() == UserDisposition::Delete;
    if (p.phase == RunPhase::Users || p.phase == RunPhase::Verifying) {
        if (p.phase == RunPhase::Users) {
            m_usersDone = p.done;
            m_usersTotal = p.total;
            m_usersFailed = p.failed;
        }
    } else {
        m_usersDone = qMax(m_usersDone, m_usersTotal - m_usersFailed);
    }

    switch (p.phase) {
    case RunPhase::Verifying:
        m_phaseLabel->setText(tr("Checking that the organization has not changed since you confirmed…"));
        break;
    case RunPhase::Users:
        m_phaseLabel->setText(deleteUsers ? tr("Deleting users…")
                                          : tr("Converting users to individual accounts…"));
        break;
    case RunPhase::Organization: m_phaseLabel->setText(tr("Deleting the organization…")); break;
    case RunPhase::Confirming:
        m_phaseLabel->setText(tr("Waiting for Cisco to confirm the organization is gone (up to 10 minutes)…"));
        break;
    case RunPhase::Done: m_phaseLabel->setText(tr("Finished.")); break;
    }

    const int usersTotal = qMax(m_usersTotal, 0);
    m_usersBar->setRange(0, qMax(usersTotal, 1));
    m_usersBar->setValue(usersTotal == 0 ? (p.phase == RunPhase::Verifying ? 0 : 1) : m_usersDone);
    QString usersText = usersTotal == 0
        ? tr("No users to handle.")
        : (deleteUsers ? tr("%1 of %2 users deleted").arg(m_usersDone).arg(usersTotal)
                       : tr("%1 of %2 users converted").arg(m_usersDone).arg(usersTotal));
    if (m_usersFailed > 0)
        usersText += QStringLiteral(", ") + tr("%n failed", nullptr, m_usersFailed);
    if (p.phase == RunPhase::Users && p.etaMs >= 0)
        usersText += QStringLiteral(" · ") + tr("about %1 left").arg(formatDuration(p.etaMs));
    if (!p.notice.isEmpty()) // e.g. SCIM Bulk refused: the users go one by one (the runner's text)
        usersText += QLatin1Char('\n') + p.notice;
    m_usersLabel->setText(usersText);

    const bool orgSent = p.phase == RunPhase::Confirming || p.phase == RunPhase::Done;
    m_orgBar->setValue(orgSent ? 1 : 0);
    m_orgLabel->setText(p.phase == RunPhase::Organization ? tr("Sending the deletion request…")
                        : orgSent                         ? tr("Deletion request accepted.")
                                                          : tr("Waiting for the users to be handled."));

    m_last = p;
    if (p.phase != RunPhase::Confirming) {
        m_confirmStartElapsedMs = -1;
    } else if (m_confirmStartElapsedMs < 0) {
        m_confirmStartElapsedMs = p.elapsedMs;
        m_confirmStartAt = now();
    }
    renderConfirmation();
    // The runner reports the confirmation only after each poll (every few seconds): tick between.
    if (p.phase == RunPhase::Confirming && m_controller->isRunning()) {
        if (!m_elapsedTicker.isActive())
            m_elapsedTicker.start();
    } else {
        m_elapsedTicker.stop();
    }

    m_currentLabel->setText(p.currentItem.isEmpty() ? QString() : tr("Now: %1").arg(p.currentItem));

    const bool canCancel = m_controller->canCancel();
    m_cancelButton->setEnabled(canCancel);
    if (m_controller->cancelRequested())
        m_cancelNoteLabel->setText(tr("Stopping… Users already handled stay handled; the journal "
                                      "keeps the run so that you can resume it."));
    else if (!canCancel && m_controller->isRunning())
        m_cancelNoteLabel->setText(tr("The organization's deletion has been sent: it can no longer be stopped."));
    else
        m_cancelNoteLabel->setText(tr("Stopping keeps what was done so far and lets you resume later."));
    emit completeChanged();
}

QDateTime ProgressPage::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

void ProgressPage::renderConfirmation()
{
    using wod::net::RunPhase;
    const bool confirmed = m_last.phase == RunPhase::Done;
    m_confirmBar->setValue(confirmed ? 1 : 0);
    if (m_last.phase == RunPhase::Confirming) {
        // A clock set back never makes the time run back.
        const qint64 since = qMax<qint64>(0, m_confirmStartAt.msecsTo(now()));
        const qint64 elapsed = qMax(m_last.elapsedMs, m_confirmStartElapsedMs + since);
        m_confirmLabel->setText(tr("Checking every few seconds; elapsed %1.")
                                    .arg(formatDuration(elapsed)));
    } else {
        m_confirmLabel->setText(confirmed ? tr("Done.") : tr("Not started."));
    }
}

} // namespace wod::ui
