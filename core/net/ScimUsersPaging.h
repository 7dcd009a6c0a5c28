#pragma once
// The SCIM 2.0 users read of ApiClient::scimUsersPages: the first page (its totalResults and its
// length, the server's cap on count, give the remaining pages), then the others at once (or at
// most `window` beyond the last one handed on), each handed to `page` in order in the /v1 form
// (ScimUsersJson), then `done` once, or with the first error. A short page or a changing
// totalResults is Malformed: users would be lost or read twice. The page query is built by
// ApiEndpoints::scimUsersPageUrl. `announced` (optional) gets the first page's totalResults once,
// after `page` ran for that page. Private to the network layer.

#include "ApiClient.h"

namespace wod::net {

class ApiRequestQueue;

namespace ScimUsersPaging {

// `queue` must outlive the read (the client's: its destruction drops the pending callbacks).
void start(ApiRequestQueue &queue, const QUrl &identityBase, const QString &orgId, int count,
           const std::function<void(QList<ApiPerson> &&people)> &page,
           const ApiClient::EmptyCallback &done, int window,
           const std::function<void(qint64 totalResults)> &announced = {});

} // namespace ScimUsersPaging

} // namespace wod::net
