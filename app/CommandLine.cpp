#include "CommandLine.h"

#include "OptionRow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace wod {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wod::CommandLine", text);
}

// Where an option lands in AppOptions when it needs no more than that: a QString member takes its
// value, a bool member whether it is given. The others (std::monostate) are read one by one below.
using Target = std::variant<std::monostate, QString AppOptions::*, bool AppOptions::*>;

struct AppOption
{
    OptionRow row;
    Target target;
};

// In the order of --help; texts through tr().
const AppOption kOptions[] = {
    {{"check", "Check whether the organization can be deleted, then exit."}, {}},
    {{"delete", "Delete the organization headless (needs --users and --confirm)."}, {}},
    {{"resume", "Resume an interrupted deletion from its journal.", "JOURNAL"},
     &AppOptions::resumeJournal},
    {{"json", "Print one JSON object on stdout."}, &AppOptions::json},
    {{"scenario", "Serve this scenario file on the embedded sandbox (default: the bundled demo).",
      "FILE"},
     &AppOptions::scenarioPath},
    {{"api-url", "Use a real Webex API, e.g. https://webexapis.com/v1.", "URL"},
     &AppOptions::apiUrl},
    {{"token-file", "Read the access token from FILE (else WEBEX_ACCESS_TOKEN, else sign in).",
      "FILE"},
     &AppOptions::tokenFile},
    {{"token",
      "Refused: a token on the command line leaks into process lists. Use --token-file or "
      "WEBEX_ACCESS_TOKEN.",
      "TOKEN"},
     {}},
    {{"org-id", "The organization to act on (default: your own).", "ID"}, &AppOptions::orgId},
    {{"users", "What happens to the other users: convert or delete.", "convert|delete"},
     &AppOptions::users},
    {{"confirm", "The organization's exact display name: nothing is deleted without it.", "NAME"},
     {}},
    {{"confirm-unknown",
      "The checks this server cannot report that you checked in Control Hub, comma-separated "
      "(e.g. linked_sites,directory_sync): --delete refuses while one is not named.",
      "CHECKS"},
     {}},
    {{"dry-run", "Show the exact plan without changing anything."}, &AppOptions::dryRun},
    {{"journal", "Where to keep the resumable journal.", "FILE"}, &AppOptions::journalPath},
    {{"receipt", "Write the JSON receipt to FILE.", "FILE"}, &AppOptions::receiptPath},
    {{"lang", "User interface language, e.g. en, de, fr.", "CODE"}, &AppOptions::language},
    {{"high-contrast", "Use the high-contrast palette."}, &AppOptions::highContrast},
    {{"verbose",
      "Log more, debug messages included, to stderr and the log file (tokens and e-mail "
      "addresses are never logged)."},
     &AppOptions::verbose},
    {{"log-dir", "Write the log file into DIR (default: the application data folder's logs).",
      "DIR"},
     &AppOptions::logDirectory},
    {{"sign-in",
      "Ask to sign in even when a token is at hand, e.g. to try Sign in with Webex against the "
      "embedded sandbox."},
     &AppOptions::forceSignIn},
    {{"client-id",
      "Client id of your Webex integration for Sign in with Webex (else WEBEX_CLIENT_ID).", "ID"},
     {}},
    {{"client-secret-file",
      "Read the integration's client secret from FILE (else WEBEX_CLIENT_SECRET).", "FILE"},
     &AppOptions::clientSecretFile},
    {{"authorize-url", "OAuth authorization URL (default: https://webexapis.com/v1/authorize).",
      "URL"},
     &AppOptions::authorizeUrl},
    {{"token-url", "OAuth token URL (default: https://webexapis.com/v1/access_token).", "URL"},
     &AppOptions::tokenUrl},
    {{"scopes", "Space- or comma-separated OAuth scopes to request instead of the default ones.",
      "LIST"},
     {}},
    {{"redirect-port",
      "Port of the sign-in redirect on 127.0.0.1 (register http://127.0.0.1:PORT/ with your "
      "integration; default: any free port).",
      "PORT"},
     {}},
};

} // namespace

