#pragma once
// What the runner and client tests repeat around a DeletionRunner: read the organization
// (SnapshotLoader), make the plan the admin would confirm, run to the one finished() signal,
// describe an outcome for QVERIFY2, and fast runner options in a temporary folder. Every wait is
// bounded and spins the event loop, so an in-process sandbox keeps serving.

#include "ApiClient.h"
#include "DeletionPlan.h"
#include "DeletionRunner.h"
#include "OrgSnapshot.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QTemporaryDir;
class QUrl;

namespace wod::test {

// The organization as SnapshotLoader reads it; nullopt with the reason in *why (the ApiError, or a
// timeout after `timeoutMs`) when it cannot. `why` may be null.
std::optional<OrgSnapshot> loadSnapshot(net::ApiClient *client, QString *why = nullptr,
                                        int timeoutMs = 30'000);

// The plan for `snapshot` with its own verdict, as confirmed now.
DeletionPlan planFor(const OrgSnapshot &snapshot, UserDisposition disposition);

// Calls `start` (runner.start(plan) or runner.resume(path)) and waits for finished(). nullopt when
// it never came or came more than once (finished() is emitted exactly once).
std::optional<net::RunOutcome> runToEnd(net::DeletionRunner &runner,
                                        const std::function<void()> &start,
                                        int timeoutMs = 60'000);

// "status: message [error] handled h/t failed f", or why there is no outcome.
QString describe(const std::optional<net::RunOutcome> &outcome);

// Runner options for tests: the journal `name` in `dir`, confirmation polled every 50 ms for at
// most 10 s.
net::RunnerOptions quickRunnerOptions(const QTemporaryDir &dir,
                                      const QString &name = QStringLiteral("run.jsonl"));

// A file's bytes (empty when it cannot be read).
QByteArray readFile(const QString &path);

// POST /_sandbox/renewToken on the sandbox at `apiUrl` (http://127.0.0.1:PORT/v1): the new token,
// empty when there is no answer within 10 s.
QString renewSandboxToken(QNetworkAccessManager *nam, const QUrl &apiUrl);

} // namespace wod::test
