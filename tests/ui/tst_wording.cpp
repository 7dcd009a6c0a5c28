// Words that must be true (issue #17, item 2, and the double period of #18): each slot names one
// wording and fails on the text it replaced. Pages and the prompt are built directly from
// scenario files; French is installed where French typography is checked.

#include "AccountView.h"
#include "Blocker.h"
#include "EligibilityPolicy.h"
#include "ScenarioLoader.h"
#include "StartupPrompt.h"
#include "Translations.h"
#include "VerdictText.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

namespace {

wod::OrgSnapshot snapshotOf(const QString &file)
{
    QString error;
    const auto scenario = wod::ScenarioLoader::loadFile(
        QDir(qEnvironmentVariable("WOD_SCENARIO_DIR")).filePath(file), &error);
    if (!scenario)
        qWarning("%s: %s", qPrintable(file), qPrintable(error));
    return scenario ? scenario->toSnapshot() : wod::OrgSnapshot{};
}

wod::CheckItem row(const wod::Verdict &v, const QString &id)
{
    for (const wod::CheckItem &item : v.checklist) {
        if (item.id == id)
            return item;
    }
    return {};
}

// The checklist row `id` of the verdict on a scenario file.
wod::CheckItem rowOf(const QString &file, const QString &id)
{
    return row(wod::EligibilityPolicy::evaluate(snapshotOf(file)), id);
}

} // namespace

class WordingTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(wod::ui::installTranslations(*qApp, QStringLiteral("en")));
    }

    void adminRowHasOneFullStop()
    {
        wod::OrgSnapshot s = snapshotOf(QStringLiteral("demo.json"));
        s.orgDisplayName = QStringLiteral("Acme, Inc.");
        const wod::CheckItem admin = row(wod::EligibilityPolicy::evaluate(s), QStringLiteral("admin"));
        QCOMPARE(admin.detail, QStringLiteral("You are a full administrator of Acme, Inc."));
    }

    void noSubscriptionsCriterionKeepsTheDocumentsWords()
    {
        QCOMPARE(wod::describe(wod::Criterion::NoSubscriptions),
                 QStringLiteral("It has no subscriptions at all, whether they're active or suspended."));
    }

    void mixedSubscriptionsRemedyNamesTheMix()
    {
        const wod::CheckItem subs =
            rowOf(QStringLiteral("blocker-subscriptions-mixed.json"), QStringLiteral("subscriptions"));
        QCOMPARE(subs.state, wod::CheckItem::State::Failed);
        QVERIFY2(subs.remedy.contains(QStringLiteral("the mix is what blocks")), qPrintable(subs.remedy));
        QVERIFY2(!subs.remedy.contains(QStringLiteral("Cancel the subscriptions")), qPrintable(subs.remedy));
        // Sentence, then the list: one line per subscription.
        QVERIFY2(subs.detail.startsWith(QStringLiteral("These subscriptions prevent deletion:\n\u2022 ")),
                 qPrintable(subs.detail));
    }

    void conflictSentenceThenList()
    {
        const wod::Verdict v = wod::EligibilityPolicy::evaluate(
            snapshotOf(QStringLiteral("blocker-linked-sites.json")));
        const wod::CheckItem sites = row(v, QStringLiteral("linked_sites"));
        QVERIFY2(sites.detail.startsWith(QStringLiteral("Org cannot be deleted as it has Linked sites.\n\u2022 ")),
                 qPrintable(sites.detail));
        // The headless checklist keeps the list under its sentence, indented.
        const QString text = wod::verdictToText(snapshotOf(QStringLiteral("blocker-linked-sites.json")), v);
        QVERIFY2(text.contains(QStringLiteral("Linked sites.\n       \u2022 ")), qPrintable(text));
    }

    void partnerAdminIsNotToldNoPartnerManagesIt()
    {
        const wod::OrgSnapshot s = snapshotOf(QStringLiteral("blocker-partner-admin.json"));
        QVERIFY(!s.actor.isMember());
        const wod::Verdict v = wod::EligibilityPolicy::evaluate(s);
        const wod::CheckItem managedBy = row(v, QStringLiteral("managed_by"));
        QVERIFY2(!managedBy.detail.contains(QStringLiteral("No partner manages")), qPrintable(managedBy.detail));
    }

    void notFullAdminNamesTheRole()
    {
        const wod::CheckItem admin =
            rowOf(QStringLiteral("blocker-not-full-admin.json"), QStringLiteral("admin"));
        QVERIFY2(admin.detail.contains(QStringLiteral("with the Read-only Administrator role.")),
                 qPrintable(admin.detail));
    }

    void promptTitleIsTrueForABlockedOrganization()
    {
        // Only free subscriptions (the prompt's rule), but linked sites block.
        wod::OrgSnapshot s = snapshotOf(QStringLiteral("blocker-linked-sites.json"));
        const wod::Verdict blocked = wod::EligibilityPolicy::evaluate(s);
        QVERIFY(!blocked.eligible);
        wod::ui::StartupPrompt prompt(s.orgDisplayName, blocked, 30);
        auto *title = prompt.findChild<QLabel *>(QStringLiteral("promptTitleLabel"));
        auto *text = prompt.findChild<QLabel *>(QStringLiteral("promptTextLabel"));
        QVERIFY(title && text);
        QVERIFY2(!title->text().contains(QStringLiteral("can be deleted")), qPrintable(title->text()));
        QVERIFY2(text->text().contains(QStringLiteral("Linked sites")), qPrintable(text->text()));

        // Conditions this server cannot report: Delete Organization checks them with the admin.
        wod::OrgSnapshot unknown = snapshotOf(QStringLiteral("demo.json"));
        unknown.directorySync.reset();
        const wod::Verdict unknownVerdict = wod::EligibilityPolicy::evaluate(unknown);
        QVERIFY(unknownVerdict.eligible && !unknownVerdict.unknown.isEmpty());
        wod::ui::StartupPrompt maybe(unknown.orgDisplayName, unknownVerdict, 30);
        auto *maybeTitle = maybe.findChild<QLabel *>(QStringLiteral("promptTitleLabel"));
        auto *maybeText = maybe.findChild<QLabel *>(QStringLiteral("promptTextLabel"));
        QVERIFY2(!maybeTitle->text().contains(QStringLiteral("can be deleted")), qPrintable(maybeTitle->text()));
        QVERIFY2(maybeText->text().contains(QStringLiteral("Delete Organization asks you to check")),
                 qPrintable(maybeText->text()));
    }

    void germanAndFrenchWording()
    {
        QVERIFY(wod::ui::installTranslations(*qApp, QStringLiteral("de")));
        const QString convert = QCoreApplication::translate(
            "wod::ui::UsersPage",
            "Each user gets an individual account with a free Webex license (%Ln user(s)). Their "
            "organization data is still purged: only content in spaces between two people is "
            "retained.",
            nullptr, 5);
        // "Ihre Organisationsdaten" at a sentence start reads as "your organization data".
        QVERIFY2(convert.contains(QStringLiteral("Die Daten dieser Benutzer")), qPrintable(convert));
        // The German Control Hub says "Sites", not "Websites".
        const wod::Blocker sites = wod::makeBlocker(wod::BlockerCode::LinkedSites);
        QVERIFY2(!sites.message.contains(QStringLiteral("Websites")) && sites.message.contains(QStringLiteral("Sites")),
                 qPrintable(sites.message));
        QVERIFY2(!sites.remedy.contains(QStringLiteral("Website")), qPrintable(sites.remedy));

        QVERIFY(wod::ui::installTranslations(*qApp, QStringLiteral("fr")));
        const QString polling = QCoreApplication::translate("wod::ui::ProgressPage",
                                                            "Checking every few seconds; elapsed %1.");
        QVERIFY2(!polling.contains(QStringLiteral("toutes les quelques")), qPrintable(polling));
        QVERIFY(wod::ui::installTranslations(*qApp, QStringLiteral("en")));
    }

    void frenchColonHasItsSpace()
    {
        QVERIFY(wod::ui::installTranslations(*qApp, QStringLiteral("fr")));
        const wod::OrgSnapshot s = snapshotOf(QStringLiteral("demo.json"));
        wod::ui::AccountView view;
        view.setSnapshot(s, wod::EligibilityPolicy::evaluate(s));
        auto *status = view.findChild<QLabel *>(QStringLiteral("deleteStatusLabel"));
        QVERIFY(status);
        // French puts a (non-breaking or plain) space before a colon; "%1: %2" was hard-coded.
        QVERIFY2(!status->text().contains(QRegularExpression(QStringLiteral("[^\\s\\x{00A0}\\x{202F}]:\\s"))),
                 qPrintable(status->text()));
        QVERIFY(status->text().contains(QLatin1Char(':')));
        QVERIFY(wod::ui::installTranslations(*qApp, QStringLiteral("en")));
    }
};

QTEST_MAIN(WordingTest)
#include "tst_wording.moc"
