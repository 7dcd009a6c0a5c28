#pragma once
// The application's log, installed once in main() through qInstallMessageHandler():
//   - every message is redacted by LogRedactor before it is written anywhere;
//   - stderr gets warnings and worse ("category: message", as Qt prints them), and everything
//     the category rules let through with --verbose;
//   - the log file (defaultDirectory()/webex-org-delete.log, rotated by size, `keep` old files)
//     gets info and worse, and debug messages with --verbose.
// Category rules: without --verbose the wod.* debug messages are off; with it they are on.
// Thread-safe: messages from any thread are serialised.

#include <QString>

namespace wod::log {

struct AppLogOptions
{
    bool verbose = false;
    QString directory;                 // empty: defaultDirectory()
    QString fileName = QStringLiteral("webex-org-delete.log");
    qint64 maxBytes = 1024 * 1024;     // per file
    int keep = 5;                      // old generations kept besides the current file
    bool writeFile = true;
};

class AppLog
{
public:
    // Installs the handler and the category rules; false with `error` set when the file cannot
    // be opened (the handler is installed anyway and writes to stderr only).
    static bool install(const AppLogOptions &options, QString *error = nullptr);
    // Restores Qt's default handler and closes the file (tests).
    static void uninstall();
    // QStandardPaths::AppLocalDataLocation + "/logs".
    static QString defaultDirectory();
    // The current log file, empty when none is written.
    static QString filePath();
    // One line as written: "2026-12-01T21:00:00.123Z W wod.net.client: text", already redacted.
    static QString formatLine(int msgType, const char *category, const QString &message);
};

} // namespace wod::log
