#include "UiTestBed.h"

#include "Clock.h"
#include "DeleteOrgWizard.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "ScenarioLoader.h"
#include "UiServices.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

UiTestBed::UiTestBed(const QString &scenarioFile,
                     const std::function<void(wod::sandbox::FaultConfig &)> &adjust)
{
    const QString path = QDir(qEnvironmentVariable("WOD_SCENARIO_DIR")).filePath(scenarioFile);
    const auto scenario = wod::ScenarioLoader::loadFile(path, &m_error);
    if (!scenario)
        return;
    m_scenario = *scenario;
    wod::sandbox::FaultConfig base;
    base.orgDeletionDelayMs = 60;
    auto faults = wod::sandbox::FaultConfig::fromJson(m_scenario.faults, base, &m_error);
    if (!faults)
        return;
    if (adjust)
        adjust(*faults);
    auto server = std::make_unique<wod::sandbox::SandboxServer>(m_scenario, *faults);
    if (!server->listen(0, &m_error))
        return;
    m_server = std::move(server);

    m_clock = std::make_unique<wod::FixedClock>(
        QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_services = std::make_unique<wod::ui::UiServices>();
    m_services->setClock(m_clock.get());
    m_services->setSettings(m_settings.get());
    m_services->apiOptions.requestTimeoutMs = 10'000;
    m_services->runnerOptions.confirmPollIntervalMs = 25;
    m_services->runnerOptions.confirmTimeoutMs = 10'000;
    m_services->runnerOptions.progressIntervalMs = 20;
}

UiTestBed::~UiTestBed()
{
    // The window (and its network objects) go before the server they talk to.
    m_window.reset();
}

wod::ui::GuiOptions UiTestBed::options() const
{
    wod::ui::GuiOptions o;
    if (m_server) {
        o.connection.baseUrl = m_server->baseUrl();
        o.connection.token = m_server->token();
        o.connection.isSandbox = true;
        o.connection.sandboxScenario = QFileInfo(m_scenario.sourceName).fileName();
    }
    o.journalDirectory = m_journals.path();
    return o;
}

wod::ui::MainWindow *UiTestBed::startMainWindow()
{
    m_window = std::make_unique<wod::ui::MainWindow>(options(), m_services.get());
    m_window->move(40, 40);
    m_window->show();
    m_window->start();
    return m_window.get();
}

wod::ui::DeleteOrgWizard *UiTestBed::wizard() const
{
    return m_window ? m_window->wizard() : nullptr;
}

QJsonObject UiTestBed::state() const
{
    return m_server ? m_server->state() : QJsonObject();
}

int UiTestBed::usersInState(const QString &state) const
{
    int n = 0;
    const QJsonArray users = this->state().value(QStringLiteral("users")).toArray();
    for (const auto &u : users) {
        if (u.toObject().value(QStringLiteral("state")).toString() == state)
            ++n;
    }
    return n;
}

QString UiTestBed::orgState() const
{
    return state().value(QStringLiteral("org")).toObject().value(QStringLiteral("state")).toString();
}
