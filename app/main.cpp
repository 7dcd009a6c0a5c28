// webex-org-delete: parses the command line, then runs the GUI or one headless command.

#include "AppOptions.h"
#include "CommandLine.h"
#include "EligibilityPolicy.h"
#include "ScenarioLoader.h"
#include "VerdictJson.h"
#include "VerdictText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <cstring>
#include <memory>

namespace {

// Headless modes never need a display: decide before any QGuiApplication is created.
bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--check", "--delete", "--resume", "--help", "-h", "--help-all",
                                 "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0 || (std::strncmp(argv[i], flag, std::strlen(flag)) == 0
                                                    && argv[i][std::strlen(flag)] == '='))
                return true;
        }
    }
    return false;
}

int runOfflineCheck(const wod::AppOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString path =
        options.scenarioPath.isEmpty() ? QStringLiteral(":/scenarios/demo.json") : options.scenarioPath;
    QString error;
    const auto scenario = wod::ScenarioLoader::loadFile(path, &error);
    if (!scenario) {
        err << error << Qt::endl;
        return wod::ExitCode::UsageOrInput;
    }
    const wod::OrgSnapshot snapshot = scenario->toSnapshot();
    const wod::Verdict verdict = wod::EligibilityPolicy::evaluate(snapshot);
    if (options.json)
        out << QJsonDocument(wod::verdictToJson(snapshot, verdict)).toJson(QJsonDocument::Compact)
            << Qt::endl;
    else
        out << wod::verdictToText(snapshot, verdict);
    return verdict.eligible ? wod::ExitCode::Eligible : wod::ExitCode::NotEligible;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsHeadless(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv); // GUI arrives with the ui layer
    QCoreApplication::setOrganizationName(QStringLiteral("webex-org-delete"));
    QCoreApplication::setApplicationName(QStringLiteral("webex-org-delete"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WOD_VERSION));

    const auto parsed = wod::parseCommandLine(QCoreApplication::arguments());
    if (const auto *exit = std::get_if<wod::CommandLineExit>(&parsed)) {
        QTextStream(exit->code == 0 ? stdout : stderr) << exit->text;
        return exit->code;
    }
    const auto &options = std::get<wod::AppOptions>(parsed);
    switch (options.mode) {
    case wod::AppOptions::Mode::Check: return runOfflineCheck(options);
    default:
        QTextStream(stderr) << "not built yet\n";
        return 1;
    }
}
