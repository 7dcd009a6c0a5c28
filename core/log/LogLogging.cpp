#include "LogLogging.h"

Q_LOGGING_CATEGORY(lcLog, "wod.log", QtInfoMsg)
