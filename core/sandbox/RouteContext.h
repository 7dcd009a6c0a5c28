#pragma once
// What every route handler of the sandbox's Webex API works with: the state, the faults, the
// request and its tracking id, plus the checks and answer shapes the resources share (the 403
// texts, the {"items": [...]} list, the JSON of a person's roles). One per request, in the
// server's thread; it owns nothing.

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

namespace wod::sandbox {

class FaultInjector;
class SandboxState;

class RouteContext
{
public:
    RouteContext(SandboxState &state, FaultInjector &faults, const SandboxRequest &request,
                 const QString &trackingId, const QUrl &baseUrl, qint64 nowMs);

    SandboxState &state;
    FaultInjector &faults;
    const SandboxRequest &request;
    const QString &trackingId;
    const QUrl &baseUrl; // http://127.0.0.1:PORT, for Link headers and SCIM locations
    const qint64 nowMs;  // monotonic time

    // A Webex error body with this request's tracking id.
    SandboxResponse error(int status, const QString &message) const;
    SandboxResponse notFound() const; // 404 with ApiRoutes::notFoundMessage()
    // 200 {"items": array}.
    static SandboxResponse list(const QJsonArray &array);

    // `answer()` when the actor is an administrator of the organization, else 403.
    template <typename F> SandboxResponse adminRead(F &&answer) const
    {
        if (!actorIsAdmin())
            return forbidden(kNotAdmin);
        return answer();
    }
    bool actorIsAdmin() const;
    // Full or User Administrator: may delete and convert users.
    bool canWriteUsers() const;
    // The role ids of the actor, as /v1/people returns them.
    QJsonArray actorRoleIds() const;

    static QString isoDate(const QDateTime &t);

    // 403 with one of the texts below.
    SandboxResponse forbidden(const char *description) const;
    // Descriptions of the forbidden answers: the wording of the Webex documentation where it has
    // one (wire texts, never translated).
    static constexpr char kNotAdmin[] =
        "This operation requires an administrator of the organization.";
    static constexpr char kNotUserAdmin[] =
        "This operation requires the Full Administrator or User Administrator role.";
    static constexpr char kNotFullAdmin[] =
        "Only a Full Administrator of the organization can delete it.";
    static constexpr char kPartner[] = "Partners can't delete organizations for their customers.";
};

} // namespace wod::sandbox
