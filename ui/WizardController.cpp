#include "WizardController.h"

#include "ApiClient.h"
#include "DeletionRunner.h"
#include "EligibilityPolicy.h"
#include "Journal.h"
#include "SignInFreshness.h"
#include "SilentSignInRenewal.h"
#include "SnapshotLoader.h"
#include "UiServices.h"
#include "WizardExports.h"

#include <QDir>
#include <algorithm>
#include <utility>

namespace wod::ui {

namespace {

// A run whose token keeps expiring stops after this many silent renewals (the session already
// refuses to renew a token that came from a renewal and got 401 again).
constexpr int kMaxSilentRenewalsPerRun = 3;

} // namespace

WizardController::WizardController(wod::net::ApiClient *client, UiServices *services,
                                   const QString &journalDirectory, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_services(services),
      m_journalDirectory(journalDirectory.isEmpty() ? wod::net::Journal::defaultDirectory()
                                                    : journalDirectory),
      m_loader(new wod::net::SnapshotLoader(client, this)),
      m_signInRenewal(new SilentSignInRenewal(client, this))
{
    connect(m_signInRenewal, &SilentSignInRenewal::finished, this,
            &WizardController::onRenewalFinished);
    connect(m_loader, &wod::net::SnapshotLoader::checklistReady, this,
            &WizardController::onChecklistReady);
    connect(m_loader, &wod::net::SnapshotLoader::usersProgress, this, [this](qsizetype read) {
        m_usersRead = read;
        emit userListProgressChanged();
    });
    connect(m_loader, &wod::net::SnapshotLoader::loaded, this, &WizardController::onLoaded);
    connect(m_loader, &wod::net::SnapshotLoader::failed, this, &WizardController::onLoadFailed);
}

WizardController::~WizardController() = default;

const OrgSnapshot &WizardController::snapshot() const
{
    static const OrgSnapshot empty;
    return m_snapshot ? *m_snapshot : empty;
}

const wod::net::RunOutcome &WizardController::outcome() const
{
    static const wod::net::RunOutcome none;
    return m_outcome ? *m_outcome : none;
}

bool WizardController::canLeavePreflight() const
{
    return m_snapshot && m_snapshot->isUserListComplete() && !m_busy && m_verdict.eligible
        && allUnknownConfirmed();
}

void WizardController::setUnknownConfirmed(const QString &checkId, bool confirmed)
{
    if (m_runStarted || !m_verdict.unknown.contains(checkId))
        return;
    if (confirmed == m_confirmedUnknown.contains(checkId))
        return;
    if (confirmed)
        m_confirmedUnknown.append(checkId);
    else
        m_confirmedUnknown.removeAll(checkId);
    emit unknownConfirmationsChanged();
}

bool WizardController::isUnknownConfirmed(const QString &checkId) const
{
    return m_confirmedUnknown.contains(checkId);
}

bool WizardController::allUnknownConfirmed() const
{
    return std::all_of(m_verdict.unknown.cbegin(), m_verdict.unknown.cend(),
                       [this](const QString &id) { return m_confirmedUnknown.contains(id); });
}

QStringList WizardController::confirmedUnknown() const
{
    return m_confirmedUnknown;
}

bool WizardController::needsUsersStep() const
{
    return m_snapshot && m_verdict.usersToHandle > 0;
}

bool WizardController::canConvertUsers() const
{
    return m_snapshot && m_snapshot->canConvertUsers;
}

bool WizardController::canDeleteUsers() const
{
    return m_snapshot && m_snapshot->canDeleteUsers;
}

bool WizardController::nameMatches(const QString &typedName) const
{
    return m_snapshot && DeletionPlan::confirmationMatches(typedName, m_snapshot->orgDisplayName);
}

bool WizardController::isConfirmationValid(const QString &typedName, bool acknowledged) const
{
    if (!acknowledged || !canLeavePreflight() || !nameMatches(typedName))
        return false;
    return !needsUsersStep() || m_disposition.has_value();
}

bool WizardController::needsReauthentication() const
{
    return m_freshness && !m_freshness->isFresh();
}

void WizardController::signInRenewed()
{
    emit reauthenticated();
}

bool WizardController::isRunning() const
{
    return (m_runner && m_runner->isRunning()) || m_renewal == Renewal::Run;
}

bool WizardController::canCancel() const
{
    return isRunning() && !m_orgDeleteSent && !m_cancelRequested;
}

void WizardController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void WizardController::setError(const QString &text, bool unauthorized)
{
    m_unauthorized = unauthorized;
    if (m_errorText == text)
        return;
    m_errorText = text;
    emit errorChanged(text);
}

void WizardController::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    emit stepChanged(step);
}

void WizardController::setSnapshot(const OrgSnapshot &snapshot)
{
    // The whole list after the early checklist: the same reading, the same checklist (the
    // loader's contract), so what the admin confirmed on it still stands.
    const bool sameReading = isUserListLoading() && snapshot.isUserListComplete();
    const Verdict before = m_verdict;
    m_snapshot = snapshot;
    m_usersRead = snapshot.users.size();
    m_verdict = EligibilityPolicy::evaluate(snapshot);
    // What the admin confirmed was about the state they saw: a new reading asks again.
    const bool keep = sameReading && m_verdict.checklist == before.checklist;
    const bool hadConfirmations = !keep && !m_confirmedUnknown.isEmpty();
    if (!keep)
        m_confirmedUnknown.clear();
    // A disposition the server no longer supports must be chosen again.
    if (m_disposition
        && ((*m_disposition == UserDisposition::Convert && !snapshot.canConvertUsers)
            || (*m_disposition == UserDisposition::Delete && !snapshot.canDeleteUsers)))
        m_disposition.reset();
    // With a single supported choice there is nothing to decide... but the admin still has to
    // see and accept it on the users page, so nothing is preselected here.
    if (hadConfirmations)
        emit unknownConfirmationsChanged();
    emit snapshotChanged();
}

void WizardController::setAuthSession(wod::auth::AuthSession *session)
{
    m_signInRenewal->setSession(session);
}

wod::auth::AuthSession *WizardController::authSession() const
{
    return m_signInRenewal->session();
}

int WizardController::silentRenewals() const
{
    return m_signInRenewal->count();
}

bool WizardController::renewSignIn(Renewal purpose)
{
    if (m_renewal != Renewal::None)
        return false;
    m_renewal = purpose; // first: the session answers asynchronously, but never miss its answer
    if (!m_signInRenewal->start()) {
        m_renewal = Renewal::None;
        return false;
    }
    return true;
}

void WizardController::onRenewalFinished(bool renewed)
{
    const Renewal purpose = std::exchange(m_renewal, Renewal::None);
    m_signInRenewal->abandon();
    if (purpose == Renewal::Preflight) {
        const std::optional<wod::net::ApiError> error = std::exchange(m_preflightError, std::nullopt);
        if (renewed)
            m_loader->load(m_snapshot ? m_snapshot->orgId : QString()); // still busy
        else if (error)
            showPreflightUnauthorized(*error);
    } else if (purpose == Renewal::Run) {
        const std::optional<wod::net::RunOutcome> held = std::exchange(m_heldOutcome, std::nullopt);
        if (!held)
            return;
        if (renewed && !m_cancelRequested)
            startResume(held->journalPath);
        else
            deliverOutcome(*held);
    }
}

void WizardController::runPreflight()
{
    if (m_runStarted)
        return; // the pre-flight is over once a run started
    if (m_renewal == Renewal::Preflight)
        return; // a silent renewal is under way; it reads again when done
    setError({});
    setBusy(true);
    m_preflightRenewed = false;
    m_loader->load(m_snapshot ? m_snapshot->orgId : QString());
}

void WizardController::onChecklistReady(const OrgSnapshot &partial)
{
    // The checklist shows; the wizard waits on it (canLeavePreflight) for the whole list.
    setError({});
    setSnapshot(partial);
    setBusy(false);
}

void WizardController::onLoaded(const OrgSnapshot &snapshot)
{
    setError({});
    setSnapshot(snapshot);
    setBusy(false);
}

void WizardController::onLoadFailed(const wod::net::ApiError &error)
{
    const bool unauthorized = error.kind == wod::net::ApiError::Kind::Unauthorized;
    if (unauthorized && !m_preflightRenewed && renewSignIn(Renewal::Preflight)) {
        // An expired token: renew it silently and read once more; the page stays busy.
        m_preflightRenewed = true;
        m_preflightError = error;
        return;
    }
    if (isUserListLoading()) {
        // A later user page failed after the early checklist: nothing of that reading stays.
        m_snapshot.reset();
        m_verdict = {};
        m_usersRead = 0;
        emit snapshotChanged();
    }
    if (unauthorized) {
        showPreflightUnauthorized(error);
        return;
    }
    QString text = tr("The organization could not be read: %1").arg(error.message);
    if (!error.trackingId.isEmpty())
        text += QLatin1Char(' ') + tr("(tracking ID %1)").arg(error.trackingId);
    setError(text);
    setBusy(false);
}

void WizardController::showPreflightUnauthorized(const wod::net::ApiError &error)
{
    QString text = tr("Your sign-in is no longer valid. Sign in again, then re-check.");
    if (!error.trackingId.isEmpty())
        text += QLatin1Char(' ') + tr("(tracking ID %1)").arg(error.trackingId);
    setError(text, true);
    setBusy(false);
}

void WizardController::chooseDisposition(UserDisposition disposition)
{
    if (m_runStarted)
        return;
    if ((disposition == UserDisposition::Convert && !canConvertUsers())
        || (disposition == UserDisposition::Delete && !canDeleteUsers()))
        return;
    if (m_disposition == disposition)
        return;
    m_disposition = disposition;
    emit dispositionChanged();
}

QString WizardController::dryRunText() const
{
    return WizardExports::dryRun(m_snapshot, m_verdict,
                                 m_disposition.value_or(UserDisposition::Convert),
                                 m_services->clock()->now(), m_confirmedUnknown);
}

wod::net::DeletionRunner *WizardController::newRunner(const QString &journalPath)
{
    wod::net::RunnerOptions options = m_services->runnerOptions;
    options.journalPath = journalPath;
    auto *runner = new wod::net::DeletionRunner(m_client, options, this);
    connect(runner, &wod::net::DeletionRunner::progress, this,
            [this](const wod::net::RunProgress &p) {
                m_progress = p;
                if (p.phase == wod::net::RunPhase::Organization
                    || p.phase == wod::net::RunPhase::Confirming || p.phase == wod::net::RunPhase::Done)
                    m_orgDeleteSent = true;
                emit progressChanged(p);
            });
    connect(runner, &wod::net::DeletionRunner::finished, this, &WizardController::onRunFinished);
    return runner;
}

bool WizardController::confirmDeletion(const QString &typedName, bool acknowledged)
{
    if (m_runStarted)
        return false; // a second click: the run is already under way
    if (!isConfirmationValid(typedName, acknowledged)
        || !WizardExports::isComplete(m_snapshot, nullptr)) {
        setError(tr("Tick the acknowledgement and type the organization's name exactly."));
        return false;
    }
    if (needsReauthentication()) {
        // Not setError(): the pre-flight page shows that as a failed reading.
        emit reauthenticationRequired(
            tr("Sign in again to confirm that it is you: your last sign-in is more than %n "
               "minute(s) old. Then choose Delete Organization again.",
               nullptr, int(wod::auth::SignInFreshness::kMaxAgeSeconds / 60)));
        return false;
    }
    QDir().mkpath(m_journalDirectory);
    const QString journal = m_services->newJournalPath(m_journalDirectory, m_snapshot->orgId);
    // The plan (users to handle, fingerprint of what the admin saw) is built by the runner on its
    // worker: fingerprinting 10,000 users would stall this click.
    const UserDisposition disposition = m_disposition.value_or(UserDisposition::Convert);
    const QDateTime confirmedAt = m_services->clock()->now();
    m_runStarted = true;
    m_runRenewals = 0;
    m_cancelRequested = false;
    m_orgDeleteSent = false;
    m_outcome.reset();
    m_activeJournal = journal;
    m_progress = {};
    m_progress.total = static_cast<int>(m_snapshot->countUsersToHandle());
    setError({});
    m_runner = newRunner(journal);
    setStep(Step::Progress);
    emit runStarted();
    m_runner->start(*m_snapshot, m_verdict, disposition, confirmedAt, m_confirmedUnknown);
    return true;
}

bool WizardController::cancelRun()
{
    if (!canCancel())
        return false;
    if (m_renewal == Renewal::Run) {
        // Nothing runs while the sign-in is renewed: stop here, resumably, as the run left it.
        m_cancelRequested = true;
        emit progressChanged(m_progress);
        onRenewalFinished(false);
        return true;
    }
    if (!m_runner->cancel()) {
        m_orgDeleteSent = true;
        return false;
    }
    m_cancelRequested = true;
    emit progressChanged(m_progress);
    return true;
}

bool WizardController::resume(const QString &journalPath)
{
    if (isRunning())
        return false;
    const QString path = journalPath.isEmpty() ? (m_outcome ? m_outcome->journalPath : QString())
                                               : journalPath;
    if (path.isEmpty())
        return false;
    m_runRenewals = 0;
    startResume(path);
    return true;
}

void WizardController::startResume(const QString &path)
{
    m_runStarted = true;
    m_cancelRequested = false;
    m_orgDeleteSent = false;
    m_outcome.reset();
    m_activeJournal = path;
    m_progress = {};
    setError({});
    if (m_runner)
        m_runner->deleteLater();
    m_runner = newRunner(path);
    setStep(Step::Progress);
    emit runStarted();
    m_runner->resume(path);
}

void WizardController::onRunFinished(const wod::net::RunOutcome &outcome)
{
    wod::net::RunOutcome o = outcome;
    if (o.journalPath.isEmpty())
        o.journalPath = m_activeJournal;
    // An expired token stopped the run resumably: renew the sign-in silently and resume.
    if (o.status == wod::net::RunOutcome::Status::Failed
        && o.error.kind == wod::net::ApiError::Kind::Unauthorized && o.resumable
        && !o.journalPath.isEmpty() && !m_cancelRequested
        && m_runRenewals < kMaxSilentRenewalsPerRun && renewSignIn(Renewal::Run)) {
        ++m_runRenewals;
        m_heldOutcome = o;
        return;
    }
    deliverOutcome(o);
}

void WizardController::deliverOutcome(const wod::net::RunOutcome &outcome)
{
    m_outcome = outcome;
    m_cancelRequested = false;
    setStep(Step::Result);
    emit runFinished(*m_outcome);
}

WizardController::ExportFormat WizardController::formatForPath(const QString &path)
{
    return WizardExports::formatForPath(path);
}

bool WizardController::exportChecklist(const QString &path, ExportFormat format,
                                       QString *error) const
{
    return WizardExports::checklist(path, format, m_snapshot, m_verdict, error);
}

bool WizardController::exportUsers(const QString &path, QString *error) const
{
    return WizardExports::users(path, m_snapshot, error);
}

bool WizardController::saveReceipt(const QString &path, QString *error) const
{
    return WizardExports::receipt(path, m_outcome, m_snapshot, error);
}

} // namespace wod::ui
