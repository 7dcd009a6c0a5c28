#pragma once
// Chooses where a run talks to, once per process: a real API (--api-url, the token read from
// --token-file or WEBEX_ACCESS_TOKEN) or the embedded sandbox serving --scenario (default: the
// bundled demo). Owns the embedded sandbox, which keeps serving for the lifetime of this object.
// Never prints or logs the token. Main thread only.

#include "ApiConnection.h"
#include "AppOptions.h"
#include "OAuthSettings.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace wod::sandbox {
class EmbeddedSandbox;
}

namespace wod {

class BackendLauncher
{
public:
    BackendLauncher();
    ~BackendLauncher();
    BackendLauncher(const BackendLauncher &) = delete;
    BackendLauncher &operator=(const BackendLauncher &) = delete;

    // Resolves the connection. `requireToken`: headless modes cannot ask for one, so a missing
    // token is an error (exit code 4); the GUI accepts an empty token and asks. On failure returns
    // false with `error` (one line, no token) and `exitCode` set.
    bool start(const AppOptions &options, bool requireToken, QString *error, int *exitCode);

    // Called once the embedded sandbox listens (`ok`: connection() and oauthSettings() are
    // complete) or could not start (`error`, one line, and `exitCode` as start() would set them).
    using SandboxReady = std::function<void(bool ok, const QString &error, int exitCode)>;
    // As start() for the GUI, but an embedded sandbox is only prepared: the scenario and the
    // options are checked now (their errors fail here, synchronously, before any window),
    // connection() names the sandbox (isSandbox, sandboxScenario) with no URL yet and
    // sandboxPending() is true; launchSandbox() then starts it. With --api-url this is start():
    // the connection is complete on return and nothing is pending.
    bool startDeferred(const AppOptions &options, QString *error, int *exitCode);
    // Builds the prepared sandbox and starts it listening on its own thread; returns at once and
    // `ready` follows from the event loop. Once, and only while sandboxPending().
    void launchSandbox(SandboxReady ready);
    bool sandboxPending() const { return m_sandboxPending; }

    net::ApiConnection connection() const { return m_connection; }
    // Sign in with Webex: Webex's URLs (or --authorize-url/--token-url) with --client-id for a
    // real API; the sandbox's own endpoints and client id for the embedded sandbox. Incomplete
    // (no client id) when the integration is not configured: the GUI then offers pasting only.
    auth::OAuthSettings oauthSettings() const { return m_oauth; }
    // Non-fatal remarks for stderr, e.g. a token file others can read.
    QStringList warnings() const { return m_warnings; }

    // Reads a token file: the first line, trailing newline and spaces stripped. False with
    // `error` when unreadable or empty; `warning` set when group or others may read it.
    static bool readTokenFile(const QString &path, QString *token, QString *error, QString *warning);

private:
    bool resolveOAuth(const AppOptions &options, QString *error);
    bool start(const AppOptions &options, bool requireToken, QString *error, int *exitCode,
               bool deferSandbox);
    // The sandbox listens: connection and sign-in settings from its URL and token.
    bool takeSandboxEndpoint(const AppOptions &options, QString *error);

    net::ApiConnection m_connection;
    auth::OAuthSettings m_oauth;
    std::unique_ptr<sandbox::EmbeddedSandbox> m_sandbox;
    QStringList m_warnings;
    QString m_scenarioName;
    struct PreparedSandbox; // the checked scenario and faults, until launchSandbox()
    std::unique_ptr<PreparedSandbox> m_prepared;
    AppOptions m_options; // of the prepared sandbox: its sign-in settings once it listens
    bool m_sandboxPending = false;
};

} // namespace wod
