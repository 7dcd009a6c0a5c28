#include "ReminderPolicy.h"

#include <QCryptographicHash>

namespace wod {

ReminderPolicy::ReminderPolicy(QSettings *settings, const Clock *clock)
    : m_settings(settings), m_clock(clock)
{
}

QString ReminderPolicy::key(const QString &orgId, const QString &adminId) const
{
    const QByteArray digest = QCryptographicHash::hash(
        (orgId + QLatin1Char('\n') + adminId.toLower()).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("reminders/") + QString::fromLatin1(digest.toHex().left(32))
        + QStringLiteral("/snoozedUntil");
}

bool ReminderPolicy::shouldPrompt(const Verdict &verdict, const QString &orgId,
                                  const QString &adminId) const
{
    return verdict.popup && !isSnoozed(orgId, adminId);
}

bool ReminderPolicy::isSnoozed(const QString &orgId, const QString &adminId) const
{
    return nextReminder(orgId, adminId).isValid();
}

void ReminderPolicy::snooze(const QString &orgId, const QString &adminId, int days)
{
    m_settings->setValue(key(orgId, adminId),
                         m_clock->now().addDays(days).toUTC().toString(Qt::ISODate));
    m_settings->sync();
}

void ReminderPolicy::clear(const QString &orgId, const QString &adminId)
{
    m_settings->remove(key(orgId, adminId));
    m_settings->sync();
}

QDateTime ReminderPolicy::nextReminder(const QString &orgId, const QString &adminId) const
{
    const QDateTime until =
        QDateTime::fromString(m_settings->value(key(orgId, adminId)).toString(), Qt::ISODate);
    // An elapsed snooze is no snooze: the header promises an invalid time then.
    return until.isValid() && m_clock->now() < until ? until : QDateTime();
}

} // namespace wod
