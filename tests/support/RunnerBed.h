#pragma once
// The runner tests' set-up in one object: a SandboxFixture (in-process sandbox + ApiClient) whose
// organization has been read as the admin saw it, a temporary folder for the journal, and runs of
// a DeletionRunner to their one finished() signal.
//
//   RunnerBed f(SandboxFixture::smallScenario(20), faults);
//   QVERIFY2(f.startAndRead(), qPrintable(f.error()));
//   const auto outcome = f.run(f.plan(UserDisposition::Delete), f.options());
//   QVERIFY2(outcome && outcome->status == RunOutcome::Status::Deleted, qPrintable(describe(outcome)));
//   QVERIFY2(f.checkRun(QStringLiteral("deleted"), true).isEmpty(), ...);

#include "RunnerSpies.h"
#include "SandboxFixture.h"

#include <QTemporaryDir>
#include <optional>

namespace wod::test {

class RunnerBed : public SandboxFixture
{
public:
    using SandboxFixture::SandboxFixture;

    // start() and readOrganization(); false with error() when either fails.
    bool startAndRead() { return start() && readOrganization(); }
    // Reads the organization (SnapshotLoader) as the admin sees it; false with error().
    bool readOrganization();
    const OrgSnapshot &snapshot() const { return *m_snapshot; }
    // The plan for the organization read, with its own verdict.
    DeletionPlan plan(UserDisposition disposition) const { return planFor(*m_snapshot, disposition); }
    // quickRunnerOptions() with the journal "run.jsonl" in the bed's folder.
    net::RunnerOptions options() const { return quickRunnerOptions(m_dir); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A new DeletionRunner on the bed's client: start(plan) or resume(options.journalPath), to the
    // one finished() signal (nullopt: none, or more than one).
    std::optional<net::RunOutcome> run(const DeletionPlan &plan, const net::RunnerOptions &options);
    std::optional<net::RunOutcome> resume(const net::RunnerOptions &options);

    // checkRunResult() on the sandbox's state now.
    QString checkRun(const QString &userState, bool orgDeleted) const;

private:
    std::optional<OrgSnapshot> m_snapshot;
    QTemporaryDir m_dir;
};

} // namespace wod::test
