#include "ApiCaller.h"

#include "LinkHeader.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>

namespace wod::net {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wod::net::ApiClient", text);
}

} // namespace

ApiRequestSpec ApiCaller::spec(const EndpointRequest &request) const
{
    ApiRequestSpec spec;
    spec.verb = request.verb;
    spec.url = request.url.isEmpty() ? m_queue.resolve(request.path) : request.url;
    spec.body = request.body;
    spec.hasBody = request.hasBody;
    spec.idempotent = request.idempotent;
    spec.expectJson = request.expectJson;
    return spec;
}

QString ApiCaller::endpointName(const ApiRequestSpec &spec)
{
    return QString::fromLatin1(spec.verb) + QLatin1Char(' ') + spec.url.path();
}

ApiError ApiCaller::malformed(const QString &endpoint, const QString &why,
                              const ApiResponse &response)
{
    ApiError e;
    e.kind = ApiError::Kind::Malformed;
    e.httpStatus = response.status;
    e.message = tr("%1: the answer does not match the API: %2").arg(endpoint, why);
    e.trackingId = response.trackingId;
    e.body = response.body.left(4096);
    return e;
}

std::optional<ApiError> ApiCaller::refusal(const EndpointRequest &request) const
{
    // The server's answers said it has no extension endpoints (the real API, public-API-only
    // mode): none is sent.
    if (request.extension && m_queue.extensionsOffered() == 0) {
        const ApiExtensions::Declaration &declared = ApiExtensions::declaration(*request.extension);
        ApiError error;
        error.kind = ApiError::Kind::NotFound;
        error.message = tr("%1 %2: the server does not offer the Control Hub extension.")
                            .arg(QLatin1String(declared.method),
                                 QLatin1String(declared.pathTemplate));
        return error;
    }
    return request.refusal;
}

void ApiCaller::callBackLater(std::function<void(const ApiError &)> done, const ApiError &error)
{
    // Callbacks never run inside the call that started them.
    QTimer::singleShot(0, m_context, [done = std::move(done), error] { done(error); });
}

void ApiCaller::call(const StringFieldEndpoint &endpoint, const Callback<QStringList> &done)
{
    if (refused(endpoint.request, done))
        return;
    const QUrl url = spec(endpoint.request).url;
    const QString name = QStringLiteral("GET ") + url.path();
    allItems(url, [done, name, field = endpoint.field](const Result<QJsonArray> &r) {
        if (const auto *e = std::get_if<ApiError>(&r))
            return done(*e);
        QString why;
        const auto values = ApiJson::stringField(std::get<QJsonArray>(r), field, &why);
        if (!values)
            return done(malformed(name, why, {}));
        done(*values);
    });
}

void ApiCaller::call(const NoContentEndpoint &endpoint, const EmptyCallback &done)
{
    if (refused(endpoint.request, done))
        return;
    m_queue.submit(spec(endpoint.request), [done](const Result<ApiResponse> &r) {
        if (const auto *e = std::get_if<ApiError>(&r))
            return done(*e);
        done(std::monostate{});
    });
}

void ApiCaller::json(ApiRequestSpec spec, const ApiClient::JsonCallback &done)
{
    spec.decode = [](const QJsonObject &object) { return ApiDecoded{object, {}}; };
    m_queue.submit(spec, [done](const Result<ApiResponse> &r) {
        if (const auto *e = std::get_if<ApiError>(&r))
            return done(*e);
        const auto &decoded = std::get<ApiResponse>(r).decoded;
        const auto *object = std::any_cast<QJsonObject>(&decoded.value);
        done(object ? *object : QJsonObject());
    });
}

struct ApiCaller::Pages
{
    QSet<QUrl> seen;
    PageDecoder decodePage;
    PageConsumer onPage;
    EmptyCallback done;  // once: after the last page, or with the error that stopped the walk
    std::function<bool()> more; // optional: false ends the walk before the next page
    QString endpoint;
    int count = 0;       // pages read
};

void ApiCaller::fetchPage(const std::shared_ptr<Pages> &pages, const QUrl &url)
{
    ApiRequestSpec spec;
    spec.verb = "GET";
    spec.url = url;
    // Pages are read one after the other: this one is number count + 1.
    spec.decode = [decodePage = pages->decodePage,
                   number = pages->count + 1](const QJsonObject &o) {
        const QJsonValue items = o.value(QLatin1String("items"));
        if (!items.isArray())
            return ApiDecoded{{}, tr("\"items\" is missing or not an array")};
        ApiDecoded page = decodePage(items.toArray());
        if (!page.why.isEmpty() && number > 1)
            page.why = tr("page %1: %2").arg(number).arg(page.why);
        return page;
    };
    pages->seen.insert(url);
    m_queue.submit(spec, [this, pages](Result<ApiResponse> &&r) {
        if (const auto *e = std::get_if<ApiError>(&r))
            return pages->done(*e);
        auto &response = std::get<ApiResponse>(r);
        ++pages->count;
        if (!response.decoded.why.isEmpty())
            return pages->done(malformed(pages->endpoint, response.decoded.why, response));
        // Moved on: the page's only copy, so its consumer may take its strings.
        pages->onPage(std::move(response.decoded.value));
        if (response.link.isEmpty())
            return pages->done(std::monostate{});
        const auto next = LinkHeader::find(response.link, "next");
        if (!next)
            return pages->done(
                malformed(pages->endpoint, tr("the Link header cannot be parsed"), response));
        if (next->isEmpty())
            return pages->done(std::monostate{});
        if (pages->seen.contains(*next))
            return pages->done(malformed(
                pages->endpoint, tr("the Link header points back to a page already read"),
                response));
        if (pages->more && !pages->more())
            return pages->done(std::monostate{});
        fetchPage(pages, *next);
    });
}

void ApiCaller::walkPages(const QUrl &url, PageDecoder decodePage, PageConsumer onPage,
                          EmptyCallback done, std::function<bool()> more)
{
    auto pages = std::make_shared<Pages>();
    pages->more = std::move(more);
    pages->decodePage = std::move(decodePage);
    pages->onPage = std::move(onPage);
    pages->done = std::move(done);
    pages->endpoint = QStringLiteral("GET ") + url.path();
    fetchPage(pages, url);
}

void ApiCaller::allItems(const QUrl &url, std::function<void(const Result<QJsonArray> &)> done)
{
    auto all = std::make_shared<QJsonArray>();
    walkPages(
        url, [](const QJsonArray &items) { return ApiDecoded{items, {}}; },
        [all](std::any &&page) {
            if (const auto *items = std::any_cast<QJsonArray>(&page)) {
                for (const QJsonValue &v : *items)
                    all->append(v);
            }
        },
        [all, done = std::move(done)](const Result<std::monostate> &r) {
            if (const auto *e = std::get_if<ApiError>(&r))
                return done(*e);
            done(*all);
        });
}

} // namespace wod::net
