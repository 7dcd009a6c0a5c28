#include "SandboxServer.h"

#include "AccessTokens.h"
#include "ApiExtensions.h"
#include "ApiRoutes.h"
#include "ConnectionWriter.h"
#include "FaultInjector.h"
#include "HttpFrontend.h"
#include "OAuthEndpoints.h"
#include "SandboxState.h"

#include <QCoreApplication>
#include <utility>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QSaveFile>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

namespace wod::sandbox {

namespace {

// "GET", "DELETE", ...: the enum's key in upper case; "UNKNOWN" for anything else.
QString methodName(QHttpServerRequest::Method m)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(m));
    if (!key || m == QHttpServerRequest::Method::AnyKnown)
        return QStringLiteral("UNKNOWN");
    return QString::fromLatin1(key).toUpper();
}

SandboxRequest copyRequest(const QHttpServerRequest &r)
{
    SandboxRequest out;
    out.method = methodName(r.method());
    out.path = r.url().path(QUrl::FullyDecoded);
    out.query = r.query();
    for (const auto &h : r.headers())
        out.headers.insert(h.first.toLower(), h.second);
    out.body = r.body();
    return out;
}

// Stands in for the answer a truncated fault cuts in half: any well-formed JSON will do, as long as
// half of it is not.
QJsonObject truncationFiller()
{
    QJsonArray items;
    for (int i = 0; i < 8; ++i)
        items.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("item-%1").arg(i)},
                        {QStringLiteral("displayName"), QStringLiteral("Item %1").arg(i)}});
    return QJsonObject{{QStringLiteral("items"), items}};
}

// Qt's HTTP server logs whole request headers at debug level, Authorization included. Whatever
// rules the user sets, those categories stay off: a token must never reach a log.
QLoggingCategory::CategoryFilter previousFilter = nullptr;
void silenceHttpServerLogs(QLoggingCategory *category)
{
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
        return;
    }
    if (previousFilter)
        previousFilter(category);
}
void installLogGuard()
{
    static const bool installed = [] {
        previousFilter = QLoggingCategory::installFilter(silenceHttpServerLogs);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace

struct SandboxServer::Private
{
    Private(const Scenario &scenario, const FaultConfig &faultConfig)
        : state(scenario), faults(faultConfig), routes(&state, &faults)
    {
        clock.start();
        tokens.setExpiresAfter(faultConfig.tokenExpiresAfterRequests);
        const QString scenarioToken = scenario.sandbox.value(QLatin1String("token")).toString();
        if (!scenarioToken.isEmpty())
            tokens.setToken(scenarioToken);
        oauth.configure(scenario.sandbox.value(QLatin1String("oauth")).toObject());
    }

    void onRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    SandboxResponse respond(const SandboxRequest &req, const QString &trackingId);
    SandboxResponse api(const SandboxRequest &req, const QString &trackingId, qint64 now);
    SandboxResponse inspection(const SandboxRequest &req, const QString &trackingId);
    QUrl hostUrl() const;
    void saveState();
    void trackConnection(QTcpSocket *socket);
    void record(const QHttpServerRequest &request, const SandboxRequest &req,
                const SandboxResponse &response);
    QJsonObject connectionsJson() const;

    SandboxState state;
    FaultInjector faults;
    AccessTokens tokens;
    ApiRoutes routes;
    OAuthEndpoints oauth{&tokens}; // /v1/authorize, /v1/access_token, /_sandbox/oauth
    QElapsedTimer clock;
    HttpFrontend *http = nullptr;
    quint16 port = 0;
    QString stateFile; // empty: the state lives in memory only
    // Client connections that have sent a request and are still open, and their most at once:
    // how tests see a client's connection pools (Qt opens six per host and pool).
    QSet<QTcpSocket *> openConnections;
    int peakConnections = 0;
    bool recording = false;
    QList<SandboxExchange> recorded;
};

void SandboxServer::Private::trackConnection(QTcpSocket *socket)
{
    if (openConnections.contains(socket))
        return;
    openConnections.insert(socket);
    peakConnections = qMax(peakConnections, int(openConnections.size()));
    const auto forget = [this, socket] { openConnections.remove(socket); };
    QObject::connect(socket, &QTcpSocket::disconnected, socket, forget);
    QObject::connect(socket, &QObject::destroyed, http, forget);
}

void SandboxServer::Private::record(const QHttpServerRequest &request, const SandboxRequest &req,
                                     const SandboxResponse &response)
{
    SandboxExchange e;
    e.method = req.method;
    e.path = req.path;
    e.query = request.url().query(QUrl::FullyEncoded);
    e.requestBody = req.body;
    const bool reset = response.delivery == SandboxResponse::Delivery::Reset;
    e.status = reset ? 0 : response.status;
    if (!reset) {
        e.headers = response.headers;
        e.body = response.body;
    }
    e.truncated = response.delivery == SandboxResponse::Delivery::Truncated;
    recorded.append(std::move(e));
}

QJsonObject SandboxServer::Private::connectionsJson() const
{
    return QJsonObject{{QStringLiteral("open"), int(openConnections.size())},
                       {QStringLiteral("peak"), peakConnections}};
}

SandboxServer::SandboxServer(const Scenario &scenario, const FaultConfig &faults, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(scenario, faults))
{
    installLogGuard();
    d->http = new HttpFrontend([this](const QHttpServerRequest &request,
                                      QTcpSocket *socket) { d->onRequest(request, socket); },
                               this);
}

SandboxServer::~SandboxServer()
{
    // The frontend (and with it every socket and pending answer timer) goes before the state it
    // reads.
    delete d->http;
    d->http = nullptr;
}

void SandboxServer::setToken(const QString &token)
{
    d->tokens.setToken(token);
}

QString SandboxServer::token() const
{
    return d->tokens.token();
}

bool SandboxServer::listen(quint16 port, QString *error)
{
    auto *tcp = new QTcpServer(d->http);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = tr("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcp->errorString());
        delete tcp;
        return false;
    }
    d->http->bind(tcp);
    d->port = tcp->serverPort();
    return true;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url = d->hostUrl();
    url.setPath(QStringLiteral("/v1"));
    return url;
}

bool SandboxServer::setStateFile(const QString &path, QString *error)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("cannot read the state file %1: %2").arg(path, file.errorString());
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        QString why;
        const bool restored = parseError.error == QJsonParseError::NoError && doc.isObject()
            ? d->state.restore(doc.object(), d->clock.elapsed(), &why)
            : (why = tr("not a JSON object: %1").arg(parseError.errorString()), false);
        if (!restored) {
            if (error)
                *error = tr("state file %1: %2").arg(path, why);
            return false;
        }
    }
    d->stateFile = path;
    return true;
}

