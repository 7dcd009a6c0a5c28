#pragma once
// Work the network layer keeps off its owner's (the UI) thread: decoding large JSON answers,
// serializing and checking large data. One worker thread runs the tasks one at a time in the
// order they were started, so results come back in that order too.
//
// run() starts `work` on that thread and returns at once; `deliver(result)` then runs on
// `context`'s thread, from its event loop, unless `context` was destroyed or the returned
// watcher deleted first: then the result is dropped and nothing is called. `work` runs anyway
// and so must own everything it reads (copies, implicitly shared Qt values): never `context`,
// `this` or anything they own. Private to the network layer.

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <functional>
#include <memory>
#include <utility>

class QThreadPool;

namespace wod::net::BackgroundTask {

// The single worker thread's pool (created on first use).
QThreadPool *pool();
// Test seam: called on the worker thread before each task (nullptr: none). Lets a test see which
// thread decodes, or hold a task in flight while it destroys the task's owner.
using Observer = void (*)();
void setObserverForTests(Observer observer);
void startOnWorker(std::function<void()> task);

// Returns the watcher (a child of `context`): delete it to abandon the result.
template <typename T, typename Work, typename Deliver>
QFutureWatcher<T> *run(QObject *context, Work work, Deliver deliver)
{
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, deliver = std::move(deliver)]() mutable {
                         watcher->deleteLater();
                         if (watcher->future().resultCount() > 0)
                             deliver(watcher->future().takeResult());
                     });
    watcher->setFuture(promise->future());
    startOnWorker([promise, work = std::move(work)]() mutable {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
    return watcher;
}

} // namespace wod::net::BackgroundTask
