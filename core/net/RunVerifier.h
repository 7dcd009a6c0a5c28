#pragma once
// Phase 1 of a deletion run: re-read the organization and compare it with the plan the admin
// confirmed. Ends the run, changing nothing, when the re-read fails (Failed), the organization
// changed (Changed: its id or name, the acting admin, its user set or its blockers differ from
// the plan's fingerprint) or it is not eligible (Blocked). Otherwise reports
// RunEvent::Verified, and says whether the probe must go first (a check of the verdict is
// unknown and there are users to handle). Evaluating and fingerprinting run on the
// BackgroundTask worker.

#include "DeletionPlan.h"
#include "OrgSnapshot.h"
#include "Verdict.h"

#include <QPointer>
#include <QString>

namespace wod::net {

struct RunContext;
class RunHandler;
class SnapshotLoader;

class RunVerifier
{
public:
    RunVerifier(RunContext &run, RunHandler &handler) : m_run(run), m_handler(handler) {}

    void start();
    // The re-read stops (its answer is dropped); the orchestrator ends the run.
    void cancel();
    // After Verified: four of the six 409 conditions cannot be read through the public API, so
    // the server is asked first, while every user still exists.
    bool probeNeeded() const { return m_probeNeeded; }

    // What differs between the plan and the re-read, for the admin. Any thread.
    static QString describeChange(const DeletionPlan &plan, const OrgSnapshot &snapshot,
                                  const Verdict &verdict);

private:
    struct Check
    {
        bool unchanged = false;
        Verdict verdict;
        QString change; // when changed: what, for the admin
    };
    void check(const OrgSnapshot &snapshot);
    void onChecked(const Check &check);

    RunContext &m_run;
    RunHandler &m_handler;
    QPointer<SnapshotLoader> m_loader;
    bool m_probeNeeded = false;
};

} // namespace wod::net
