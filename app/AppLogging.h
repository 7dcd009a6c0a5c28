#pragma once
// Logging category of the executable: start-up, backend choice, mode. Never a token.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp) // wod.app
