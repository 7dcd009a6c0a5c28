// The screenshot suite "wizard": every page and state of the Delete Organization wizard, driven
// against the sandbox like a user would (keyboard and API clicks, never a hovering mouse), with
// behaviour asserted before each capture. The progress page shows a fixed RunProgress (a live run
// held by the sandbox's latency, so Cancel is genuinely available) for deterministic figures.
// Result pages show the run's journal path: the rig names journals after its fixed clock (the
// UiServices seam) in the production layout under a private HOME, shown as "~/...", so those
// pixels are the same in every run and every build tree.

#include "DeleteOrgWizard.h"
#include "FixedTrackingNetworkAccessManager.h"
#include "ScenarioSandbox.h"
#include "ScreenshotSession.h"
#include "ScreenshotTestMain.h"
#include "UiServices.h"
#include "Translations.h"
#include "WizardController.h"

#include "ApiClient.h"
#include "Clock.h"
#include "DeletionRunner.h"
#include "SandboxServer.h"
#include "WebexId.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTimeZone>
#include <memory>

using namespace wod::shots;
using wod::ui::DeleteOrgWizard;
using wod::ui::WizardController;

namespace {

const QSize kWizardSize(860, 640);

// Everything one wizard needs, against one sandbox scenario.
struct Rig
{
    explicit Rig(const QString &scenario,
                 const std::function<void(wod::sandbox::FaultConfig &)> &faults = {},
                 int maxRetries = -1)
        : sandbox(scenario, {}, faults)
    {
        services.setClock(&clock);
        if (maxRetries >= 0)
            services.apiOptions.maxRetries = maxRetries;
        services.runnerOptions.confirmPollIntervalMs = 50;
        // Journals where production keeps them, below the private HOME (see initTestCase), empty
        // at the start of every rig, named after the fixed clock like Journal::newJournalPath().
        QDir(journalDirectory).removeRecursively();
        services.setJournalPathProvider([this](const QString &directory, const QString &orgId) {
            const QString stamp = clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
            const QString org = wod::WebexId::toUuid(orgId).section(QLatin1Char('-'), 0, 0);
            return QDir(directory).filePath(QStringLiteral("run-%1-%2.jsonl").arg(stamp, org));
        });
        if (!sandbox.isReady())
            return;
        client = std::make_unique<wod::net::ApiClient>(&nam, sandbox.server()->baseUrl(),
                                                       sandbox.server()->token(), services.apiOptions);
        controller = std::make_unique<WizardController>(client.get(), &services, journalDirectory);
        wizard = std::make_unique<DeleteOrgWizard>(controller.get(), &services);
    }
    ~Rig()
    {
        wizard.reset();
        controller.reset();
        client.reset();
    }

    template<typename T>
    T *find(const char *name) const
    {
        return wizard->findChild<T *>(QString::fromLatin1(name));
    }
    QAbstractButton *button(QWizard::WizardButton which) const { return wizard->button(which); }
    // Changes the running sandbox's faults (a latency that holds the run, errors), the rest kept.
    void adjustFaults(const std::function<void(wod::sandbox::FaultConfig &)> &adjust) const
    {
        wod::sandbox::FaultConfig faults = sandbox.server()->faults();
        adjust(faults);
        sandbox.server()->setFaults(faults);
    }

    wod::test::ScenarioSandbox sandbox;
    wod::FixedClock clock{QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc())};
    const QString journalDirectory =
        QDir::home().filePath(QStringLiteral(".local/share/webex-org-delete/journals"));
    FixedTrackingNetworkAccessManager nam;
    wod::ui::UiServices services;
    std::unique_ptr<wod::net::ApiClient> client;
    std::unique_ptr<WizardController> controller;
    std::unique_ptr<DeleteOrgWizard> wizard;
};

QStringList checkStates(const QWidget *root)
{
    QStringList states;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (w->objectName().startsWith(QStringLiteral("checkRow_")))
            states << w->property("checkState").toString();
    }
    return states;
}

} // namespace

class TestWizardScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void preflightLoading();
    void preflightEligible();
    void preflightNetworkError();
    void preflightBlocked_data();
    void preflightBlocked();
    void preflightUnknownWithPublicApiOnly();
    void usersChoices();
    void usersConvertUnavailable();
    void dryRunDialog();
    void preflightGerman();
    void usersFrench();
    void acknowledgeStates();
    void progressMidRun();
    void resultSuccess();
    void resultConflict409();
    void resultCancelledWithResume();
    void progressConfirming();
    void resultFailed();
    void resultPartialFailure();
    void resultChanged();
    void resultUnconfirmed();
    void usersHundredThousand();
    void cleanupTestCase();

private:
    // Opens the wizard at the fixed size and waits for the pre-flight to settle.
    bool openAndWaitForPreflight(Rig &rig, bool expectLoaded = true);
    // Eligible demo org: pre-flight -> Users (convert chosen) -> Acknowledge (nothing filled in).
    bool driveToAcknowledge(Rig &rig);
    // The same, then acknowledged and the exact name typed: ready to commit.
    bool driveToReadyAcknowledge(Rig &rig);
    bool capture(Rig &rig, const QString &caseName, const QString &step, QList<QWidget *> keys);

    ScreenshotSession m_session{QStringLiteral("wizard")};
    QTemporaryDir m_home;
};

void TestWizardScreenshots::initTestCase()
{
    // A private HOME for this process: the journals the runs write (and show) land there, never in
    // the home of whoever runs the executable by hand.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QCOMPARE(QDir::homePath(), QDir::cleanPath(m_home.path()));
    QVERIFY2(m_session.begin(), qPrintable(m_session.lastError()));
}

