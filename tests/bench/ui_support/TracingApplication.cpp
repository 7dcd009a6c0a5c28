#include "TracingApplication.h"

#include <QElapsedTimer>
#include <QThread>
#include <cstdio>
#include <ctime>

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace

TracingApplication::TracingApplication(int &argc, char **argv) : QApplication(argc, argv)
{
    if (qEnvironmentVariableIsSet("WOD_BENCH_TRACE_EVENTS"))
        m_thresholdMs = qEnvironmentVariable("WOD_BENCH_TRACE_EVENTS").toDouble();
}

bool TracingApplication::notify(QObject *receiver, QEvent *event)
{
    if (m_thresholdMs < 0 || m_depth > 0 || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    const int type = event->type(); // the event may be gone afterwards
    const QByteArray what = QByteArray(receiver->metaObject()->className()) + ' '
        + receiver->objectName().toUtf8();
    QElapsedTimer wall;
    wall.start();
    const qint64 cpu0 = threadCpuNs();
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    const double cpuMs = double(threadCpuNs() - cpu0) / 1e6;
    if (cpuMs > m_thresholdMs)
        std::fprintf(stderr, "slow event: %s, type %d: %.1f ms wall, %.1f ms CPU\n", what.constData(),
                     type, double(wall.nsecsElapsed()) / 1e6, cpuMs);
    return result;
}
