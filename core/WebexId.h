#pragma once
// Webex /v1 ids are unpadded base64 of "ciscospark://us/<TYPE>/<uuid>"; identity and SCIM paths
// take the bare uuid. These helpers convert both ways and accept either form.

#include <QString>

namespace wod::WebexId {

// encode("ORGANIZATION", uuid) -> "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8..."
QString encode(const QString &type, const QString &uuid);
// The uuid (last path segment) of a Webex id; the input itself when it is not one.
QString toUuid(const QString &id);
// The type segment ("PEOPLE", "ORGANIZATION", ...) or empty when not a Webex id.
QString typeOf(const QString &id);

} // namespace wod::WebexId
