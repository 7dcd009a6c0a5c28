#include "OptionRow.h"

namespace wod {

QString OptionRow::name() const
{
    return QString::fromLatin1(names).section(QLatin1Char('|'), 0, 0);
}

QCommandLineOption OptionRow::toOption(QString (*translate)(const char *)) const
{
    return QCommandLineOption(QString::fromLatin1(names).split(QLatin1Char('|')), translate(help),
                              valueName ? translate(valueName) : QString());
}

} // namespace wod
