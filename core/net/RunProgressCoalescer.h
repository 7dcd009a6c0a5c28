#pragma once
// The progress of a deletion run, coalesced: at most one event per interval, and one at once when
// forced (a phase change, the end), so 10,000 users never mean 10,000 UI updates. Reads the user
// counts and the organization's name from the run's context when it reports.

#include "RunProgress.h"

#include <QElapsedTimer>
#include <QString>
#include <QTimer>
#include <functional>

namespace wod::net {

struct RunContext;

class RunProgressCoalescer
{
public:
    using Sink = std::function<void(const RunProgress &)>;

    // Timer events are delivered in `owner`'s thread; `run` must outlive this.
    RunProgressCoalescer(QObject *owner, const RunContext &run, int intervalMs);
    void setSink(Sink sink) { m_sink = std::move(sink); }

    // The run's clock starts (elapsedMs counts from here).
    void startClock() { m_runClock.start(); }
    // A new phase: its clock and ETA start over; reported at once.
    void setPhase(RunPhase phase);
    RunPhase phase() const { return m_phase; }
    // The end: no more timed reports; the phase reads Done.
    void stop(RunPhase phase);
    void setCurrentItem(const QString &item) { m_currentItem = item; }
    void setNotice(const QString &notice) { m_notice = notice; }

    // Reports now when `force` or the interval has passed, else once it has.
    void report(bool force);
    RunProgress now() const;

private:
    const RunContext &m_run;
    Sink m_sink;
    int m_intervalMs;
    RunPhase m_phase = RunPhase::Verifying;
    QString m_notice;      // e.g. that Bulk fell back to one by one
    QString m_currentItem;
    QElapsedTimer m_runClock;
    QElapsedTimer m_phaseClock;
    int m_handledAtPhaseStart = 0;
    qint64 m_lastReportAt = -1;
    QTimer m_timer;
};

} // namespace wod::net
