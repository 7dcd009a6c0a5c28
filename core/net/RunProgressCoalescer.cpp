#include "RunProgressCoalescer.h"

#include "RunContext.h"

namespace wod::net {

RunProgressCoalescer::RunProgressCoalescer(QObject *owner, const RunContext &run, int intervalMs)
    : m_run(run), m_intervalMs(intervalMs)
{
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, owner, [this] { report(true); });
}

void RunProgressCoalescer::setPhase(RunPhase phase)
{
    m_phase = phase;
    m_phaseClock.start();
    m_handledAtPhaseStart = m_run.users.handled();
    report(true);
}

void RunProgressCoalescer::stop(RunPhase phase)
{
    m_timer.stop();
    m_phase = phase;
}

RunProgress RunProgressCoalescer::now() const
{
    RunProgress p;
    p.phase = m_phase;
    p.notice = m_notice;
    p.elapsedMs = m_runClock.isValid() ? m_runClock.elapsed() : 0;
    p.currentItem = m_currentItem;
    switch (m_phase) {
    case RunPhase::Users: {
        p.total = int(m_run.users.size());
        p.done = m_run.users.handled();
        p.failed = m_run.users.failed();
        const int doneHere = p.done - m_handledAtPhaseStart;
        const int left = p.total - p.done - p.failed;
        if (doneHere > 0 && left >= 0)
            p.etaMs = qint64(double(m_phaseClock.elapsed()) / doneHere * left);
        break;
    }
    case RunPhase::Organization:
    case RunPhase::Confirming:
        p.total = 1;
        p.currentItem = m_run.plan.orgDisplayName;
        break;
    case RunPhase::Done:
        p.total = 1;
        p.done = 1;
        p.etaMs = 0;
        break;
    case RunPhase::Verifying:
        p.total = 1;
        p.currentItem = m_run.plan.orgDisplayName;
        break;
    }
    return p;
}

void RunProgressCoalescer::report(bool force)
{
    const qint64 now = m_runClock.isValid() ? m_runClock.elapsed() : 0;
    const qint64 wait = m_lastReportAt < 0 ? 0 : m_lastReportAt + m_intervalMs - now;
    if (!force && wait > 0) {
        if (!m_timer.isActive())
            m_timer.start(int(wait));
        return;
    }
    m_timer.stop();
    m_lastReportAt = now;
    if (m_sink)
        m_sink(this->now());
}

} // namespace wod::net
