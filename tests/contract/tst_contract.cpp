// Held against Cisco's contract (issue #13): the whole deletion flow runs against the sandbox with
// its request recording on (sign-in and refresh, check, convert, delete one by one, SCIM Bulk,
// cancel and resume, a 409 and its resume, an expired token renewed, the public API only), and
// every recorded request and answer is then judged by ContractChecker against the digest of
// Cisco's webex-admin.json (tests/contract/webex-digest.json). Prints the figures.

#include "ApiClient.h"
#include "AuthSession.h"
#include "ContractChecker.h"
#include "DataColumns.h"
#include "DeletionRunner.h"
#include "OAuthEndpoints.h"
#include "RunnerBed.h"
#include "TestBrowser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace wod;
using namespace wod::net;
using wod::sandbox::FaultConfig;
using wod::sandbox::SandboxExchange;
using namespace wod::test;

namespace {

FaultConfig quickFaults(bool publicApiOnly = false)
{
    FaultConfig faults;
    faults.orgDeletionDelayMs = 100;
    faults.publicApiOnly = publicApiOnly;
    return faults;
}

RunnerOptions oneByOne(const RunnerBed &f)
{
    RunnerOptions o = f.options();
    o.useScimBulk = false;
    return o;
}

QJsonObject readDigest()
{
    QFile f(QStringLiteral(WOD_CONTRACT_DIR "/webex-digest.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

int extensionRequests(const QList<SandboxExchange> &record)
{
    int n = 0;
    for (const SandboxExchange &e : record)
        n += e.path.contains(QLatin1String("/controlHub/")) ? 1 : 0;
    return n;
}

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_digest = readDigest();
    std::unique_ptr<ContractChecker> m_checker;
    int m_runs = 0;

    // Starts a recorded sandbox run.
    static bool start(SandboxFixture &f)
    {
        if (!f.start())
            return false;
        f.server()->setRecording(true);
        return true;
    }
    // Judges a run's record when it goes out of scope: also after a failed step, so a broken
    // answer is reported as the contract violation it is, not only as the client's failure.
    struct Judged
    {
        TestContract *test;
        SandboxFixture *fixture;
        bool extensionsOffered;
        ~Judged() { test->judge(*fixture, extensionsOffered); }
    };
    void judge(SandboxFixture &f, bool extensionsOffered)
    {
        const QList<SandboxExchange> record = f.server()->takeRecording();
        m_checker->check(record, extensionsOffered);
        ++m_runs;
        if (!extensionsOffered)
            QCOMPARE(extensionRequests(record), 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!m_digest.isEmpty(), "tests/contract/webex-digest.json is missing or not JSON");
        m_checker = std::make_unique<ContractChecker>(m_digest);
    }

    // Sign in (authorization code + PKCE) and refresh against the sandbox's OAuth endpoints, then
    // the pre-flight check of several organizations.
    void signInAndCheck()
    {
        SandboxFixture f(SandboxFixture::scenario(QStringLiteral("demo.json")), quickFaults());
        QVERIFY2(start(f), qPrintable(f.error()));
        const Judged judged{this, &f, true};
        QNetworkAccessManager nam;
        wod::test::TestBrowser browser;
        auth::AuthSession session(&nam, auth::OAuthSettings::sandbox(
                                            f.baseUrl(), sandbox::OAuthEndpoints::defaultClientId()));
        session.setBrowserOpener(browser.opener());
        QSignalSpy signedIn(&session, &auth::AuthSession::signedIn);
        QSignalSpy tokens(&session, &auth::AuthSession::accessTokenChanged);
        session.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20'000);
        session.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 2, 20'000);
        f.client()->setToken(session.accessToken());
        QString why;
        QVERIFY2(loadSnapshot(f.client(), &why), qPrintable(why));

        for (const char *file : {"blocker-several.json", "blocker-partner-admin.json",
                                 "blocker-not-full-admin.json", "criterion-online-trials.json"}) {
            SandboxFixture g(SandboxFixture::scenario(QLatin1String(file)), quickFaults());
            QVERIFY2(start(g), qPrintable(g.error()));
            const Judged judgedCheck{this, &g, true};
            (void)loadSnapshot(g.client(), &why); // a partner or a read-only admin may be refused
        }
    }

    // Whole runs: convert every user; one DELETE /v1/people/{id} per user with paged reads (max
    // capped by nothing: 1,200 users); SCIM Bulk.
    void runsToDeletion_data()
    {
        wod::test::addColumns<int, QString, bool>("users", "disposition", "bulk");
        QTest::newRow("convertEveryUser") << 150 << "convert" << true;
        QTest::newRow("deleteOneByOne") << 1200 << "delete" << false;
        QTest::newRow("deleteWithScimBulk") << 250 << "delete" << true;
    }
    void runsToDeletion()
    {
        QFETCH(int, users);
        QFETCH(QString, disposition);
        QFETCH(bool, bulk);
        RunnerBed f(SandboxFixture::smallScenario(users), quickFaults());
        QVERIFY2(start(f), qPrintable(f.error()));
        const Judged judged{this, &f, true};
        QVERIFY2(f.readOrganization(), qPrintable(f.error()));
        const auto outcome = f.run(f.plan(*userDispositionFromWire(disposition)), bulk ? f.options() : oneByOne(f));
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
    }

    // Cancelled mid-run, resumed; then a 409 at the final DELETE, resumed.
    void cancelResumeAndConflict()
    {
        FaultConfig faults = quickFaults();
        faults.conflictAtDelete = {QStringLiteral("linked_sites")};
        RunnerBed f(SandboxFixture::smallScenario(120), faults);
        QVERIFY2(start(f), qPrintable(f.error()));
        const Judged judged{this, &f, true};
        QVERIFY2(f.readOrganization(), qPrintable(f.error()));
        RunnerOptions options = oneByOne(f);
        options.userConcurrency = 2;
        options.progressIntervalMs = 10;
        {
            DeletionRunner runner(f.client(), options);
            bool cancelled = false;
            connect(&runner, &DeletionRunner::progress, this, [&](const RunProgress &p) {
                if (!cancelled && p.phase == RunPhase::Users && p.done >= 30)
                    cancelled = runner.cancel();
            });
            const auto outcome = runToEnd(runner, [&] { runner.start(f.plan(UserDisposition::Delete)); });
            QVERIFY2(outcome && outcome->status == RunOutcome::Status::Cancelled, qPrintable(describe(outcome)));
        }
        {
            const auto outcome = f.resume(options);
            QVERIFY2(outcome && outcome->status == RunOutcome::Status::Blocked, qPrintable(describe(outcome)));
        }
        const auto outcome = f.resume(options);
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
    }

    // The token expires mid-run (401), the admin signs in again, the run resumes.
    void expiredTokenRenewedAndResumed()
    {
        FaultConfig faults = quickFaults();
        faults.tokenExpiresAfterRequests = 40;
        RunnerBed f(SandboxFixture::smallScenario(80), faults);
        QVERIFY2(start(f), qPrintable(f.error()));
        const Judged judged{this, &f, true};
        QVERIFY2(f.readOrganization(), qPrintable(f.error()));
        const RunnerOptions options = oneByOne(f);
        {
            const auto outcome = f.run(f.plan(UserDisposition::Convert), options);
            QVERIFY2(outcome && outcome->status == RunOutcome::Status::Failed, qPrintable(describe(outcome)));
        }
        f.server()->setFaults(quickFaults());
        f.client()->setToken(renewSandboxToken(f.nam(), f.baseUrl()));
        const auto outcome = f.resume(options);
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
    }

    // The real API's shape: no extension. Not one extension request may leave the client.
    void publicApiOnly()
    {
        RunnerBed f(SandboxFixture::smallScenario(150), quickFaults(true));
        QVERIFY2(start(f), qPrintable(f.error()));
        const Judged judged{this, &f, false};
        QVERIFY2(f.readOrganization(), qPrintable(f.error()));
        QVERIFY(!f.snapshot().canConvertUsers);
        const auto outcome = f.run(f.plan(UserDisposition::Delete), f.options());
        QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
    }

    void cleanupTestCase()
    {
        if (!m_checker)
            return;
        const QStringList violations = m_checker->violations();
        const QStringList covered = m_checker->covered();
        const int digested = int(m_digest.value(QLatin1String("operations")).toObject().size());
        int coveredDigested = 0;
        for (const QString &c : covered)
            coveredDigested += c.contains(QLatin1Char(' ')) ? 0 : 1;
        const QString spec = m_digest.value(QLatin1String("source")).toObject()
                                 .value(QLatin1String("commit")).toString().left(12);
        QStringList lines;
        lines << QStringLiteral("contract: %1 runs, requests checked %2, operations covered %3 (%4 of %5 "
                                "from Cisco's spec @%6, the rest extension/OAuth), violations %7")
                     .arg(m_runs)
                     .arg(m_checker->requestsChecked())
                     .arg(covered.size())
                     .arg(coveredDigested)
                     .arg(digested)
                     .arg(spec)
                     .arg(violations.size());
        lines << QStringLiteral("contract: covered: ") + covered.join(QStringLiteral(", "));
        for (qsizetype i = 0; i < std::min<qsizetype>(violations.size(), 40); ++i)
            lines << QStringLiteral("contract: VIOLATION ") + violations.at(i);
        // On stdout (ctest -V) and in the build tree, like the fault matrix's table.
        QFile figures(QStringLiteral("contract-figures.txt"));
        if (figures.open(QIODevice::WriteOnly | QIODevice::Truncate))
            figures.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        printf("%s\n", qPrintable(lines.join(QLatin1Char('\n'))));
        fflush(stdout);
        QVERIFY2(violations.isEmpty(), qPrintable(QStringLiteral("%1 violations of Cisco's contract")
                                                      .arg(violations.size())));
        QVERIFY2(m_checker->requestsChecked() > 1000,
                 qPrintable(QStringLiteral("only %1 requests checked").arg(m_checker->requestsChecked())));
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