bool TestWizardScreenshots::openAndWaitForPreflight(Rig &rig, bool expectLoaded)
{
    if (!rig.sandbox.isReady()) {
        qWarning("sandbox: %s", qPrintable(rig.sandbox.error()));
        return false;
    }
    QString error;
    if (!ScreenshotSession::prepareWindow(rig.wizard.get(), kWizardSize, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    if (!expectLoaded)
        return true;
    return QTest::qWaitFor([&] { return rig.controller->hasSnapshot() && !rig.controller->isBusy()
                                         && !rig.controller->isUserListLoading(); },
                           10000);
}

bool TestWizardScreenshots::capture(Rig &rig, const QString &caseName, const QString &step,
                                    QList<QWidget *> keys)
{
    // The wizard's own buttons are part of every capture's behaviour: none is hovered or pressed,
    // Close is always offered.
    keys.removeAll(nullptr);
    if (!m_session.wants(caseName, step))
        return true; // not part of this DPR's subset: behaviour asserted, no image
    const bool ok = m_session.capture(rig.wizard.get(), caseName, step, keys);
    if (!ok)
        qWarning("%s", qPrintable(m_session.lastError()));
    return ok;
}

void TestWizardScreenshots::preflightLoading()
{
    // The sandbox answers only after 10 minutes: the pre-flight stays in its loading state.
    Rig rig(QStringLiteral("demo.json"), [](wod::sandbox::FaultConfig &f) { f.latencyMs = 600000; });
    QVERIFY(openAndWaitForPreflight(rig, false));
    QCOMPARE(rig.wizard->currentId(), int(wod::ui::PreflightPageId));
    QVERIFY(rig.controller->isBusy());
    QVERIFY(!rig.controller->hasSnapshot());
    QVERIFY2(!rig.button(QWizard::NextButton)->isEnabled(), "Next is disabled while loading");
    auto *recheck = rig.find<QPushButton>("recheckButton");
    auto *status = rig.find<QLabel>("preflightStatusLabel");
    QVERIFY(recheck && status);
    QVERIFY2(!recheck->isEnabled(), "Re-check is disabled while a check runs");
    QVERIFY2(!status->text().isEmpty(), "the loading state says what happens");
    QVERIFY(checkStates(rig.wizard.get()).isEmpty());
    QVERIFY(rig.button(QWizard::CancelButton)->isEnabled());
    QVERIFY(capture(rig, QStringLiteral("Preflight"), QStringLiteral("loading"), {status}));
}

void TestWizardScreenshots::preflightEligible()
{
    Rig rig(QStringLiteral("demo.json"));
    QVERIFY(openAndWaitForPreflight(rig));
    QCOMPARE(rig.wizard->currentId(), int(wod::ui::PreflightPageId));
    QVERIFY(rig.controller->verdict().eligible);
    QVERIFY2(rig.button(QWizard::NextButton)->isEnabled(), "Next is enabled when nothing blocks");
    QVERIFY(!rig.button(QWizard::BackButton)->isVisible());
    const QStringList states = checkStates(rig.wizard.get());
    QVERIFY2(!states.isEmpty() && !states.contains(QStringLiteral("failed")), qPrintable(states.join(u',')));
    auto *recheck = rig.find<QPushButton>("recheckButton");
    auto *exportButton = rig.find<QPushButton>("exportChecklistButton");
    QVERIFY(recheck && exportButton);
    QVERIFY(recheck->isEnabled());
    QVERIFY(exportButton->isEnabled());
    QVERIFY(capture(rig, QStringLiteral("Preflight"), QStringLiteral("eligible"),
                    {rig.find<QWidget>("checklistWidget"), recheck}));
}

void TestWizardScreenshots::preflightNetworkError()
{
    // Every request fails with a server error and the client does not retry: the pre-flight ends
    // in its error (the answer carries the fixed tracking ID, so the pixels are the same each run).
    Rig rig(QStringLiteral("demo.json"), [](wod::sandbox::FaultConfig &f) { f.errorRate = 1.0; }, 0);
    QVERIFY(openAndWaitForPreflight(rig, false));
    QTRY_VERIFY_WITH_TIMEOUT(!rig.controller->isBusy() && !rig.controller->errorText().isEmpty(), 20000);
    QVERIFY(!rig.controller->hasSnapshot());
    auto *status = rig.find<QLabel>("preflightStatusLabel");
    auto *recheck = rig.find<QPushButton>("recheckButton");
    QVERIFY(status && recheck);
    QVERIFY2(status->text().contains(QStringLiteral("Re-check")), qPrintable(status->text()));
    QVERIFY(recheck->isEnabled());
    QVERIFY(!rig.button(QWizard::NextButton)->isEnabled());
    QVERIFY(capture(rig, QStringLiteral("Preflight"), QStringLiteral("network-error"), {status, recheck}));
}

void TestWizardScreenshots::preflightBlocked_data()
{
    QTest::addColumn<QString>("scenario");
    for (const char *kind : {"active-partner-trial", "directory-sync", "linked-sites", "managed-orgs",
                             "multiple-managed-by", "not-full-admin", "partner-admin",
                             "several", "subscriptions-mixed", "subscriptions-paid"}) {
        QTest::newRow(kind) << QStringLiteral("blocker-%1.json").arg(QLatin1String(kind));
    }
}

void TestWizardScreenshots::preflightBlocked()
{
    QFETCH(QString, scenario);
    Rig rig(scenario);
    QVERIFY(openAndWaitForPreflight(rig));
    QCOMPARE(rig.wizard->currentId(), int(wod::ui::PreflightPageId));
    QVERIFY2(!rig.controller->verdict().eligible, qPrintable(scenario));
    QVERIFY2(!rig.button(QWizard::NextButton)->isEnabled(), "Next stays disabled while something blocks");
    const QStringList states = checkStates(rig.wizard.get());
    QVERIFY2(states.contains(QStringLiteral("failed")), qPrintable(states.join(u',')));
    QList<QWidget *> keys{rig.find<QWidget>("checklistWidget")};
    for (QWidget *row : rig.wizard->findChildren<QWidget *>()) {
        if (row->objectName().startsWith(QStringLiteral("checkRow_"))
            && row->property("checkState").toString() == QStringLiteral("failed")) {
            auto *remedy = row->findChild<QLabel *>(QStringLiteral("checkRemedyLabel"));
            QVERIFY2(remedy && !remedy->text().isEmpty(), "every blocker says what to do");
            if (!row->visibleRegion().isEmpty()) // several blockers: the list scrolls
                keys << row;
        }
    }
    const QString step = QStringLiteral("blocker-")
                         + QString::fromLatin1(QTest::currentDataTag());
    QVERIFY(capture(rig, QStringLiteral("Preflight"), step, keys));
}

void TestWizardScreenshots::preflightUnknownWithPublicApiOnly()
{
    Rig rig(QStringLiteral("demo.json"), [](wod::sandbox::FaultConfig &f) { f.publicApiOnly = true; });
    QVERIFY(openAndWaitForPreflight(rig));
    const QStringList states = checkStates(rig.wizard.get());
    QVERIFY2(states.contains(QStringLiteral("unknown")), qPrintable(states.join(u',')));
    QVERIFY2(!states.contains(QStringLiteral("failed")), qPrintable(states.join(u',')));
    QVERIFY2(!rig.button(QWizard::NextButton)->isEnabled(),
             "unknown checks wait for the admin to confirm them in Control Hub");
    auto *status = rig.find<QLabel>("preflightStatusLabel");
    QVERIFY(status && !status->text().contains(QStringLiteral("Nothing known blocks")));
    QList<QCheckBox *> boxes;
    for (const QString &id : rig.controller->verdict().unknown) {
        auto *box = rig.wizard->findChild<QCheckBox *>(QStringLiteral("confirmUnknown_") + id);
        QVERIFY2(box && !box->isChecked(), qPrintable(id));
        boxes << box;
    }
    QVERIFY(capture(rig, QStringLiteral("Preflight"), QStringLiteral("unknown-public-api"),
                    {rig.find<QWidget>("checklistWidget"), status}));
    for (QCheckBox *box : std::as_const(boxes)) {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(box->isChecked());
    }
    QVERIFY2(rig.button(QWizard::NextButton)->isEnabled(), "every unknown check confirmed: Next");
    QVERIFY(capture(rig, QStringLiteral("Preflight"), QStringLiteral("unknown-confirmed"),
                    {rig.find<QWidget>("checklistWidget"), status}));
}

void TestWizardScreenshots::usersChoices()
{
    Rig rig(QStringLiteral("demo.json"));
    QVERIFY(openAndWaitForPreflight(rig));
    QVERIFY(rig.controller->needsUsersStep());
    rig.button(QWizard::NextButton)->click();
    QCOMPARE(rig.wizard->currentId(), int(wod::ui::UsersPageId));
    auto *convert = rig.find<QRadioButton>("convertRadioButton");
    auto *remove = rig.find<QRadioButton>("deleteUsersRadioButton");
    auto *filter = rig.find<QLineEdit>("userFilterLineEdit");
    auto *count = rig.find<QLabel>("userMatchCountLabel");
    auto *table = rig.find<QTableView>("userTableView");
    QVERIFY(convert && remove && filter && count && table);
    QVERIFY(convert->isEnabled() && remove->isEnabled());
    QVERIFY2(!rig.button(QWizard::NextButton)->isEnabled(), "Next waits for a choice");

    convert->setFocus();
    QTest::keyClick(convert, Qt::Key_Space);
    QVERIFY(convert->isChecked());
    QVERIFY(!remove->isChecked());
    QVERIFY(rig.button(QWizard::NextButton)->isEnabled());
    QVERIFY(rig.button(QWizard::BackButton)->isEnabled());
    QCOMPARE(table->model()->rowCount(), 11);
    QVERIFY(convert->hasFocus());
    QVERIFY(capture(rig, QStringLiteral("Users"), QStringLiteral("convert-chosen"), {convert, table, count}));

    // Arrow keys move within the exclusive group, like a keyboard user would.
    QTest::keyClick(convert, Qt::Key_Down);
    QVERIFY2(remove->isChecked(), "Down moves the choice to Delete users");
    QVERIFY(!convert->isChecked());
    QVERIFY(remove->hasFocus());
    QVERIFY(rig.button(QWizard::NextButton)->isEnabled());
    QVERIFY(capture(rig, QStringLiteral("Users"), QStringLiteral("delete-chosen"), {remove, table}));

    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("an"));
    QCOMPARE(filter->text(), QStringLiteral("an"));
    QVERIFY2(table->model()->rowCount() < 11 && table->model()->rowCount() > 0,
             qPrintable(QString::number(table->model()->rowCount())));
    QVERIFY(count->text().contains(QStringLiteral(" of 11")));
    QVERIFY(filter->hasFocus());
    QVERIFY(capture(rig, QStringLiteral("Users"), QStringLiteral("list-filtered"), {filter, table, count}));

    // A search that matches nobody says so instead of an empty grid.
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    QCOMPARE(table->model()->rowCount(), 0);
    auto *noMatch = rig.find<QLabel>("noUserMatchesLabel");
    QVERIFY(noMatch && noMatch->isVisible() && !table->isVisible());
    QVERIFY2(noMatch->text().contains(QStringLiteral("anzzz")), qPrintable(noMatch->text()));
    QVERIFY(capture(rig, QStringLiteral("Users"), QStringLiteral("no-match"), {filter, noMatch, count}));
}

void TestWizardScreenshots::usersConvertUnavailable()
{
    // The public API only: converting is not offered, and the unknown checks are confirmed first.
    Rig rig(QStringLiteral("demo.json"), [](wod::sandbox::FaultConfig &f) { f.publicApiOnly = true; });
    QVERIFY(openAndWaitForPreflight(rig));
    for (const QString &id : rig.controller->verdict().unknown) {
        auto *box = rig.wizard->findChild<QCheckBox *>(QStringLiteral("confirmUnknown_") + id);
        QVERIFY(box);
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
    rig.button(QWizard::NextButton)->click();
    QCOMPARE(rig.wizard->currentId(), int(wod::ui::UsersPageId));
    auto *convert = rig.find<QRadioButton>("convertRadioButton");
    auto *remove = rig.find<QRadioButton>("deleteUsersRadioButton");
    auto *note = rig.find<QLabel>("unsupportedChoiceLabel");
    auto *self = rig.find<QLabel>("selfAccountLabel");
    QVERIFY(convert && remove && note && self);
    QVERIFY(!convert->isEnabled());
    QVERIFY(remove->isEnabled());
    QVERIFY(note->isVisible() && !note->text().isEmpty());
    QVERIFY2(self->text().contains(QStringLiteral("neither converted nor deleted")), qPrintable(self->text()));
    QVERIFY(capture(rig, QStringLiteral("Users"), QStringLiteral("convert-unavailable"), {convert, remove, note, self}));
}

bool TestWizardScreenshots::driveToAcknowledge(Rig &rig)
{
    if (!openAndWaitForPreflight(rig))
        return false;
    rig.button(QWizard::NextButton)->click();
    auto *convert = rig.find<QRadioButton>("convertRadioButton");
    if (rig.wizard->currentId() != wod::ui::UsersPageId || !convert)
        return false;
    convert->setFocus();
    QTest::keyClick(convert, Qt::Key_Space);
    rig.button(QWizard::NextButton)->click();
    return rig.wizard->currentId() == wod::ui::AcknowledgePageId;
}

bool TestWizardScreenshots::driveToReadyAcknowledge(Rig &rig)
{
    if (!driveToAcknowledge(rig))
        return false;
    auto *ack = rig.find<QCheckBox>("ackCheckBox");
    auto *name = rig.find<QLineEdit>("orgNameLineEdit");
    if (!ack || !name)
        return false;
    ack->setFocus();
    QTest::keyClick(ack, Qt::Key_Space);
    name->setFocus();
    QTest::keyClicks(name, rig.sandbox.scenario().orgDisplayName);
    return rig.button(QWizard::CommitButton)->isEnabled();
}

void TestWizardScreenshots::acknowledgeStates()
{
    Rig rig(QStringLiteral("demo.json"));
    QVERIFY(driveToAcknowledge(rig));
    QCOMPARE(rig.wizard->currentId(), int(wod::ui::AcknowledgePageId));

    auto *ack = rig.find<QCheckBox>("ackCheckBox");
    auto *name = rig.find<QLineEdit>("orgNameLineEdit");
    auto *loss = rig.find<QLabel>("lossLabel");
    auto *commit = rig.button(QWizard::CommitButton);
    QVERIFY(ack && name && loss && commit);
    QCOMPARE(commit->text(), QStringLiteral("Delete Organization"));
    QVERIFY(commit->isVisible());
    QVERIFY2(!commit->isEnabled(), "nothing acknowledged, no name: the commit button is disabled");
    QVERIFY(!ack->isChecked());
    QVERIFY(name->text().isEmpty());
    QVERIFY(rig.button(QWizard::BackButton)->isEnabled());
    QVERIFY(capture(rig, QStringLiteral("Acknowledge"), QStringLiteral("empty"), {loss, ack, name}));

    ack->setFocus();
    QTest::keyClick(ack, Qt::Key_Space);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Northwind"));
    QVERIFY(ack->isChecked());
    QCOMPARE(name->text(), QStringLiteral("Northwind"));
    QVERIFY2(!commit->isEnabled(), "a partial name does not enable the commit button");
    QVERIFY(name->hasFocus());
    QVERIFY(capture(rig, QStringLiteral("Acknowledge"), QStringLiteral("partly-filled"), {ack, name}));

    QTest::keyClicks(name, QStringLiteral(" Trial"));
    QCOMPARE(name->text(), rig.sandbox.scenario().orgDisplayName);
    QVERIFY2(commit->isEnabled(), "acknowledged and the exact name: Delete Organization is enabled");
    QVERIFY(name->hasFocus());
    QVERIFY(capture(rig, QStringLiteral("Acknowledge"), QStringLiteral("ready"), {ack, name, commit}));
}

void TestWizardScreenshots::dryRunDialog()
{
    Rig rig(QStringLiteral("demo.json"));
    QVERIFY(driveToReadyAcknowledge(rig));
    auto *dryRun = rig.find<QPushButton>("dryRunButton");
    QVERIFY(dryRun && dryRun->isEnabled());
    dryRun->setFocus();
    QTest::keyClick(dryRun, Qt::Key_Space);
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = rig.wizard->findChild<QWidget *>(QStringLiteral("dryRunDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("dryRunPlainTextEdit"));
    QVERIFY(text);
    QVERIFY2(text->toPlainText().contains(QStringLiteral("nothing has been changed")), qPrintable(text->toPlainText()));
    QVERIFY(text->toPlainText().contains(QStringLiteral("DELETE /v1/organizations/")));
    QVERIFY2(rig.sandbox.server()->state().value(QStringLiteral("events")).toArray().isEmpty(),
             "a dry run changes nothing");
    if (!m_session.wants(QStringLiteral("DryRun"), QStringLiteral("plan")))
        return;
    QString error;
    QVERIFY2(ScreenshotSession::prepareWindow(dialog, QSize(640, 460), &error), qPrintable(error));
    QVERIFY2(m_session.capture(dialog, QStringLiteral("DryRun"), QStringLiteral("plan"), {text}),
             qPrintable(m_session.lastError()));
}

void TestWizardScreenshots::preflightGerman()
{
    QVERIFY(wod::ui::installTranslations(*qApp, QStringLiteral("de")));
    const auto english = qScopeGuard([] { wod::ui::installTranslations(*qApp, QStringLiteral("en")); });
    Rig rig(QStringLiteral("blocker-linked-sites.json"));
    QVERIFY(openAndWaitForPreflight(rig));
    QVERIFY(!rig.button(QWizard::NextButton)->isEnabled());
    auto *row = rig.wizard->findChild<QWidget *>(QStringLiteral("checkRow_linked_sites"));
    QVERIFY(row);
    auto *detail = row->findChild<QLabel *>(QStringLiteral("checkDetailLabel"));
    QVERIFY(detail);
    // The German Control Hub says "Sites".
    QVERIFY2(detail->text().contains(QStringLiteral("Sites")) && !detail->text().contains(QStringLiteral("Websites")),
             qPrintable(detail->text()));
    QVERIFY(capture(rig, QStringLiteral("Preflight"), QStringLiteral("blocker-linked-sites-de"),
                    {rig.find<QWidget>("checklistWidget"), row}));
}

void TestWizardScreenshots::usersFrench()
{
    QVERIFY(wod::ui::installTranslations(*qApp, QStringLiteral("fr")));
    const auto english = qScopeGuard([] { wod::ui::installTranslations(*qApp, QStringLiteral("en")); });
    Rig rig(QStringLiteral("demo.json"));
    QVERIFY(openAndWaitForPreflight(rig));
    rig.button(QWizard::NextButton)->click();
    QCOMPARE(rig.wizard->currentId(), int(wod::ui::UsersPageId));
    auto *convert = rig.find<QRadioButton>("convertRadioButton");
    auto *table = rig.find<QTableView>("userTableView");
    QVERIFY(convert && table);
    convert->setFocus();
    QTest::keyClick(convert, Qt::Key_Space);
    QVERIFY(convert->isChecked());
    QVERIFY(rig.button(QWizard::NextButton)->isEnabled());
    QVERIFY(capture(rig, QStringLiteral("Users"), QStringLiteral("convert-chosen-fr"), {convert, table}));
}

void TestWizardScreenshots::progressMidRun()
{
    Rig rig(QStringLiteral("demo.json"));
    QVERIFY(driveToReadyAcknowledge(rig));
    // Hold the live run at its first request so that Cancel is really available, then show fixed
    // figures (the runner emits nothing while its request waits).
    rig.adjustFaults([](auto &f) { f.latencyMs = 600000; });
    rig.button(QWizard::CommitButton)->click();
    QTRY_COMPARE(rig.wizard->currentId(), int(wod::ui::ProgressPageId));
    QTRY_VERIFY(rig.controller->isRunning());

    wod::net::RunProgress fixed;
    fixed.phase = wod::net::RunPhase::Users;
    fixed.done = 4;
    fixed.total = 11;
    fixed.failed = 0;
    fixed.currentItem = QStringLiteral("mei.tanaka@northwindtrial.example");
    fixed.etaMs = 42000;
    fixed.elapsedMs = 31000;
    emit rig.controller->progressChanged(fixed);

    auto *cancel = rig.find<QPushButton>("cancelRunButton");
    QVERIFY(cancel);
    QVERIFY2(cancel->isEnabled(), "Cancel is offered until the organization's DELETE is sent");
    QVERIFY(rig.controller->canCancel());
    QVERIFY(!rig.button(QWizard::NextButton)->isVisible());
    QVERIFY(!rig.button(QWizard::BackButton)->isEnabled() || !rig.button(QWizard::BackButton)->isVisible());
    QList<QProgressBar *> bars = rig.wizard->currentPage()->findChildren<QProgressBar *>();
    QVERIFY(!bars.isEmpty());
    bool usersBarAt4of11 = false;
    for (QProgressBar *bar : bars)
        usersBarAt4of11 |= bar->value() == 4 && bar->maximum() == 11;
    QVERIFY2(usersBarAt4of11, "the users bar shows the fixed figures");
    QList<QWidget *> keys{cancel};
    for (QProgressBar *bar : bars)
        keys << bar;
    QVERIFY(capture(rig, QStringLiteral("Progress"), QStringLiteral("mid-run"), keys));

    // Closing while the run is under way asks first; No keeps it running.
    rig.wizard->reject();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = rig.wizard->findChild<QMessageBox *>(QStringLiteral("questionMessageBox"))) != nullptr
                && box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("Stop it now?")), qPrintable(box->text()));
    QVERIFY(rig.controller->isRunning());
    // The buttons say what they do, not Yes and No.
    QCOMPARE(box->button(QMessageBox::Yes)->text().remove(u'&'), QStringLiteral("Stop and Close"));
    QCOMPARE(box->button(QMessageBox::No)->text().remove(u'&'), QStringLiteral("Keep Running"));
    if (m_session.wants(QStringLiteral("Progress"), QStringLiteral("close-while-running"))) {
        QString error;
        QVERIFY2(ScreenshotSession::prepareWindow(box, box->size(), &error), qPrintable(error));
        QVERIFY2(m_session.capture(box, QStringLiteral("Progress"), QStringLiteral("close-while-running"),
                                   {box->button(QMessageBox::Yes), box->button(QMessageBox::No)}),
                 qPrintable(m_session.lastError()));
    }
    box->button(QMessageBox::No)->click();
    QTRY_VERIFY(!rig.wizard->findChild<QMessageBox *>(QStringLiteral("questionMessageBox")));
    QVERIFY(rig.controller->isRunning());
    QVERIFY(rig.wizard->isVisible());
}

void TestWizardScreenshots::resultSuccess()
{
    Rig rig(QStringLiteral("demo.json"), [](wod::sandbox::FaultConfig &f) { f.orgDeletionDelayMs = 0; });
    QVERIFY(driveToReadyAcknowledge(rig));
    rig.button(QWizard::CommitButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(rig.wizard->currentId() == wod::ui::ResultPageId, 30000);
    QVERIFY(rig.controller->hasOutcome());
    QCOMPARE(rig.controller->outcome().status, wod::net::RunOutcome::Status::Deleted);
    auto *headline = rig.find<QLabel>("resultHeadlineLabel");
    auto *body = rig.find<QLabel>("resultBodyLabel");
    auto *resume = rig.find<QPushButton>("resumeButton");
    auto *receipt = rig.find<QPushButton>("saveReceiptButton");
    QVERIFY(headline && body && receipt);
    QVERIFY(!headline->text().isEmpty());
    QVERIFY2(body->text().contains(QStringLiteral("What now")), qPrintable(body->text()));
    QVERIFY(!resume || !resume->isVisible());
    QVERIFY(receipt->isEnabled());
    QVERIFY(rig.button(QWizard::FinishButton)->isVisible());
    QVERIFY(capture(rig, QStringLiteral("Result"), QStringLiteral("success"), {headline, body}));
}

void TestWizardScreenshots::resultConflict409()
{
    Rig rig(QStringLiteral("demo.json"), [](wod::sandbox::FaultConfig &f) {
        f.conflictAtDelete = QStringList{wod::sandbox::FaultConfig::conflictCodes().first()};
    });
    QVERIFY(driveToReadyAcknowledge(rig));
    rig.button(QWizard::CommitButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(rig.wizard->currentId() == wod::ui::ResultPageId, 30000);
    QCOMPARE(rig.controller->outcome().status, wod::net::RunOutcome::Status::Blocked);
    QVERIFY(!rig.controller->outcome().blockers.isEmpty());
    auto *headline = rig.find<QLabel>("resultHeadlineLabel");
    auto *body = rig.find<QLabel>("resultBodyLabel");
    QVERIFY(headline && body);
    QVERIFY2(body->text().contains(QStringLiteral("WOD_00000000-0000-4000-8000-5c4ee9540000_")),
             "the tracking ids are shown (fixed session for the capture)");
    QVERIFY2(body->text().contains(QStringLiteral("What to do")), "every blocker says what to do");
    const QString journal = rig.controller->outcome().journalPath;
    QCOMPARE(QFileInfo(journal).fileName(), QStringLiteral("run-20261128-120000-000-1f2a3b4c.jsonl"));
    QVERIFY2(QFileInfo::exists(journal), qPrintable(journal));
    QVERIFY2(body->text().contains(
                 QStringLiteral("~/.local/share/webex-org-delete/journals/run-20261128-120000-000-1f2a3b4c.jsonl")),
             qPrintable(body->text()));
    auto *resume = rig.find<QPushButton>("resumeButton");
    auto *receipt = rig.find<QPushButton>("saveReceiptButton");
    QVERIFY(resume && receipt);
    QVERIFY2(resume->isVisible() && resume->isEnabled(), "a refused deletion offers Resume");
    QVERIFY2(receipt->isEnabled(),
             qPrintable(QStringLiteral("Save receipt disabled: hasOutcome=%1 running=%2 step=%3")
                            .arg(rig.controller->hasOutcome())
                            .arg(rig.controller->isRunning())
                            .arg(int(rig.controller->step()))));
    QVERIFY(rig.button(QWizard::FinishButton)->isVisible());
    QVERIFY(capture(rig, QStringLiteral("Result"), QStringLiteral("conflict-409"), {headline, body, resume}));
}

void TestWizardScreenshots::resultCancelledWithResume()
{
    Rig rig(QStringLiteral("demo.json"));
    // One user at a time, each answer after a second: Stop lands while exactly one user is in flight
    // (its answer is still recorded), even when a loaded machine is slow to write the journal.
    rig.services.runnerOptions.userConcurrency = 1;
    rig.services.runnerOptions.progressIntervalMs = 10;
    QVERIFY(driveToReadyAcknowledge(rig));
    rig.adjustFaults([](auto &f) { f.latencyMs = 1000; });
    rig.button(QWizard::CommitButton)->click();
    QTRY_COMPARE(rig.wizard->currentId(), int(wod::ui::ProgressPageId));
    auto *cancel = rig.find<QPushButton>("cancelRunButton");
    QVERIFY(cancel);
    // Press Stop in the very event that reports the first converted user: the runner then lets
    // only what is already in flight finish, so the figures on the result page are the same in
    // every run however loaded the machine is.
    bool pressed = false;
    connect(rig.controller.get(), &WizardController::progressChanged, cancel,
            [&](const wod::net::RunProgress &p) {
                if (pressed || p.phase != wod::net::RunPhase::Users || p.done < 1 || !cancel->isEnabled())
                    return;
                pressed = true;
                cancel->setFocus();
                QTest::keyClick(cancel, Qt::Key_Space);
            });
    QTRY_VERIFY_WITH_TIMEOUT(pressed, 20000);
    QVERIFY(rig.controller->cancelRequested());
    QTRY_VERIFY_WITH_TIMEOUT(rig.wizard->currentId() == wod::ui::ResultPageId, 30000);
    const wod::net::RunOutcome &outcome = rig.controller->outcome();
    QCOMPARE(outcome.status, wod::net::RunOutcome::Status::Cancelled);
    // The first converted user and the one in flight when Stop was pressed.
    QCOMPARE(outcome.usersHandled, 2);
    QCOMPARE(outcome.usersTotal, 11);
    QVERIFY(outcome.resumable);
    QCOMPARE(QFileInfo(outcome.journalPath).fileName(),
             QStringLiteral("run-20261128-120000-000-1f2a3b4c.jsonl"));
    auto *headline = rig.find<QLabel>("resultHeadlineLabel");
    auto *resume = rig.find<QPushButton>("resumeButton");
    auto *receipt = rig.find<QPushButton>("saveReceiptButton");
    auto *body = rig.find<QLabel>("resultBodyLabel");
    QVERIFY(headline && resume && receipt && body);
    QVERIFY2(resume->isVisible() && resume->isEnabled(), "a cancelled run offers Resume");
    QVERIFY(receipt->isEnabled());
    QVERIFY2(body->text().contains(QStringLiteral("%1 of 11 users were converted").arg(outcome.usersHandled)),
             qPrintable(body->text()));
    QVERIFY2(body->text().contains(
                 QStringLiteral("~/.local/share/webex-org-delete/journals/run-20261128-120000-000-1f2a3b4c.jsonl")),
             qPrintable(body->text()));
    QVERIFY(rig.button(QWizard::FinishButton)->isVisible());
    QVERIFY(capture(rig, QStringLiteral("Result"), QStringLiteral("cancelled-resumable"),
                    {headline, resume, body}));
}

// Commits the eligible demo organization and waits for the result page.
static bool commitAndWaitForResult(Rig &rig)
{
    rig.button(QWizard::CommitButton)->click();
    return QTest::qWaitFor([&] { return rig.wizard->currentId() == wod::ui::ResultPageId; }, 30000);
}

void TestWizardScreenshots::progressConfirming()
{
    // Cisco accepted the organization's DELETE; the organization still answers for 10 minutes, so
    // the run stays in its confirmation phase, polling.
    Rig rig(QStringLiteral("demo.json"), [](wod::sandbox::FaultConfig &f) { f.orgDeletionDelayMs = 600000; });
    QVERIFY(driveToReadyAcknowledge(rig));
    rig.button(QWizard::CommitButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller->lastProgress().phase == wod::net::RunPhase::Confirming, 30000);
    QCOMPARE(rig.wizard->currentId(), int(wod::ui::ProgressPageId));
    QVERIFY(rig.controller->isRunning());
    QVERIFY2(!rig.controller->canCancel(), "nothing stops a DELETE Cisco has accepted");
    auto *cancel = rig.find<QPushButton>("cancelRunButton");
    QVERIFY(cancel);
    QVERIFY2(!cancel->isEnabled() || !cancel->isVisible(), "Stop is not offered once the DELETE is sent");
    // Fixed figures: every user handled, confirmation under way. The runner keeps polling: its
    // own progress (a real elapsed time) must not reach the page while it is captured.
    auto *runner = rig.controller->findChild<wod::net::DeletionRunner *>();
    QVERIFY(runner);
    runner->blockSignals(true);
    wod::net::RunProgress fixed = rig.controller->lastProgress();
    fixed.done = 11;
    fixed.total = 11;
    fixed.failed = 0;
    fixed.etaMs = -1;
    fixed.elapsedMs = 12000;
    emit rig.controller->progressChanged(fixed);
    QList<QWidget *> keys;
    for (QProgressBar *bar : rig.wizard->currentPage()->findChildren<QProgressBar *>())
        keys << bar;
    QVERIFY(capture(rig, QStringLiteral("Progress"), QStringLiteral("confirming"), keys));
}

void TestWizardScreenshots::resultFailed()
{
    // The server fails every request from the commit on (no retries): the run stops before it
    // changes anything.
    Rig rig(QStringLiteral("demo.json"), {}, 0);
    QVERIFY(driveToReadyAcknowledge(rig));
    rig.adjustFaults([](auto &f) { f.errorRate = 1.0; });
    QVERIFY(commitAndWaitForResult(rig));
    const wod::net::RunOutcome &outcome = rig.controller->outcome();
    QCOMPARE(outcome.status, wod::net::RunOutcome::Status::Failed);
    QCOMPARE(outcome.usersHandled, 0);
    auto *headline = rig.find<QLabel>("resultHeadlineLabel");
    auto *body = rig.find<QLabel>("resultBodyLabel");
    QVERIFY(headline && body);
    QVERIFY2(body->text().contains(QStringLiteral("WOD_00000000-0000-4000-8000-5c4ee9540000_"))
                 || outcome.trackingIds.isEmpty(),
             qPrintable(body->text()));
    QVERIFY(rig.button(QWizard::FinishButton)->isVisible());
    QVERIFY(capture(rig, QStringLiteral("Result"), QStringLiteral("failed"), {headline, body}));
}

void TestWizardScreenshots::resultPartialFailure()
{
    // Users are being converted when the server starts failing every request: the run stops with
    // some users converted and the organization not deleted.
    // One user at a time and no coalescing: the progress event of the first converted user comes
    // before the next request leaves, so the server breaks before it: 1 of 11, in every run.
    Rig rig(QStringLiteral("demo.json"), {}, 0);
    rig.services.runnerOptions.userConcurrency = 1;
    rig.services.runnerOptions.progressIntervalMs = 0;
    QVERIFY(driveToReadyAcknowledge(rig));
    rig.adjustFaults([](auto &f) { f.latencyMs = 300; });
    bool broken = false;
    connect(rig.controller.get(), &WizardController::progressChanged, rig.wizard.get(),
            [&](const wod::net::RunProgress &p) {
                if (broken || p.phase != wod::net::RunPhase::Users || p.done < 1)
                    return;
                broken = true;
                rig.adjustFaults([](auto &f) {
                    f.latencyMs = 0;
                    f.errorRate = 1.0;
                });
            });
    QVERIFY(commitAndWaitForResult(rig));
    const wod::net::RunOutcome &outcome = rig.controller->outcome();
    QCOMPARE(outcome.status, wod::net::RunOutcome::Status::Failed);
    QCOMPARE(outcome.usersHandled, 1);
    QVERIFY(outcome.resumable);
    auto *headline = rig.find<QLabel>("resultHeadlineLabel");
    auto *body = rig.find<QLabel>("resultBodyLabel");
    auto *resume = rig.find<QPushButton>("resumeButton");
    QVERIFY(headline && body && resume);
    QVERIFY2(resume->isVisible() && resume->isEnabled(), "a failed run that changed users offers Resume");
    QVERIFY2(body->text().contains(QStringLiteral("of 11 users were converted")), qPrintable(body->text()));
    QVERIFY(capture(rig, QStringLiteral("Result"), QStringLiteral("partial-failure"), {headline, body, resume}));
}

void TestWizardScreenshots::resultChanged()
{
    // Another administrator removes a user after the admin confirmed: the run re-reads the
    // organization, sees the difference and changes nothing.
    Rig rig(QStringLiteral("demo.json"));
    QVERIFY(driveToReadyAcknowledge(rig));
    const QList<wod::Person> users = rig.controller->snapshot().usersToHandle();
    QVERIFY(!users.isEmpty());
    QNetworkAccessManager other;
    QNetworkRequest request(QUrl(rig.sandbox.server()->baseUrl().toString() + QStringLiteral("/people/")
                                 + users.last().id));
    request.setRawHeader("Authorization", "Bearer " + rig.sandbox.server()->token().toUtf8());
    QNetworkReply *reply = other.deleteResource(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
    reply->deleteLater();
    QVERIFY(commitAndWaitForResult(rig));
    const wod::net::RunOutcome &outcome = rig.controller->outcome();
    QCOMPARE(outcome.status, wod::net::RunOutcome::Status::Changed);
    QCOMPARE(outcome.usersHandled, 0);
    auto *headline = rig.find<QLabel>("resultHeadlineLabel");
    auto *body = rig.find<QLabel>("resultBodyLabel");
    QVERIFY(headline && body);
    QVERIFY2(body->text().contains(QStringLiteral("Nothing was done")), qPrintable(body->text()));
    QVERIFY2(body->text().contains(QStringLiteral("1 user left")), "the page says what changed");
    QVERIFY(capture(rig, QStringLiteral("Result"), QStringLiteral("changed"), {headline, body}));
}

void TestWizardScreenshots::resultUnconfirmed()
{
    // Cisco accepted the DELETE but the organization still answered when the confirmation's
    // deadline passed.
    Rig rig(QStringLiteral("demo.json"), [](wod::sandbox::FaultConfig &f) { f.orgDeletionDelayMs = 600000; });
    rig.services.runnerOptions.confirmTimeoutMs = 300;
    QVERIFY(driveToReadyAcknowledge(rig));
    QVERIFY(commitAndWaitForResult(rig));
    const wod::net::RunOutcome &outcome = rig.controller->outcome();
    QCOMPARE(outcome.status, wod::net::RunOutcome::Status::Deleted);
    QVERIFY(!outcome.confirmed);
    auto *headline = rig.find<QLabel>("resultHeadlineLabel");
    auto *body = rig.find<QLabel>("resultBodyLabel");
    QVERIFY(headline && body);
    QVERIFY2(!headline->text().contains(QStringLiteral("has been deleted")), qPrintable(headline->text()));
    QVERIFY(capture(rig, QStringLiteral("Result"), QStringLiteral("unconfirmed"), {headline, body}));
}

void TestWizardScreenshots::usersHundredThousand()
{
    // 100,000 users, generated by the scenario (not a file of them): the page lists them all and
    // counts them.
    QFile demo(QDir(qEnvironmentVariable("WOD_SCENARIO_DIR")).filePath(QStringLiteral("demo.json")));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject scenario = QJsonDocument::fromJson(demo.readAll()).object();
    scenario.insert(QStringLiteral("users"), QJsonArray());
    scenario.insert(QStringLiteral("generatedUsers"), 100000 - 1);
    const QString path = QDir(m_home.path()).filePath(QStringLiteral("users-100k.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(scenario).toJson());
    out.close();
    Rig rig(path);
    QVERIFY(rig.sandbox.isReady());
    QString error;
    QVERIFY2(ScreenshotSession::prepareWindow(rig.wizard.get(), kWizardSize, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller->hasSnapshot() && !rig.controller->isBusy()
                                 && !rig.controller->isUserListLoading(),
                             120000);
    QCOMPARE(rig.controller->snapshot().users.size(), 100000);
    rig.button(QWizard::NextButton)->click();
    QCOMPARE(rig.wizard->currentId(), int(wod::ui::UsersPageId));
    auto *convert = rig.find<QRadioButton>("convertRadioButton");
    auto *table = rig.find<QTableView>("userTableView");
    auto *count = rig.find<QLabel>("userMatchCountLabel");
    QVERIFY(convert && table && count);
    QCOMPARE(table->model()->rowCount(), 99999);
    convert->setFocus();
    QTest::keyClick(convert, Qt::Key_Space);
    QVERIFY(rig.button(QWizard::NextButton)->isEnabled());
    QVERIFY(capture(rig, QStringLiteral("Users"), QStringLiteral("hundred-thousand"), {convert, table, count}));
}

void TestWizardScreenshots::cleanupTestCase()
{
    QVERIFY2(m_session.finish(), qPrintable(m_session.lastError()));
}

WOD_SCREENSHOT_TEST_MAIN(TestWizardScreenshots)
#include "tst_wizard_screenshots.moc"
