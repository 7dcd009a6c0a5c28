#pragma once
// What the UI needs from the outside world, in one place so tests can replace it: the message-box
// and file-dialog seams, the clock, the settings store, how a new run's journal is named, and the
// options for API calls and runs.
// Owns its default seams; a clock or settings object set from outside is not owned and must outlive
// this object. GUI thread only.

#include "ApiClient.h"
#include "Clock.h"
#include "DeletionRunner.h"
#include "FileDialogService.h"
#include "MessageBoxService.h"

#include <QObject>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace wod::ui {

class UiServices : public QObject
{
    Q_OBJECT
public:
    explicit UiServices(QObject *parent = nullptr);
    ~UiServices() override;

    MessageBoxService *messageBox() const { return m_messageBox; }
    FileDialogService *fileDialog() const { return m_fileDialog; }

    const Clock *clock() const { return m_clock; }
    void setClock(const Clock *clock); // null: the system clock

    // Default: QSettings with the application's organization and name.
    QSettings *settings() const { return m_settings; }
    void setSettings(QSettings *settings); // null: the default

    // The network access manager the main window sends its requests through; null (the default):
    // the window makes its own. Not owned; must outlive the window. Screenshot tests pass one
    // that pins the tracking IDs so that a page showing one looks the same in every run.
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    void setNetworkAccessManager(QNetworkAccessManager *nam) { m_nam = nam; }

    // Names the journal file of a new run on `orgId` in `directory` (which exists). The default is
    // wod::net::Journal::newJournalPath(), named after the current UTC time; screenshot tests name
    // it after their fixed clock so that a page showing the path looks the same in every run.
    using JournalPathProvider = std::function<QString(const QString &directory, const QString &orgId)>;
    QString newJournalPath(const QString &directory, const QString &orgId) const;
    void setJournalPathProvider(JournalPathProvider provider); // empty: the default

    // Templates: the runner's journalPath is filled in per run.
    wod::net::ApiClientOptions apiOptions;
    wod::net::RunnerOptions runnerOptions;

private:
    MessageBoxService *m_messageBox;
    FileDialogService *m_fileDialog;
    SystemClock m_systemClock;
    const Clock *m_clock;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    JournalPathProvider m_journalPathProvider;
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace wod::ui
