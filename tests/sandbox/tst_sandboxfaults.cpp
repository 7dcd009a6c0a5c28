// Fault injection of the sandbox, one kind at a time, over real HTTP: latency, rate limit (429 +
// Retry-After), server errors (seeded, reproducible), resets, stalls, malformed and truncated
// bodies, token expiry and renewal, a forced 409 at the org DELETE; a faulted request has no effect
// (except resetAfterEffect, whose effect is applied); /_sandbox/* is never faulted.

#include "DataColumns.h"
#include "SandboxIds.h"
#include "SandboxServer.h"
#include "SandboxTestSupport.h"
#include "StateQueries.h"

#include <QJsonArray>
#include <QTest>

using namespace wod::sandbox;
using namespace wod::sandbox::test;

Q_DECLARE_METATYPE(wod::sandbox::FaultConfig)

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Http> m_http;

    void start(const FaultConfig &faults, int users = 3)
    {
        m_server = std::make_unique<SandboxServer>(scenario(users), faults);
        m_server->setToken(QStringLiteral("t"));
        QVERIFY(m_server->listen());
        m_http = std::make_unique<Http>(QStringLiteral("t"));
    }
    QUrl api(const QString &path) const { return at(m_server->baseUrl(), path); }
    QUrl inspect(const QString &what) const
    {
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/_sandbox/") + what);
        return url;
    }
    QUrl user1() const
    {
        return api(QStringLiteral("people/") +
                   SandboxIds::personId(QStringLiteral("user1@test.example")));
    }
    QJsonObject counters() const
    {
        return m_server->state().value(QLatin1String("counters")).toObject();
    }
    QString user1State() const
    {
        return wod::test::userState(m_server->state(), QStringLiteral("user1@test.example"));
    }

