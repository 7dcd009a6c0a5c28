#pragma once
// Management > Account, with its tabs like Control Hub. The Info tab shows the organization (name,
// id, created), its subscriptions, the number of users, and the section "Delete Organization from
// Cisco's identity system" with the Delete Organization button. A blocked organization lists its
// blockers there, each with its icon, and the button becomes "Review what blocks deletion" (not
// red: it opens the checklist, it deletes nothing). Read-only rendering; the button only emits
// deleteOrganizationRequested().

#include "OrgSnapshot.h"
#include "Verdict.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace wod::ui {

class AccountView : public QWidget
{
    Q_OBJECT
public:
    explicit AccountView(QWidget *parent = nullptr);
    void setSnapshot(const OrgSnapshot &snapshot, const Verdict &verdict);
    // After a deletion: the button is disabled and the section says so.
    void setDeleted(const QString &message);
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void deleteOrganizationRequested();

private:
    QTabWidget *m_tabs;
    QLabel *m_nameLabel;
    QLabel *m_idLabel;
    QLabel *m_createdLabel;
    QLabel *m_subscriptionsLabel;
    QLabel *m_usersLabel;
    QLabel *m_deleteStatusIcon;
    QLabel *m_deleteStatusLabel;
    QWidget *m_blockersHost;
    QPushButton *m_deleteButton;
    QTableWidget *m_subscriptionTable;
    QLabel *m_subscriptionNoteLabel;
};

} // namespace wod::ui
