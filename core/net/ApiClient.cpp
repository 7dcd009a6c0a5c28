#include "ApiClient.h"

#include "ApiCaller.h"
#include "ApiEndpoints.h"
#include "ApiRequestQueue.h"
#include "ScimUsersPaging.h"

#include <QHostAddress>
#include <QJsonDocument>

// The client is three parts: ApiRequestQueue (the request pool: refusal of foreign origins,
// concurrency, pacing, Retry-After pauses, logging), ApiCaller (a typed endpoint declaration in,
// its decoded answer out) and ApiEndpoints (the declaration of every endpoint). The SCIM users
// read in parallel pages is ScimUsersPaging. This file only connects them.

namespace wod::net {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

class ApiClient::Private
{
public:
    Private(ApiClient *q, QNetworkAccessManager *nam, const QUrl &baseUrl, const QString &token,
            const ApiClientOptions &options)
        : queue(q, nam, baseUrl, token, options), caller(queue, q)
    {
    }

    ApiRequestQueue queue;
    ApiCaller caller;
};

ApiClient::ApiClient(QNetworkAccessManager *nam, const QUrl &baseUrl, const QString &token,
                     const ApiClientOptions &options, QObject *parent)
    : QObject(parent)
    , d(new Private(this, nam, baseUrl, token, options))
{
}

ApiClient::~ApiClient()
{
    d->queue.dropAll();
    delete d;
}

QUrl ApiClient::baseUrl() const
{
    return d->queue.baseUrl();
}

void ApiClient::setToken(const QString &token)
{
    d->queue.setToken(token);
}

bool ApiClient::isAllowedBaseUrl(const QUrl &url, QString *why)
{
    const auto refuse = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(tr("\"%1\" is not a valid API URL.").arg(url.toDisplayString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return true;
    if (scheme == QLatin1String("http"))
        return refuse(tr("Refusing plain HTTP to %1: the access token would travel unencrypted. "
                         "Use https:// (plain http is only allowed on this computer, 127.0.0.1).")
                          .arg(url.host()));
    return refuse(tr("Unsupported URL scheme \"%1\": use https://.").arg(url.scheme()));
}

// ---- Raw verbs ----

void ApiClient::getJson(const QString &pathOrUrl, const JsonCallback &done)
{
    EndpointRequest request;
    request.path = pathOrUrl;
    d->caller.json(d->caller.spec(request), done);
}

void ApiClient::getAllItems(const QString &pathOrUrl,
                            const std::function<void(const Result<QJsonArray> &)> &done)
{
    d->caller.allItems(d->queue.resolve(pathOrUrl), done);
}

void ApiClient::deleteResource(const QString &path, const EmptyCallback &done)
{
    EndpointRequest request;
    request.verb = "DELETE";
    request.path = path;
    request.expectJson = false;
    d->caller.call(NoContentEndpoint{request}, done);
}

void ApiClient::postJson(const QString &pathOrUrl, const QJsonObject &body,
                         const JsonCallback &done)
{
    postJson(pathOrUrl, body, false, done);
}

void ApiClient::postJson(const QString &pathOrUrl, const QJsonObject &body, bool idempotent,
                         const JsonCallback &done)
{
    EndpointRequest request;
    request.verb = "POST";
    request.path = pathOrUrl;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.hasBody = true;
    request.idempotent = idempotent;
    d->caller.json(d->caller.spec(request), done);
}

// ---- Typed endpoints (declared in ApiEndpoints) ----

void ApiClient::me(const Callback<ApiPerson> &done)
{
    d->caller.call(ApiEndpoints::me(), done);
}

void ApiClient::roles(const Callback<QList<ApiRole>> &done)
{
    d->caller.call(ApiEndpoints::roles(), done);
}

void ApiClient::organizations(const Callback<QList<ApiOrganization>> &done)
{
    d->caller.call(ApiEndpoints::organizations(), done);
}

void ApiClient::organization(const QString &orgId, const Callback<ApiOrganization> &done)
{
    d->caller.call(ApiEndpoints::organization(orgId), done);
}

void ApiClient::people(int max, const Callback<QList<ApiPerson>> &done, const QString &orgId)
{
    d->caller.call(ApiEndpoints::people(max, orgId), done);
}

void ApiClient::peoplePages(int max, const std::function<void(QList<ApiPerson> &&people)> &page,
                            const EmptyCallback &done, const QString &orgId,
                            const std::function<bool()> &more)
{
    d->caller.pages(ApiEndpoints::people(max, orgId), page, done, more);
}

void ApiClient::scimUsersPages(const QString &orgId, int count,
                               const std::function<void(QList<ApiPerson> &&people)> &page,
                               const EmptyCallback &done, int window,
                               const std::function<void(qint64 totalResults)> &announced)
{
    // The page query: ApiEndpoints::scimUsersPageUrl.
    ScimUsersPaging::start(d->queue, identityBaseUrl(), orgId, count, page, done, window,
                           announced);
}

void ApiClient::person(const QString &personId, const Callback<ApiPerson> &done)
{
    d->caller.call(ApiEndpoints::person(personId), done);
}

void ApiClient::licenses(const Callback<QList<ApiLicense>> &done, const QString &orgId)
{
    d->caller.call(ApiEndpoints::licenses(orgId), done);
}

void ApiClient::controlHubSubscriptions(const QString &orgId,
                                        const Callback<QList<Subscription>> &done)
{
    d->caller.call(ApiEndpoints::subscriptions(orgId), done);
}

void ApiClient::controlHubLinkedSites(const QString &orgId, const Callback<QStringList> &done)
{
    d->caller.call(ApiEndpoints::linkedSites(orgId), done);
}

void ApiClient::controlHubDirectorySync(const QString &orgId, const Callback<bool> &done)
{
    d->caller.call(ApiEndpoints::directorySync(orgId), done);
}

void ApiClient::controlHubManagedBy(const QString &orgId, const Callback<QStringList> &done)
{
    d->caller.call(ApiEndpoints::managedBy(orgId), done);
}

void ApiClient::controlHubManagedOrgs(const QString &orgId, const Callback<QStringList> &done)
{
    d->caller.call(ApiEndpoints::managedOrgs(orgId), done);
}

void ApiClient::deletePerson(const QString &personId, const EmptyCallback &done)
{
    d->caller.call(ApiEndpoints::deletePerson(personId), done);
}

void ApiClient::convertPerson(const QString &orgId, const QString &personId,
                              const Callback<ConvertResult> &done)
{
    d->caller.call(ApiEndpoints::convert(orgId, personId), done);
}

void ApiClient::scimBulkDelete(const QString &orgUuid, const QStringList &userUuids,
                               const Callback<ScimBulkResult> &done)
{
    d->caller.call(
        ApiEndpoints::scimBulkDelete(identityBaseUrl(), orgUuid, userUuids, kMaxScimBulkOperations),
        done);
}

void ApiClient::deleteOrganization(const QString &orgId, const EmptyCallback &done)
{
    d->caller.call(ApiEndpoints::deleteOrganization(orgId), done);
}

// ---- State ----

QUrl ApiClient::identityBaseUrl() const
{
    QUrl url = d->queue.baseUrl();
    QString path = url.path();
    if (path.endsWith(QLatin1String("/v1")))
        path.chop(3);
    url.setPath(path);
    return url;
}

int ApiClient::requestsSent() const
{
    return d->queue.requestsSent();
}

int ApiClient::pendingRequests() const
{
    return d->queue.pendingRequests();
}

ApiClientStats ApiClient::stats() const
{
    return d->queue.stats();
}

void ApiClient::cancelAll()
{
    d->queue.cancelAll();
}

} // namespace wod::net
