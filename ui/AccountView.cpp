#include "AccountView.h"

#include "Look.h"
#include "StatusIcons.h"
#include "SubscriptionText.h"
#include "Widgets.h"
#include "WebexId.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wod::ui {

namespace {

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = Widgets::wrappingLabel(parent, objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString statusText(SubscriptionStatus status)
{
    switch (status) {
    case SubscriptionStatus::Active: return AccountView::tr("Active");
    case SubscriptionStatus::Expired: return AccountView::tr("Expired");
    case SubscriptionStatus::Suspended: return AccountView::tr("Suspended");
    }
    return {};
}

// The table's Kind column: the kind alone (the id and the date have their own columns).
QString kindText(SubscriptionKind kind)
{
    switch (kind) {
    case SubscriptionKind::PartnerTrial: return AccountView::tr("Partner-led trial");
    case SubscriptionKind::OnlineTrial: return AccountView::tr("Online trial");
    case SubscriptionKind::Free: return AccountView::tr("Free subscription");
    case SubscriptionKind::Paid: return AccountView::tr("Paid subscription");
    }
    return {};
}

} // namespace

AccountView::AccountView(QWidget *parent) : QWidget(parent)
{
    QVBoxLayout *layout = Widgets::sectionLayout(this, QStringLiteral("accountView"), 12);
    Widgets::sectionTitle(tr("Account"), this, layout, QStringLiteral("accountTitleLabel"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("accountTabWidget"));
    m_tabs->setAccessibleName(tr("Account"));
    m_tabs->tabBar()->setAccessibleName(tr("Account sections"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    // ---- Info ----
    QScrollArea *infoScroll = Widgets::verticalScrollArea(
        m_tabs, QStringLiteral("infoScrollArea"), tr("Organization information"));
    auto *info = new QWidget(infoScroll);
    info->setObjectName(QStringLiteral("infoTab"));
    auto *infoLayout = new QVBoxLayout(info);
    infoLayout->setContentsMargins(4, 16, 4, 8);
    infoLayout->setSpacing(16);

    auto *orgBox = new QGroupBox(tr("Organization"), info);
    orgBox->setObjectName(QStringLiteral("organizationGroupBox"));
    auto *form = new QFormLayout(orgBox);
    form->setContentsMargins(16, 14, 16, 14);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_nameLabel = valueLabel(orgBox, QStringLiteral("orgNameLabel"));
    m_idLabel = valueLabel(orgBox, QStringLiteral("orgIdLabel"));
    // Shown as Control Hub shows it: the uuid (36 characters). The API's base64 id has no break
    // opportunity and was clipped; it stays in the tooltip and the accessible description.
    m_idLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_createdLabel = valueLabel(orgBox, QStringLiteral("orgCreatedLabel"));
    m_subscriptionsLabel = valueLabel(orgBox, QStringLiteral("orgSubscriptionsLabel"));
    m_usersLabel = valueLabel(orgBox, QStringLiteral("orgUsersLabel"));
    form->addRow(tr("Name:"), m_nameLabel);
    form->addRow(tr("Organization ID:"), m_idLabel);
    form->addRow(tr("Created:"), m_createdLabel);
    form->addRow(tr("Subscriptions:"), m_subscriptionsLabel);
    form->addRow(tr("Users:"), m_usersLabel);
    infoLayout->addWidget(orgBox);

    auto *deleteBox = new QGroupBox(tr("Delete Organization from Cisco's identity system"), info);
    deleteBox->setObjectName(QStringLiteral("deleteOrganizationGroupBox"));
    auto *deleteLayout = new QVBoxLayout(deleteBox);
    deleteLayout->setContentsMargins(16, 14, 16, 14);
    deleteLayout->setSpacing(10);
    auto *explain = new QLabel(
        tr("Deleting your organization permanently deletes all of the information associated with "
           "it, such as Webex messages and files and all Webex Meetings data, including meeting "
           "URLs and recordings. You decide whether your users are converted to individual "
           "accounts with free Webex licenses or deleted. This is irreversible."),
        deleteBox);
    explain->setObjectName(QStringLiteral("deleteExplanationLabel"));
    explain->setWordWrap(true);
    deleteLayout->addWidget(explain);
    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(8);
    m_deleteStatusIcon = new QLabel(deleteBox);
    m_deleteStatusIcon->setObjectName(QStringLiteral("deleteStatusIconLabel"));
    m_deleteStatusIcon->setFixedSize(20, 20);
    m_deleteStatusIcon->setVisible(false);
    m_deleteStatusLabel = Widgets::wrappingLabel(deleteBox, QStringLiteral("deleteStatusLabel"));
    statusRow->addWidget(m_deleteStatusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_deleteStatusLabel, 1);
    deleteLayout->addLayout(statusRow);
    // One line per blocker, each with its icon, under the status (empty when nothing blocks).
    m_blockersHost = new QWidget(deleteBox);
    m_blockersHost->setObjectName(QStringLiteral("accountBlockersWidget"));
    m_blockersHost->setAccessibleName(tr("What blocks deletion"));
    auto *blockersLayout = new QVBoxLayout(m_blockersHost);
    blockersLayout->setContentsMargins(28, 0, 0, 0);
    blockersLayout->setSpacing(6);
    m_blockersHost->setVisible(false);
    deleteLayout->addWidget(m_blockersHost);
    m_deleteButton = Widgets::button(tr("&Delete Organization"), deleteBox,
                                     QStringLiteral("deleteOrganizationButton"),
                                     tr("Delete Organization"));
    m_deleteButton->setEnabled(false);
    Look::markDestructive(m_deleteButton);
    Widgets::addButtonRow(deleteLayout, {m_deleteButton});
    infoLayout->addWidget(deleteBox);
    infoLayout->addStretch(1);
    infoScroll->setWidget(info);
    m_tabs->addTab(infoScroll, tr("Info"));

    // ---- Subscriptions ----
    auto *subs = new QWidget(m_tabs);
    subs->setObjectName(QStringLiteral("subscriptionsTab"));
    auto *subsLayout = new QVBoxLayout(subs);
    subsLayout->setContentsMargins(4, 16, 4, 8);
    m_subscriptionNoteLabel = Widgets::wrappingLabel(subs, QStringLiteral("subscriptionNoteLabel"));
    subsLayout->addWidget(m_subscriptionNoteLabel);
    m_subscriptionTable = new QTableWidget(0, 3, subs);
    m_subscriptionTable->setObjectName(QStringLiteral("subscriptionTableWidget"));
    m_subscriptionTable->setAccessibleName(tr("Subscriptions"));
    m_subscriptionTable->setHorizontalHeaderLabels({tr("Subscription"), tr("Kind"), tr("Status")});
    m_subscriptionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_subscriptionTable->verticalHeader()->setVisible(false);
    m_subscriptionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    subsLayout->addWidget(m_subscriptionTable, 1);
    m_tabs->addTab(subs, tr("Subscriptions"));

    connect(m_deleteButton, &QPushButton::clicked, this, &AccountView::deleteOrganizationRequested);
}

void AccountView::setSnapshot(const OrgSnapshot &snapshot, const Verdict &verdict)
{
    m_nameLabel->setText(snapshot.orgDisplayName);
    m_idLabel->setText(WebexId::toUuid(snapshot.orgId));
    const QString apiId = snapshot.orgId != m_idLabel->text()
        ? tr("Webex API id: %1").arg(snapshot.orgId)
        : QString();
    m_idLabel->setToolTip(apiId);
    m_idLabel->setAccessibleDescription(apiId);
    m_createdLabel->setText(snapshot.created.isValid()
                                ? QLocale().toString(snapshot.created.toUTC(), QLocale::LongFormat)
                                : tr("Unknown"));
    m_subscriptionsLabel->setText(SubscriptionText::summary(snapshot.subscriptions));
    m_usersLabel->setText(tr("%Ln user(s)", nullptr, static_cast<int>(snapshot.users.size())));

    const auto state = !verdict.eligible ? CheckItem::State::Failed
        : verdict.unknown.isEmpty()          ? CheckItem::State::Passed
                                             : CheckItem::State::Unknown;
    const QString status = !verdict.eligible
        ? tr("%n condition(s) must be resolved before this organization can be deleted:", nullptr,
             static_cast<int>(verdict.blockers.size()))
        : verdict.unknown.isEmpty()
        ? tr("Nothing blocks deleting this organization.")
        : tr("This server cannot report %n condition(s); Delete Organization asks you to check "
             "them in Control Hub.",
             nullptr, static_cast<int>(verdict.unknown.size()));
    m_deleteStatusIcon->setPixmap(StatusIcons::icon(state).pixmap(QSize(20, 20), devicePixelRatioF()));
    m_deleteStatusIcon->setAccessibleName(StatusIcons::label(state));
    m_deleteStatusIcon->setVisible(true);
    // "%1: %2" is translated: French puts a space before the colon.
    m_deleteStatusLabel->setText(tr("%1: %2").arg(StatusIcons::label(state).section(QStringLiteral(": "), 0, 0), status));

    QLayout *blockersLayout = m_blockersHost->layout();
    while (QLayoutItem *item = blockersLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Blocker &b : verdict.blockers) {
        auto *row = new QWidget(m_blockersHost);
        row->setObjectName(QStringLiteral("accountBlockerRow_") + toWireName(b.code));
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(8);
        auto *icon = new QLabel(row);
        icon->setObjectName(QStringLiteral("accountBlockerIconLabel"));
        icon->setPixmap(StatusIcons::icon(CheckItem::State::Failed).pixmap(QSize(16, 16), devicePixelRatioF()));
        icon->setFixedSize(16, 16);
        icon->setAccessibleName(StatusIcons::label(CheckItem::State::Failed));
        auto *text = new QLabel(b.message, row);
        text->setObjectName(QStringLiteral("accountBlockerLabel"));
        text->setWordWrap(true);
        rowLayout->addWidget(icon, 0, Qt::AlignTop);
        rowLayout->addWidget(text, 1);
        row->setAccessibleName(StatusIcons::label(CheckItem::State::Failed) + QLatin1Char(' ') + b.message);
        blockersLayout->addWidget(row);
    }
    m_blockersHost->setVisible(!verdict.blockers.isEmpty());

    // A blocked organization is reviewed, not deleted: the same button opens the checklist.
    if (verdict.eligible) {
        m_deleteButton->setText(tr("&Delete Organization"));
        m_deleteButton->setAccessibleName(tr("Delete Organization"));
        Look::markDestructive(m_deleteButton);
    } else {
        m_deleteButton->setText(tr("&Review what blocks deletion"));
        m_deleteButton->setAccessibleName(tr("Review what blocks deletion"));
        m_deleteButton->setPalette(QPalette());
        m_deleteButton->setProperty("wodRole", QVariant());
    }
    m_deleteButton->setEnabled(true);

    m_subscriptionTable->setRowCount(0);
    if (!snapshot.subscriptions) {
        m_subscriptionNoteLabel->setText(tr("%1. %2").arg(SubscriptionText::unknownText(),
                                                          tr("This server does not disclose subscriptions.")));
    } else {
        // The table says each one; above it, how many (or that there are none).
        const int count = static_cast<int>(snapshot.subscriptions->size());
        m_subscriptionNoteLabel->setText(count == 0 ? SubscriptionText::summary(snapshot.subscriptions)
                                                    : tr("%Ln subscription(s)", nullptr, count));
        m_subscriptionTable->setRowCount(count);
        int row = 0;
        for (const Subscription &s : *snapshot.subscriptions) {
            m_subscriptionTable->setItem(row, 0, new QTableWidgetItem(s.id));
            m_subscriptionTable->setItem(row, 1, new QTableWidgetItem(kindText(s.kind)));
            // A trial with a known date says it: "Expired on 3 Nov 2026", "Active, expires on ...".
            QString status = statusText(s.status);
            const QString expiry = expiryText(s);
            if (!expiry.isEmpty()) {
                status = s.status == SubscriptionStatus::Expired
                    ? expiry.left(1).toUpper() + expiry.mid(1)
                    : tr("%1, %2").arg(status, expiry);
            }
            m_subscriptionTable->setItem(row, 2, new QTableWidgetItem(status));
            ++row;
        }
    }
}

void AccountView::setDeleted(const QString &message)
{
    m_deleteStatusIcon->setVisible(false);
    m_blockersHost->setVisible(false);
    m_deleteStatusLabel->setText(message);
    m_deleteButton->setEnabled(false);
}

} // namespace wod::ui
