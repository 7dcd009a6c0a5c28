#include "UsersView.h"

#include "UserListModel.h"
#include "Widgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace wod::ui {

UsersView::UsersView(QWidget *parent) : QWidget(parent)
{
    QVBoxLayout *layout = Widgets::sectionLayout(this, QStringLiteral("usersView"), 12);
    Widgets::sectionTitle(tr("Users"), this, layout, QString());

    auto *row = new QHBoxLayout;
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("allUsersFilterLineEdit"));
    m_filterEdit->setAccessibleName(tr("Search users by name or email"));
    m_filterEdit->setPlaceholderText(tr("Search by name or email"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("allUsersCountLabel"));
    row->addWidget(m_filterEdit, 1);
    row->addWidget(m_countLabel);
    layout->addLayout(row);

    m_model = new UserListModel(this);
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("allUsersTableView"));
    table->setAccessibleName(tr("Users of the organization"));
    table->setModel(m_model);
    Widgets::setUpUserTable(table);
    layout->addWidget(table, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_model->setFilterText(t);
        updateCount();
    });
}

void UsersView::setSnapshot(const OrgSnapshot &snapshot)
{
    // Not in the constructor: its icon is the process's first image file read, which loads the
    // image plugins before the main window's first paint (start-up, issue #8). It only shows once
    // there is text to clear, so it looks the same.
    m_filterEdit->setClearButtonEnabled(true);
    m_model->setUsers(snapshot.users);
    m_filterEdit->clear();
    updateCount();
}

void UsersView::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_countLabel->setText(shown == total ? tr("%Ln user(s)", nullptr, total)
                                         : tr("%1 of %2 shown").arg(QLocale().toString(shown), QLocale().toString(total)));
}

} // namespace wod::ui
