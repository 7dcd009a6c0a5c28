#pragma once
// "Remind Me Later" for the sign-in prompt: a snooze per organization and admin, persisted in
// QSettings (keys hold a hash, never the admin's email), time through an injected Clock.
// Not thread-safe; use from the GUI thread.

#include "Clock.h"
#include "Verdict.h"

#include <QSettings>

namespace wod {

class ReminderPolicy
{
public:
    static constexpr int kDefaultSnoozeDays = 7;

    // Neither pointer is owned; both must outlive the policy.
    ReminderPolicy(QSettings *settings, const Clock *clock);

    // The prompt appears when the verdict says it applies and no snooze is running.
    bool shouldPrompt(const Verdict &verdict, const QString &orgId, const QString &adminId) const;
    bool isSnoozed(const QString &orgId, const QString &adminId) const;
    void snooze(const QString &orgId, const QString &adminId, int days = kDefaultSnoozeDays);
    void clear(const QString &orgId, const QString &adminId);
    // Invalid when not snoozed.
    QDateTime nextReminder(const QString &orgId, const QString &adminId) const;

private:
    QString key(const QString &orgId, const QString &adminId) const;
    QSettings *m_settings;
    const Clock *m_clock;
};

} // namespace wod
