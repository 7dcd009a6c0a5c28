#include "MainWindow.h"

#include "AccountView.h"
#include "BackendBanner.h"
#include "AuthSession.h"
#include "ApiClient.h"
#include "ApiError.h"
#include "DeleteOrgWizard.h"
#include "EligibilityPolicy.h"
#include "EnglishPlurals.h"
#include "Journal.h"
#include "Look.h"
#include "OverviewView.h"
#include "RefreshTokenStore.h"
#include "ResumeOffer.h"
#include "SignInDialog.h"
#include "SnapshotLoader.h"
#include "StartupPrompt.h"
#include "UiServices.h"
#include "UsersView.h"
#include "WizardController.h"
#include "Widgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wod::ui {

namespace {

constexpr int kSectionRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(const GuiOptions &options, UiServices *services, QWidget *parent)
    : QMainWindow(parent),
      m_options(options),
      m_services(services),
      m_nam(services->networkAccessManager() ? services->networkAccessManager()
                                             : new QNetworkAccessManager(this)),
      m_client(nullptr),
      m_loader(nullptr),
      m_reminders(services->settings(), services->clock()),
      m_freshness(services->clock())
{
    if (m_options.journalDirectory.isEmpty())
        m_options.journalDirectory = wod::net::Journal::defaultDirectory();
    setUpClient(m_options.connection.token);

    EnglishPlurals::ensureInstalled();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Webex Organization Deletion"));
    setMinimumSize(900, 600);
    resize(1100, 720);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    QFrame *header = Widgets::styledPanel(central, QStringLiteral("headerFrame"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(20, 12, 20, 12);
    auto *appTitle = new QLabel(tr("Webex Organization Deletion"), header);
    appTitle->setObjectName(QStringLiteral("appTitleLabel"));
    Widgets::makeHeading(appTitle, 1.15);
    m_adminLabel = new QLabel(header);
    m_adminLabel->setObjectName(QStringLiteral("adminLabel"));
    m_adminLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_adminLabel->setTextFormat(Qt::PlainText);
    headerLayout->addWidget(appTitle);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_adminLabel);
    m_signOutButton = Widgets::button(tr("Sign &Out"), header, QStringLiteral("signOutButton"),
                                      tr("Sign out"));
    m_signOutButton->setAccessibleDescription(
        tr("Forgets your sign-in on this computer, the system keychain included."));
    m_signOutButton->setVisible(false);
    headerLayout->addWidget(m_signOutButton);
    outer->addWidget(header);

    m_backendLabel = BackendBanner::create(options.connection, central);
    outer->addWidget(m_backendLabel);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigationListWidget"));
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setFixedWidth(220);
    m_nav->setSpacing(0);
    m_nav->setFrameShape(QFrame::NoFrame);
    const auto addHeader = [this](const QString &text) {
        auto *item = new QListWidgetItem(text.toUpper(), m_nav);
        // Enabled but not selectable: a section title in normal ink, skipped by the selection.
        item->setFlags(Qt::ItemIsEnabled);
        item->setSizeHint(QSize(0, 38));
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignBottom);
        QFont f = m_nav->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        item->setFont(f);
    };
    const auto addSection = [this](const QString &text, Section section, Look::NavIcon icon) {
        auto *item = new QListWidgetItem(Look::navIcon(icon), text, m_nav);
        item->setData(kSectionRole, static_cast<int>(section));
        item->setSizeHint(QSize(0, 34));
        item->setData(Qt::AccessibleTextRole, text);
    };
    addSection(tr("Overview"), Section::Overview, Look::NavIcon::Overview);
    addHeader(tr("Management"));
    addSection(tr("Users"), Section::Users, Look::NavIcon::Users);
    addSection(tr("Account"), Section::Account, Look::NavIcon::Account);
    body->addWidget(m_nav);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("contentStackedWidget"));
    m_statePage = new QWidget(m_stack);
    m_statePage->setObjectName(QStringLiteral("statePage"));
    auto *stateLayout = new QVBoxLayout(m_statePage);
    stateLayout->setContentsMargins(40, 40, 40, 40);
    stateLayout->setSpacing(14);
    m_stateLabel = Widgets::wrappingLabel(m_statePage, QStringLiteral("stateLabel"), Qt::PlainText);
    m_retryButton = Widgets::button(tr("&Retry"), m_statePage, QStringLiteral("retryButton"),
                                    tr("Retry"));
    m_signInAgainButton = Widgets::button(tr("&Sign in again"), m_statePage,
                                          QStringLiteral("signInAgainButton"), tr("Sign in again"));
    stateLayout->addWidget(m_stateLabel);
    Widgets::addButtonRow(stateLayout, {m_retryButton, m_signInAgainButton});
    stateLayout->addStretch(1);
    // The sections (Overview, Users, Account) are built when first shown: none can show before
    // the organization is read, and building them (laying out their text) would delay the first
    // frame (start-up, issue #8).
    m_stack->addWidget(m_statePage);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && (item->flags() & Qt::ItemIsSelectable) && m_state == State::Ready)
            showSection(static_cast<Section>(item->data(kSectionRole).toInt()));
    });
    // Assistive technology selects an item (AT-SPI: the item's Toggle action, the list's Selection)
    // without moving the current item: the section follows such a selection too.
    connect(m_nav, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_nav->selectedItems();
        if (selected.size() == 1 && selected.constFirst() != m_nav->currentItem())
            m_nav->setCurrentItem(selected.constFirst());
    });
    connect(m_retryButton, &QPushButton::clicked, this, &MainWindow::reload);
    connect(m_signOutButton, &QPushButton::clicked, this, &MainWindow::signOut);
    connect(m_signInAgainButton, &QPushButton::clicked, this,
            [this] { askForToken(tr("Sign in again to continue.")); });

    setUpSignIn();
    setState(State::SignedOut, tr("Not signed in."));
}

