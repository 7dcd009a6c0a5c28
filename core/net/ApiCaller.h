#pragma once
// Sends the typed endpoints ApiEndpoints declares and decodes their answers: the one place the
// client builds a request from a declaration, decodes a 2xx answer on the worker
// (ApiRequestJob's ApiDecoder), walks the pages of a list (Link rel="next") and maps a body that
// does not match the API to ApiError::Kind::Malformed naming the endpoint. An extension endpoint
// is not sent while the server's answers say it offers none; a declaration's refusal is not sent
// at all: both call back later with their error. Every callback runs exactly once, on the
// client's thread, never inside the call that started it. Private to the network layer.

#include "ApiEndpoint.h"
#include "ApiJson.h"
#include "ApiRequestQueue.h"

#include <QJsonArray>
#include <any>
#include <memory>
#include <type_traits>

namespace wod::net {

class ApiCaller
{
public:
    template <typename T>
    using Callback = ApiClient::Callback<T>;
    using EmptyCallback = ApiClient::EmptyCallback;
    template <typename T>
    using PageCallback = std::function<void(QList<T> &&page)>;

    // `context` (the client) runs the callbacks of refusals.
    ApiCaller(ApiRequestQueue &queue, QObject *context) : m_queue(queue), m_context(context) {}

    // One JSON object, decoded on the worker.
    template <typename T>
    void call(const ObjectEndpoint<T> &endpoint, const std::type_identity_t<Callback<T>> &done);
    // Every page's items, concatenated.
    template <typename Item>
    void call(const ListEndpoint<Item> &endpoint,
              const std::type_identity_t<Callback<QList<Item>>> &done);
    // Every page's items, each page handed to `onPage` as soon as it is decoded; `more`, when
    // given, is asked before each further page (false ends the walk, done() with success).
    template <typename Item>
    void pages(const ListEndpoint<Item> &endpoint, PageCallback<Item> onPage, EmptyCallback done,
               std::function<bool()> more = {});
    void call(const StringFieldEndpoint &endpoint, const Callback<QStringList> &done);
    void call(const NoContentEndpoint &endpoint, const EmptyCallback &done);

    // Raw requests: the answer's JSON object (204/empty -> {}); every page's "items".
    void json(ApiRequestSpec spec, const ApiClient::JsonCallback &done);
    void allItems(const QUrl &url, std::function<void(const Result<QJsonArray> &)> done);

    // The request a declaration sends (a relative path resolved against the base URL).
    ApiRequestSpec spec(const EndpointRequest &request) const;
    // "GET /v1/people": how errors name an endpoint.
    static QString endpointName(const ApiRequestSpec &spec);
    // A 2xx answer whose body does not match the API.
    static ApiError malformed(const QString &endpoint, const QString &why,
                              const ApiResponse &response);

private:
    // Pagination: each page's "items" are decoded by `decodePage` on the worker (ApiRequestJob),
    // which drops the page's JSON there; `onPage` then gets the decoded page on this thread
    // before the next page is asked for, so a long list never sits in memory as JSON and its
    // decoding never stalls this thread.
    using PageDecoder = std::function<ApiDecoded(const QJsonArray &items)>; // worker: pure
    using PageConsumer = std::function<void(std::any &&page)>;
    struct Pages;
    void walkPages(const QUrl &url, PageDecoder decodePage, PageConsumer onPage,
                   EmptyCallback done, std::function<bool()> more = {});
    void fetchPage(const std::shared_ptr<Pages> &pages, const QUrl &url);
    // The error a request is answered with without sending it (see the header comment).
    std::optional<ApiError> refusal(const EndpointRequest &request) const;
    void callBackLater(std::function<void(const ApiError &)> done, const ApiError &error);

    // True, with `done` called later with the error, when the request is not to be sent.
    template <typename Callback>
    bool refused(const EndpointRequest &request, const Callback &done)
    {
        const auto error = refusal(request);
        if (!error)
            return false;
        callBackLater([done](const ApiError &e) { done(e); }, *error);
        return true;
    }

    ApiRequestQueue &m_queue;
    QObject *m_context;
};

template <typename T>
void ApiCaller::call(const ObjectEndpoint<T> &endpoint,
                     const std::type_identity_t<Callback<T>> &done)
{
    if (refused(endpoint.request, done))
        return;
    ApiRequestSpec spec = this->spec(endpoint.request);
    const QString name = endpointName(spec);
    spec.decode = [parse = endpoint.parse](const QJsonObject &object) {
        QString why;
        auto value = parse(object, &why);
        if (!value)
            return ApiDecoded{{}, why.isEmpty() ? QStringLiteral("unexpected content") : why};
        return ApiDecoded{std::move(*value), {}};
    };
    m_queue.submit(spec, [done, name](const Result<ApiResponse> &r) {
        if (const auto *e = std::get_if<ApiError>(&r))
            return done(*e);
        const auto &response = std::get<ApiResponse>(r);
        const auto *value = std::any_cast<T>(&response.decoded.value);
        if (!value)
            return done(malformed(name, response.decoded.why, response));
        done(*value);
    });
}

template <typename Item>
void ApiCaller::pages(const ListEndpoint<Item> &endpoint, PageCallback<Item> onPage,
                      EmptyCallback done, std::function<bool()> more)
{
    if (refused(endpoint.request, done))
        return;
    // Every item through `parse` on the worker: a failure is Malformed naming the endpoint, the
    // page and the item.
    walkPages(
        spec(endpoint.request).url,
        [parse = endpoint.parse](const QJsonArray &items) {
            QString why;
            auto list = ApiJson::list<Item>(items, parse, &why);
            if (!list)
                return ApiDecoded{{}, why};
            return ApiDecoded{std::move(*list), {}};
        },
        [onPage = std::move(onPage)](std::any &&page) {
            if (auto *list = std::any_cast<QList<Item>>(&page))
                onPage(std::move(*list));
        },
        std::move(done), std::move(more));
}

template <typename Item>
void ApiCaller::call(const ListEndpoint<Item> &endpoint,
                     const std::type_identity_t<Callback<QList<Item>>> &done)
{
    auto all = std::make_shared<QList<Item>>();
    pages<Item>(
        endpoint, [all](QList<Item> &&page) { all->append(std::move(page)); },
        [all, done](const Result<std::monostate> &r) {
            if (const auto *e = std::get_if<ApiError>(&r))
                return done(*e);
            done(std::move(*all));
        });
}

} // namespace wod::net
