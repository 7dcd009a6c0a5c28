#pragma once
// The declaration of one typed endpoint call: what is sent (EndpointRequest) and how the answer
// becomes the caller's result (the shape: one object, every page's items, one string field of
// every item, or no content). ApiEndpoints declares every endpoint of the client with these;
// ApiCaller sends them and decodes the answers. Private to the network layer.

#include "ApiError.h"
#include "ApiExtensions.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <functional>
#include <optional>

namespace wod::net {

// What an endpoint sends, and why it would not be sent at all.
struct EndpointRequest
{
    QByteArray verb = "GET";
    QString path;    // relative to the base URL ("people/me"); used when `url` is empty
    QUrl url;        // an absolute URL on the API host (the SCIM endpoints), used as given
    QByteArray body; // sent when hasBody
    bool hasBody = false;
    bool idempotent = true;  // see ApiRequestSpec
    bool expectJson = true;  // see ApiRequestSpec
    // A Control Hub extension endpoint: not sent when the server's answers said it offers none
    // (ApiExtensions.h); NotFound instead.
    std::optional<ApiExtensions::Endpoint> extension;
    // Refused before sending (e.g. a person without an id): this error instead, status 0.
    std::optional<ApiError> refusal;
};

// Turns one JSON object into a T; nullopt with `why` when the object does not match the API.
// Runs on the network layer's worker thread: a pure function.
template <typename T>
using ObjectParser = std::function<std::optional<T>(const QJsonObject &object, QString *why)>;

// The answer is one JSON object, decoded on the worker into a T.
template <typename T>
struct ObjectEndpoint
{
    EndpointRequest request;
    ObjectParser<T> parse;
};

// The answer is a list in pages (Link rel="next"); every page's "items" are decoded on the
// worker, item by item, into a QList<Item>.
template <typename Item>
struct ListEndpoint
{
    EndpointRequest request;
    ObjectParser<Item> parse;
};

// The answer is a list in pages; once every page is read, `field` of every item, as strings
// (ApiJson::stringField).
struct StringFieldEndpoint
{
    EndpointRequest request;
    QString field;
};

// The answer has no content to decode (204).
struct NoContentEndpoint
{
    EndpointRequest request;
};

} // namespace wod::net