void SandboxServer::Private::saveState()
{
    QSaveFile file(stateFile);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(state.saveJson()).toJson(QJsonDocument::Compact)) < 0
        || !file.commit())
        qWarning("webex-sandbox: cannot write the state file %s: %s", qPrintable(stateFile),
                 qPrintable(file.errorString()));
}

QJsonObject SandboxServer::state() const
{
    QJsonObject s = d->state.toJson(d->clock.elapsed());
    s.insert(QStringLiteral("faults"), d->faults.config().toJson());
    s.insert(QStringLiteral("connections"), d->connectionsJson());
    return s;
}

void SandboxServer::setFaults(const FaultConfig &faults)
{
    d->faults.setConfig(faults);
    d->tokens.setExpiresAfter(faults.tokenExpiresAfterRequests);
}

FaultConfig SandboxServer::faults() const
{
    return d->faults.config();
}

void SandboxServer::setRecording(bool on)
{
    d->recording = on;
}

QList<SandboxExchange> SandboxServer::takeRecording()
{
    return std::exchange(d->recorded, {});
}

QUrl SandboxServer::Private::hostUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    return url;
}

void SandboxServer::Private::onRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    trackConnection(socket);
    const SandboxRequest req = copyRequest(request);
    const QByteArray given = req.header(QByteArrayLiteral("trackingid"));
    const QString trackingId =
        given.isEmpty()
            ? QStringLiteral("SANDBOX_") + QUuid::createUuid().toString(QUuid::WithoutBraces)
            : QString::fromLatin1(given);
    ConnectionWriter *writer = ConnectionWriter::forSocket(socket);
    const quint64 ticket = writer->reserve();
    const qsizetype eventsBefore = state.events().size();
    SandboxResponse response = respond(req, trackingId);
    // Saved before the answer leaves: a client never sees a change the file does not hold. Every
    // change is an event, so refused and faulted requests (429 storms) cost no rewrite.
    if (!stateFile.isEmpty() && state.events().size() != eventsBefore)
        saveState();
    response.setHeader(QByteArrayLiteral("TrackingID"), trackingId.toLatin1());
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    if (!faults.config().publicApiOnly) // the extension is offered (core/ApiExtensions.h)
        response.setHeader(ApiExtensions::kOfferHeader, ApiExtensions::kOfferValue);
    if (recording)
        record(request, req, response);
    const bool close =
        req.header(QByteArrayLiteral("connection")).compare("close", Qt::CaseInsensitive) == 0;
    writer->deliver(ticket, response, close);
}

