#pragma once
// Small helpers shared by the UI benchmarks: the smoke switch, the process's memory figures and a
// median.

#include <QFile>
#include <QList>
#include <algorithm>
#include <vector>

namespace BenchFigures {

// ctest runs the benchmarks with WOD_BENCH_SMOKE=1: small sizes, only proving they still work.
inline bool smoke()
{
    return qEnvironmentVariableIntValue("WOD_BENCH_SMOKE") == 1;
}

// A "VmHWM:" (peak resident) or "VmRSS:" line of /proc/self/status, in KiB; -1 when unknown.
inline qint64 statusKib(const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace BenchFigures
