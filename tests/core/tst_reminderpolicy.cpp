// ReminderPolicy: "Remind Me Later" snoozes the sign-in prompt for 7 days per organization and
// admin, measured with an injected FixedClock, persisted in a QSettings file that never holds the
// admin's email or id in clear.

#include "DataColumns.h"
#include "ReminderPolicy.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace wod;

class TestReminderPolicy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void snoozeLastsSevenDays_data();
    void snoozeLastsSevenDays();
    void perOrganizationAndAdmin_data();
    void perOrganizationAndAdmin();
    void noPopupNoPrompt();
    void persistsAcrossInstances();
    void settingsFileHoldsNoIdentity();
    void clearEndsTheSnooze();
    void customDuration();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
};

namespace {
const QString kOrg = QStringLiteral("org-1");
const QString kAdmin = QStringLiteral("dana.admin@northwindtrial.example");
const QDateTime kStart(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

Verdict popupVerdict(bool popup = true)
{
    Verdict v;
    v.eligible = true;
    v.popup = popup;
    return v;
}
} // namespace

void TestReminderPolicy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReminderPolicy::snoozeLastsSevenDays_data()
{
    // elapsed: seconds after "Remind Me Later"
    wod::test::addColumns<qint64, bool>("elapsed", "prompt");
    QTest::newRow("immediately after") << qint64(0) << false;
    QTest::newRow("one day later") << qint64(86400) << false;
    QTest::newRow("one second before seven days") << qint64(7 * 86400 - 1) << false;
    QTest::newRow("exactly seven days") << qint64(7 * 86400) << true;
    QTest::newRow("eight days later") << qint64(8 * 86400) << true;
    QTest::newRow("a year later") << qint64(365 * 86400) << true;
}

void TestReminderPolicy::snoozeLastsSevenDays()
{
    QFETCH(qint64, elapsed);
    QFETCH(bool, prompt);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    FixedClock clock(kStart);
    ReminderPolicy policy(&settings, &clock);
    QVERIFY2(policy.shouldPrompt(popupVerdict(), kOrg, kAdmin), "prompt before any snooze");
    QVERIFY(!policy.nextReminder(kOrg, kAdmin).isValid());
    policy.snooze(kOrg, kAdmin);
    clock.advanceSeconds(elapsed);
    QCOMPARE(policy.shouldPrompt(popupVerdict(), kOrg, kAdmin), prompt);
    QCOMPARE(policy.isSnoozed(kOrg, kAdmin), !prompt);
    QCOMPARE(policy.nextReminder(kOrg, kAdmin),
             prompt ? QDateTime() : kStart.addDays(ReminderPolicy::kDefaultSnoozeDays));
}

void TestReminderPolicy::perOrganizationAndAdmin_data()
{
    wod::test::addColumns<QString, QString, bool>("org", "admin", "snoozed");
    QTest::newRow("same org and admin") << kOrg << kAdmin << true;
    QTest::newRow("same admin id in another case") << kOrg << kAdmin.toUpper() << true;
    QTest::newRow("another organization") << QStringLiteral("org-2") << kAdmin << false;
    QTest::newRow("another admin of the same organization")
        << kOrg << QStringLiteral("priya.raman@northwindtrial.example") << false;
    QTest::newRow("org id differs only in case") << kOrg.toUpper() << kAdmin << false;
}

void TestReminderPolicy::perOrganizationAndAdmin()
{
    QFETCH(QString, org);
    QFETCH(QString, admin);
    QFETCH(bool, snoozed);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    FixedClock clock(kStart);
    ReminderPolicy policy(&settings, &clock);
    policy.snooze(kOrg, kAdmin);
    QCOMPARE(policy.isSnoozed(org, admin), snoozed);
    QCOMPARE(policy.shouldPrompt(popupVerdict(), org, admin), !snoozed);
}

void TestReminderPolicy::noPopupNoPrompt()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    FixedClock clock(kStart);
    ReminderPolicy policy(&settings, &clock);
    QVERIFY2(!policy.shouldPrompt(popupVerdict(false), kOrg, kAdmin),
             "the prompt needs a verdict where it applies");
}

void TestReminderPolicy::persistsAcrossInstances()
{
    FixedClock clock(kStart);
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ReminderPolicy(&settings, &clock).snooze(kOrg, kAdmin);
    }
    clock.advanceSeconds(3 * 86400);
    QSettings reopened(settingsPath(), QSettings::IniFormat);
    ReminderPolicy policy(&reopened, &clock);
    QVERIFY2(policy.isSnoozed(kOrg, kAdmin), "the snooze must survive a restart");
    QVERIFY(!policy.shouldPrompt(popupVerdict(), kOrg, kAdmin));
    clock.advanceSeconds(4 * 86400);
    QVERIFY(policy.shouldPrompt(popupVerdict(), kOrg, kAdmin));
}

void TestReminderPolicy::settingsFileHoldsNoIdentity()
{
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        FixedClock clock(kStart);
        ReminderPolicy(&settings, &clock).snooze(kOrg, kAdmin);
    }
    QFile f(settingsPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY2(!text.isEmpty(), "the snooze was written to the file");
    QVERIFY2(!text.contains("dana.admin"), text.constData());
    QVERIFY2(!text.contains("northwindtrial"), text.constData());
    QVERIFY2(!text.contains(kOrg.toLatin1()), text.constData());
}

void TestReminderPolicy::clearEndsTheSnooze()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    FixedClock clock(kStart);
    ReminderPolicy policy(&settings, &clock);
    policy.snooze(kOrg, kAdmin);
    policy.clear(kOrg, kAdmin);
    QVERIFY(!policy.isSnoozed(kOrg, kAdmin));
    QVERIFY(policy.shouldPrompt(popupVerdict(), kOrg, kAdmin));
    QSettings reopened(settingsPath(), QSettings::IniFormat);
    QVERIFY2(!ReminderPolicy(&reopened, &clock).isSnoozed(kOrg, kAdmin), "cleared on disk too");
}

void TestReminderPolicy::customDuration()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    FixedClock clock(kStart);
    ReminderPolicy policy(&settings, &clock);
    policy.snooze(kOrg, kAdmin, 1);
    QCOMPARE(policy.nextReminder(kOrg, kAdmin), kStart.addDays(1));
    clock.advanceSeconds(86400);
    QVERIFY(!policy.isSnoozed(kOrg, kAdmin));
    // A later snooze replaces the earlier one.
    policy.snooze(kOrg, kAdmin);
    QCOMPARE(policy.nextReminder(kOrg, kAdmin), kStart.addDays(8));
}

QTEST_GUILESS_MAIN(TestReminderPolicy)
#include "tst_reminderpolicy.moc"
