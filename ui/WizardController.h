#pragma once
// Owns the Delete Organization flow: the step, the busy and error state, the snapshot and verdict,
// the admin's choice for the users, and the deletion run. Pages render what it says and forward the
// admin's actions to its verbs; they hold no rule of their own. Every verb returns at once; answers
// arrive as signals (network work runs asynchronously on this thread's event loop).
//
// Guarantees: a run starts at most once per confirmation (a double click on the commit button
// cannot send anything twice); cancelRun() only works before the organization's DELETE is sent;
// every run writes a journal in journalDirectory(), named by UiServices::newJournalPath(), so that
// it can be resumed.
//
// An access token that expires mid-wizard (HTTP 401) is renewed silently (SilentSignInRenewal)
// when an AuthSession is set: AuthSession::refreshAfterUnauthorized() (at most once per token: a
// renewed token that gets 401 again is not renewed again), then one more try: the pre-flight
// reads again, a run resumes from its journal. Only when no renewal is possible does the admin
// see the 401.
// GUI thread only. The ApiClient and UiServices are not owned and must outlive the controller.

#include "ApiError.h"
#include "DeletionPlan.h"
#include "OrgSnapshot.h"
#include "RunOutcome.h"
#include "RunProgress.h"
#include "Verdict.h"
#include "WizardExports.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

namespace wod::auth {
class AuthSession;
class SignInFreshness;
} // namespace wod::auth

namespace wod::net {
class ApiClient;
class DeletionRunner;
class SnapshotLoader;
struct ApiError;
} // namespace wod::net

namespace wod::ui {

class SilentSignInRenewal;
class UiServices;

class WizardController : public QObject
{
    Q_OBJECT
public:
    enum class Step { Preflight, Users, Acknowledge, Progress, Result };
    Q_ENUM(Step)
    using ExportFormat = WizardExports::Format;

    WizardController(wod::net::ApiClient *client, UiServices *services,
                     const QString &journalDirectory, QObject *parent = nullptr);
    ~WizardController() override;

    // ---- State ----
    Step step() const { return m_step; }
    bool isBusy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    bool errorIsUnauthorized() const { return m_unauthorized; }

    bool hasSnapshot() const { return m_snapshot.has_value(); }
    // The snapshot may be partial: the checklist came early (SnapshotLoader::checklistReady) and
    // the user list is still being read. Its verdict is the full one's, but nothing else uses it:
    // no plan, dry run, export or run until loaded() brings the whole list.
    const OrgSnapshot &snapshot() const;
    bool isUserListLoading() const { return m_snapshot && !m_snapshot->isUserListComplete(); }
    // Users read so far of the announced number, while isUserListLoading().
    qsizetype usersRead() const { return m_usersRead; }
    const Verdict &verdict() const { return m_verdict; }
    // The pre-flight is passed: a fresh, complete snapshot, no blocker, nothing loading, and every check the
    // server cannot report (verdict().unknown) confirmed by the admin.
    bool canLeavePreflight() const;
    // Checks the server cannot report: the admin looked in Control Hub and ticked each one. Cisco's
    // published API gives no example 409 body, so whether one refusal names every condition cannot
    // be told; the admin's own look is the only assurance. A new snapshot clears them.
    void setUnknownConfirmed(const QString &checkId, bool confirmed);
    bool isUnknownConfirmed(const QString &checkId) const;
    bool allUnknownConfirmed() const;
    QStringList confirmedUnknown() const;
    // Whether the users step applies (someone besides the acting admin).
    bool needsUsersStep() const;
    bool canConvertUsers() const;
    bool canDeleteUsers() const;
    std::optional<UserDisposition> disposition() const { return m_disposition; }
    // The confirmation the commit button waits for: acknowledged and the exact display name.
    bool isConfirmationValid(const QString &typedName, bool acknowledged) const;
    bool nameMatches(const QString &typedName) const;

    // The exact plan a confirmation would carry out, as text; nothing is changed.
    QString dryRunText() const;

    bool isRunning() const;
    bool hasRunStarted() const { return m_runStarted; }
    // Whether cancelRun() can still stop the run (the organization's DELETE is not sent yet).
    bool canCancel() const;
    bool cancelRequested() const { return m_cancelRequested; }
    const wod::net::RunProgress &lastProgress() const { return m_progress; }
    bool hasOutcome() const { return m_outcome.has_value(); }
    const wod::net::RunOutcome &outcome() const;
    QString journalDirectory() const { return m_journalDirectory; }

