#include "MainWindow.h"

#include "AccountView.h"
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
#include "SignInDialog.h"
#include "SnapshotLoader.h"
#include "StartupPrompt.h"
#include "UiServices.h"
#include "UsersView.h"
#include "WizardController.h"

#include <QDesktopServices>
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

    auto *header = new QFrame(central);
    header->setObjectName(QStringLiteral("headerFrame"));
    header->setFrameShape(QFrame::StyledPanel);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(20, 12, 20, 12);
    auto *appTitle = new QLabel(tr("Webex Organization Deletion"), header);
    appTitle->setObjectName(QStringLiteral("appTitleLabel"));
    QFont bold = appTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    appTitle->setFont(bold);
    m_adminLabel = new QLabel(header);
    m_adminLabel->setObjectName(QStringLiteral("adminLabel"));
    m_adminLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_adminLabel->setTextFormat(Qt::PlainText);
    headerLayout->addWidget(appTitle);
    headerLayout->addStretch(1);
    headerLayout->addWidget(m_adminLabel);
    m_signOutButton = new QPushButton(tr("Sign &Out"), header);
    m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
    m_signOutButton->setAccessibleName(tr("Sign out"));
    m_signOutButton->setAccessibleDescription(
        tr("Forgets your sign-in on this computer, the system keychain included."));
    m_signOutButton->setVisible(false);
    headerLayout->addWidget(m_signOutButton);
    outer->addWidget(header);

    m_backendLabel = new QLabel(central);
    m_backendLabel->setObjectName(options.connection.isSandbox ? QStringLiteral("sandboxBannerLabel")
                                                               : QStringLiteral("backendLabel"));
    m_backendLabel->setWordWrap(true);
    m_backendLabel->setTextFormat(Qt::PlainText);
    m_backendLabel->setContentsMargins(20, 8, 20, 8);
    if (options.connection.isSandbox) {
        const QString scenario = options.connection.sandboxScenario.isEmpty()
            ? QStringLiteral("demo.json")
            : options.connection.sandboxScenario;
        m_backendLabel->setText(
            tr("Sandbox: no real organization is touched (scenario %1)").arg(scenario));
        // A banner, not a hint: it must stand out in every palette.
        Look::sandboxBanner(m_backendLabel);
    } else {
        m_backendLabel->setText(tr("Connected to %1").arg(options.connection.baseUrl.toDisplayString()));
    }
    m_backendLabel->setAccessibleName(m_backendLabel->text());
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
    m_stateLabel = new QLabel(m_statePage);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_retryButton = new QPushButton(tr("&Retry"), m_statePage);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAccessibleName(tr("Retry"));
    m_signInAgainButton = new QPushButton(tr("&Sign in again"), m_statePage);
    m_signInAgainButton->setObjectName(QStringLiteral("signInAgainButton"));
    m_signInAgainButton->setAccessibleName(tr("Sign in again"));
    auto *stateButtons = new QHBoxLayout;
    stateButtons->addWidget(m_retryButton);
    stateButtons->addWidget(m_signInAgainButton);
    stateButtons->addStretch(1);
    stateLayout->addWidget(m_stateLabel);
    stateLayout->addLayout(stateButtons);
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

void MainWindow::showConnecting()
{
    setState(State::Loading, m_options.connection.isSandbox ? tr("Connecting to the sandbox…")
                                                            : tr("Connecting…"));
}

void MainWindow::start(const wod::net::ApiConnection &connection, const wod::auth::OAuthSettings &oauth)
{
    // Nothing has used the placeholders yet: no request sent, no dialog open.
    delete m_loader;
    delete m_client;
    delete m_session;
    m_session = nullptr;
    delete m_keychain;
    m_keychain = nullptr;
    m_keychainState = Keychain::Unknown;
    m_options.connection = connection;
    m_options.oauth = oauth;
    setUpClient(connection.token);
    setUpSignIn();
    start();
}

