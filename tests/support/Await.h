#pragma once
// Test helper: a callback that stores the result of one asynchronous ApiClient call, for
//   auto r = wod::test::awaitable<ApiPerson>();
//   client->me(r.callback());
//   QTRY_VERIFY_WITH_TIMEOUT(r.done(), 10'000);
// Counts calls too: every ApiClient callback must run exactly once.

#include "ApiClient.h"

#include <QList>
#include <QStringList>

#include <algorithm>
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

// `n` calls of one kind, awaited together:
//   test::AwaitableBatch<ApiPerson> calls(10);
//   calls.start([&](auto callback) { client->me(callback); });
//   QTRY_VERIFY_WITH_TIMEOUT(calls.done(), 10'000);
//   WOD_VERIFY_NO_PROBLEMS(calls.failures());
template <typename T>
class AwaitableBatch
{
public:
    explicit AwaitableBatch(int n) : m_calls(n) {}

    // Calls `call(callback)` once per member, in order.
    template <typename Call>
    void start(const Call &call)
    {
        for (auto &c : m_calls)
            call(c.callback());
    }
    bool done() const
    {
        return std::all_of(m_calls.begin(), m_calls.end(), [](const auto &c) { return c.done(); });
    }
    // Empty when every call succeeded, else each failed call's index and error.
    QString failures() const
    {
        QStringList failed;
        for (qsizetype i = 0; i < m_calls.size(); ++i) {
            if (!m_calls.at(i).ok())
                failed << QStringLiteral("call %1: %2").arg(i).arg(QString::fromUtf8(m_calls.at(i).describe()));
        }
        return failed.join(QStringLiteral("; "));
    }
    const Awaitable<T> &at(qsizetype i) const { return m_calls.at(i); }

private:
    QList<Awaitable<T>> m_calls;
};

} // namespace wod::test
