#pragma once
// Logging categories of the network layer. Enable with --verbose (every wod.* debug category) or
// e.g. QT_LOGGING_RULES="wod.net.*.debug=true". The other components have their own:
// wod.app (app/AppLogging.h), wod.ui (ui/GuiLauncher.h), wod.ui.appearance, wod.auth
// (core/auth/AuthLogging.h), wod.log (core/log/LogLogging.h), wod.net.runner (DeletionRunner.cpp).
// Whatever is logged passes wod::log::LogRedactor before it reaches stderr or the log file.
// What is logged: method, path (never the query), status, tracking id, elapsed time. Never the
// Authorization header, the token, or response bodies in full.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcNetClient)   // wod.net.client: every request attempt and retry
Q_DECLARE_LOGGING_CATEGORY(lcNetSnapshot) // wod.net.snapshot: snapshot loads