void MainWindow::setUpClient(const QString &token)
{
    m_client = new wod::net::ApiClient(m_nam, m_options.connection.baseUrl,
                                       m_options.forceSignIn ? QString() : token,
                                       m_services->apiOptions, this);
    m_loader = new wod::net::SnapshotLoader(m_client, this);
    connect(m_loader, &wod::net::SnapshotLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &wod::net::SnapshotLoader::failed, this, &MainWindow::onLoadFailed);
    // The token stays with the client only.
    m_needsToken = token.isEmpty() || m_options.forceSignIn;
    // A token given at start (file or environment) was given by whoever started the app just now.
    if (!m_needsToken)
        m_freshness.markSignedIn();
    m_options.connection.token.clear();
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (m_firstFramePainted)
        return;
    m_firstFramePainted = true;
    // Queued: the frame this paint belongs to is flushed before the event loop runs it.
    QMetaObject::invokeMethod(this, &MainWindow::firstFramePainted, Qt::QueuedConnection);
}

MainWindow::~MainWindow()
{
    // Children die in creation order, which would delete the network access manager before the
    // client, loader and runners whose pending replies it owns: take them down first.
    delete m_wizard.data();
    qDeleteAll(findChildren<WizardController *>(Qt::FindDirectChildrenOnly));
    delete m_loader;
    delete m_client;
}

const OrgSnapshot &MainWindow::snapshot() const
{
    static const OrgSnapshot empty;
    return m_snapshot ? *m_snapshot : empty;
}

StartupPrompt *MainWindow::startupPrompt() const
{
    return m_prompt.data();
}

DeleteOrgWizard *MainWindow::wizard() const
{
    return m_wizard.data();
}

QString MainWindow::adminId() const
{
    if (!m_snapshot)
        return {};
    return m_snapshot->actor.id.isEmpty() ? m_snapshot->actor.email : m_snapshot->actor.id;
}

void MainWindow::setState(State state, const QString &message)
{
    m_state = state;
    const bool ready = state == State::Ready;
    m_nav->setEnabled(ready);
    m_retryButton->setVisible(state == State::Error);
    m_signInAgainButton->setVisible(state == State::SignedOut || state == State::Error);
    // Nobody signed in yet: "Sign in", not "again".
    const bool first = state == State::SignedOut && !m_signedInInteractively;
    m_signInAgainButton->setText(first ? tr("&Sign in") : tr("&Sign in again"));
    m_signInAgainButton->setAccessibleName(first ? tr("Sign in") : tr("Sign in again"));
    m_signOutButton->setVisible(m_signedInInteractively && state != State::SignedOut
                                && state != State::Deleted);
    if (!ready) {
        m_stateLabel->setText(message);
        m_stateLabel->setAccessibleName(message);
        m_stack->setCurrentWidget(m_statePage);
    }
    if (!m_snapshot)
        m_adminLabel->setText(state == State::Loading ? tr("Signing in…") : tr("Not signed in"));
    emit stateChanged(state);
}

