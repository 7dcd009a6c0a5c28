#include "SandboxCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace wod::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wod::sandbox::SandboxCommandLine", text);
}

enum class Kind
{
    Int,
    Rate,
    Switch,
    Codes
};

struct FaultFlag
{
    const char *flag;
    const char *key;
    Kind kind;
    const char *help;
};

// Help texts are translated at use.
const FaultFlag kFaultFlags[] = {
    {"latency-ms", "latencyMs", Kind::Int,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "Delay every answer by MS milliseconds.")},
    {"jitter-ms", "jitterMs", Kind::Int,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "Add a random 0..MS milliseconds to every delay.")},
    {"rate-limit", "rateLimitPerSecond", Kind::Int,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "Answer 429 with Retry-After above N requests per second.")},
    {"error-rate", "errorRate", Kind::Rate,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "Fraction (0..1) of requests answered 500, 502 or 503.")},
    {"reset-rate", "resetRate", Kind::Rate,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "Fraction of connections reset without an answer.")},
    {"stall-rate", "stallRate", Kind::Rate,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "Fraction of requests answered only after --stall-ms.")},
    {"stall-ms", "stallMs", Kind::Int,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "How long a stalled request waits (default 60000).")},
    {"malformed-rate", "malformedRate", Kind::Rate,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "Fraction of requests answered 200 with a body that is not JSON.")},
    {"truncated-rate", "truncatedRate", Kind::Rate,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "Fraction of requests answered with half a body.")},
    {"reset-after-effect-rate", "resetAfterEffectRate", Kind::Rate,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "Fraction of requests carried out, then reset instead of answered.")},
    {"token-expires-after", "tokenExpiresAfterRequests", Kind::Int,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "The token expires (401) after N authenticated requests.")},
    {"conflict-at-delete", "conflictAtDelete", Kind::Codes,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "Answer the org DELETE with 409 for these comma-separated blocker codes "
                       "(\"true\" = linked_sites).")},
    {"conflict-at-delete-times", "conflictAtDeleteTimes", Kind::Int,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "How many org DELETEs get that 409 (default 1).")},
    {"public-api-only", "publicApiOnly", Kind::Switch,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "Extension endpoints answer 404, as the real public API.")},
    {"org-deletion-delay-ms", "orgDeletionDelayMs", Kind::Int,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "The deleted org stays visible this long (default 2000).")},
    {"seed", "seed", Kind::Int,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "Seed of the fault generator (default 1).")},
    {"no-scim-bulk", "scimBulk", Kind::Switch,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine", "The SCIM Bulk endpoint answers 404.")},
    {"scim-bulk-rfc", "scimBulkRfc", Kind::Switch,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "SCIM Bulk answers as RFC 7644 and Cisco's example (location, method, "
                       "status; no path or bulkId echo) and requires Cisco's request schema.")},
    {"scim-bulk-status", "scimBulkStatus", Kind::Int,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "Answer every SCIM Bulk request with this HTTP status (e.g. 403, 400).")},
    {"org-delete-ignores-users", "orgDeleteIgnoresUsers", Kind::Switch,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "The org DELETE succeeds although users exist (a lax server).")},
    {"directory-sync-unreadable", "directorySyncUnreadable", Kind::Switch,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "The directorySync extension read answers 404 (the check is unknown).")},
    {"scim-bulk-lost-answers", "scimBulkLostAnswers", Kind::Int,
     QT_TRANSLATE_NOOP("wod::sandbox::SandboxCommandLine",
                       "Carry out the first N SCIM Bulk requests, then cut their answers off "
                       "halfway.")},
};

QString valueName(Kind kind)
{
    switch (kind) {
    case Kind::Int:
        return QStringLiteral("N");
    case Kind::Rate:
        return QStringLiteral("RATE");
    case Kind::Codes:
        return QStringLiteral("CODES");
    case Kind::Switch:
        break;
    }
    return {};
}

} // namespace

QString SandboxCommandLine::flagForKey(const QString &faultKey)
{
    for (const FaultFlag &f : kFaultFlags) {
        if (faultKey == QLatin1String(f.key))
            return QStringLiteral("--") + QLatin1String(f.flag);
    }
    return faultKey;
}

