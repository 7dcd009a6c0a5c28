#pragma once
// Parses argv into AppOptions with QCommandLineParser. On --help/--version it prints and asks the
// caller to exit 0; on a usage error it returns a message for exit code 2.

#include "AppOptions.h"

#include <QStringList>
#include <variant>

namespace wod {

struct CommandLineExit
{
    int code;
    QString text; // printed to stdout for code 0, to stderr otherwise
};

std::variant<AppOptions, CommandLineExit> parseCommandLine(const QStringList &arguments);

} // namespace wod
