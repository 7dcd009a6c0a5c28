#pragma once
// Management > Users: every user of the organization in a searchable model/view table.

#include "OrgSnapshot.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace wod::ui {

class UserListModel;

class UsersView : public QWidget
{
    Q_OBJECT
public:
    explicit UsersView(QWidget *parent = nullptr);
    void setSnapshot(const OrgSnapshot &snapshot);

private:
    void updateCount();
    UserListModel *m_model;
    QLineEdit *m_filterEdit;
    QLabel *m_countLabel;
};

} // namespace wod::ui
