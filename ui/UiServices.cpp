#include "UiServices.h"

#include "Journal.h"

#include <QSettings>

namespace wod::ui {

UiServices::UiServices(QObject *parent)
    : QObject(parent),
      m_messageBox(new MessageBoxService(this)),
      m_fileDialog(new FileDialogService(this)),
      m_clock(&m_systemClock),
      m_ownSettings(std::make_unique<QSettings>()),
      m_settings(m_ownSettings.get())
{
}

UiServices::~UiServices() = default;

void UiServices::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &m_systemClock;
}

void UiServices::setSettings(QSettings *settings)
{
    m_settings = settings ? settings : m_ownSettings.get();
}

QString UiServices::newJournalPath(const QString &directory, const QString &orgId) const
{
    return m_journalPathProvider ? m_journalPathProvider(directory, orgId)
                                 : wod::net::Journal::newJournalPath(directory, orgId);
}

void UiServices::setJournalPathProvider(JournalPathProvider provider)
{
    m_journalPathProvider = std::move(provider);
}

} // namespace wod::ui
