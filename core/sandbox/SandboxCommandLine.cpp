#include "SandboxCommandLine.h"

#include "FaultConfig.h"
#include "OptionRow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace wod::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wod::sandbox::SandboxCommandLine", text);
}

// Not addHelpOption()/addVersionOption(): their texts and Qt's --help-all are not this tool's.
// In the order of --help, before the fault flags; texts through tr().
const OptionRow kOptions[] = {
    {"h|help", "Show this help and exit."},
    {"version", "Show the version and exit."},
    {"scenario", "Serve this scenario file (default: the bundled demo).", "FILE"},
    {"port", "Listen on this port of 127.0.0.1 (default 0: a free one).", "N"},
    {"token", "Accept this bearer token (default: random, printed).", "T"},
    {"token-file", "Read the bearer token from the first line of F.", "F"},
    {"state-file",
     "Keep the state in F across restarts: loaded at start when it exists, rewritten atomically "
     "after every changing request.",
     "F"},
};

// A flag of one FaultConfig key; the kind of value it takes is FaultConfig::kindOf(key).
struct FaultFlag
{
    const char *flag;
    const char *key;
    const char *help;
};

// In the order of --help. Not in the translation catalogues (they leave core/sandbox out).
const FaultFlag kFaultFlags[] = {
    {"latency-ms", "latencyMs", "Delay every answer by MS milliseconds."},
    {"jitter-ms", "jitterMs", "Add a random 0..MS milliseconds to every delay."},
    {"rate-limit", "rateLimitPerSecond",
     "Answer 429 with Retry-After above N requests per second."},
    {"error-rate", "errorRate", "Fraction (0..1) of requests answered 500, 502 or 503."},
    {"reset-rate", "resetRate", "Fraction of connections reset without an answer."},
    {"stall-rate", "stallRate", "Fraction of requests answered only after --stall-ms."},
    {"stall-ms", "stallMs", "How long a stalled request waits (default 60000)."},
    {"malformed-rate", "malformedRate",
     "Fraction of requests answered 200 with a body that is not JSON."},
    {"truncated-rate", "truncatedRate", "Fraction of requests answered with half a body."},
    {"reset-after-effect-rate", "resetAfterEffectRate",
     "Fraction of requests carried out, then reset instead of answered."},
    {"token-expires-after", "tokenExpiresAfterRequests",
     "The token expires (401) after N authenticated requests."},
    {"conflict-at-delete", "conflictAtDelete",
     "Answer the org DELETE with 409 for these comma-separated blocker codes "
     "(\"true\" = linked_sites)."},
    {"conflict-at-delete-times", "conflictAtDeleteTimes",
     "How many org DELETEs get that 409 (default 1)."},
    {"public-api-only", "publicApiOnly", "Extension endpoints answer 404, as the real public API."},
    {"org-deletion-delay-ms", "orgDeletionDelayMs",
     "The deleted org stays visible this long (default 2000)."},
    {"seed", "seed", "Seed of the fault generator (default 1)."},
    {"no-scim-bulk", "scimBulk", // sets it false
     "The SCIM Bulk endpoint answers 404."},
    {"scim-bulk-rfc", "scimBulkRfc",
     "SCIM Bulk answers as RFC 7644 and Cisco's example (location, method, "
     "status; no path or bulkId echo) and requires Cisco's request schema."},
    {"scim-bulk-status", "scimBulkStatus",
     "Answer every SCIM Bulk request with this HTTP status (e.g. 403, 400)."},
    {"org-delete-ignores-users", "orgDeleteIgnoresUsers",
     "The org DELETE succeeds although users exist (a lax server)."},
    {"directory-sync-unreadable", "directorySyncUnreadable",
     "The directorySync extension read answers 404 (the check is unknown)."},
    {"scim-bulk-lost-answers", "scimBulkLostAnswers",
     "Carry out the first N SCIM Bulk requests, then cut their answers off "
     "halfway."},
};

FaultConfig::ValueKind kindOf(const FaultFlag &f)
{
    return *FaultConfig::kindOf(QLatin1String(f.key));
}

QString valueName(FaultConfig::ValueKind kind)
{
    switch (kind) {
    case FaultConfig::ValueKind::WholeNumber:
        return QStringLiteral("N");
    case FaultConfig::ValueKind::Rate:
        return QStringLiteral("RATE");
    case FaultConfig::ValueKind::BlockerCodes:
        return QStringLiteral("CODES");
    case FaultConfig::ValueKind::Switch:
        break;
    }
    return {};
}

