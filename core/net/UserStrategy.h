#pragma once
// How the users phase of a deletion run handles users: one request for the next user(s) in the
// queue of RunUsers, its answer reported back to it (RunUsers::record, fail, markUncertain).
// Three strategies: RunUserConvert (POST .../convert, the "convert" disposition), RunUserDelete
// (DELETE /v1/people/{id}) and RunScimBulkDelete (SCIM Bulk, up to 100 deletions a request,
// falling back to RunUserDelete when the server refuses Bulk).

namespace wod::net {

class UserStrategy
{
public:
    virtual ~UserStrategy() = default;
    // Takes the next user(s) from the queue (there is at least one) and sends their request.
    virtual void sendNext() = 0;
};

} // namespace wod::net