private slots:
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void latency()
    {
        FaultConfig f;
        f.latencyMs = 150;
        f.jitterMs = 50;
        start(f);
        const HttpResult r = m_http->get(api(QStringLiteral("people/me")));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 150, qPrintable(QString::number(r.elapsedMs)));
        // Inspection is never delayed... nor faulted.
        QCOMPARE(m_http->get(inspect(QStringLiteral("state"))).status, 200);
    }

    void rateLimit()
    {
        FaultConfig f;
        f.rateLimitPerSecond = 3;
        start(f);
        QList<int> statuses;
        HttpResult limited;
        for (int i = 0; i < 5; ++i) {
            const HttpResult r = m_http->get(api(QStringLiteral("people/me")));
            statuses.append(r.status);
            if (r.status == 429)
                limited = r;
        }
        QCOMPARE(statuses.count(200), 3);
        QCOMPARE(statuses.count(429), 2);
        bool ok = false;
        const int retryAfter = limited.header("Retry-After").toInt(&ok);
        QVERIFY2(ok && retryAfter >= 1, limited.header("Retry-After").constData());
        QVERIFY(limited.json().contains(QLatin1String("trackingId")));
        QCOMPARE(counters().value(QLatin1String("rateLimited")).toInt(), 2);
        // The window slides: after Retry-After the requests pass again. One request per poll,
        // its status kept: QTRY_COMPARE would send the request again after it passed, into a
        // window that may be full again.
        int status = 0;
        QVERIFY(QTest::qWaitFor(
            [&] { return (status = m_http->get(api(QStringLiteral("people/me"))).status) == 200; },
            10'000));
        QCOMPARE(status, 200);
    }

    void serverErrors()
    {
        FaultConfig f;
        f.errorRate = 1;
        start(f);
        QSet<int> seen;
        for (int i = 0; i < 30; ++i) {
            const HttpResult r = m_http->del(user1());
            QVERIFY2(r.status == 500 || r.status == 502 || r.status == 503,
                     qPrintable(QString::number(r.status)));
            QVERIFY(r.json().contains(QLatin1String("message")));
            if (r.status == 503)
                QCOMPARE(r.header("Retry-After"), QByteArrayLiteral("1"));
            seen.insert(r.status);
        }
        QCOMPARE(seen.size(), 3);
        QCOMPARE(user1State(), QStringLiteral("active"));
        QCOMPARE(counters().value(QLatin1String("faultsInjected")).toInt(), 30);
        QCOMPARE(m_http->get(inspect(QStringLiteral("state"))).status, 200);
    }

    void seededErrorsReproducible()
    {
        const auto sequence = [this](quint32 seed) {
            FaultConfig f;
            f.errorRate = 0.5;
            f.seed = seed;
            start(f);
            QList<int> out;
            for (int i = 0; i < 24; ++i)
                out.append(m_http->get(api(QStringLiteral("people/me"))).status);
            return out;
        };
        const QList<int> a = sequence(7);
        const QList<int> b = sequence(7);
        const QList<int> c = sequence(8);
        QCOMPARE(a, b);
        QVERIFY2(a != c, "another seed should give another sequence");
        QVERIFY(a.contains(200));
        QVERIFY(a.count(200) < a.size());
    }

    void noEffectWhenFaulted_data()
    {
        wod::test::addColumns<FaultConfig, int, bool>("faults", "status", "answered");
        FaultConfig reset;
        reset.resetRate = 1;
        FaultConfig stall;
        stall.stallRate = 1;
        stall.stallMs = 200;
        FaultConfig error;
        error.errorRate = 1;
        FaultConfig malformed;
        malformed.malformedRate = 1;
        FaultConfig truncated;
        truncated.truncatedRate = 1;
        FaultConfig rate;
        rate.rateLimitPerSecond = 1;
        QTest::newRow("reset") << reset << 0 << false;
        QTest::newRow("stall") << stall << 504 << true;
        QTest::newRow("server error") << error << -1 << true;
        QTest::newRow("malformed") << malformed << 200 << true;
        QTest::newRow("truncated") << truncated << 200 << false;
        QTest::newRow("rate limited") << rate << 429 << true;
    }
    void noEffectWhenFaulted()
    {
        QFETCH(FaultConfig, faults);
        QFETCH(int, status);
        QFETCH(bool, answered);
        start(faults);
        if (faults.rateLimitPerSecond > 0)
            QCOMPARE(m_http->get(api(QStringLiteral("people/me"))).status, 200); // uses the budget
        const HttpResult r = m_http->del(user1());
        QVERIFY2(r.finished, "the client must get an outcome");
        if (status >= 0 && answered)
            QCOMPARE(r.status, status);
        if (!answered)
            QVERIFY2(r.error != QNetworkReply::NoError, "an unanswered request must be an error");
        if (faults.malformedRate > 0)
            QVERIFY2(!r.isJson(), r.body.constData());
        QCOMPARE(user1State(), QStringLiteral("active"));
        QCOMPARE(m_server->state().value(QLatin1String("events")).toArray().size(), 0);
    }

    void resetClosesWithoutAnswer()
    {
        FaultConfig f;
        f.resetRate = 1;
        start(f);
        const HttpResult r = m_http->get(api(QStringLiteral("people/me")));
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
        QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError ||
                     r.error == QNetworkReply::ConnectionRefusedError,
                 qPrintable(QString::number(r.error)));
    }

    void stallOutlastsClientTimeout()
    {
        FaultConfig f;
        f.stallRate = 1;
        f.stallMs = 2000;
        start(f);
        const HttpResult r = m_http->send("GET", api(QStringLiteral("people/me")), {}, {}, 200);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error == QNetworkReply::OperationCanceledError ||
                     r.error == QNetworkReply::TimeoutError,
                 qPrintable(QString::number(r.error)));
    }

    void truncatedBody()
    {
        FaultConfig f;
        f.truncatedRate = 1;
        start(f);
        const HttpResult r = m_http->get(api(QStringLiteral("people")));
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(!r.isJson());
    }

    void resetAfterEffectApplies()
    {
        FaultConfig f;
        f.resetAfterEffectRate = 1;
        start(f);
        const HttpResult r = m_http->del(user1());
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(user1State(), QStringLiteral("deleted"));
        const QJsonObject u =
            m_server->state().value(QLatin1String("users")).toArray().at(1).toObject();
        QCOMPARE(u.value(QLatin1String("transitions")).toInt(), 1);
        // Without the fault, a retry learns the user is gone: "maybe done" resolves to done.
        m_server->setFaults(FaultConfig{});
        QCOMPARE(m_http->del(user1()).status, 404);
    }

    void tokenExpiryAndRenewal()
    {
        FaultConfig f;
        f.tokenExpiresAfterRequests = 2;
        start(f);
        QCOMPARE(m_http->get(api(QStringLiteral("people/me"))).status, 200);
        QCOMPARE(m_http->get(api(QStringLiteral("people/me"))).status, 200);
        HttpResult r = m_http->del(user1());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("The access token expired."));
        QCOMPARE(user1State(), QStringLiteral("active"));
        r = m_http->send("POST", inspect(QStringLiteral("renewToken")));
        QCOMPARE(r.status, 200);
        const QString fresh = r.json().value(QLatin1String("token")).toString();
        QVERIFY(!fresh.isEmpty() && fresh != QLatin1String("t"));
        QCOMPARE(m_server->token(), fresh);
        r = m_http->get(api(QStringLiteral("people/me")));
        QCOMPARE(r.status, 401); // the old token stays expired
        QCOMPARE(r.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("The access token expired."));
        m_http->setToken(fresh);
        QCOMPARE(m_http->del(user1()).status, 204);
        QCOMPARE(counters().value(QLatin1String("unauthorized")).toInt(), 2);
    }

    void conflictAtDeleteOnce()
    {
        FaultConfig f;
        f.conflictAtDelete = {QStringLiteral("linked_sites"), QStringLiteral("managed_orgs")};
        f.orgDeletionDelayMs = 0;
        start(f, 0);
        const QUrl org = api(QStringLiteral("organizations/") + testOrgId());
        HttpResult r = m_http->del(org);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("Org cannot be deleted as it has Linked sites. Org cannot be "
                                "deleted as it has managed orgs."));
        QCOMPARE(r.json().value(QLatin1String("errors")).toArray().size(), 2);
        QCOMPARE(m_server->state()
                     .value(QLatin1String("org"))
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("active"));
        QCOMPARE(m_http->del(org).status, 204); // once: then the real state decides
    }

    void runtimeFaultsEndpoint()
    {
        start(FaultConfig{});
        HttpResult r = m_http->send("POST", inspect(QStringLiteral("faults")),
                                    QByteArrayLiteral("{\"errorRate\":1}"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("errorRate")).toDouble(), 1.0);
        QVERIFY(m_http->get(api(QStringLiteral("people/me"))).status >= 500);
        r = m_http->send("POST", inspect(QStringLiteral("faults")),
                         QByteArrayLiteral("{\"errorRate\":3}"));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json()
                     .value(QLatin1String("message"))
                     .toString()
                     .contains(QLatin1String("faults.errorRate")),
                 r.body.constData());
        QCOMPARE(m_server->faults().errorRate, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
