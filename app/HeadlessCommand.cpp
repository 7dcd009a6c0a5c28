#include "HeadlessCommand.h"

#include "ApiClient.h"
#include "DeletionRunner.h"
#include "EligibilityPolicy.h"
#include "HeadlessReport.h"
#include "Journal.h"
#include "SnapshotLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace wod {

namespace {

// Human progress is for a terminal: one line per second at most, plus one per phase change.
constexpr qint64 kProgressPrintIntervalMs = 1000;

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

bool writePrivateFile(const QString &path, const QByteArray &data, QString *error)
{
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size() || !file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

HeadlessCommand::HeadlessCommand(const AppOptions &options, const net::ApiConnection &connection,
                                 QObject *parent)
    : QObject(parent), m_options(options), m_connection(connection), m_out(stdout), m_err(stderr)
{
}

HeadlessCommand::~HeadlessCommand() = default;

void HeadlessCommand::start()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<net::ApiClient>(m_nam.get(), m_connection.baseUrl, m_connection.token);
    if (m_connection.isSandbox && !m_options.json)
        m_err << tr("Using the embedded sandbox (%1): no real organization is touched.")
                     .arg(m_connection.sandboxScenario)
              << Qt::endl;
    if (m_options.mode == AppOptions::Mode::Resume)
        resumeRun();
    else
        loadSnapshot();
}

void HeadlessCommand::done(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_out.flush();
    m_err.flush();
    emit finished(exitCode);
}

void HeadlessCommand::loadSnapshot()
{
    auto *loader = new net::SnapshotLoader(m_client.get(), this);
    connect(loader, &net::SnapshotLoader::loaded, this, &HeadlessCommand::onSnapshot);
    connect(loader, &net::SnapshotLoader::failed, this, &HeadlessCommand::onLoadFailed);
    loader->load(m_options.orgId);
}

void HeadlessCommand::onLoadFailed(const net::ApiError &error)
{
    m_err << tr("Could not read the organization: %1").arg(error.toString()) << Qt::endl;
    if (m_options.json)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                            QJsonObject{{QStringLiteral("kind"), toWireName(error.kind)},
                                                        {QStringLiteral("httpStatus"), error.httpStatus},
                                                        {QStringLiteral("message"), error.message},
                                                        {QStringLiteral("trackingId"), error.trackingId}}}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    done(HeadlessReport::exitCodeFor(error));
}

void HeadlessCommand::onSnapshot(const OrgSnapshot &snapshot)
{
    if (m_options.mode == AppOptions::Mode::Check)
        check(snapshot);
    else
        planDeletion(snapshot);
}

void HeadlessCommand::check(const OrgSnapshot &snapshot)
{
    const Verdict verdict = EligibilityPolicy::evaluate(snapshot);
    HeadlessReport::printVerdict(m_out, snapshot, verdict, m_options.json);
    done(verdict.eligible ? ExitCode::Eligible : ExitCode::NotEligible);
}

void HeadlessCommand::planDeletion(const OrgSnapshot &snapshot)
{
    const Verdict verdict = EligibilityPolicy::evaluate(snapshot);
    const UserDisposition disposition = userDispositionFromWire(m_options.users)
                                            .value_or(UserDisposition::Convert);
    if (disposition == UserDisposition::Convert && !snapshot.canConvertUsers) {
        m_err << tr("This server cannot convert users to individual accounts (it offers only the "
                    "public API); use --users delete. Nothing was done.")
              << Qt::endl;
        done(ExitCode::UsageOrInput);
        return;
    }
    const bool confirmed = m_options.confirm
        && DeletionPlan::confirmationMatches(*m_options.confirm, snapshot.orgDisplayName);
    // The checks the server cannot report are confirmed by the admin, as in the wizard: headless
    // is no way around looking in Control Hub first. The plan (journal, receipt) keeps which.
    const DeletionPlan plan =
        DeletionPlan::fromSnapshot(snapshot, verdict, disposition, QDateTime::currentDateTimeUtc(),
                                   m_options.confirmedUnknown);
    QStringList unconfirmed;
    for (const QString &id : verdict.unknown) {
        if (!m_options.confirmedUnknown.contains(id))
            unconfirmed << id;
    }
    const QString unconfirmedText =
        tr("This server cannot report these checks: %1. Check each one in Control Hub, then name "
           "them with --confirm-unknown %2.")
            .arg(unconfirmed.join(QStringLiteral(", ")), verdict.unknown.join(QLatin1Char(',')));

    if (m_options.dryRun) {
        const HeadlessReport::DryRun dryRun{snapshot, verdict, plan, disposition,
                                            m_options.confirm.has_value(), confirmed, unconfirmed,
                                            unconfirmedText};
        if (m_options.json)
            HeadlessReport::printDryRunJson(m_out, dryRun);
        else
            HeadlessReport::printDryRunText(m_out, dryRun);
        done(verdict.eligible ? ExitCode::Eligible : ExitCode::NotEligible);
        return;
    }

    if (!confirmed) {
        m_err << tr("The organization is named \"%1\"; --confirm \"%2\" does not match it exactly "
                    "(case and spaces count). Nothing was done.")
                     .arg(snapshot.orgDisplayName, m_options.confirm.value_or(QString()))
              << Qt::endl;
        done(ExitCode::UsageOrInput);
        return;
    }
    if (!verdict.eligible) {
        HeadlessReport::printVerdict(m_out, snapshot, verdict, m_options.json);
        m_err << tr("The organization cannot be deleted yet; nothing was done.") << Qt::endl;
        done(ExitCode::NotEligible);
        return;
    }
    if (!unconfirmed.isEmpty()) {
        m_err << unconfirmedText << QLatin1Char(' ') << tr("Nothing was done.") << Qt::endl;
        done(ExitCode::UsageOrInput);
        return;
    }
    runPlan(plan);
}

