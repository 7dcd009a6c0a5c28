#pragma once
// A webex-sandbox child process serving a generated organization, for the UI benchmarks: the
// server's CPU time and memory are billed to its own process, never to the GUI being measured.
// The organization is "Bench Org" with one free subscription and `users` generated users
// ("Generated User 000001", user000001@benchorg.example, ...). Stops the process on destruction.

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

class BenchSandbox
{
public:
    static QString orgDisplayName() { return QStringLiteral("Bench Org"); }

    // Starts `sandboxPath` and waits (up to 2 minutes) until it listens. `faults` are FaultConfig
    // keys (e.g. latencyMs, rateLimitPerSecond). False with `error` set when it cannot start.
    bool start(const QString &sandboxPath, int users, const QJsonObject &faults, QString *error);
    ~BenchSandbox();

    QUrl baseUrl() const { return m_base; } // http://127.0.0.1:PORT/v1
    QString token() const { return m_token; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_base;
    QString m_token;
};
