#pragma once
// One headless command of webex-org-delete (--check, --delete, --resume) run on the event loop
// of a QCoreApplication: reads the organization through the network layer, prints the verdict,
// the dry-run plan or the deletion's progress (stderr, at a calm rate) and result (stdout, or one
// JSON object with --json), and reports an ExitCode through finished(). Never prints the token.
// SIGINT/SIGTERM during a deletion cancel it before the organization's DELETE is sent.
// Main thread only.

#include "ApiConnection.h"
#include "AppOptions.h"
#include "DeletionPlan.h"
#include "OrgSnapshot.h"

#include <QObject>
#include <QTextStream>
#include <memory>

class QNetworkAccessManager;

namespace wod::net {
class ApiClient;
class DeletionRunner;
struct ApiError;
struct RunOutcome;
struct RunProgress;
} // namespace wod::net

namespace wod {

class HeadlessCommand : public QObject
{
    Q_OBJECT
public:
    HeadlessCommand(const AppOptions &options, const net::ApiConnection &connection,
                    QObject *parent = nullptr);
    ~HeadlessCommand() override;

    // Starts the command; finished() follows exactly once (possibly before start() returns).
    void start();

    // Where the receipt goes when --receipt is not given: beside the journal, in its directory,
    // the file name's last suffix replaced by ".receipt.json" (added when it has none).
    static QString receiptPathFor(const QString &journalPath);

signals:
    void finished(int exitCode);

private:
    void loadSnapshot();
    void onSnapshot(const OrgSnapshot &snapshot);
    void onLoadFailed(const net::ApiError &error);
    void check(const OrgSnapshot &snapshot);
    void planDeletion(const OrgSnapshot &snapshot);
    void runPlan(const DeletionPlan &plan);
    void resumeRun();
    // A runner on `journalPath`, wired to the progress and result printers and to SIGINT/SIGTERM.
    void startRunner(const QString &journalPath);
    void printProgress(const net::RunProgress &progress);
    void onRunFinished(const net::RunOutcome &outcome);
    void installSignalHandlers();
    void done(int exitCode);

    AppOptions m_options;
    net::ApiConnection m_connection;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<net::ApiClient> m_client;
    net::DeletionRunner *m_runner = nullptr;
    QTextStream m_out;
    QTextStream m_err;
    qint64 m_lastProgressPrint = -1;
    int m_lastPhase = -1;
    bool m_done = false;
};

} // namespace wod
