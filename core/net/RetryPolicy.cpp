#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>

namespace wod::net {

RetryPolicy::RetryPolicy(const ApiClientOptions &options)
    : m_options(options)
{
}

qint64 RetryPolicy::backoffMs(int retry) const
{
    const int shift = std::clamp(retry - 1, 0, 20);
    const qint64 full = std::min<qint64>(qint64(m_options.backoffBaseMs) << shift, m_options.backoffMaxMs);
    if (full <= 1)
        return std::max<qint64>(full, 0);
    const qint64 half = full / 2;
    return half + qint64(QRandomGenerator::global()->bounded(quint32(full - half + 1)));
}

qint64 RetryPolicy::retryAfterMs(const QByteArray &header, const QDateTime &now) const
{
    const auto parsed = parseRetryAfter(header, now);
    const qint64 wanted = parsed ? *parsed : m_options.retryAfterDefaultMs;
    return std::clamp<qint64>(wanted, 0, m_options.maxRetryAfterMs);
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &header, const QDateTime &now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok) {
        // A hostile or broken header must not overflow; a day is already beyond any cap.
        constexpr qint64 kMaxSeconds = 24 * 60 * 60;
        return seconds < 0 ? std::nullopt
                           : std::optional<qint64>(std::min(seconds, kMaxSeconds) * 1000);
    }
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 IMF-fixdate). Parsed with the C
    // locale: day and month names are English whatever the user's locale.
    const QString text = QString::fromLatin1(value);
    QDateTime at = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (at.isValid())
        at.setTimeSpec(Qt::UTC); // the fields are GMT, not local time
    else
        at = QDateTime::fromString(text, Qt::RFC2822Date); // carries its own offset
    if (!at.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(at));
}

} // namespace wod::net
