#include "TrackingId.h"

#include <QUuid>

namespace wod::net {

TrackingId::TrackingId()
    : m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

QString TrackingId::next()
{
    return QStringLiteral("WOD_") + m_session + QLatin1Char('_') + QString::number(m_seq++);
}

} // namespace wod::net