QString flagName(const FaultFlag &f)
{
    return QStringLiteral("--") + QLatin1String(f.flag);
}

// "true" (= linked_sites) or comma-separated codes, as FaultConfig reads conflictAtDelete.
QJsonValue blockerCodes(const QString &value)
{
    if (value == QLatin1String("true"))
        return true;
    QJsonArray codes;
    for (const QString &c : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        codes.append(c.trimmed());
    return codes;
}

// The JSON value of a fault flag's command-line value; undefined when it is not of its kind.
QJsonValue faultValue(const FaultFlag &f, const QString &value)
{
    bool ok = true;
    switch (kindOf(f)) {
    case FaultConfig::ValueKind::WholeNumber: {
        const qlonglong n = value.toLongLong(&ok);
        return ok ? QJsonValue(double(n)) : QJsonValue(QJsonValue::Undefined);
    }
    case FaultConfig::ValueKind::Rate: {
        const double r = value.toDouble(&ok);
        return ok ? QJsonValue(r) : QJsonValue(QJsonValue::Undefined);
    }
    case FaultConfig::ValueKind::Switch:
        return qstrcmp(f.key, "scimBulk") != 0; // --no-scim-bulk turns it off
    case FaultConfig::ValueKind::BlockerCodes:
        return blockerCodes(value);
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

QString SandboxCommandLine::flagForKey(const QString &faultKey)
{
    for (const FaultFlag &f : kFaultFlags) {
        if (faultKey == QLatin1String(f.key))
            return flagName(f);
    }
    return faultKey;
}

std::variant<SandboxOptions, SandboxCommandLineExit>
SandboxCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Emulates the Webex organization API for one scenario file on 127.0.0.1, with "
           "injectable faults, for tests and demos. Prints \"listening on URL\" and serves until "
           "SIGTERM or SIGINT. The contract is resources/api/openapi.yaml."));
    for (const OptionRow &row : kOptions)
        parser.addOption(row.toOption(tr));
    QList<QCommandLineOption> faultOptions;
    for (const FaultFlag &f : kFaultFlags)
        faultOptions.append(
            QCommandLineOption(QLatin1String(f.flag), tr(f.help), valueName(kindOf(f))));
    parser.addOptions(faultOptions);
    const auto isSet = [&parser](const char *name) { return parser.isSet(QLatin1String(name)); };
    const auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };

    if (!parser.parse(arguments))
        return SandboxCommandLineExit{2, parser.errorText()};
    if (isSet("help"))
        return SandboxCommandLineExit{0, parser.helpText()};
    if (isSet("version"))
        return SandboxCommandLineExit{
            0, QStringLiteral("webex-sandbox %1\n").arg(QLatin1String(WOD_VERSION))};
    if (!parser.positionalArguments().isEmpty())
        return SandboxCommandLineExit{
            2, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst())};

    SandboxOptions o;
    o.scenarioPath = value("scenario");
    if (isSet("port")) {
        bool ok = false;
        const uint p = value("port").toUInt(&ok);
        if (!ok || p > 65535)
            return SandboxCommandLineExit{
                2, tr("--port: expected a port number from 0 to 65535, found \"%1\"")
                       .arg(value("port"))};
        o.port = quint16(p);
    }
    if (isSet("token") && isSet("token-file"))
        return SandboxCommandLineExit{2, tr("--token and --token-file exclude each other")};
    o.token = value("token");
    o.tokenFile = value("token-file");
    o.stateFile = value("state-file");
    if (isSet("token") && o.token.trimmed().isEmpty())
        return SandboxCommandLineExit{2, tr("--token: must not be empty")};

    for (qsizetype i = 0; i < faultOptions.size(); ++i) {
        if (!parser.isSet(faultOptions.at(i)))
            continue;
        const FaultFlag &f = kFaultFlags[i];
        const QString given = parser.value(faultOptions.at(i));
        const QJsonValue json = faultValue(f, given);
        if (json.isUndefined())
            return SandboxCommandLineExit{
                2, tr("%1: expected %2, found \"%3\"")
                       .arg(flagName(f),
                            kindOf(f) == FaultConfig::ValueKind::WholeNumber ? tr("a whole number")
                                                                             : tr("a number"),
                            given)};
        o.faultOverrides.insert(QLatin1String(f.key), json);
    }
    return o;
}

} // namespace wod::sandbox
