#pragma once
// One command-line option as a row of a table: its names, its help text and, for an option that
// takes a value, the value's name. Both executables declare their options as such tables
// (app/CommandLine.cpp, core/sandbox/SandboxCommandLine.cpp) and add them to their
// QCommandLineParser in table order, which is the order of --help.

#include <QCommandLineOption>
#include <QString>

namespace wod {

struct OptionRow
{
    const char *names;               // "token-file"; aliases separated by '|': "h|help"
    const char *help;                // English; passed through the caller's translate function
    const char *valueName = nullptr; // e.g. "FILE"; nullptr for a switch

    // The first of `names`: what QCommandLineParser::isSet() and value() take.
    QString name() const;
    // The option, its help and value name through `translate` (the caller's tr()).
    QCommandLineOption toOption(QString (*translate)(const char *)) const;
};

} // namespace wod
