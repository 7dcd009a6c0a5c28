#include "BackgroundTask.h"

#include <QThreadPool>
#include <atomic>

namespace wod::net::BackgroundTask {

namespace {

std::atomic<Observer> g_observer{nullptr};

} // namespace

QThreadPool *pool()
{
    // One thread: tasks finish in the order they started, so decoded answers reach their
    // callbacks in the order the answers arrived. It is released after a while without work.
    static QThreadPool *const instance = [] {
        auto *p = new QThreadPool; // never deleted: it may still be used during static teardown
        p->setMaxThreadCount(1);
        p->setObjectName(QStringLiteral("wod.net.background"));
        return p;
    }();
    return instance;
}

void setObserverForTests(Observer observer)
{
    g_observer.store(observer);
}

void startOnWorker(std::function<void()> task)
{
    pool()->start([task = std::move(task)] {
        if (const Observer observer = g_observer.load())
            observer();
        task();
    });
}

} // namespace wod::net::BackgroundTask
