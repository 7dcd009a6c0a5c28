#include "NetLogging.h"

// Info and above by default: one line per request at debug would flood a 10,000-user run.
Q_LOGGING_CATEGORY(lcNetClient, "wod.net.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetSnapshot, "wod.net.snapshot", QtInfoMsg)
