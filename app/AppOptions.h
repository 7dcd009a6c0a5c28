#pragma once
// The command line of webex-org-delete, parsed once in main() and handed to the GUI or to a
// headless command. Parsing never performs an action.

#include <QString>
#include <QStringList>
#include <optional>

namespace wod {

struct AppOptions
{
    enum class Mode { Gui, Check, Delete, Resume };
    Mode mode = Mode::Gui;
    bool json = false;
    bool verbose = false;

    // Backend: a real API (apiUrl set) or the embedded sandbox serving `scenarioPath`.
    QString apiUrl;
    QString tokenFile;   // token source for --api-url (else WEBEX_ACCESS_TOKEN, else GUI sign-in)
    QString scenarioPath; // empty: the bundled demo.json
    QString orgId;        // target organization (default: the signed-in admin's own)

    // --delete
    QString users;   // "convert" | "delete" (validated by the parser)
    std::optional<QString> confirm; // exact org display name typed by the admin
    bool dryRun = false;
    // --confirm-unknown: ids of the checks the server cannot report that the admin checked in
    // Control Hub (e.g. linked_sites,directory_sync); every unknown check must be named.
    QStringList confirmedUnknown;
    QString journalPath;
    QString receiptPath;
    // --resume JOURNAL
    QString resumeJournal;

    QString language; // --lang, e.g. "de"; empty: system locale
    bool highContrast = false; // --high-contrast (GUI only)

    // Sign in with Webex (OAuth 2 + PKCE). Empty: Webex's URLs; the client id comes from
    // --client-id or WEBEX_CLIENT_ID, the secret (if the integration has one) from
    // --client-secret-file or WEBEX_CLIENT_SECRET, never from the command line itself.
    QString clientId;
    QString clientSecretFile;
    QString authorizeUrl;
    QString tokenUrl;
    QStringList scopes;       // empty: the default scopes of the job
    quint16 redirectPort = 0; // 0: any free port on 127.0.0.1
    bool forceSignIn = false; // --sign-in: ask even when a token is at hand (e.g. the sandbox's)

    QString logDirectory; // --log-dir; empty: the standard application data location /logs
};

// Exit codes shared by every mode.
namespace ExitCode {
constexpr int Eligible = 0;      // --check: eligible; --delete: organization deleted
constexpr int NotEligible = 3;   // --check: blocked
constexpr int UsageOrInput = 2;  // wrong flags, unreadable or malformed input
constexpr int NetworkOrAuth = 4; // network fault, 401/403, token problems
constexpr int DeletionFailed = 5; // the deletion stopped with the organization intact
} // namespace ExitCode

} // namespace wod