void MainWindow::setUpSignIn()
{
    if (!m_options.oauth.isComplete())
        return;
    m_session = new wod::auth::AuthSession(m_nam, m_options.oauth, this);
    const auto opener = m_options.openBrowser;
    m_session->setBrowserOpener([opener](const QUrl &url) {
        if (opener)
            opener(url);
        else if (!QDesktopServices::openUrl(url))
            qCWarning(lcUi) << "No browser could be opened for the sign-in page";
    });
    if (m_options.useKeychain)
        m_keychain = new wod::auth::RefreshTokenStore(m_options.oauth.keychainAccount(), this);
    connect(m_session, &wod::auth::AuthSession::accessTokenChanged, this, [this](const QString &token) {
        m_client->setToken(token);
        if (m_reloadAfterRefresh) {
            m_reloadAfterRefresh = false;
            reload();
        }
    });
    connect(m_session, &wod::auth::AuthSession::refreshTokenChanged, this, [this](const QString &token) {
        // Webex may rotate the refresh token: the keychain keeps the newest.
        if (m_rememberMe && m_keychain && !m_restoring && !token.isEmpty())
            m_keychain->save(token, [](const wod::auth::RefreshTokenStore::Outcome &) {});
    });
    connect(m_session, &wod::auth::AuthSession::signedIn, this, &MainWindow::onSignedIn);
    connect(m_session, &wod::auth::AuthSession::failed, this,
            [this](wod::auth::AuthSession::Failure failure, const QString &message) {
                // The authorization server's raw error code (e.g. access_denied) goes to the log
                // only; the admin reads a sentence.
                if (failure == wod::auth::AuthSession::Failure::Denied) {
                    qCInfo(lcUi) << "Sign-in refused by the authorization server:" << message;
                    onAuthFailed(message.contains(QLatin1String("access_denied"))
                                     ? tr("The sign-in was refused in the browser, so nobody is "
                                          "signed in. Choose Sign in with Webex to try again.")
                                     : tr("Webex refused the sign-in. Try again, or paste an access "
                                          "token instead."),
                                 false);
                    return;
                }
                onAuthFailed(message, failure == wod::auth::AuthSession::Failure::TokenRejected);
            });
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_signIn.data();
}

void MainWindow::updateRememberAvailability()
{
    if (!m_signIn)
        return;
    switch (m_keychainState) {
    case Keychain::Available:
        m_signIn->setRememberAvailable(true);
        break;
    case Keychain::Unavailable:
        m_signIn->setRememberAvailable(false, m_keychainWhyNot);
        break;
    case Keychain::Unknown:
    case Keychain::Probing:
        m_signIn->setRememberAvailable(false, m_keychain ? tr("checking the system keychain…")
                                                         : tr("no system keychain is used."));
        break;
    }
}

void MainWindow::restoreRememberedSignIn()
{
    m_keychainState = Keychain::Probing;
    setState(State::Loading, tr("Signing in…"));
    m_keychain->load([this](const wod::auth::RefreshTokenStore::Outcome &outcome) {
        m_keychainState = outcome.ok ? Keychain::Available : Keychain::Unavailable;
        m_keychainWhyNot = outcome.error;
        if (outcome.ok && !outcome.token.isEmpty()) {
            qCInfo(lcUi) << "Signing in with the remembered sign-in";
            m_rememberMe = true;
            m_restoring = true;
            m_session->signInWithRefreshToken(outcome.token);
            return;
        }
        askForToken({});
    });
}

void MainWindow::onSignedIn()
{
    // A remembered sign-in proves nothing about who sits at the desktop; a browser sign-in does.
    if (m_restoring)
        m_freshness.forget();
    else
        m_freshness.markSignedIn();
    if (m_reauthenticating) {
        if (m_keychain && m_rememberMe)
            m_keychain->save(m_session->refreshToken(), [](const wod::auth::RefreshTokenStore::Outcome &) {});
        if (m_signIn)
            m_signIn->finishWebexSignIn();
        onReauthenticated();
        return;
    }
    m_restoring = false;
    m_needsToken = false;
    m_signedInInteractively = true;
    // A new sign-in may be another admin: the startup checks run again.
    m_startupChecksDone = false;
    if (m_keychain) {
        const auto ignore = [](const wod::auth::RefreshTokenStore::Outcome &) {};
        if (m_rememberMe)
            m_keychain->save(m_session->refreshToken(), ignore);
        else
            m_keychain->remove(ignore); // an older "Remember me" is forgotten, not left behind
    }
    if (m_signIn)
        m_signIn->finishWebexSignIn();
    reload();
}

void MainWindow::onAuthFailed(const QString &message, bool tokenRejected)
{
    if (m_restoring) {
        m_restoring = false;
        m_rememberMe = false;
        // A refresh token the server refuses is useless: forget it.
        if (tokenRejected && m_keychain)
            m_keychain->remove([](const wod::auth::RefreshTokenStore::Outcome &) {});
        askForToken(tokenRejected
                        ? tr("Your remembered sign-in is no longer valid; sign in again.")
                        : tr("Your remembered sign-in could not be renewed (the sign-in server "
                             "did not answer); sign in again."));
        return;
    }
    if (m_reloadAfterRefresh) {
        m_reloadAfterRefresh = false;
        setState(State::Error, tr("Your sign-in has expired and could not be renewed. Sign in again."));
        m_retryButton->setVisible(false);
        return;
    }
    if (m_signIn) {
        m_signIn->setWaiting(false);
        m_signIn->setMessage(message);
    }
}

