// webex-sandbox: the sandbox server as a standalone process, for tests and manual use with curl.
// Exit codes: 0 stopped by SIGTERM/SIGINT (or --help/--version), 1 cannot listen, 2 bad flags or
// a bad scenario.

#include "FaultConfig.h"
#include "SandboxCommandLine.h"
#include "SandboxServer.h"
#include "ScenarioLoader.h"
#include "SignalWatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace wod::sandbox;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("webex-sandbox", text);
}

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "webex-sandbox: " << message << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("webex-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WOD_VERSION));

    const auto parsed = SandboxCommandLine::parse(QCoreApplication::arguments());
    if (const auto *exit = std::get_if<SandboxCommandLineExit>(&parsed)) {
        if (exit->code != 0)
            return fail(exit->code, exit->text + QLatin1Char('\n') + tr("Try --help."));
        QTextStream(stdout) << exit->text;
        return 0;
    }
    const SandboxOptions &options = std::get<SandboxOptions>(parsed);

    const QString path = options.scenarioPath.isEmpty() ? QStringLiteral(":/scenarios/demo.json")
                                                        : options.scenarioPath;
    QString error;
    const auto scenario = wod::ScenarioLoader::loadFile(path, &error);
    if (!scenario)
        return fail(2, error);
    auto faults = FaultConfig::fromJson(scenario->faults, &error);
    if (!faults)
        return fail(2, tr("%1: %2").arg(path, error));
    faults = FaultConfig::fromJson(options.faultOverrides, *faults, &error);
    if (!faults) {
        for (auto it = options.faultOverrides.begin(); it != options.faultOverrides.end(); ++it)
            error.replace(QStringLiteral("faults.") + it.key(),
                          SandboxCommandLine::flagForKey(it.key()));
        return fail(2, error);
    }

    QString token = options.token;
    if (!options.tokenFile.isEmpty()) {
        QFile file(options.tokenFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                2,
                tr("--token-file: cannot read %1: %2").arg(options.tokenFile, file.errorString()));
        token = QString::fromUtf8(file.readLine()).trimmed();
        if (token.isEmpty())
            return fail(2, tr("--token-file: %1 holds no token").arg(options.tokenFile));
    }

    SandboxServer server(*scenario, *faults);
    if (!token.isEmpty())
        server.setToken(token);
    if (!options.stateFile.isEmpty() && !server.setStateFile(options.stateFile, &error))
        return fail(2, error);
    if (!server.listen(options.port, &error))
        return fail(1, error);

    SignalWatcher watcher;
    if (!watcher.isActive())
        return fail(1, tr("cannot install the SIGTERM and SIGINT handlers"));
    QObject::connect(&watcher, &SignalWatcher::signalled, &app, [] { QCoreApplication::quit(); });

    // The first line is a contract with scripts and tests: exactly "listening on URL".
    QTextStream out(stdout);
    out << "listening on http://127.0.0.1:" << server.port() << '\n'
        << "token: " << server.token() << Qt::endl;
    return app.exec();
}
