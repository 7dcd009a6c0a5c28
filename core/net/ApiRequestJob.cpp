#include "ApiRequestJob.h"

#include "ApiExtensions.h"
#include "ApiJson.h"
#include "BackgroundTask.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <algorithm>
#include <iterator>

namespace wod::net {

namespace {

// Connection-level failures worth another attempt. TLS and protocol errors are not: retrying
// cannot fix a bad certificate, and TLS errors are never ignored.
bool isRetryableNetworkError(QNetworkReply::NetworkError e)
{
    static constexpr QNetworkReply::NetworkError kFinal[] = {
        QNetworkReply::SslHandshakeFailedError,      QNetworkReply::ProtocolUnknownError,
        QNetworkReply::ProtocolInvalidOperationError, QNetworkReply::InsecureRedirectError,
        QNetworkReply::TooManyRedirectsError,        QNetworkReply::OperationCanceledError,
    };
    return std::find(std::begin(kFinal), std::end(kFinal), e) == std::end(kFinal);
}

} // namespace

ApiRequestJob::ApiRequestJob(const ApiRequestSpec &spec, const QString &token,
                             const QString &trackingId, const ApiClientOptions &options, Done done,
                             QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_token(token)
    , m_trackingId(trackingId)
    , m_options(options)
    , m_retry(options)
    , m_done(std::move(done))
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        // Inactivity timeout: nothing received for requestTimeoutMs (a stalled server).
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { emit readyForRetry(this); });
}

ApiRequestJob::~ApiRequestJob()
{
    drop();
}

QString ApiRequestJob::endpoint() const
{
    return QString::fromLatin1(m_spec.verb) + QLatin1Char(' ') + m_spec.url.path();
}

void ApiRequestJob::startAttempt(QNetworkAccessManager *nam, int pool, quint64 startId)
{
    m_pool = pool;
    m_startId = startId;
    QNetworkRequest request(m_spec.url);
    if (pool > 0 && m_spec.url.scheme() == QLatin1String("http")) {
        // QNetworkAccessManager keys its per-host pool of (at most six) HTTP/1.1 connections by
        // scheme, host, port, proxy and the request's peer verify name. Without TLS that name
        // verifies nothing, so a distinct one per pool gives this access manager another six
        // connections to the same host, keeping its proxy and settings. Never for https, where
        // the name must stay the host's (and HTTP/2 multiplexes on one connection anyway).
        request.setPeerVerifyName(QStringLiteral("wod-pool-%1").arg(pool));
    }
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("TrackingID", m_trackingId.toLatin1());
    request.setRawHeader("Accept", "application/json");
    if (m_spec.hasBody)
        request.setRawHeader("Content-Type", "application/json;charset=utf-8");
    // Never follow redirects: a redirect could carry the Authorization header to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    m_timedOut = false;
    m_elapsed.start();
    m_reply = m_spec.hasBody ? nam->sendCustomRequest(request, m_spec.verb, m_spec.body)
                             : nam->sendCustomRequest(request, m_spec.verb);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequestJob::onReplyFinished);
    const auto activity = [this] {
        if (m_reply)
            m_timeout.start(m_options.requestTimeoutMs);
    };
    connect(m_reply, &QNetworkReply::downloadProgress, this, activity);
    connect(m_reply, &QNetworkReply::uploadProgress, this, activity);
    m_timeout.start(m_options.requestTimeoutMs);
}

void ApiRequestJob::abortReply()
{
    m_timeout.stop();
    m_retryTimer.stop();
    // A body still being checked on the worker: its result is dropped with the watcher.
    delete m_decoding.data();
    m_decoding = nullptr;
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiRequestJob::cancel()
{
    abortReply();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = tr("The request was cancelled.");
    error.trackingId = m_trackingId;
    finish(error);
}

void ApiRequestJob::drop()
{
    abortReply();
    m_done = nullptr;
}

ApiError ApiRequestJob::makeError(ApiError::Kind kind, int status, const QString &message,
                                  const QByteArray &body, const QString &headerTrackingId) const
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = status;
    e.message = message;
    e.body = body;
    e.trackingId = ApiJson::bodyTrackingId(body);
    if (e.trackingId.isEmpty())
        e.trackingId = headerTrackingId;
    if (e.trackingId.isEmpty())
        e.trackingId = m_trackingId;
    return e;
}

