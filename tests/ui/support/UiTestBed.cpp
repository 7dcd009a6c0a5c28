#include "UiTestBed.h"

#include "Clock.h"
#include "DeleteOrgWizard.h"
#include "MainWindow.h"
#include "UiServices.h"

#include <QTimeZone>

wod::sandbox::FaultConfig UiTestBed::baseFaults()
{
    wod::sandbox::FaultConfig base;
    base.orgDeletionDelayMs = 60;
    return base;
}

UiTestBed::UiTestBed(const QString &scenarioFile,
                     const std::function<void(wod::sandbox::FaultConfig &)> &adjust)
    : m_sandbox(scenarioFile, baseFaults(), adjust)
{
    if (!m_sandbox.isReady())
        return;
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
    if (m_sandbox.isReady())
        o.connection = m_sandbox.connection();
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