SandboxCommandLine::Outcome SandboxCommandLine::parse(const QStringList &arguments,
                                                      SandboxOptions *options, QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Emulates the Webex organization API for one scenario file on 127.0.0.1, with "
           "injectable faults, for tests and demos. Prints \"listening on URL\" and serves until "
           "SIGTERM or SIGINT. The contract is resources/api/openapi.yaml."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version and exit."));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      tr("Serve this scenario file (default: the bundled demo)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Listen on this port of 127.0.0.1 (default 0: a free one)."),
                                  QStringLiteral("N"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   tr("Accept this bearer token (default: random, printed)."),
                                   QStringLiteral("T"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       tr("Read the bearer token from the first line of F."),
                                       QStringLiteral("F"));
    const QCommandLineOption stateFile(
        QStringLiteral("state-file"),
        tr("Keep the state in F across restarts: loaded at start when it exists, rewritten "
           "atomically after every changing request."),
        QStringLiteral("F"));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(scenario);
    parser.addOption(port);
    parser.addOption(token);
    parser.addOption(tokenFile);
    parser.addOption(stateFile);
    QList<QCommandLineOption> faultOptions;
    for (const FaultFlag &f : kFaultFlags) {
        faultOptions.append(QCommandLineOption(
            QLatin1String(f.flag),
            QCoreApplication::translate("wod::sandbox::SandboxCommandLine", f.help),
            valueName(f.kind)));
        parser.addOption(faultOptions.last());
    }

    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return Outcome::Error;
    }
    if (parser.isSet(help)) {
        *message = parser.helpText();
        return Outcome::Help;
    }
    if (parser.isSet(version)) {
        *message = QStringLiteral("webex-sandbox %1\n").arg(QLatin1String(WOD_VERSION));
        return Outcome::Version;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first());
        return Outcome::Error;
    }
    options->scenarioPath = parser.value(scenario);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint p = parser.value(port).toUInt(&ok);
        if (!ok || p > 65535) {
            *message = tr("--port: expected a port number from 0 to 65535, found \"%1\"")
                           .arg(parser.value(port));
            return Outcome::Error;
        }
        options->port = quint16(p);
    }
    if (parser.isSet(token) && parser.isSet(tokenFile)) {
        *message = tr("--token and --token-file exclude each other");
        return Outcome::Error;
    }
    options->token = parser.value(token);
    options->tokenFile = parser.value(tokenFile);
    options->stateFile = parser.value(stateFile);
    if (parser.isSet(token) && options->token.trimmed().isEmpty()) {
        *message = tr("--token: must not be empty");
        return Outcome::Error;
    }

    for (qsizetype i = 0; i < faultOptions.size(); ++i) {
        const FaultFlag &f = kFaultFlags[i];
        if (!parser.isSet(faultOptions.at(i)))
            continue;
        const QString flag = QStringLiteral("--") + QLatin1String(f.flag);
        const QString value = parser.value(faultOptions.at(i));
        const QString key = QLatin1String(f.key);
        bool ok = true;
        switch (f.kind) {
        case Kind::Int: {
            const qlonglong n = value.toLongLong(&ok);
            if (ok)
                options->faultOverrides.insert(key, double(n));
            break;
        }
        case Kind::Rate: {
            const double r = value.toDouble(&ok);
            if (ok)
                options->faultOverrides.insert(key, r);
            break;
        }
        case Kind::Switch:
            options->faultOverrides.insert(key, key != QLatin1String("scimBulk"));
            break;
        case Kind::Codes: {
            if (value == QLatin1String("true")) {
                options->faultOverrides.insert(key, true);
            } else {
                QJsonArray codes;
                for (const QString &c : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    codes.append(c.trimmed());
                options->faultOverrides.insert(key, codes);
            }
            break;
        }
        }
        if (!ok) {
            *message =
                tr("%1: expected %2, found \"%3\"")
                    .arg(flag, f.kind == Kind::Int ? tr("a whole number") : tr("a number"), value);
            return Outcome::Error;
        }
    }
    return Outcome::Run;
}

} // namespace wod::sandbox
