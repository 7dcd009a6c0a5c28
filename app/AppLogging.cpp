#include "AppLogging.h"

Q_LOGGING_CATEGORY(lcApp, "wod.app", QtInfoMsg)
