#pragma once
// Logging category of sign-in: flow stages, refresh scheduling, keychain outcomes. Never a token,
// a code, a verifier or a secret (the log handler redacts them anyway).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAuth) // wod.auth