// The outcome of parsing (and decoding) a 2xx body on the worker.
struct ApiRequestJob::BodyCheck
{
    bool notJson = false;   // not JSON at all, or (expectJson) not an object
    QString notJsonWhy;     // the parser's message; empty: valid JSON of the wrong type
    ApiDecoded decoded;
};

ApiRequestJob::BodyCheck ApiRequestJob::checkBody(const QByteArray &body, bool expectJson,
                                                  const ApiDecoder &decode)
{
    BodyCheck check;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        check.notJson = true;
        check.notJsonWhy = parseError.errorString();
    } else if (expectJson && !doc.isObject()) {
        check.notJson = true;
    } else if (decode) {
        check.decoded = decode(doc.object());
    }
    return check;
}

void ApiRequestJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_reply = nullptr;
    m_timeout.stop();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply (our timeout) is closed: nothing to read.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString headerTracking = QString::fromLatin1(reply->rawHeader("TrackingID"));
    const QNetworkReply::NetworkError netError = reply->error();

    ApiAttempt attempt;
    attempt.verb = m_spec.verb;
    attempt.path = m_spec.url.path();
    attempt.status = status;
    attempt.trackingId = headerTracking.isEmpty() ? m_trackingId : headerTracking;
    attempt.elapsedMs = m_elapsed.elapsed();
    attempt.startId = m_startId;
    attempt.pool = m_pool;
    if (reply->hasRawHeader(ApiExtensions::kOfferHeader))
        attempt.extensionsOffered = 1;
    else if (status >= 200 && status < 300)
        attempt.extensionsOffered = 0;

    // Decide: success, retry after a delay, or a final error.
    std::optional<ApiError> error;
    RetryRule rule;

    const QString what = endpoint();
    if (m_timedOut) {
        error = makeError(ApiError::Kind::Timeout, 0,
                          tr("%1: no answer within %2 s.").arg(what).arg(m_options.requestTimeoutMs / 1000.0),
                          {}, {});
        rule.transient = true;
    } else if (status == 0) {
        error = makeError(ApiError::Kind::Network, 0,
                          tr("%1: network error: %2").arg(what, reply->errorString()), {}, {});
        rule.transient = isRetryableNetworkError(netError);
    } else if (status >= 200 && status < 300) {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (netError != QNetworkReply::NoError || (declared > 0 && body.size() < declared)) {
            error = makeError(ApiError::Kind::Malformed, status,
                              tr("%1: the answer was cut off (%2 of %3 bytes).")
                                  .arg(what).arg(body.size()).arg(declared),
                              body, headerTracking);
            rule.transient = true;
        } else {
            ApiResponse response;
            response.status = status;
            response.body = body;
            response.link = reply->rawHeader("Link");
            response.trackingId = attempt.trackingId;
            if (status != 204 && (m_spec.expectJson || !body.trimmed().isEmpty())) {
                // Parsed (and decoded) on the worker; the attempt ends in onBodyChecked().
                m_decoding = BackgroundTask::run<BodyCheck>(
                    this,
                    [body, expectJson = m_spec.expectJson, decode = m_spec.decode] {
                        return checkBody(body, expectJson, decode);
                    },
                    [this, attempt, response, headerTracking](BodyCheck &&check) {
                        m_decoding = nullptr;
                        onBodyChecked(attempt, response, check, headerTracking);
                    });
                return;
            }
            // No body to read (204): a decoder sees an empty object, as it would for "{}".
            if (m_spec.decode)
                response.decoded = m_spec.decode(QJsonObject());
            settle(attempt, std::nullopt, rule, response);
            return;
        }
    } else {
        const QString server = ApiJson::serverMessage(body);
        const QString reason = server.isEmpty()
            ? reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()
            : server;
        const QString text = tr("%1 answered HTTP %2: %3").arg(what).arg(status).arg(reason);
        ApiError::Kind kind = ApiError::Kind::Server;
        switch (status) {
        case 401: kind = ApiError::Kind::Unauthorized; break;
        case 403: kind = ApiError::Kind::Forbidden; break;
        case 404: kind = ApiError::Kind::NotFound; break;
        case 409: kind = ApiError::Kind::Conflict; break;
        case 429: kind = ApiError::Kind::RateLimited; break;
        default: break;
        }
        error = makeError(kind, status, text, body, headerTracking);
        if (status == 429 || status == 423) {
            rule.rateLimited = true;
            rule.alwaysRetry = true;
            rule.forcedDelay = m_retry.retryAfterMs(reply->rawHeader("Retry-After"),
                                                    QDateTime::currentDateTimeUtc());
            if (status == 429)
                error->kind = ApiError::Kind::RateLimited;
        } else if (status == 503) {
            rule.alwaysRetry = true;
            rule.transient = true;
            if (reply->hasRawHeader("Retry-After"))
                rule.forcedDelay = m_retry.retryAfterMs(reply->rawHeader("Retry-After"),
                                                        QDateTime::currentDateTimeUtc());
        } else if (status >= 500) {
            rule.transient = true;
        }
    }
    settle(attempt, error, rule, {});
}

