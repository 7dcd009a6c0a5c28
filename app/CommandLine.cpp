#include "CommandLine.h"

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

    const QCommandLineOption check(QStringLiteral("check"),
                                   tr("Check whether the organization can be deleted, then exit."));
    const QCommandLineOption del(QStringLiteral("delete"),
                                 tr("Delete the organization headless (needs --users and --confirm)."));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    tr("Resume an interrupted deletion from its journal."),
                                    tr("JOURNAL"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object on stdout."));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        tr("Serve this scenario file on the embedded sandbox (default: the bundled demo)."),
        tr("FILE"));
    const QCommandLineOption apiUrl(QStringLiteral("api-url"),
                                    tr("Use a real Webex API, e.g. https://webexapis.com/v1."),
                                    tr("URL"));
    const QCommandLineOption tokenFile(
        QStringLiteral("token-file"),
        tr("Read the access token from FILE (else WEBEX_ACCESS_TOKEN, else sign in)."), tr("FILE"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   tr("Refused: a token on the command line leaks into process "
                                      "lists. Use --token-file or WEBEX_ACCESS_TOKEN."),
                                   tr("TOKEN"));
    const QCommandLineOption orgId(QStringLiteral("org-id"),
                                   tr("The organization to act on (default: your own)."), tr("ID"));
    const QCommandLineOption users(QStringLiteral("users"),
                                   tr("What happens to the other users: convert or delete."),
                                   tr("convert|delete"));
    const QCommandLineOption confirm(
        QStringLiteral("confirm"),
        tr("The organization's exact display name: nothing is deleted without it."), tr("NAME"));
    const QCommandLineOption confirmUnknown(
        QStringLiteral("confirm-unknown"),
        tr("The checks this server cannot report that you checked in Control Hub, comma-separated "
           "(e.g. linked_sites,directory_sync): --delete refuses while one is not named."),
        tr("CHECKS"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show the exact plan without changing anything."));
    const QCommandLineOption journal(QStringLiteral("journal"),
                                     tr("Where to keep the resumable journal."), tr("FILE"));
    const QCommandLineOption receipt(QStringLiteral("receipt"),
                                     tr("Write the JSON receipt to FILE."), tr("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("User interface language, e.g. en, de, fr."), tr("CODE"));
    const QCommandLineOption highContrast(QStringLiteral("high-contrast"),
                                          tr("Use the high-contrast palette."));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        tr("Log more, debug messages included, to stderr and the log file (tokens and e-mail "
           "addresses are never logged)."));
    const QCommandLineOption logDir(QStringLiteral("log-dir"),
                                    tr("Write the log file into DIR (default: the application data "
                                       "folder's logs)."),
                                    tr("DIR"));
    const QCommandLineOption signIn(QStringLiteral("sign-in"),
                                    tr("Ask to sign in even when a token is at hand, e.g. to try "
                                       "Sign in with Webex against the embedded sandbox."));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      tr("Client id of your Webex integration for Sign in with "
                                         "Webex (else WEBEX_CLIENT_ID)."),
                                      tr("ID"));
    const QCommandLineOption clientSecretFile(
        QStringLiteral("client-secret-file"),
        tr("Read the integration's client secret from FILE (else WEBEX_CLIENT_SECRET)."),
        tr("FILE"));
    const QCommandLineOption authorizeUrl(QStringLiteral("authorize-url"),
                                          tr("OAuth authorization URL (default: "
                                             "https://webexapis.com/v1/authorize)."),
                                          tr("URL"));
    const QCommandLineOption tokenUrl(QStringLiteral("token-url"),
                                      tr("OAuth token URL (default: "
                                         "https://webexapis.com/v1/access_token)."),
                                      tr("URL"));
    const QCommandLineOption scopes(QStringLiteral("scopes"),
                                    tr("Space- or comma-separated OAuth scopes to request instead "
                                       "of the default ones."),
                                    tr("LIST"));
    const QCommandLineOption redirectPort(
        QStringLiteral("redirect-port"),
        tr("Port of the sign-in redirect on 127.0.0.1 (register http://127.0.0.1:PORT/ with your "
           "integration; default: any free port)."),
        tr("PORT"));
    parser.addOptions({check, del, resume, json, scenario, apiUrl, tokenFile, token, orgId, users,
                       confirm, confirmUnknown, dryRun, journal, receipt, lang, highContrast, verbose, logDir,
                       signIn, clientId, clientSecretFile, authorizeUrl, tokenUrl, scopes,
                       redirectPort});

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
    if (parser.isSet(token))
        return CommandLineExit{2, tr("--token is refused: a token given as an argument leaks into "
                                     "process lists and shell history. Put it in a file readable "
                                     "only by you and pass --token-file FILE, or set "
                                     "WEBEX_ACCESS_TOKEN.\n")};

    AppOptions o;
    const int modes = int(parser.isSet(check)) + int(parser.isSet(del)) + int(parser.isSet(resume));
    if (modes > 1)
        return CommandLineExit{2, tr("Choose one of --check, --delete and --resume.\n")};
    if (parser.isSet(check))
        o.mode = AppOptions::Mode::Check;
    else if (parser.isSet(del))
        o.mode = AppOptions::Mode::Delete;
    else if (parser.isSet(resume))
        o.mode = AppOptions::Mode::Resume;

    o.json = parser.isSet(json);
    o.verbose = parser.isSet(verbose);
    o.apiUrl = parser.value(apiUrl);
    o.tokenFile = parser.value(tokenFile);
    o.scenarioPath = parser.value(scenario);
    o.orgId = parser.value(orgId);
    o.users = parser.value(users);
    if (parser.isSet(confirm))
        o.confirm = parser.value(confirm);
    for (const QString &value : parser.values(confirmUnknown))
        o.confirmedUnknown += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &id : o.confirmedUnknown)
        id = id.trimmed();
    o.dryRun = parser.isSet(dryRun);
    o.journalPath = parser.value(journal);
    o.receiptPath = parser.value(receipt);
    o.resumeJournal = parser.value(resume);
    o.language = parser.value(lang);
    o.highContrast = parser.isSet(highContrast);
    o.logDirectory = parser.value(logDir);
    o.forceSignIn = parser.isSet(signIn);
    o.clientId = parser.isSet(clientId) ? parser.value(clientId)
                                        : qEnvironmentVariable("WEBEX_CLIENT_ID").trimmed();
    o.clientSecretFile = parser.value(clientSecretFile);
    o.authorizeUrl = parser.value(authorizeUrl);
    o.tokenUrl = parser.value(tokenUrl);
    o.scopes = parser.value(scopes).split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                          Qt::SkipEmptyParts);

    // A language code such as de, fr, de_DE, fr-CA, or "pseudo"; whether it is translated is
    // decided when the GUI starts.
    static const QRegularExpression languageCode(
        QStringLiteral("^(pseudo|[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,4})?)$"));
    if (parser.isSet(lang) && !languageCode.match(o.language).hasMatch())
        return CommandLineExit{2, tr("--lang %1 is not a language code such as en, de or fr.\n")
                                      .arg(o.language)};
    if (parser.isSet(redirectPort)) {
        bool ok = false;
        const uint port = parser.value(redirectPort).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return CommandLineExit{2, tr("--redirect-port %1 is not a port number (1-65535).\n")
                                          .arg(parser.value(redirectPort))};
        o.redirectPort = quint16(port);
    }
    for (const auto *option : {&authorizeUrl, &tokenUrl}) {
        if (!parser.isSet(*option))
            continue;
        const QUrl url(parser.value(*option), QUrl::StrictMode);
        const bool loopback = url.host() == QLatin1String("127.0.0.1")
                              || url.host() == QLatin1String("localhost") || url.host() == QLatin1String("::1");
        if (!url.isValid() || url.host().isEmpty()
            || !(url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && loopback)))
            return CommandLineExit{2, tr("--%1 %2 is not an https URL (plain http only to 127.0.0.1).\n")
                                          .arg(option->names().constFirst(), parser.value(*option))};
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
