#pragma once
// Command line of the webex-sandbox executable, parsed with QCommandLineParser:
//   webex-sandbox [--scenario FILE] [--port N] [--token T | --token-file F] [--state-file F]
//                 [fault flags]
// Fault flags mirror FaultConfig (the kind of value each takes comes from there) and override
// the scenario's "faults" object.

#include "SandboxOptions.h"

#include <QStringList>
#include <variant>

namespace wod::sandbox {

struct SandboxCommandLineExit
{
    int code;     // 0 after --help or --version, 2 for a usage error
    QString text; // for 0 the text for stdout; for 2 a one-line explanation for stderr
};

class SandboxCommandLine
{
public:
    // `arguments` includes the program name.
    static std::variant<SandboxOptions, SandboxCommandLineExit> parse(const QStringList &arguments);
    // The flag that sets a FaultConfig key, e.g. "errorRate" -> "--error-rate".
    static QString flagForKey(const QString &faultKey);
};

} // namespace wod::sandbox
