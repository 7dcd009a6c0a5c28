// libFuzzer target: the network layer's response decoders. The first input byte picks the decoder,
// the rest is the response body (or header value):
//   0 person  1 role  2 organization  3 license  4 subscription  (an object, or {"items":[...]})
//   5 stringField over items[]  6 convertResult  7 scimBulkResult  8 error body (serverMessage,
//   bodyTrackingId)  9 Link header (LinkHeader::find)  10 Retry-After (RetryPolicy::parseRetryAfter)
// Properties: never crashes; every rejection names its reason; a next link is absolute; a
// Retry-After wait is never negative.

#include "ApiJson.h"
#include "FuzzCheck.h"
#include "LinkHeader.h"
#include "RetryPolicy.h"

#include <QJsonDocument>
#include <cstddef>
#include <cstdint>

namespace {

template <typename T, typename Parser>
void decode(const QJsonDocument &doc, Parser parse)
{
    if (!doc.isObject())
        return;
    const QJsonObject o = doc.object();
    QString why;
    if (o.value(QLatin1String("items")).isArray()) {
        const auto list = wod::net::ApiJson::list<T>(o.value(QLatin1String("items")).toArray(), parse, &why);
        WOD_FUZZ_CHECK(list || !why.isEmpty(), "a rejected list must say why");
    } else {
        const auto one = parse(o, &why);
        WOD_FUZZ_CHECK(one || !why.isEmpty(), "a rejected object must say why");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    namespace J = wod::net::ApiJson;
    if (size == 0)
        return 0;
    const int selector = data[0] % 11;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QJsonDocument doc = selector <= 7 ? QJsonDocument::fromJson(body) : QJsonDocument();
    QString why;
    switch (selector) {
    case 0: decode<wod::net::ApiPerson>(doc, J::person); break;
    case 1: decode<wod::net::ApiRole>(doc, J::role); break;
    case 2: decode<wod::net::ApiOrganization>(doc, J::organization); break;
    case 3: decode<wod::net::ApiLicense>(doc, J::license); break;
    case 4: decode<wod::Subscription>(doc, J::subscription); break;
    case 5:
        if (doc.isObject()) {
            const auto values = J::stringField(
                doc.object().value(QLatin1String("items")).toArray(), QStringLiteral("siteUrl"), &why);
            WOD_FUZZ_CHECK(values || !why.isEmpty(), "a rejected list must say why");
        }
        break;
    case 6:
        if (doc.isObject()) {
            const auto r = J::convertResult(doc.object(), &why);
            WOD_FUZZ_CHECK(r || !why.isEmpty(), "a rejected convert result must say why");
        }
        break;
    case 7:
        if (doc.isObject()) {
            const auto r = J::scimBulkResult(doc.object(), &why);
            WOD_FUZZ_CHECK(r || !why.isEmpty(), "a rejected bulk result must say why");
        }
        break;
    case 8:
        (void)J::serverMessage(body);
        (void)J::bodyTrackingId(body);
        break;
    case 9:
        if (const auto url = wod::net::LinkHeader::find(body); url && url->isValid())
            WOD_FUZZ_CHECK(!url->isRelative(), "a next link must be absolute");
        break;
    default: {
        static const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-28T12:00:00Z"),
                                                           Qt::ISODate);
        if (const auto ms = wod::net::RetryPolicy::parseRetryAfter(body, now))
            WOD_FUZZ_CHECK(*ms >= 0, "a Retry-After wait is never negative");
        break;
    }
    }
    return 0;
}
