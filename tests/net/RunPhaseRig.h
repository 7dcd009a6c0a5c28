#pragma once
// Test helper for the deletion run's phases (tst_run*.cpp): one phase at a time, against the
// in-process sandbox on 127.0.0.1, with the run's context built as RunOrchestrator builds it and
// a handler that records how the phase ended instead of going on to the next state.
//
//   RunPhaseRig rig(SandboxFixture::smallScenario(5));
//   QVERIFY2(rig.start(), qPrintable(rig.error()));
//   QVERIFY(rig.loadPlan(UserDisposition::Delete));
//   QVERIFY(rig.runPhase<RunProbe>()); // or, to look at the phase itself:
//   RunProbe probe(rig.run(), rig.handler);
//   probe.start();
//   QVERIFY(rig.waitEnded());

#include "EligibilityPolicy.h"
#include "RunContext.h"
#include "RunHandler.h"
#include "RunState.h"
#include "SandboxFixture.h"
#include "SnapshotLoader.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <optional>

namespace wod::test {

// How a phase ended: the event it reported, or the run's end it asked for.
class RecordingRunHandler : public net::RunHandler
{
public:
    QList<net::RunEvent> events;
    std::optional<net::RunOutcome> outcome;
    bool resumable = false;
    int stopped = 0;
    int cancelled = 0;

    void advance(net::RunEvent event) override { events.append(event); }
    void finish(net::RunOutcome o, bool r) override
    {
        outcome = std::move(o);
        resumable = r;
    }
    void finishStopped() override { ++stopped; }
    void finishCancelled() override { ++cancelled; }
    bool ended() const { return !events.isEmpty() || outcome || stopped > 0 || cancelled > 0; }
    QString describe() const
    {
        if (!events.isEmpty())
            return QString::fromLatin1(net::runEventName(events.last()));
        if (outcome)
            return net::toWireName(outcome->status) + QStringLiteral(": ") + outcome->message;
        return stopped ? QStringLiteral("stopped") : cancelled ? QStringLiteral("cancelled")
                                                               : QStringLiteral("not ended");
    }
};

class RunPhaseRig
{
public:
    explicit RunPhaseRig(const Scenario &scenario, const sandbox::FaultConfig &faults = {})
        : m_fixture(scenario, faults)
    {
        options.journalPath = m_dir.filePath(QStringLiteral("run.jsonl"));
        options.confirmPollIntervalMs = 50;
        options.confirmTimeoutMs = 10'000;
    }

    net::RunnerOptions options; // set before start()
    RecordingRunHandler handler;

    // Starts the sandbox and builds the run's context with `options`; its tracking listens.
    bool start()
    {
        if (!m_fixture.start())
            return false;
        m_run = std::make_unique<net::RunContext>(&m_owner, m_fixture.client(), options);
        m_run->tracking.attach(m_fixture.client(), &m_owner);
        return true;
    }
    QString error() const { return m_fixture.error(); }
    SandboxFixture &fixture() { return m_fixture; }
    net::RunContext &run() { return *m_run; }

    // Reads the organization and puts the plan the admin would confirm into the context, with
    // one empty slot per user. False when the read fails.
    bool loadPlan(UserDisposition disposition)
    {
        net::SnapshotLoader loader(m_fixture.client());
        std::optional<OrgSnapshot> snapshot;
        QObject::connect(&loader, &net::SnapshotLoader::loaded,
                         [&](const OrgSnapshot &s) { snapshot = s; });
        loader.load();
        if (!QTest::qWaitFor([&] { return snapshot.has_value(); }, 30'000))
            return false;
        verdict = EligibilityPolicy::evaluate(*snapshot);
        m_run->plan = DeletionPlan::fromSnapshot(*snapshot, verdict, disposition,
                                                 QDateTime::currentDateTimeUtc(), {});
        m_run->users.setUp(m_run->plan, {});
        return true;
    }
    Verdict verdict; // of the snapshot loadPlan() read

    // start(), loadPlan() and openJournal(): what a phase that writes the journal needs.
    bool prepare(UserDisposition disposition)
    {
        return start() && loadPlan(disposition) && openJournal();
    }
    bool openJournal()
    {
        QString error;
        return m_run->journal.open(options.journalPath, &error);
    }
    bool waitEnded(int timeoutMs = 30'000)
    {
        return QTest::qWaitFor([this] { return handler.ended(); }, timeoutMs);
    }
    // Runs one phase (RunVerifier, RunProbe, RunOrgDelete, ...) on run() from its start() to
    // its end, for a test that needs nothing of the phase itself afterwards. False on timeout.
    template <typename Phase>
    bool runPhase()
    {
        Phase phase(run(), handler);
        phase.start();
        return waitEnded();
    }
    // Every journal line's "type", in order.
    QStringList journalTypes() const
    {
        QStringList types;
        for (const QJsonObject &line : journalLines())
            types << line.value(QLatin1String("type")).toString();
        return types;
    }
    QList<QJsonObject> journalLines() const
    {
        QList<QJsonObject> lines;
        QFile f(options.journalPath);
        if (!f.open(QIODevice::ReadOnly))
            return lines;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.isEmpty())
                lines << QJsonDocument::fromJson(line).object();
        }
        return lines;
    }

private:
    SandboxFixture m_fixture;
    QObject m_owner; // the runner's stand-in: the phases' callbacks run in its thread
    QTemporaryDir m_dir;
    std::unique_ptr<net::RunContext> m_run;
};

} // namespace wod::test
