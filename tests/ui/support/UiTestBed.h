#pragma once
// One GUI test's world: a sandbox server for a scenario file on 127.0.0.1 (this thread, through
// tests/support's ScenarioSandbox), test seams (temporary QSettings, a FixedClock, scripted message boxes and file dialogs), fast runner
// options, a temporary journal directory, and helpers to find widgets by objectName.

#include "FaultConfig.h"
#include "GuiLauncher.h"
#include "Scenario.h"
#include "ScenarioSandbox.h"

#include <QJsonObject>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QWidget>
#include <functional>
#include <memory>

namespace wod {
class FixedClock;
}
namespace wod::ui {
class DeleteOrgWizard;
class MainWindow;
class UiServices;
} // namespace wod::ui

class UiTestBed
{
public:
    // `scenarioFile` under WOD_SCENARIO_DIR, e.g. "demo.json"; `adjust` changes the faults after
    // the scenario's own (orgDeletionDelayMs is short by default).
    explicit UiTestBed(const QString &scenarioFile,
                       const std::function<void(wod::sandbox::FaultConfig &)> &adjust = {});
    ~UiTestBed();

    bool isReady() const { return m_sandbox.isReady(); }
    QString error() const { return m_sandbox.error(); }
    wod::sandbox::SandboxServer *server() const { return m_sandbox.server(); }
    const wod::Scenario &scenario() const { return m_sandbox.scenario(); }
    wod::ui::UiServices *services() const { return m_services.get(); }
    wod::FixedClock *clock() const { return m_clock.get(); }
    QSettings *settings() const { return m_settings.get(); }
    QString journalDirectory() const { return m_journals.path(); }
    wod::ui::GuiOptions options() const;

    // A main window on this bed, shown and started. Owned by the bed.
    wod::ui::MainWindow *startMainWindow();
    wod::ui::MainWindow *mainWindow() const { return m_window.get(); }
    // The wizard the main window opened (null if none).
    wod::ui::DeleteOrgWizard *wizard() const;

    // The sandbox's /_sandbox/state document, and counts of users by state.
    QJsonObject state() const { return m_sandbox.state(); }
    int usersInState(const QString &state) const { return m_sandbox.usersInState(state); }
    QString orgState() const { return m_sandbox.orgState(); }

private:
    static wod::sandbox::FaultConfig baseFaults();

    wod::test::ScenarioSandbox m_sandbox;
    QTemporaryDir m_dir;
    QTemporaryDir m_journals;
    std::unique_ptr<wod::FixedClock> m_clock;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<wod::ui::UiServices> m_services;
    std::unique_ptr<wod::ui::MainWindow> m_window;
};

// findChild that fails the test with a message naming the object when it is missing.
template <typename T>
T *must(QObject *root, const char *name)
{
    T *child = root ? root->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    if (!child)
        qWarning("missing widget %s", name);
    return child;
}
