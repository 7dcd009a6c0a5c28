#pragma once
// The sign-in prompt for a full administrator of an organization with only free subscriptions:
// "Delete Organization" or "Remind Me Later". A dialog opened with open() (the event loop keeps
// running); Escape and the window's close button mean Remind Me Later. The rule for showing it is
// the document's (full admin, only free subscriptions); its words follow the verdict: "can be
// deleted" only when nothing blocks and nothing is unknown, otherwise what still blocks, or that
// Delete Organization asks the admin to check what this server cannot report. It only reports the choice:
// the main window snoozes through ReminderPolicy or opens the wizard. GUI thread only.

#include "Verdict.h"

#include <QDialog>

class QPushButton;

namespace wod::ui {

class StartupPrompt : public QDialog
{
    Q_OBJECT
public:
    StartupPrompt(const QString &orgDisplayName, const Verdict &verdict, int snoozeDays,
                  QWidget *parent = nullptr);

signals:
    void deleteRequested();
    void remindLaterRequested();

public:
    void reject() override; // Escape, close button: Remind Me Later
};

} // namespace wod::ui
