#pragma once
// The sign-in prompt for a full administrator of an organization with only free subscriptions:
// "Delete Organization" or "Remind Me Later". A dialog opened with open() (the event loop keeps
// running); Escape and the window's close button mean Remind Me Later. It only reports the choice:
// the main window snoozes through ReminderPolicy or opens the wizard. GUI thread only.

#include <QDialog>

class QPushButton;

namespace wod::ui {

class StartupPrompt : public QDialog
{
    Q_OBJECT
public:
    StartupPrompt(const QString &orgDisplayName, int snoozeDays, QWidget *parent = nullptr);

signals:
    void deleteRequested();
    void remindLaterRequested();

public:
    void reject() override; // Escape, close button: Remind Me Later
};

} // namespace wod::ui
