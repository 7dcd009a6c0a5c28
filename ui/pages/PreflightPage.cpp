#include "PreflightPage.h"

#include "CheckRowWidget.h"
#include "SaveAs.h"
#include "SubscriptionText.h"
#include "UiServices.h"
#include "WizardController.h"
#include "Widgets.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace wod::ui {

PreflightPage::PreflightPage(WizardController *controller, UiServices *services, QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_services(services)
{
    setObjectName(QStringLiteral("preflightPage"));
    setTitle(tr("Before you delete your organization"));
    // One line at the default size, so that the header stays short.
    setSubTitle(tr("Each check follows Cisco's rules for deleting an organization. Resolve every "
                   "blocked check to continue."));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    m_statusLabel = Widgets::wrappingLabel(this, QStringLiteral("preflightStatusLabel"), Qt::PlainText);
    layout->addWidget(m_statusLabel);
    m_userListLabel =
        Widgets::wrappingLabel(this, QStringLiteral("userListLoadingLabel"), Qt::PlainText);
    m_userListLabel->hide();
    layout->addWidget(m_userListLabel);

    QScrollArea *scroll =
        Widgets::verticalScrollArea(this, QStringLiteral("checklistScrollArea"), tr("Checklist"));
    m_rowsHost = new QWidget(scroll);
    m_rowsHost->setObjectName(QStringLiteral("checklistWidget"));
    m_rowsLayout = new QVBoxLayout(m_rowsHost);
    m_rowsLayout->setContentsMargins(0, 0, 4, 0);
    m_rowsLayout->setSpacing(6);
    m_rowsLayout->addStretch(1);
    scroll->setWidget(m_rowsHost);
    layout->addWidget(scroll, 1);

    m_recheckButton = Widgets::pageButton(tr("&Re-check"), this, QStringLiteral("recheckButton"),
                                          tr("Re-check the organization"));
    m_exportButton = Widgets::pageButton(tr("E&xport checklist…"), this,
                                         QStringLiteral("exportChecklistButton"),
                                         tr("Export the checklist as JSON or CSV"));
    Widgets::addButtonRow(layout, {m_recheckButton, m_exportButton});

    connect(m_recheckButton, &QPushButton::clicked, m_controller, &WizardController::runPreflight);
    connect(m_exportButton, &QPushButton::clicked, this, &PreflightPage::exportChecklist);
    connect(m_controller, &WizardController::snapshotChanged, this, &PreflightPage::render);
    connect(m_controller, &WizardController::busyChanged, this, &PreflightPage::render);
    connect(m_controller, &WizardController::errorChanged, this, &PreflightPage::render);
    connect(m_controller, &WizardController::userListProgressChanged, this,
            &PreflightPage::updateUserListStatus);
    connect(m_controller, &WizardController::unknownConfirmationsChanged, this, [this] {
        updateVerdictStatus();
        emit completeChanged();
    });
    render();
}

void PreflightPage::initializePage()
{
    if (!m_controller->hasSnapshot() && !m_controller->isBusy())
        m_controller->runPreflight();
    render();
}

bool PreflightPage::isComplete() const
{
    return m_controller->canLeavePreflight();
}

void PreflightPage::render()
{
    const bool busy = m_controller->isBusy();
    m_recheckButton->setEnabled(!busy);
    m_exportButton->setEnabled(!busy && m_controller->hasSnapshot()
                               && !m_controller->isUserListLoading());
    updateUserListStatus();

    // Rebuild the rows: a checklist has about ten entries, so widgets are cheap and wrap well.
    while (m_rowsLayout->count() > 1) {
        QLayoutItem *item = m_rowsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }

    if (busy) {
        m_statusLabel->setText(tr("Checking your organization: who may delete it, its subscriptions, "
                                  "linked sites, Directory Synchronization, partners and managed "
                                  "organizations…"));
        m_statusLabel->setAccessibleName(m_statusLabel->text());
        emit completeChanged();
        return;
    }
    if (!m_controller->errorText().isEmpty()) {
        m_statusLabel->setText(m_controller->errorText() + QLatin1Char('\n')
                               + tr("Choose Re-check to try again."));
    } else if (!m_controller->hasSnapshot()) {
        m_statusLabel->setText(tr("The organization has not been checked yet."));
    } else {
        updateVerdictStatus();
        QList<CheckRowWidget *> rows;
        const QStringList ids = SubscriptionText::ids(m_controller->snapshot().subscriptions);
        const Verdict &v = m_controller->verdict();
        for (const CheckItem &item : v.checklist) {
            rows << new CheckRowWidget(item, m_rowsHost, ids);
            m_rowsLayout->insertWidget(static_cast<int>(rows.size()) - 1, rows.last());
            // A condition the server cannot report is confirmed by the admin, never assumed.
            if (item.state == CheckItem::State::Unknown && v.eligible) {
                QCheckBox *box = rows.last()->addConfirmation(
                    howToCheck(item.id), m_controller->isUnknownConfirmed(item.id));
                const QString id = item.id;
                connect(box, &QCheckBox::toggled, this, [this, id](bool on) {
                    m_controller->setUnknownConfirmed(id, on);
                });
            }
        }
        // One column for the titles and one for the status words across all rows, each as wide
        // as its longest entry but capped, so that what was found lines up and keeps most room.
        const int charWidth = m_rowsHost->fontMetrics().averageCharWidth();
        int titleWidth = 0;
        int statusWidth = 0;
        for (const CheckRowWidget *row : std::as_const(rows)) {
            titleWidth = std::max(titleWidth, row->titleWidthHint());
            statusWidth = std::max(statusWidth, row->statusWidthHint());
        }
        titleWidth = std::min(titleWidth, charWidth * 28);
        statusWidth = std::min(statusWidth, charWidth * 14);
        for (CheckRowWidget *row : std::as_const(rows))
            row->setColumnWidths(titleWidth, statusWidth);
    }
    m_statusLabel->setAccessibleName(m_statusLabel->text());
    emit completeChanged();
}

void PreflightPage::updateVerdictStatus()
{
    if (m_controller->isBusy() || !m_controller->errorText().isEmpty() || !m_controller->hasSnapshot())
        return;
    const Verdict &v = m_controller->verdict();
    const QString org = m_controller->snapshot().orgDisplayName;
    const int unknown = static_cast<int>(v.unknown.size());
    // Next waits for a large organization's whole user list: say nothing of it until then.
    const bool listLoading = m_controller->isUserListLoading();
    if (!v.eligible) {
        m_statusLabel->setText(tr("%n condition(s) must be resolved before %1 can be deleted.",
                                  nullptr, static_cast<int>(v.blockers.size()))
                                   .arg(org));
    } else if (unknown == 0) {
        m_statusLabel->setText(listLoading
                                   ? tr("Nothing blocks the deletion of %1.").arg(org)
                                   : tr("Nothing blocks the deletion of %1. Choose Next to continue.").arg(org));
    } else if (!m_controller->allUnknownConfirmed()) {
        // Cisco's refusal may come only after the users were handled: the admin looks first.
        m_statusLabel->setText(
            tr("This server cannot report %n condition(s). Check each one in Control Hub and tick "
               "it to continue: if one of them blocks, Cisco refuses the deletion, possibly after "
               "your users were already converted or deleted.",
               nullptr, unknown));
    } else if (listLoading) {
        m_statusLabel->setText(tr("You checked in Control Hub the %n condition(s) this server "
                                  "cannot report; nothing else blocks the deletion of %1.",
                                  nullptr, unknown)
                                   .arg(org));
    } else {
        m_statusLabel->setText(tr("You checked in Control Hub the %n condition(s) this server "
                                  "cannot report; nothing else blocks the deletion of %1. Choose "
                                  "Next to continue.",
                                  nullptr, unknown)
                                   .arg(org));
    }
    m_statusLabel->setAccessibleName(m_statusLabel->text());
}

void PreflightPage::updateUserListStatus()
{
    const bool loading = m_controller->isUserListLoading() && !m_controller->isBusy()
        && m_controller->errorText().isEmpty();
    if (loading) {
        const QLocale locale;
        m_userListLabel->setText(
            tr("Reading the user list: %1 of %2 users. You can continue once it is read.")
                .arg(locale.toString(qlonglong(m_controller->usersRead())),
                     locale.toString(qlonglong(m_controller->snapshot().userCount()))));
        m_userListLabel->setAccessibleName(m_userListLabel->text());
    }
    m_userListLabel->setVisible(loading);
}

QString PreflightPage::howToCheck(const QString &checkId)
{
    // Where in Control Hub the admin sees each condition that the server cannot report.
    static const struct
    {
        const char *checkId;
        const char *where;
    } kWhere[] = {
        {"subscriptions",
         QT_TR_NOOP("in Control Hub, Management > Account > Subscriptions lists only expired "
                    "partner-led trials, only online trials, only free subscriptions, or nothing.")},
        {"linked_sites",
         QT_TR_NOOP("in Control Hub, Services > Meeting > Sites shows no Webex site linked to this "
                    "organization.")},
        {"directory_sync",
         QT_TR_NOOP("in Control Hub, Management > Users > Directory Connector (or BroadWorks "
                    "Directory Sync) is off.")},
        {"managed_by",
         QT_TR_NOOP("in Control Hub, Management > Account > Info lists at most one partner that "
                    "manages this organization.")},
        {"managed_orgs",
         QT_TR_NOOP("in Control Hub's partner view, Customers lists no organization that this one "
                    "manages.")},
    };
    for (const auto &entry : kWhere) {
        if (checkId == QLatin1String(entry.checkId))
            return tr(entry.where);
    }
    return tr("in Control Hub, confirm that this condition does not apply to the organization.");
}

void PreflightPage::exportChecklist()
{
    SaveAs::ask(m_services, this, tr("Export checklist"), QStringLiteral("checklist.json"),
                tr("JSON (*.json);;CSV (*.csv)"), tr("Export failed"),
                [this](const QString &path, QString *error) {
                    return m_controller->exportChecklist(path, WizardController::formatForPath(path),
                                                         error);
                });
}

} // namespace wod::ui
