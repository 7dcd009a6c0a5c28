#pragma once
// A timer-lateness probe for the thread it lives on: a precise 10 ms QTimer whose ticks are
// timestamped; whatever keeps the event loop busy shows as a tick arriving late. The stall of a tick
// is (gap since the previous tick) - interval, floored at 0. restart() opens a new window.
// On a loaded machine a tick can also be late because the thread was not scheduled: the CPU time
// the thread itself used between two ticks (CLOCK_THREAD_CPUTIME_ID) tells its own work apart.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <vector>

class StallProbe : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        int ticks = 0;
        double seconds = 0;
        double worstMs = 0;
        double p99Ms = 0;
        double p50Ms = 0;
        int over50Ms = 0; // ticks that came more than 50 ms late
        double worstBusyMs = 0; // the most CPU time this thread used between two ticks
        double p99BusyMs = 0;
    };

    explicit StallProbe(int intervalMs = 10, QObject *parent = nullptr);
    void restart();
    void stop();
    Summary summary() const;

private:
    void tick();

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    qint64 m_lastCpuNs = 0;
    std::vector<double> m_stallsMs;
    std::vector<double> m_busyMs;
};
