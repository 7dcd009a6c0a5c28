// webex-org-delete: parses the command line, chooses the backend (a real API or the embedded
// sandbox), then runs the GUI or one headless command.

#include "AppLog.h"
#include "AppLogging.h"
#include "AppOptions.h"
#include "BackendLauncher.h"
#include "CommandLine.h"
#include "HeadlessCommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>
#include <memory>

#if defined(WOD_HAVE_UI) && __has_include("GuiLauncher.h")
#include "GuiLauncher.h"
#include <QApplication>
#define WOD_GUI 1
#endif

namespace {

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
    QObject::connect(&command, &wod::HeadlessCommand::finished, QCoreApplication::instance(),
                     [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    QTimer::singleShot(0, &command, &wod::HeadlessCommand::start);
    return QCoreApplication::exec();
}

int runGui(const wod::AppOptions &options)
{
#if defined(WOD_GUI)
    QTextStream err(stderr);
    // The embedded sandbox (if any) lives in `backend` and serves until the GUI returns. Its
    // scenario and options are checked now; it is started on its own thread once the window's
    // first frame is painted ("Connecting to the sandbox…"), and the window signs in once it
    // listens.
    wod::BackendLauncher backend;
    QString error;
    int exitCode = 0;
    if (!backend.startDeferred(options, &error, &exitCode)) {
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
    gui.highContrast = options.highContrast;
    gui.oauth = backend.oauthSettings();
    gui.forceSignIn = options.forceSignIn;
    if (backend.sandboxPending()) {
        gui.pendingBackend = [&backend](wod::ui::GuiOptions::BackendReady ready,
                                        wod::ui::GuiOptions::BackendFailed failed) {
            backend.launchSandbox([&backend, ready = std::move(ready), failed = std::move(failed)](
                                      bool ok, const QString &why, int code) {
                if (ok)
                    ready(backend.connection(), backend.oauthSettings());
                else
                    failed(why, code);
            });
        };
    }
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
    QCoreApplication::setOrganizationName(QStringLiteral("webex-org-delete"));
    QCoreApplication::setApplicationName(QStringLiteral("webex-org-delete"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WOD_VERSION));

    // Parsed before any application object exists: headless modes, --help and usage errors never
    // need a display (a bad flag is exit 2 even where no GUI could start).
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const auto preParsed = wod::parseCommandLine(rawArguments);
    const auto *preOptions = std::get_if<wod::AppOptions>(&preParsed);
    const bool gui = preOptions && preOptions->mode == wod::AppOptions::Mode::Gui;

    std::unique_ptr<QCoreApplication> app;
#if defined(WOD_GUI)
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
#else
    Q_UNUSED(gui);
    app = std::make_unique<QCoreApplication>(argc, argv);
#endif

    const auto parsed = wod::parseCommandLine(QCoreApplication::arguments());
    if (const auto *exit = std::get_if<wod::CommandLineExit>(&parsed)) {
        QTextStream(exit->code == 0 ? stdout : stderr) << exit->text;
        return exit->code;
    }
    const auto &options = std::get<wod::AppOptions>(parsed);
    // Before anything logs: every message is redacted, warnings reach stderr, info and worse the
    // rotated log file; --verbose adds debug messages to both.
    wod::log::AppLogOptions logOptions;
    logOptions.verbose = options.verbose;
    logOptions.directory = options.logDirectory;
    wod::log::AppLog::install(logOptions);
    qCInfo(lcApp) << "webex-org-delete" << QCoreApplication::applicationVersion() << "started;"
                  << (options.apiUrl.isEmpty() ? "embedded sandbox" : "API") << "mode"
                  << int(options.mode);
    if (options.mode == wod::AppOptions::Mode::Gui)
        return runGui(options);
    return runHeadless(options);
}
