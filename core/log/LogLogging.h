#pragma once
// Logging category of the log system itself (a log file that cannot be opened, rotation errors).
// Those messages go to stderr only: the file they are about may be the problem.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLog) // wod.log
