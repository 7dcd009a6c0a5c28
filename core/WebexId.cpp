#include "WebexId.h"

#include <QByteArray>

namespace wod::WebexId {

namespace {
const QLatin1String kPrefix("ciscospark://");

QString decoded(const QString &id)
{
    // Webex writes standard base64 without padding; accept padding and the URL-safe alphabet too.
    const QByteArray latin1 = id.trimmed().toLatin1();
    auto result = QByteArray::fromBase64Encoding(
        latin1, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        result = QByteArray::fromBase64Encoding(
            latin1, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return {};
    const QString text = QString::fromUtf8(*result);
    return text.startsWith(kPrefix) ? text : QString();
}
} // namespace

QString encode(const QString &type, const QString &uuid)
{
    const QString raw = kPrefix + QStringLiteral("us/") + type + QLatin1Char('/') + uuid;
    return QString::fromLatin1(
        raw.toUtf8().toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString toUuid(const QString &id)
{
    const QString text = decoded(id);
    return text.isEmpty() ? id : text.section(QLatin1Char('/'), -1);
}

QString typeOf(const QString &id)
{
    const QString text = decoded(id);
    return text.isEmpty() ? QString() : text.section(QLatin1Char('/'), -2, -2);
}

} // namespace wod::WebexId
