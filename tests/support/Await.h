#pragma once
// Test helper: a callback that stores the result of one asynchronous ApiClient call, for
//   auto r = wod::test::awaitable<ApiPerson>();
//   client->me(r.callback());
//   QTRY_VERIFY_WITH_TIMEOUT(r.done(), 10'000);
// Counts calls too: every ApiClient callback must run exactly once.

#include "ApiClient.h"

#include <memory>
#include <optional>

namespace wod::test {

template <typename T>
class Awaitable
{
public:
    std::function<void(const net::Result<T> &)> callback() const
    {
        auto s = m_state;
        return [s](const net::Result<T> &r) {
            s->result = r;
            ++s->calls;
        };
    }
    bool done() const { return m_state->result.has_value(); }
    int calls() const { return m_state->calls; }
    bool ok() const { return done() && std::holds_alternative<T>(*m_state->result); }
    const T &value() const { return std::get<T>(*m_state->result); }
    net::ApiError error() const
    {
        return done() && !ok() ? std::get<net::ApiError>(*m_state->result) : net::ApiError{};
    }
    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        if (!done())
            return "not finished";
        return ok() ? QByteArray("ok") : error().toString().toUtf8();
    }

private:
    struct State
    {
        std::optional<net::Result<T>> result;
        int calls = 0;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

template <typename T>
Awaitable<T> awaitable()
{
    return {};
}

} // namespace wod::test
