#include "LogRedactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>

namespace wod::log {

namespace {

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &secrets()
{
    static QSet<QString> set;
    return set;
}

const QRegularExpression &bearerPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((\bBearer\s+)[^\s"',;]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// key=value, key: value, "key":"value", key='value'. The value ends at whitespace, a quote, &, a
// comma, ; or a closing brace.
const QRegularExpression &keyedSecretPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((\b(?:access_token|refresh_token|id_token|client_secret|code_verifier|)"
                       R"(code_challenge|password|passwd|secret|token|authorization)["']?\s*[=:]\s*["']?))"
                       R"((?!\[redacted)[^\s"'&,;}]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// An authorization code only with '=' (a query or form field): "status code: 404" stays readable.
const QRegularExpression &codePattern()
{
    static const QRegularExpression re(QStringLiteral(R"((\bcode=)(?!\[redacted)[^\s"'&,;}]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Webex access and refresh tokens: 64 alphanumerics, '_', 4 characters, '_', an org UUID.
const QRegularExpression &webexTokenPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"([A-Za-z0-9]{40,}_[A-Za-z0-9]{4}_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"));
    return re;
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})"));
    return re;
}

} // namespace

QString LogRedactor::redact(const QString &line)
{
    QString out = line;
    {
        // Known secrets first: they may also be preceded by nothing a pattern recognises.
        QMutexLocker lock(&secretsMutex());
        for (const QString &secret : std::as_const(secrets()))
            out.replace(secret, QStringLiteral("[redacted]"));
    }
    out.replace(bearerPattern(), QStringLiteral("\\1[redacted]"));
    out.replace(keyedSecretPattern(), QStringLiteral("\\1[redacted]"));
    out.replace(codePattern(), QStringLiteral("\\1[redacted]"));
    out.replace(webexTokenPattern(), QStringLiteral("[redacted token]"));
    out.replace(emailPattern(), QStringLiteral("[email]"));
    return out;
}

void LogRedactor::addSecret(const QString &secret)
{
    if (secret.size() < 8)
        return;
    QMutexLocker lock(&secretsMutex());
    secrets().insert(secret);
}

void LogRedactor::removeSecret(const QString &secret)
{
    QMutexLocker lock(&secretsMutex());
    secrets().remove(secret);
}

void LogRedactor::clearSecrets()
{
    QMutexLocker lock(&secretsMutex());
    secrets().clear();
}

} // namespace wod::log