    // The session whose tokens the ApiClient uses (not owned; null: a pasted token, nothing to
    // renew). Its renewed tokens are also given to the ApiClient.
    void setAuthSession(wod::auth::AuthSession *session);
    wod::auth::AuthSession *authSession() const;
    // When the admin last signed in themselves (not owned; null: no check). confirmDeletion()
    // refuses while it is stale and emits reauthenticationRequired(): a remembered sign-in on an
    // unlocked desktop is not enough for the irreversible click.
    void setSignInFreshness(const wod::auth::SignInFreshness *freshness) { m_freshness = freshness; }
    bool needsReauthentication() const;
    // The admin signed in again after reauthenticationRequired(): clears the request.
    void signInRenewed();
    // A silent renewal after a 401 is under way (the pre-flight stays busy, a run stays running).
    bool isRenewingSignIn() const { return m_renewal != Renewal::None; }
    // Silent renewals so far (for tests and diagnostics).
    int silentRenewals() const;

    // ---- Verbs ----
    // Uses `snapshot` as the pre-flight's answer (e.g. already loaded by the main window).
    void setSnapshot(const OrgSnapshot &snapshot);
    // (Re)reads the organization and evaluates it; busy until loaded() or failed.
    void runPreflight();
    void chooseDisposition(UserDisposition disposition);
    // The admin confirmed: builds the plan and starts the run. Returns false (and sets the error
    // text) when the confirmation is incomplete, the pre-flight blocks, or a run already started.
    bool confirmDeletion(const QString &typedName, bool acknowledged);
    // Stops the run before the organization's DELETE; false when too late or nothing runs.
    bool cancelRun();
    // Continues the run of a journal (empty: the last outcome's journal). False when a run is
    // active or there is nothing to resume.
    bool resume(const QString &journalPath = {});
    // The wizard reports which page the admin is on.
    void setStep(Step step);

    // Exports (WizardExports); false with `error` set on failure. Never contain the token.
    bool exportChecklist(const QString &path, ExportFormat format, QString *error) const;
    bool exportUsers(const QString &path, QString *error) const;
    bool saveReceipt(const QString &path, QString *error) const;
    static ExportFormat formatForPath(const QString &path);

signals:
    void stepChanged(wod::ui::WizardController::Step step);
    void busyChanged(bool busy);
    void errorChanged(const QString &text);
    // A new snapshot and verdict (after setSnapshot or a pre-flight load).
    void snapshotChanged();
    // More of a partial snapshot's user list was read (usersRead() of snapshot().userCount()).
    void userListProgressChanged();
    void dispositionChanged();
    void unknownConfirmationsChanged();
    void runStarted();
    // Delete Organization was clicked on a stale sign-in: nothing started; sign in again, then
    // click once more.
    void reauthenticationRequired(const QString &why);
    void reauthenticated();
    void progressChanged(const wod::net::RunProgress &progress);
    // The run ended; outcome() holds the result. The step becomes Result.
    void runFinished(const wod::net::RunOutcome &outcome);

private:
    enum class Renewal { None, Preflight, Run };
    // Starts a silent renewal for `purpose` (SilentSignInRenewal); false when none is possible
    // (no session, or the session refuses: no refresh token, or this token came from a renewal).
    bool renewSignIn(Renewal purpose);
    void onRenewalFinished(bool renewed);
    void showPreflightUnauthorized(const wod::net::ApiError &error);
    void startResume(const QString &path);
    void deliverOutcome(const wod::net::RunOutcome &outcome);
    void setBusy(bool busy);
    void setError(const QString &text, bool unauthorized = false);
    void onChecklistReady(const OrgSnapshot &partial);
    void onLoaded(const OrgSnapshot &snapshot);
    void onLoadFailed(const wod::net::ApiError &error);
    wod::net::DeletionRunner *newRunner(const QString &journalPath);
    void onRunFinished(const wod::net::RunOutcome &outcome);

    wod::net::ApiClient *m_client;
    UiServices *m_services;
    QString m_journalDirectory;
    wod::net::SnapshotLoader *m_loader;
    QPointer<wod::net::DeletionRunner> m_runner;

    Step m_step = Step::Preflight;
    bool m_busy = false;
    QString m_errorText;
    bool m_unauthorized = false;
    std::optional<OrgSnapshot> m_snapshot;
    qsizetype m_usersRead = 0;
    Verdict m_verdict;
    std::optional<UserDisposition> m_disposition;
    QStringList m_confirmedUnknown;
    bool m_runStarted = false;
    bool m_cancelRequested = false;
    bool m_orgDeleteSent = false;
    wod::net::RunProgress m_progress;
    std::optional<wod::net::RunOutcome> m_outcome;
    QString m_activeJournal;

    SilentSignInRenewal *m_signInRenewal;
    const wod::auth::SignInFreshness *m_freshness = nullptr;
    Renewal m_renewal = Renewal::None; // what the renewal under way is for
    bool m_preflightRenewed = false;           // this pre-flight already renewed once
    int m_runRenewals = 0;                     // silent renewals of this run (bounded)
    std::optional<wod::net::ApiError> m_preflightError; // the 401 shown if the renewal fails
    std::optional<wod::net::RunOutcome> m_heldOutcome;  // the run's 401 while renewing
};

} // namespace wod::ui
