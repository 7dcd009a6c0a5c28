#pragma once
// Command line of the webex-sandbox executable:
//   webex-sandbox [--scenario FILE] [--port N] [--token T | --token-file F] [--state-file F]
//                 [fault flags]
// Fault flags mirror FaultConfig and override the scenario's "faults" object.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wod::sandbox {

struct SandboxOptions
{
    QString scenarioPath; // empty: the bundled demo
    quint16 port = 0;     // 0: a free port
    QString token;        // empty: the scenario's or a random one
    QString tokenFile;
    QString stateFile; // empty: state in memory only; else loaded at start and kept up to date
    QJsonObject faultOverrides; // FaultConfig keys given on the command line
};

class SandboxCommandLine
{
public:
    enum class Outcome
    {
        Run,
        Help,
        Version,
        Error
    };

    // `arguments` includes the program name. For Help and Version `message` is the text to print
    // on stdout; for Error a one-line explanation for stderr.
    static Outcome parse(const QStringList &arguments, SandboxOptions *options, QString *message);
    // The flag that sets a FaultConfig key, e.g. "errorRate" -> "--error-rate".
    static QString flagForKey(const QString &faultKey);
};

} // namespace wod::sandbox
