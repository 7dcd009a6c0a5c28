#include "ApiRequestJob.h"

#include "ApiJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace wod::net {

namespace {

// Connection-level failures worth another attempt. TLS and protocol errors are not: retrying
// cannot fix a bad certificate, and TLS errors are never ignored.
bool isRetryableNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::OperationCanceledError:
        return false;
    default:
        return true;
    }
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

    // Decide: success, retry after a delay, or a final error.
    std::optional<ApiError> error;
    bool transient = false;     // retry if idempotent and the budget allows
    bool alwaysRetry = false;   // retry whatever the method (the server did not process it)
    qint64 forcedDelay = -1;    // Retry-After
    bool rateLimited = false;   // 429/423: separate budget

    const QString what = endpoint();
    if (m_timedOut) {
        error = makeError(ApiError::Kind::Timeout, 0,
                          tr("%1: no answer within %2 s.").arg(what).arg(m_options.requestTimeoutMs / 1000.0),
                          {}, {});
        transient = true;
    } else if (status == 0) {
        error = makeError(ApiError::Kind::Network, 0,
                          tr("%1: network error: %2").arg(what, reply->errorString()), {}, {});
        transient = isRetryableNetworkError(netError);
    } else if (status >= 200 && status < 300) {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (netError != QNetworkReply::NoError || (declared > 0 && body.size() < declared)) {
            error = makeError(ApiError::Kind::Malformed, status,
                              tr("%1: the answer was cut off (%2 of %3 bytes).")
                                  .arg(what).arg(body.size()).arg(declared),
                              body, headerTracking);
            transient = true;
        } else if (status != 204 && (m_spec.expectJson || !body.trimmed().isEmpty())) {
            // A request expecting no content (DELETE) may still get a body; valid JSON there is
            // fine, but anything else (an intermediary's HTML page) says nothing about whether the
            // request took effect: retried like any garbled answer (a repeat answers 204 or 404).
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError
                || (m_spec.expectJson && !doc.isObject())) {
                error = makeError(ApiError::Kind::Malformed, status,
                                  tr("%1: the answer is not a JSON object (%2).")
                                      .arg(what, parseError.error != QJsonParseError::NoError
                                                     ? parseError.errorString()
                                                     : tr("wrong type")),
                                  body, headerTracking);
                transient = true;
            }
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
            rateLimited = true;
            alwaysRetry = true;
            forcedDelay = m_retry.retryAfterMs(reply->rawHeader("Retry-After"),
                                               QDateTime::currentDateTimeUtc());
            if (status == 429)
                error->kind = ApiError::Kind::RateLimited;
        } else if (status == 503) {
            alwaysRetry = true;
            transient = true;
            if (reply->hasRawHeader("Retry-After"))
                forcedDelay = m_retry.retryAfterMs(reply->rawHeader("Retry-After"),
                                                   QDateTime::currentDateTimeUtc());
        } else if (status >= 500) {
            transient = true;
        }
    }

    if (!error) {
        emit attemptFinished(this, attempt);
        ApiResponse response;
        response.status = status;
        response.body = body;
        response.link = reply->rawHeader("Link");
        response.trackingId = attempt.trackingId;
        finish(response);
        return;
    }

    attempt.failure = toWireName(error->kind);
    bool retry = false;
    if (rateLimited) {
        retry = m_rateLimitRetries < m_options.maxRateLimitRetries;
        if (retry)
            ++m_rateLimitRetries;
    } else if (transient && (alwaysRetry || m_spec.idempotent)) {
        retry = m_transientRetries < m_options.maxRetries;
        if (retry)
            ++m_transientRetries;
    }
    if (retry) {
        const qint64 delay = forcedDelay >= 0 ? forcedDelay : m_retry.backoffMs(m_transientRetries);
        attempt.retryInMs = delay;
        if (status == 429)
            attempt.pauseAllMs = delay;
        emit attemptFinished(this, attempt);
        m_retryTimer.start(int(delay));
        return;
    }
    emit attemptFinished(this, attempt);
    finish(*error);
}

void ApiRequestJob::finish(const Result<ApiResponse> &result)
{
    Done done = std::move(m_done);
    m_done = nullptr;
    emit completed(this);
    if (done)
        done(result);
}

} // namespace wod::net