void ApiRequestJob::onBodyChecked(ApiAttempt attempt, ApiResponse response, const BodyCheck &check,
                                  const QString &headerTracking)
{
    if (!check.notJson) {
        response.decoded = check.decoded;
        settle(attempt, std::nullopt, {}, response);
        return;
    }
    // A request expecting no content (DELETE) may still get a body; valid JSON there is fine,
    // but anything else (an intermediary's HTML page) says nothing about whether the request took
    // effect: retried like any garbled answer (a repeat answers 204 or 404).
    const ApiError error = makeError(
        ApiError::Kind::Malformed, response.status,
        tr("%1: the answer is not a JSON object (%2).")
            .arg(endpoint(), check.notJsonWhy.isEmpty() ? tr("wrong type") : check.notJsonWhy),
        response.body, headerTracking);
    RetryRule rule;
    rule.transient = true;
    settle(attempt, error, rule, {});
}

void ApiRequestJob::settle(ApiAttempt attempt, const std::optional<ApiError> &error,
                           const RetryRule &rule, const ApiResponse &response)
{
    if (!error) {
        emit attemptFinished(this, attempt);
        finish(response);
        return;
    }

    attempt.failure = toWireName(error->kind);
    bool retry = false;
    if (rule.rateLimited) {
        retry = m_rateLimitRetries < m_options.maxRateLimitRetries;
        if (retry)
            ++m_rateLimitRetries;
    } else if (rule.transient && (rule.alwaysRetry || m_spec.idempotent)) {
        retry = m_transientRetries < m_options.maxRetries;
        if (retry)
            ++m_transientRetries;
    }
    if (retry) {
        const qint64 delay =
            rule.forcedDelay >= 0 ? rule.forcedDelay : m_retry.backoffMs(m_transientRetries);
        attempt.retryInMs = delay;
        if (attempt.status == 429)
            attempt.pauseAllMs = delay;
        emit attemptFinished(this, attempt);
        m_retryTimer.start(int(delay));
        return;
    }
    emit attemptFinished(this, attempt);
    finish(*error);
}

void ApiRequestJob::finish(Result<ApiResponse> result)
{
    Done done = std::move(m_done);
    m_done = nullptr;
    emit completed(this);
    if (done)
        done(std::move(result));
}

} // namespace wod::net
