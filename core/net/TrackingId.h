#pragma once
// Client tracking ids sent as the TrackingID request header: "WOD_<session uuid>_<seq>", one
// session uuid per ApiClient and a sequence number per logical request (retries reuse it, so a
// request and its retries can be correlated in the server's logs). Private to the network layer.

#include <QString>

namespace wod::net {

class TrackingId
{
public:
    TrackingId();
    QString next();
    QString session() const { return m_session; }

private:
    QString m_session;
    quint64 m_seq = 0;
};

} // namespace wod::net