void HeadlessCommand::runPlan(const DeletionPlan &plan)
{
    const QString journalPath = m_options.journalPath.isEmpty()
        ? net::Journal::newJournalPath(net::Journal::defaultDirectory(), plan.orgId)
        : m_options.journalPath;
    startRunner(journalPath);
    if (!m_options.json)
        m_err << tr("Journal: %1").arg(journalPath) << Qt::endl;
    m_runner->start(plan);
}

void HeadlessCommand::resumeRun()
{
    QString error;
    const auto summary = net::Journal::read(m_options.resumeJournal, &error);
    if (!summary) {
        m_err << tr("Cannot resume: %1").arg(error) << Qt::endl;
        done(ExitCode::UsageOrInput);
        return;
    }
    if (!m_options.json)
        m_err << tr("Resuming the deletion of \"%1\": %2 of %3 users already handled.")
                     .arg(summary->plan.orgDisplayName)
                     .arg(summary->usersDone)
                     .arg(summary->usersTotal)
              << Qt::endl;
    startRunner(m_options.resumeJournal);
    m_runner->resume(m_options.resumeJournal);
}

void HeadlessCommand::startRunner(const QString &journalPath)
{
    net::RunnerOptions ro;
    ro.journalPath = journalPath;
    // 16 parallel user operations keep a 300 requests/s limit busy at 20 ms latency (see
    // tests/bench/net_delete); the client's Retry-After handling absorbs a stricter limit.
    ro.userConcurrency = 16;
    // The embedded sandbox answers 404 about two seconds after the DELETE: poll it briskly.
    if (m_connection.isSandbox)
        ro.confirmPollIntervalMs = 500;
    m_runner = new net::DeletionRunner(m_client.get(), ro, this);
    connect(m_runner, &net::DeletionRunner::progress, this, &HeadlessCommand::printProgress);
    connect(m_runner, &net::DeletionRunner::finished, this, &HeadlessCommand::onRunFinished);
    installSignalHandlers();
}

void HeadlessCommand::printProgress(const net::RunProgress &p)
{
    if (p.phase == net::RunPhase::Done)
        return;
    const bool phaseChanged = int(p.phase) != m_lastPhase;
    if (!phaseChanged && m_lastProgressPrint >= 0
        && p.elapsedMs - m_lastProgressPrint < kProgressPrintIntervalMs)
        return;
    m_lastPhase = int(p.phase);
    m_lastProgressPrint = p.elapsedMs;
    if (m_options.json && !m_options.verbose)
        return;
    m_err << HeadlessReport::progressLine(p) << Qt::endl;
}

// Beside the journal, in its directory: "DIR/run.jsonl" -> "DIR/run.receipt.json", "DIR/j1"
// (no dot) -> "DIR/j1.receipt.json", "DIR/.j" -> "DIR/.j.receipt.json"; only the file name's
// last suffix is replaced, never a directory's, and the name never becomes empty.
QString HeadlessCommand::receiptPathFor(const QString &journalPath)
{
    if (journalPath.isEmpty())
        return {};
    const QFileInfo info(journalPath);
    QString name = info.fileName();
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot > 0)
        name.truncate(dot);
    return info.dir().filePath(name + QStringLiteral(".receipt.json"));
}

void HeadlessCommand::onRunFinished(const net::RunOutcome &outcome)
{
    const QString receiptPath = !m_options.receiptPath.isEmpty()
        ? m_options.receiptPath
        : receiptPathFor(outcome.journalPath);
    if (!receiptPath.isEmpty()) {
        QString error;
        if (!writePrivateFile(receiptPath, outcome.receipt.toJson(), &error))
            m_err << tr("Could not write the receipt %1: %2").arg(receiptPath, error) << Qt::endl;
    }
    if (m_options.json)
        m_out << outcome.receipt.toJson(QJsonDocument::Compact) << Qt::endl;
    else
        HeadlessReport::printOutcomeText(m_out, outcome, receiptPath);
    done(HeadlessReport::exitCodeFor(outcome, m_options.mode == AppOptions::Mode::Resume));
}

void HeadlessCommand::installSignalHandlers()
{
    if (g_signalPipe[0] >= 0 || ::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        if (m_runner && m_runner->cancel())
            m_err << tr("Stopping: the users in progress finish, then the run stops before the "
                        "organization is deleted.")
                  << Qt::endl;
        else
            m_err << tr("Too late to cancel: the organization's deletion was already sent.")
                  << Qt::endl;
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

} // namespace wod
