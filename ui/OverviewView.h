#pragma once
// Overview: the organization at a glance (name, users, subscriptions, whether it can be deleted)
// with a shortcut to Management > Account. Read-only rendering of a snapshot and its verdict.

#include "OrgSnapshot.h"
#include "Verdict.h"

#include <QWidget>

class QLabel;

namespace wod::ui {

class OverviewView : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewView(QWidget *parent = nullptr);
    void setSnapshot(const OrgSnapshot &snapshot, const Verdict &verdict);

signals:
    void openAccountRequested();

private:
    QLabel *m_titleLabel;
    QLabel *m_usersLabel;
    QLabel *m_subscriptionsLabel;
    QLabel *m_eligibilityLabel;
};

} // namespace wod::ui
