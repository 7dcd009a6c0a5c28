#pragma once
// A QApplication that can name what keeps the UI thread busy: with WOD_BENCH_TRACE_EVENTS=N it
// times every outermost event delivery on the GUI thread and prints to stderr those that used more
// than N ms of the thread's CPU time (receiver class and objectName, event type, wall and CPU ms).
// Without the variable it adds nothing but one branch per event.

#include <QApplication>

class TracingApplication : public QApplication
{
public:
    TracingApplication(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;

private:
    double m_thresholdMs = -1;
    int m_depth = 0;
};
