#pragma once
// Logging categories of the network layer. Enable with e.g.
//   QT_LOGGING_RULES="wod.net.*.debug=true"
// What is logged: method, path (never the query), status, tracking id, elapsed time. Never the
// Authorization header, the token, or response bodies in full.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcNetClient)   // wod.net.client: every request attempt and retry
Q_DECLARE_LOGGING_CATEGORY(lcNetSnapshot) // wod.net.snapshot: snapshot loads