void MainWindow::reload()
{
    setState(State::Loading, tr("Reading your organization…"));
    m_loader->load(m_options.orgId);
}

void MainWindow::onLoaded(const OrgSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_verdict = EligibilityPolicy::evaluate(snapshot);
    const Actor &a = snapshot.actor;
    m_adminLabel->setText(
        tr("Signed in as %1 (%2)").arg(a.displayName.isEmpty() ? a.email : a.displayName, a.email));
    m_adminLabel->setAccessibleName(m_adminLabel->text());
    // Sections not built yet take the snapshot when they are.
    if (m_overview)
        m_overview->setSnapshot(snapshot, m_verdict);
    if (m_usersView)
        m_usersView->setSnapshot(snapshot);
    if (m_account)
        m_account->setSnapshot(snapshot, m_verdict);
    setState(State::Ready);
    showSection(Section::Account);
    emit snapshotLoaded();
    afterLoad();
}

void MainWindow::onLoadFailed(const wod::net::ApiError &error)
{
    if (error.kind == wod::net::ApiError::Kind::Unauthorized) {
        // An expired access token: one refresh, then the same load again.
        if (m_session && m_pendingSignIn != PendingSignIn::RenewingForReload
            && m_session->refreshAfterUnauthorized()) {
            m_pendingSignIn = PendingSignIn::RenewingForReload;
            setState(State::Loading, tr("Renewing your sign-in…"));
            return;
        }
        setState(State::Error, tr("Your sign-in is not valid or has expired (HTTP 401). Sign in again."));
        m_retryButton->setVisible(false);
        // The token was refused: nobody is signed in, as the header says; Sign in again is offered.
        if (!m_snapshot)
            m_signOutButton->setVisible(false);
        return;
    }
    QString text = tr("Your organization could not be read: %1").arg(error.message);
    if (!error.trackingId.isEmpty())
        text += QLatin1Char('\n') + tr("Tracking ID: %1").arg(error.trackingId);
    setState(State::Error, text);
    m_signInAgainButton->setVisible(error.kind == wod::net::ApiError::Kind::Forbidden);
}

void MainWindow::showSection(Section section)
{
    // Switching the stack hides the old page; if it held the focus, Qt moves the focus to the
    // navigation list, whose focus-in selects its first item and asks for another section while
    // QStackedLayout is still switching: both pages would stay visible. So the navigation is
    // updated first (so the focus-in finds a current item) and nested calls are ignored.
    if (m_state != State::Ready || m_switchingSection)
        return;
    const QScopedValueRollback<bool> guard(m_switchingSection, true);
    for (int i = 0; i < m_nav->count(); ++i) {
        QListWidgetItem *item = m_nav->item(i);
        if ((item->flags() & Qt::ItemIsSelectable) && item->data(kSectionRole).toInt() == static_cast<int>(section)) {
            const QSignalBlocker blocker(m_nav);
            m_nav->setCurrentItem(item);
        }
    }
    switch (section) {
    case Section::Overview: m_stack->setCurrentWidget(overviewView()); break;
    case Section::Users: m_stack->setCurrentWidget(usersView()); break;
    case Section::Account:
        m_stack->setCurrentWidget(accountView());
        m_account->tabs()->setCurrentIndex(0);
        break;
    }
}

OverviewView *MainWindow::overviewView()
{
    if (!m_overview) {
        m_overview = new OverviewView(m_stack);
        m_stack->addWidget(m_overview);
        connect(m_overview, &OverviewView::openAccountRequested, this,
                [this] { showSection(Section::Account); });
        if (m_snapshot)
            m_overview->setSnapshot(*m_snapshot, m_verdict);
    }
    return m_overview;
}

