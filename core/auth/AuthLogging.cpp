#include "AuthLogging.h"

Q_LOGGING_CATEGORY(lcAuth, "wod.auth", QtInfoMsg)
