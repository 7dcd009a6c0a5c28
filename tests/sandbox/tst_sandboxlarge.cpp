// Scale of the sandbox: a 100,000-user scenario loads fast and pages over Link correctly (times are
// printed, never asserted), /_sandbox/state lists every user; and the EmbeddedSandbox serves from
// its own thread and shuts down cleanly, even with an answer still pending.

#include "EmbeddedSandbox.h"
#include "SandboxServer.h"
#include "SandboxTestSupport.h"
#include "StateQueries.h"
#include "ScenarioLoader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace wod::sandbox;
using namespace wod::sandbox::test;

class TestSandboxLarge : public QObject
{
    Q_OBJECT

private:
    static constexpr int kUsers = 100'000;

    static wod::Scenario large()
    {
        QElapsedTimer t;
        t.start();
        QJsonObject root = scenarioJson(0, {{QStringLiteral("generatedUsers"), kUsers}});
        QString error;
        const auto s = wod::ScenarioLoader::loadData(QJsonDocument(root).toJson(),
                                                     QStringLiteral("large"), &error);
        if (!s)
            qFatal("%s", qPrintable(error));
        qInfo("ScenarioLoader, %d generated users: %lld ms", kUsers, t.elapsed());
        return *s;
    }

private slots:
    void hundredThousandUsers()
    {
        const wod::Scenario sc = large();
        QElapsedTimer t;
        t.start();
        SandboxServer server(sc, FaultConfig{});
        server.setToken(QStringLiteral("t"));
        QVERIFY(server.listen());
        qInfo("SandboxServer construction + listen, %d users: %lld ms", kUsers, t.elapsed());

        Http http(QStringLiteral("t"));
        t.restart();
        QUrl url = at(server.baseUrl(), QStringLiteral("people?max=1000"));
        QSet<QString> ids;
        int pages = 0;
        QString lastEmail;
        while (!url.isEmpty()) {
            QVERIFY2(pages < 200, "runaway pagination");
            const HttpResult r = http.get(url);
            QCOMPARE(r.status, 200);
            const QJsonArray items = r.items();
            QVERIFY(items.size() <= 1000);
            for (const QJsonValue &v : items) {
                ids.insert(v.toObject().value(QLatin1String("id")).toString());
                lastEmail = v.toObject().value(QLatin1String("emails")).toArray().at(0).toString();
            }
            ++pages;
            url = r.nextLink();
        }
        qInfo("Paged %d users in %d pages of 1000: %lld ms", int(ids.size()), pages, t.elapsed());
        QCOMPARE(ids.size(), kUsers + 1); // + the actor
        QCOMPARE(pages, 101);
        QCOMPARE(lastEmail, QStringLiteral("user100000@test.example"));

        // A page deep into the org costs no more than the first one: cursor = index.
        t.restart();
        const HttpResult deep =
            http.get(at(server.baseUrl(), QStringLiteral("people?max=10&cursor=99990")));
        QCOMPARE(deep.items().size(), 10);
        QVERIFY(deep.nextLink().isValid());
        qInfo("One page at cursor 99990: %lld ms", t.elapsed());

        t.restart();
        const HttpResult state = http.get(stateUrl(server.baseUrl()));
        QCOMPARE(state.status, 200);
        QCOMPARE(state.json().value(QLatin1String("users")).toArray().size(), kUsers + 1);
        qInfo("GET /_sandbox/state, %d users (%lld bytes): %lld ms", kUsers + 1,
              qint64(state.body.size()), t.elapsed());
    }

    void embeddedServesFromItsOwnThread()
    {
        const wod::Scenario sc = large();
        QElapsedTimer t;
        t.start();
        QString error;
        auto sandbox = EmbeddedSandbox::start(sc, FaultConfig{}, &error);
        QVERIFY2(sandbox, qPrintable(error));
        qInfo("EmbeddedSandbox::start, %d users: %lld ms", kUsers, t.elapsed());
        QCOMPARE(sandbox->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(!sandbox->token().isEmpty());
        Http http(sandbox->token());
        const HttpResult r = http.get(at(sandbox->baseUrl(), QStringLiteral("people?max=5")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.items().size(), 5);
        QCOMPARE(http.get(at(sandbox->baseUrl(), QStringLiteral("people/me"))).status, 200);
        t.restart();
        sandbox.reset();
        qInfo("EmbeddedSandbox shutdown: %lld ms", t.elapsed());
    }

    void embeddedStopsWithAnswerPending()
    {
        FaultConfig faults;
        faults.stallRate = 1;
        faults.stallMs = 60'000;
        QString error;
        auto sandbox = EmbeddedSandbox::start(scenario(2), faults, &error);
        QVERIFY2(sandbox, qPrintable(error));
        QNetworkAccessManager nam;
        QNetworkRequest request(at(sandbox->baseUrl(), QStringLiteral("people/me")));
        request.setRawHeader("Authorization", "Bearer " + sandbox->token().toUtf8());
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        // Wait until the request reached the server and parked on its stall timer (/_sandbox/*
        // is never faulted, so it can tell).
        Http inspector;
        const QUrl state = stateUrl(sandbox->baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(
            wod::test::counter(inspector.get(state).json(), QStringLiteral("requests")), 1, 5000);
        QVERIFY(!reply->isFinished());
        QElapsedTimer t;
        t.start();
        sandbox.reset();
        QVERIFY2(t.elapsed() < 5000, "shutdown must not wait for pending answers");
        QVERIFY(finished.wait(5000) || !finished.isEmpty());
        QVERIFY(reply->error() != QNetworkReply::NoError);
        delete reply;
    }

    void twoEmbeddedSandboxesSideBySide()
    {
        // Two embedded sandboxes side by side get distinct free ports.
        QString error;
        auto a = EmbeddedSandbox::start(scenario(1), FaultConfig{}, &error);
        auto b = EmbeddedSandbox::start(scenario(1), FaultConfig{}, &error);
        QVERIFY(a && b);
        QVERIFY(a->baseUrl().port() != b->baseUrl().port());
        QVERIFY(a->token() != b->token());
    }
};

QTEST_GUILESS_MAIN(TestSandboxLarge)
#include "tst_sandboxlarge.moc"
