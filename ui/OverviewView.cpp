#include "OverviewView.h"

#include "SubscriptionText.h"
#include "Widgets.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wod::ui {

namespace {

QLabel *card(QWidget *parent, QGridLayout *grid, int row, int col, const QString &title,
             const QString &objectName)
{
    QFrame *frame = Widgets::styledPanel(parent, QString());
    auto *l = new QVBoxLayout(frame);
    l->setContentsMargins(16, 14, 16, 14);
    auto *t = new QLabel(title, frame);
    QFont f = t->font();
    f.setBold(true);
    t->setFont(f);
    QLabel *value = Widgets::wrappingLabel(frame, objectName);
    l->addWidget(t);
    l->addWidget(value);
    l->addStretch(1);
    grid->addWidget(frame, row, col);
    return value;
}

} // namespace

OverviewView::OverviewView(QWidget *parent) : QWidget(parent)
{
    QVBoxLayout *layout = Widgets::sectionLayout(this, QStringLiteral("overviewView"), 16);
    m_titleLabel = Widgets::sectionTitle(QString(), this, layout, QStringLiteral("overviewTitleLabel"));

    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    m_usersLabel = card(this, grid, 0, 0, tr("Users"), QStringLiteral("overviewUsersLabel"));
    m_subscriptionsLabel = card(this, grid, 0, 1, tr("Subscriptions"), QStringLiteral("overviewSubscriptionsLabel"));
    m_eligibilityLabel = card(this, grid, 1, 0, tr("Delete Organization"), QStringLiteral("overviewEligibilityLabel"));
    auto *go = new QPushButton(tr("Go to Management > &Account"), this);
    go->setObjectName(QStringLiteral("openAccountButton"));
    go->setAccessibleName(tr("Open the account view"));
    go->setAccessibleDescription(tr("Shows the organization's details, its subscriptions and Delete Organization."));
    grid->addWidget(go, 1, 1, Qt::AlignLeft | Qt::AlignVCenter);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch(1);
    connect(go, &QPushButton::clicked, this, &OverviewView::openAccountRequested);
}

void OverviewView::setSnapshot(const OrgSnapshot &snapshot, const Verdict &verdict)
{
    m_titleLabel->setText(snapshot.orgDisplayName);
    m_usersLabel->setText(tr("%Ln user(s)", nullptr, static_cast<int>(snapshot.users.size())));
    m_subscriptionsLabel->setText(SubscriptionText::summary(snapshot.subscriptions));
    m_eligibilityLabel->setText(
        verdict.eligible ? tr("Nothing known blocks deleting this organization.")
                         : tr("Conditions to resolve before deleting: %n. See Management > Account > "
                              "Info.",
                              nullptr, static_cast<int>(verdict.blockers.size())));
}

} // namespace wod::ui