UsersView *MainWindow::usersView()
{
    if (!m_usersView) {
        m_usersView = new UsersView(m_stack);
        m_stack->addWidget(m_usersView);
        if (m_snapshot)
            m_usersView->setSnapshot(*m_snapshot);
    }
    return m_usersView;
}

AccountView *MainWindow::accountView()
{
    if (!m_account) {
        m_account = new AccountView(m_stack);
        m_stack->addWidget(m_account);
        connect(m_account, &AccountView::deleteOrganizationRequested, this, [this] { openWizard(); });
        if (m_snapshot)
            m_account->setSnapshot(*m_snapshot, m_verdict);
    }
    return m_account;
}

void MainWindow::afterLoad()
{
    if (m_startupChecksDone)
        return;
    m_startupChecksDone = true;

    // An interrupted run of this organization comes first: finishing it matters more than a prompt.
    const auto pending = ResumeOffer::pendingRun(m_options.journalDirectory, m_snapshot->orgId);
    if (!pending) {
        offerPrompt();
        return;
    }
    const QString path = pending->path;
    ResumeOffer::ask(m_services->messageBox(), this, *pending, [this, path](bool resume) {
        if (resume)
            openWizard(path);
        else
            offerPrompt();
    });
}

void MainWindow::offerPrompt()
{
    if (!m_snapshot || m_prompt || m_wizard)
        return;
    if (!m_reminders.shouldPrompt(m_verdict, m_snapshot->orgId, adminId()))
        return;
    auto *prompt = new StartupPrompt(m_snapshot->orgDisplayName, m_verdict,
                                     ReminderPolicy::kDefaultSnoozeDays, this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    const QString orgId = m_snapshot->orgId;
    const QString admin = adminId();
    connect(prompt, &StartupPrompt::deleteRequested, this, [this] { openWizard(); });
    connect(prompt, &StartupPrompt::remindLaterRequested, this,
            [this, orgId, admin] { m_reminders.snooze(orgId, admin); });
    m_prompt = prompt;
    prompt->open();
    emit startupPromptShown(prompt);
}

void MainWindow::openWizard(const QString &resumeJournal)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    auto *controller = new WizardController(m_client, m_services, m_options.journalDirectory, this);
    controller->setAuthSession(m_session); // renews an expired token silently (null: pasted token)
    controller->setSignInFreshness(&m_freshness);
    connect(controller, &WizardController::reauthenticationRequired, this, [this] {
        askForToken(tr("Deleting the organization cannot be undone. Sign in again to confirm that "
                       "it is you."),
                    true);
    });
    if (m_snapshot)
        controller->setSnapshot(*m_snapshot);
    std::optional<wod::net::JournalSummary> journal;
    if (!resumeJournal.isEmpty()) {
        QString error;
        journal = wod::net::Journal::read(resumeJournal, &error);
        if (journal)
            controller->chooseDisposition(journal->plan.disposition);
    }
    auto *wizard = new DeleteOrgWizard(controller, m_services, this,
                                       journal ? ProgressPageId : PreflightPageId);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &QDialog::finished, this, &MainWindow::onWizardFinished);
    connect(wizard, &QObject::destroyed, controller, &QObject::deleteLater);
    m_controller = controller;
    m_wizard = wizard;
    wizard->show();
    emit wizardOpened(wizard);
    if (journal)
        controller->resume(journal->path);
    else
        controller->runPreflight();
}

void MainWindow::onWizardFinished()
{
    if (m_controller && m_controller->hasOutcome()
        && m_controller->outcome().status == wod::net::RunOutcome::Status::Deleted) {
        const QString name = m_snapshot ? m_snapshot->orgDisplayName : QString();
        const QString message = m_controller->outcome().confirmed
            ? tr("%1 has been deleted.").arg(name)
            : tr("%1 is being deleted. Deletion can take up to 10 minutes to complete.").arg(name);
        accountView()->setDeleted(message);
        setState(State::Deleted,
                 message + QStringLiteral("\n\n")
                     + tr("People who created a trial with their email address can now be added to "
                          "another organization. You can close this window."));
        m_retryButton->setVisible(false);
        m_signInAgainButton->setVisible(false);
        return;
    }
    reload();
}

} // namespace wod::ui
