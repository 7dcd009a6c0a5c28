#pragma once
// Parsing of the Webex JSON bodies into ApiTypes. Each parser returns nullopt and sets `why`
// (e.g. "items[3].id: missing") when a field the client cannot do without is missing or of the
// wrong type; the client turns that into ApiError::Kind::Malformed naming the endpoint. Unknown
// fields are ignored everywhere. person() is lenient the way Cisco's description types a Person
// (no field required): it reads every JSON object, takes each field that has the spec's type (or,
// for invitePending/loginEnabled, a boolean or "true"/"false"), and marks a person it cannot act
// on (no id) in ApiPerson::problem instead of failing the read. Private to the network layer.

#include "ApiTypes.h"
#include "Subscription.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace wod::net::ApiJson {

std::optional<ApiPerson> person(const QJsonObject &o, QString *why);
std::optional<ApiRole> role(const QJsonObject &o, QString *why);
std::optional<ApiOrganization> organization(const QJsonObject &o, QString *why);
std::optional<ApiLicense> license(const QJsonObject &o, QString *why);
std::optional<Subscription> subscription(const QJsonObject &o, QString *why);
// {"items":[{"<field>": "..."}]} -> the field of every item (linked sites, managedBy, managedOrgs).
std::optional<QStringList> stringField(const QJsonArray &items, const QString &field, QString *why);
std::optional<ConvertResult> convertResult(const QJsonObject &o, QString *why);
std::optional<ScimBulkResult> scimBulkResult(const QJsonObject &o, QString *why);

// Parses every element of `items` with `parse`; the first failure names its index.
template <typename T, typename Parser>
std::optional<QList<T>> list(const QJsonArray &items, Parser parse, QString *why)
{
    QList<T> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString inner;
        if (!items.at(i).isObject()) {
            *why = QStringLiteral("items[%1]: not an object").arg(i);
            return std::nullopt;
        }
        auto value = parse(items.at(i).toObject(), &inner);
        if (!value) {
            *why = QStringLiteral("items[%1].%2").arg(i).arg(inner);
            return std::nullopt;
        }
        out.append(std::move(*value));
    }
    return out;
}

// From an error body: Webex's "message", else its errors[0].description, else a SCIM error's
// "detail" (RFC 7644 3.12: the identity endpoints answer so); empty when none.
QString serverMessage(const QByteArray &body);
// The body's "trackingId"; empty when absent or not JSON.
QString bodyTrackingId(const QByteArray &body);

} // namespace wod::net::ApiJson
