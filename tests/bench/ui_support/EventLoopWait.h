#pragma once
// Waits for a condition while the event loop runs as in the app (QEventLoop::exec), checking the
// condition every 5 ms from a timer. Unlike QTest::qWaitFor it never sleeps the thread, which would
// show up as UI stalls in a lateness probe.

#include <QEventLoop>
#include <QTimer>
#include <functional>

inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return condition();
}
