#include "ScimUsersPaging.h"

#include "ApiCaller.h"
#include "ApiEndpoints.h"
#include "ApiRequestQueue.h"
#include "ScimUsersJson.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>
#include <memory>

namespace wod::net::ScimUsersPaging {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wod::net::ApiClient", text);
}

// One SCIM users read: shared by its pages' callbacks.
struct Read
{
    ApiRequestQueue *queue = nullptr;
    QString base;   // .../identity/scim/{uuid}/v2/Users
    QString prefix; // ScimUsersJson::personIdPrefix
    std::function<void(QList<ApiPerson> &&)> page;
    ApiClient::EmptyCallback done;
    std::function<void(qint64)> announced;
    bool finished = false;
    qint64 total = -1;
    qint64 pageSize = 0;      // asked for; after the first page, what the server gives
    qint64 pages = 0;         // in all, known after the first page
    qint64 nextToDeliver = 0;
    qint64 nextToRequest = 1; // after the first page
    qint64 window = 0;        // 0: every page at once
    std::map<qint64, QList<ApiPerson>> early; // decoded pages waiting for their predecessors

    void finish(const Result<std::monostate> &r)
    {
        if (finished)
            return;
        finished = true;
        early.clear();
        done(r);
    }
};

void requestPage(const std::shared_ptr<Read> &read, qint64 index);

void requestMorePages(const std::shared_ptr<Read> &read)
{
    while (!read->finished && read->nextToRequest < read->pages
           && (read->window <= 0 || read->nextToRequest - read->nextToDeliver < read->window))
        requestPage(read, read->nextToRequest++);
}

// The first page fixes the page size (the server's cap: the length of a first page that is not
// the last) and the number of pages; a later one must be exactly where and as long as expected.
// Nullopt: fine; else why the answer cannot be used.
std::optional<QString> checkPage(Read &read, qint64 index, const ScimUsersJson::Page &page)
{
    const qint64 got = page.people.size();
    if (index == 0) {
        read.total = page.totalResults;
        if (got < read.total) {
            if (got == 0)
                return tr("the first page is empty, of %1 users").arg(read.total);
            read.pageSize = got;
        }
        read.pages =
            got >= read.total ? 1 : 1 + (read.total - got + read.pageSize - 1) / read.pageSize;
        return std::nullopt;
    }
    const qint64 from = index * read.pageSize + 1;
    const qint64 expected = std::min(read.pageSize, read.total - from + 1);
    if (page.totalResults != read.total)
        return tr("the number of users changed from %1 to %2 while they were read")
            .arg(read.total)
            .arg(page.totalResults);
    if (got != expected || page.startIndex != from)
        return tr("page %1 has %2 users from %3; %4 from %5 were expected")
            .arg(index + 1)
            .arg(got)
            .arg(page.startIndex)
            .arg(expected)
            .arg(from);
    return std::nullopt;
}

// Page `index` (0-based). The first one asks for all the others once it is checked.
void requestPage(const std::shared_ptr<Read> &read, qint64 index)
{
    ApiRequestSpec spec;
    spec.verb = "GET";
    const qint64 startIndex = index * read->pageSize + 1;
    spec.url = ApiEndpoints::scimUsersPageUrl(read->base, startIndex, read->pageSize);
    const QString endpoint = QStringLiteral("GET ") + spec.url.path();
    spec.decode = [prefix = read->prefix, index](const QJsonObject &o) {
        QString why;
        auto decoded = ScimUsersJson::page(o, prefix, &why);
        if (!decoded)
            return ApiDecoded{{}, index > 0 ? tr("page %1: %2").arg(index + 1).arg(why) : why};
        return ApiDecoded{std::move(*decoded), {}};
    };
    read->queue->submit(spec, [read, index, endpoint](Result<ApiResponse> &&r) {
        if (read->finished)
            return;
        if (const auto *e = std::get_if<ApiError>(&r))
            return read->finish(*e);
        auto &response = std::get<ApiResponse>(r);
        auto *page = std::any_cast<ScimUsersJson::Page>(&response.decoded.value);
        if (!page)
            return read->finish(ApiCaller::malformed(endpoint, response.decoded.why, response));
        if (const auto why = checkPage(*read, index, *page))
            return read->finish(ApiCaller::malformed(endpoint, *why, response));
        if (index == 0)
            requestMorePages(read);
        // In order: this page now if it is the next one, else once its predecessors came.
        read->early.emplace(index, std::move(page->people));
        while (!read->finished && !read->early.empty()
               && read->early.begin()->first == read->nextToDeliver) {
            QList<ApiPerson> people = std::move(read->early.begin()->second);
            read->early.erase(read->early.begin());
            ++read->nextToDeliver;
            read->page(std::move(people));
        }
        if (index == 0 && read->announced && !read->finished)
            read->announced(read->total);
        if (read->nextToDeliver == read->pages)
            read->finish(std::monostate{});
        else
            requestMorePages(read);
    });
}

} // namespace

void start(ApiRequestQueue &queue, const QUrl &identityBase, const QString &orgId, int count,
           const std::function<void(QList<ApiPerson> &&people)> &page,
           const ApiClient::EmptyCallback &done, int window,
           const std::function<void(qint64 totalResults)> &announced)
{
    auto read = std::make_shared<Read>();
    read->queue = &queue;
    read->window = window;
    read->base = ApiEndpoints::scimUsersUrl(identityBase, orgId);
    read->prefix = ScimUsersJson::personIdPrefix(orgId);
    read->page = page;
    read->done = done;
    read->announced = announced;
    read->pageSize = std::max(1, count);
    requestPage(read, 0);
}

} // namespace wod::net::ScimUsersPaging
