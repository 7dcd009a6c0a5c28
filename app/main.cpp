// webex-org-delete: parses the command line, chooses the backend (a real API or the embedded
// sandbox), then runs the GUI or one headless command.

#include "AppOptions.h"
#include "BackendLauncher.h"
#include "CommandLine.h"
#include "HeadlessCommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>
#include <cstring>
#include <memory>

#if defined(WOD_HAVE_UI) && __has_include("GuiLauncher.h")
#include "GuiLauncher.h"
#include <QApplication>
#define WOD_GUI 1
#endif

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

int runHeadless(const wod::AppOptions &options)
{
    QTextStream err(stderr);
    wod::BackendLauncher backend;
    QString error;
    int exitCode = 0;
    if (!backend.start(options, true, &error, &exitCode)) {
        err << error << Qt::endl;
        return exitCode;
    }
    for (const QString &warning : backend.warnings())
        err << warning << Qt::endl;
    wod::HeadlessCommand command(options, backend.connection());
    QObject::connect(&command, &wod::HeadlessCommand::finished, qApp,
                     [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    QTimer::singleShot(0, &command, &wod::HeadlessCommand::start);
    return QCoreApplication::exec();
}

int runGui(const wod::AppOptions &options)
{
#if defined(WOD_GUI)
    QTextStream err(stderr);
    // The embedded sandbox (if any) lives in `backend` and serves until the GUI returns.
    wod::BackendLauncher backend;
    QString error;
    int exitCode = 0;
    if (!backend.start(options, false, &error, &exitCode)) {
        err << error << Qt::endl;
        return exitCode;
    }
    for (const QString &warning : backend.warnings())
        err << warning << Qt::endl;
    wod::ui::GuiOptions gui;
    gui.connection = backend.connection();
    gui.orgId = options.orgId;
    gui.language = options.language;
    gui.verbose = options.verbose;
    return wod::ui::runGui(gui);
#else
    Q_UNUSED(options);
    QTextStream(stderr) << QCoreApplication::translate(
        "main", "This build has no graphical interface; use --check, --delete or --resume.\n");
    return 1;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
#if defined(WOD_GUI)
    if (wantsHeadless(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
#else
    Q_UNUSED(wantsHeadless);
    app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("webex-org-delete"));
    QCoreApplication::setApplicationName(QStringLiteral("webex-org-delete"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WOD_VERSION));

    const auto parsed = wod::parseCommandLine(QCoreApplication::arguments());
    if (const auto *exit = std::get_if<wod::CommandLineExit>(&parsed)) {
        QTextStream(exit->code == 0 ? stdout : stderr) << exit->text;
        return exit->code;
    }
    const auto &options = std::get<wod::AppOptions>(parsed);
    // Informational logs of the layers are for --verbose; warnings always reach stderr.
    if (!options.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("wod.*.info=false\nwod.*.debug=false"));
    if (options.mode == wod::AppOptions::Mode::Gui)
        return runGui(options);
    return runHeadless(options);
}
