#pragma once
// Parses an RFC 5988 (RFC 8288) Link header, e.g.
//   <https://webexapis.com/v1/people?max=100&cursor=X>; rel="next", <...>; rel="prev"
// Private to the network layer.

#include <QByteArray>
#include <QUrl>
#include <optional>

namespace wod::net {

class LinkHeader
{
public:
    // The target of the link whose rel includes `rel` (case-insensitive). Returns an empty
    // (invalid) QUrl when the header has no such link, and nullopt when the header is malformed
    // (unbalanced <>, missing ';' between parameters, an unterminated quoted string, a relative
    // or unparsable target URL).
    static std::optional<QUrl> find(const QByteArray &header, const QByteArray &rel = "next");
};

} // namespace wod::net
