#pragma once
// A webex-sandbox child process (tests/support's SandboxProcess) serving a generated organization,
// for the benchmarks: the server's CPU time and memory are billed to its own process, never to the
// client or GUI being measured. The organization is "Bench Org" with one free subscription and
// `users` generated users ("Generated User 000001", user000001@benchorg.example, ...). Stops the
// process on destruction.

#include "SandboxProcess.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

class QNetworkAccessManager;

class BenchSandbox
{
public:
    static QString orgDisplayName() { return QStringLiteral("Bench Org"); }

    // Starts `sandboxPath` and waits (up to 2 minutes) until it listens. `faults` are FaultConfig
    // keys (e.g. latencyMs, rateLimitPerSecond). False with `error` set when it cannot start.
    bool start(const QString &sandboxPath, int users, const QJsonObject &faults, QString *error);

    QUrl baseUrl() const { return m_process.apiUrl(); } // http://127.0.0.1:PORT/v1
    QString token() const { return m_process.token(); }
    // GET /_sandbox/state through `nam` (waits up to a minute: 100,000 users are 30 MB of JSON).
    QJsonObject state(QNetworkAccessManager *nam) const;

private:
    QTemporaryDir m_dir;
    wod::test::SandboxProcess m_process;
};
