#include "RefreshTokenStore.h"

#include "AuthLogging.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace wod::auth {

namespace {

template <typename Job>
Job *prepare(Job *job, const QString &account)
{
    job->setAutoDelete(true);
    // Never a plain-text fallback: without a keychain "Remember me" is unavailable.
    job->setInsecureFallback(false);
    job->setKey(account);
    return job;
}

QString describe(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return RefreshTokenStore::tr("No system keychain is available (%1).").arg(job->errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return RefreshTokenStore::tr("The system keychain denied access (%1).").arg(job->errorString());
    default:
        return RefreshTokenStore::tr("The system keychain failed: %1").arg(job->errorString());
    }
}

} // namespace

RefreshTokenStore::RefreshTokenStore(const QString &account, QObject *parent)
    : QObject(parent), m_account(account)
{
}

QString RefreshTokenStore::service()
{
    return QStringLiteral(WOD_APP_ID);
}

void RefreshTokenStore::load(const Callback &done)
{
    auto *job = prepare(new QKeychain::ReadPasswordJob(service(), this), m_account);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        Outcome outcome;
        if (read->error() == QKeychain::NoError) {
            outcome.ok = true;
            outcome.token = read->textData();
        } else if (read->error() == QKeychain::EntryNotFound) {
            outcome.ok = true;
        } else {
            outcome.error = describe(read);
            qCInfo(lcAuth).noquote() << "Keychain read failed:" << outcome.error;
        }
        done(outcome);
    });
    job->start();
}

void RefreshTokenStore::probe(const Callback &done)
{
    load([done](const Outcome &outcome) {
        Outcome o = outcome;
        o.token.clear(); // a probe never hands the secret around
        done(o);
    });
}

void RefreshTokenStore::save(const QString &refreshToken, const Callback &done)
{
    auto *job = prepare(new QKeychain::WritePasswordJob(service(), this), m_account);
    job->setTextData(refreshToken);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        Outcome outcome;
        outcome.ok = finished->error() == QKeychain::NoError;
        if (!outcome.ok) {
            outcome.error = describe(finished);
            qCWarning(lcAuth).noquote() << "Keychain write failed:" << outcome.error;
        } else {
            qCInfo(lcAuth) << "Refresh token kept in the system keychain";
        }
        done(outcome);
    });
    job->start();
}

void RefreshTokenStore::remove(const Callback &done)
{
    auto *job = prepare(new QKeychain::DeletePasswordJob(service(), this), m_account);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        Outcome outcome;
        outcome.ok = finished->error() == QKeychain::NoError
                     || finished->error() == QKeychain::EntryNotFound;
        if (!outcome.ok)
            outcome.error = describe(finished);
        else
            qCInfo(lcAuth) << "Refresh token removed from the system keychain";
        done(outcome);
    });
    job->start();
}

} // namespace wod::auth
