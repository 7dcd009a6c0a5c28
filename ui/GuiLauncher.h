#pragma once
// The GUI entry point that app/main.cpp calls once a QApplication exists and the backend is
// chosen (an embedded sandbox already listening, or a real API URL with or without a token).
//
// runGui() builds the main window, signs in (asking the admin to paste a token when
// connection.token is empty; the token is kept in memory only), loads the organization, shows the
// startup prompt when it applies, offers to resume a pending journal, and returns the exit code of
// QApplication::exec(). GUI thread only.

#include "ApiConnection.h"

#include <QString>

namespace wod::ui {

struct GuiOptions
{
    wod::net::ApiConnection connection;
    QString orgId;            // empty: the signed-in admin's own organization
    QString language;         // e.g. "de"; empty: the system locale
    bool verbose = false;
    QString journalDirectory; // empty: wod::net::Journal::defaultDirectory()
};

// QApplication already exists; returns the exit code of app.exec().
int runGui(const GuiOptions &options);

} // namespace wod::ui
