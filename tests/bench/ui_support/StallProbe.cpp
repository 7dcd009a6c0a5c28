#include "StallProbe.h"

#include <algorithm>
#include <ctime>

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// The value at quantile q of sorted values.
double quantile(const std::vector<double> &sorted, double q)
{
    return sorted.at(std::min(sorted.size() - 1, static_cast<size_t>(q * double(sorted.size()))));
}

} // namespace

StallProbe::StallProbe(int intervalMs, QObject *parent) : QObject(parent), m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::restart()
{
    m_stallsMs.clear();
    m_stallsMs.reserve(100'000);
    m_busyMs.clear();
    m_busyMs.reserve(100'000);
    m_clock.start();
    m_lastNs = 0;
    m_lastCpuNs = threadCpuNs();
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double gapMs = double(now - m_lastNs) / 1e6;
    m_lastNs = now;
    m_stallsMs.push_back(std::max(0.0, gapMs - m_intervalMs));
    const qint64 cpu = threadCpuNs();
    m_busyMs.push_back(double(cpu - m_lastCpuNs) / 1e6);
    m_lastCpuNs = cpu;
}

StallProbe::Summary StallProbe::summary() const
{
    Summary s;
    s.ticks = static_cast<int>(m_stallsMs.size());
    s.seconds = double(m_lastNs) / 1e9;
    if (m_stallsMs.empty())
        return s;
    std::vector<double> sorted = m_stallsMs;
    std::sort(sorted.begin(), sorted.end());
    s.worstMs = sorted.back();
    s.p99Ms = quantile(sorted, 0.99);
    s.p50Ms = quantile(sorted, 0.50);
    std::vector<double> busy = m_busyMs;
    std::sort(busy.begin(), busy.end());
    s.worstBusyMs = busy.back();
    s.p99BusyMs = quantile(busy, 0.99);
    s.over50Ms = static_cast<int>(std::count_if(sorted.begin(), sorted.end(), [](double v) { return v > 50; }));
    return s;
}
