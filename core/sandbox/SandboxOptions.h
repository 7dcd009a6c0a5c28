#pragma once
// What the webex-sandbox command line asks for (SandboxCommandLine).

#include <QJsonObject>
#include <QString>

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

} // namespace wod::sandbox