void MainWindow::signOut()
{
    if (m_wizard)
        return; // never in the middle of a run; the wizard is modal anyway
    qCInfo(lcUi) << "Signing out";
    if (m_session)
        m_session->signOut();
    if (m_keychain)
        m_keychain->remove([](const wod::auth::RefreshTokenStore::Outcome &) {});
    m_client->setToken(QString());
    m_rememberMe = false;
    m_freshness.forget();
    m_signedInInteractively = false;
    m_reloadAfterRefresh = false;
    m_snapshot.reset();
    m_startupChecksDone = false;
    m_needsToken = true;
    askForToken(tr("You are signed out."));
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

void MainWindow::start()
{
    // No token (a real API without --token-file or WEBEX_ACCESS_TOKEN, or --sign-in): a
    // remembered sign-in first, else the admin signs in.
    if (!m_needsToken)
        reload();
    else if (m_session && m_keychain)
        restoreRememberedSignIn();
    else
        askForToken({});
}

void MainWindow::askForToken(const QString &why, bool reauthenticate)
{
    if (m_signIn) {
        m_signIn->raise();
        return;
    }
    m_reauthenticating = reauthenticate;
    // Over the wizard when it asks: the window-modal wizard blocks this window.
    QWidget *parent = reauthenticate && m_wizard ? static_cast<QWidget *>(m_wizard.data()) : this;
    auto *dialog = new SignInDialog(m_options.connection.baseUrl.toDisplayString(),
                                    m_session != nullptr, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMessage(why);
    m_signIn = dialog;
    if (m_session) {
        if (m_keychain && m_keychainState == Keychain::Unknown) {
            m_keychainState = Keychain::Probing;
            m_keychain->probe([this](const wod::auth::RefreshTokenStore::Outcome &outcome) {
                m_keychainState = outcome.ok ? Keychain::Available : Keychain::Unavailable;
                m_keychainWhyNot = outcome.error;
                updateRememberAvailability();
            });
        }
        updateRememberAvailability();
        connect(dialog, &SignInDialog::webexSignInRequested, this, [this](bool remember) {
            m_rememberMe = remember;
            m_session->signIn();
        });
        connect(dialog, &QDialog::rejected, this, [this] {
            if (m_session->isBusy())
                m_session->cancel();
        });
    }
    connect(dialog, &QDialog::rejected, this, [this] { m_reauthenticating = false; });
    connect(dialog, &SignInDialog::tokenEntered, this, [this](const QString &token) {
        // A pasted token replaces any Webex sign-in: nothing refreshes it behind the admin's back.
        if (m_session)
            m_session->signOut();
        m_client->setToken(token);
        m_freshness.markSignedIn();
        if (m_reauthenticating) {
            onReauthenticated();
            return;
        }
        m_signedInInteractively = true;
        m_needsToken = false;
        // A new sign-in may be another admin: the startup checks run again.
        m_startupChecksDone = false;
        reload();
    });
    if (!reauthenticate)
        setState(State::SignedOut, tr("Sign in to read your organization."));
    dialog->open();
}

void MainWindow::onReauthenticated()
{
    m_reauthenticating = false;
    if (m_controller)
        m_controller->signInRenewed();
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
        if (m_session && !m_reloadAfterRefresh && m_session->refreshAfterUnauthorized()) {
            m_reloadAfterRefresh = true;
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
    QList<wod::net::JournalSummary> pending;
    for (const auto &summary : wod::net::Journal::pending(m_options.journalDirectory)) {
        if (summary.plan.orgId == m_snapshot->orgId)
            pending.append(summary);
    }
    if (pending.isEmpty()) {
        offerPrompt();
        return;
    }
    const wod::net::JournalSummary j = pending.first();
    QString text = tr("A deletion of %1 did not finish (last step %2): %3 of %4 users were handled.")
                       .arg(j.plan.orgDisplayName,
                            QLocale().toString(j.lastUpdate.toUTC(), QLocale::ShortFormat))
                       .arg(j.usersDone)
                       .arg(j.usersTotal);
    if (j.orgDeleteSent)
        text += QLatin1Char(' ') + tr("The organization's deletion was already sent.");
    text += QStringLiteral("\n\n") + tr("Resume it now?");
    const QString path = j.path;
    m_services->messageBox()->ask(this, QMessageBox::Question, tr("Resume the deletion?"), text,
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
                                  [this, path](QMessageBox::StandardButton answer) {
                                      if (answer == QMessageBox::Yes)
                                          openWizard(path);
                                      else
                                          offerPrompt();
                                  },
                                  {{QMessageBox::Yes, tr("&Resume")}, {QMessageBox::No, tr("&Not Now")}});
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