std::variant<AppOptions, CommandLineExit> parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Delete a Webex organization: check its eligibility, convert or delete its users, then "
           "delete it, resumably.\n"
           "Without --api-url it runs on an embedded sandbox: no real organization is touched."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    for (const AppOption &option : kOptions)
        parser.addOption(option.row.toOption(tr));
    const auto isSet = [&parser](const char *name) { return parser.isSet(QLatin1String(name)); };
    const auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };

    if (!parser.parse(arguments))
        return CommandLineExit{2, parser.errorText() + QLatin1Char('\n')};
    if (parser.isSet(helpOption))
        return CommandLineExit{0, parser.helpText()};
    if (parser.isSet(versionOption))
        return CommandLineExit{0, QCoreApplication::applicationName() + QLatin1Char(' ')
                                      + QCoreApplication::applicationVersion() + QLatin1Char('\n')};
    if (!parser.positionalArguments().isEmpty())
        return CommandLineExit{2, tr("Unexpected argument: %1\n")
                                      .arg(parser.positionalArguments().constFirst())};
    if (isSet("token"))
        return CommandLineExit{2, tr("--token is refused: a token given as an argument leaks into "
                                     "process lists and shell history. Put it in a file readable "
                                     "only by you and pass --token-file FILE, or set "
                                     "WEBEX_ACCESS_TOKEN.\n")};

    AppOptions o;
    const int modes = int(isSet("check")) + int(isSet("delete")) + int(isSet("resume"));
    if (modes > 1)
        return CommandLineExit{2, tr("Choose one of --check, --delete and --resume.\n")};
    if (isSet("check"))
        o.mode = AppOptions::Mode::Check;
    else if (isSet("delete"))
        o.mode = AppOptions::Mode::Delete;
    else if (isSet("resume"))
        o.mode = AppOptions::Mode::Resume;

    for (const AppOption &option : kOptions) {
        const QString name = option.row.name();
        if (const auto *text = std::get_if<QString AppOptions::*>(&option.target))
            o.*(*text) = parser.value(name);
        else if (const auto *given = std::get_if<bool AppOptions::*>(&option.target))
            o.*(*given) = parser.isSet(name);
    }
    if (isSet("confirm"))
        o.confirm = value("confirm");
    for (const QString &item : parser.values(QStringLiteral("confirm-unknown")))
        o.confirmedUnknown += item.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &id : o.confirmedUnknown)
        id = id.trimmed();
    o.clientId = isSet("client-id") ? value("client-id")
                                    : qEnvironmentVariable("WEBEX_CLIENT_ID").trimmed();
    o.scopes = value("scopes").split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                     Qt::SkipEmptyParts);

    // A language code such as de, fr, de_DE, fr-CA, or "pseudo"; whether it is translated is
    // decided when the GUI starts.
    static const QRegularExpression languageCode(
        QStringLiteral("^(pseudo|[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,4})?)$"));
    if (isSet("lang") && !languageCode.match(o.language).hasMatch())
        return CommandLineExit{2, tr("--lang %1 is not a language code such as en, de or fr.\n")
                                      .arg(o.language)};
    if (isSet("redirect-port")) {
        bool ok = false;
        const uint port = value("redirect-port").toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return CommandLineExit{2, tr("--redirect-port %1 is not a port number (1-65535).\n")
                                          .arg(value("redirect-port"))};
        o.redirectPort = quint16(port);
    }
    for (const char *option : {"authorize-url", "token-url"}) {
        if (!isSet(option))
            continue;
        const QUrl url(value(option), QUrl::StrictMode);
        const bool loopback = url.host() == QLatin1String("127.0.0.1")
                              || url.host() == QLatin1String("localhost") || url.host() == QLatin1String("::1");
        if (!url.isValid() || url.host().isEmpty()
            || !(url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && loopback)))
            return CommandLineExit{2, tr("--%1 %2 is not an https URL (plain http only to 127.0.0.1).\n")
                                          .arg(QLatin1String(option), value(option))};
    }

    if (!o.apiUrl.isEmpty() && !o.scenarioPath.isEmpty())
        return CommandLineExit{2, tr("--scenario and --api-url exclude each other: a scenario is "
                                     "served by the embedded sandbox.\n")};
    if (o.mode == AppOptions::Mode::Delete) {
        if (o.users != QLatin1String("convert") && o.users != QLatin1String("delete"))
            return CommandLineExit{2, tr("--delete needs --users convert or --users delete.\n")};
        if (!o.confirm && !o.dryRun)
            return CommandLineExit{2, tr("--delete needs --confirm \"<the organization's exact "
                                         "display name>\"; nothing was done.\n")};
    } else if (!o.users.isEmpty() || o.confirm || o.dryRun || !o.confirmedUnknown.isEmpty()) {
        return CommandLineExit{2, tr("--users, --confirm, --confirm-unknown and --dry-run belong to "
                                     "--delete.\n")};
    }
    if (o.json && o.mode == AppOptions::Mode::Gui)
        return CommandLineExit{2, tr("--json belongs to --check, --delete and --resume.\n")};
    if (o.mode != AppOptions::Mode::Gui && (o.highContrast || o.forceSignIn))
        return CommandLineExit{2, tr("--high-contrast and --sign-in belong to the graphical "
                                     "interface, not to --check, --delete and --resume.\n")};
    return o;
}

} // namespace wod
