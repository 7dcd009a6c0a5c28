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

    net::ApiConnection m_connection;
    auth::OAuthSettings m_oauth;
    std::unique_ptr<sandbox::EmbeddedSandbox> m_sandbox;
    QStringList m_warnings;
};

} // namespace wod
