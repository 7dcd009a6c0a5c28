#pragma once
// Turns SIGTERM and SIGINT into a Qt signal, safely: the POSIX handler only writes the signal
// number to a socketpair (async-signal-safe); a QSocketNotifier reads it in the event loop and
// emits signalled(). One instance per process; it restores the previous handlers when destroyed.

#include <QObject>

class QSocketNotifier;

namespace wod::sandbox {

class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    // False when the socketpair or the handlers could not be installed.
    bool isActive() const { return m_notifier != nullptr; }

signals:
    // Emitted in the thread that created the watcher, once per delivered signal.
    void signalled(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace wod::sandbox