SandboxResponse SandboxServer::Private::respond(const SandboxRequest &req,
                                                const QString &trackingId)
{
    // OAuth endpoints: no bearer token, no injected faults, not counted as API requests.
    if (OAuthEndpoints::handles(req.path))
        return oauth.respond(req, trackingId);
    if (req.path.startsWith(QLatin1String("/_sandbox/")))
        return inspection(req, trackingId);

    const qint64 now = clock.elapsed();
    SandboxCounters &c = state.counters();
    ++c.requests;
    ++c.byRoute[ApiRoutes::routeName(req.method, req.path)];

    // Decided before any handling: a faulted request leaves the state untouched.
    const FaultDecision fault = faults.decide(now);
    SandboxResponse r;
    switch (fault.kind) {
    case FaultKind::RateLimited:
        ++c.rateLimited;
        r = SandboxResponse::error(429, QStringLiteral("Too many requests, retry later."),
                                   trackingId);
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds));
        break;
    case FaultKind::Reset:
        ++c.faultsInjected;
        r.delivery = SandboxResponse::Delivery::Reset;
        break;
    case FaultKind::Stall:
        ++c.faultsInjected;
        r = SandboxResponse::error(504, QStringLiteral("The server did not answer in time."),
                                   trackingId);
        break;
    case FaultKind::ServerError:
        ++c.faultsInjected;
        r = SandboxResponse::error(fault.status,
                                   fault.status == 503
                                       ? QStringLiteral("The service is temporarily unavailable.")
                                       : QStringLiteral("An unexpected server error occurred."),
                                   trackingId);
        if (fault.status == 503)
            r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
        break;
    case FaultKind::Malformed:
        ++c.faultsInjected;
        r.status = 200;
        r.headers.append({QByteArrayLiteral("Content-Type"),
                          QByteArrayLiteral("application/json;charset=UTF-8")});
        r.body = QByteArrayLiteral("<html><body>Bad gateway: upstream answered garbage"
                                   "</body></html>");
        break;
    case FaultKind::Truncated:
        ++c.faultsInjected;
        r = SandboxResponse::json(200, truncationFiller());
        r.delivery = SandboxResponse::Delivery::Truncated;
        break;
    case FaultKind::ResetAfterEffect:
        ++c.faultsInjected;
        r = api(req, trackingId, now);
        r.delivery = SandboxResponse::Delivery::Reset;
        break;
    case FaultKind::None:
        r = api(req, trackingId, now);
        break;
    }
    r.delayMs = fault.delayMs;
    return r;
}

SandboxResponse SandboxServer::Private::api(const SandboxRequest &req, const QString &trackingId,
                                            qint64 now)
{
    switch (tokens.check(req.header(QByteArrayLiteral("authorization")))) {
    case AccessTokens::Check::Invalid:
        ++state.counters().unauthorized;
        return SandboxResponse::error(401, ApiRoutes::invalidTokenMessage(), trackingId);
    case AccessTokens::Check::Expired:
        ++state.counters().unauthorized;
        return SandboxResponse::error(401, ApiRoutes::expiredTokenMessage(), trackingId);
    case AccessTokens::Check::Valid:
        break;
    }
    return routes.handle(req, trackingId, hostUrl(), now);
}

SandboxResponse SandboxServer::Private::inspection(const SandboxRequest &req,
                                                   const QString &trackingId)
{
    const bool get = req.method == QLatin1String("GET");
    const bool post = req.method == QLatin1String("POST");
    if (req.path == QLatin1String("/_sandbox/state")) {
        if (!get)
            return SandboxResponse::error(405, QStringLiteral("Use GET."), trackingId);
        return SandboxResponse::jsonText(
            200, state.toJsonBytes(clock.elapsed(),
                                   {{QStringLiteral("faults"), faults.config().toJson()},
                                    {QStringLiteral("connections"), connectionsJson()}}));
    }
    if (req.path == QLatin1String("/_sandbox/renewToken")) {
        if (!post)
            return SandboxResponse::error(405, QStringLiteral("Use POST."), trackingId);
        return SandboxResponse::json(200, QJsonObject{{QStringLiteral("token"), tokens.renew()}});
    }
    if (req.path == QLatin1String("/_sandbox/faults")) {
        if (post) {
            const QJsonDocument doc = QJsonDocument::fromJson(req.body);
            QString error;
            const auto config = doc.isObject()
                                    ? FaultConfig::fromJson(doc.object(), faults.config(), &error)
                                    : std::nullopt;
            if (!config)
                return SandboxResponse::error(
                    400, error.isEmpty() ? QStringLiteral("Expected a JSON object.") : error,
                    trackingId);
            faults.setConfig(*config);
            tokens.setExpiresAfter(config->tokenExpiresAfterRequests);
        } else if (!get) {
            return SandboxResponse::error(405, QStringLiteral("Use GET or POST."), trackingId);
        }
        return SandboxResponse::json(200, faults.config().toJson());
    }
    return SandboxResponse::error(404, ApiRoutes::notFoundMessage(), trackingId);
}

} // namespace wod::sandbox
