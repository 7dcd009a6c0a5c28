#pragma once
// WOD_VERIFY_NO_PROBLEMS(check): fails the test with the problems `check` (an expression giving a
// QString: empty when all is well, e.g. checkRunResult() or AwaitableBatch::failures()) found.
// Evaluates it once, so a check that reads the server's state reads it once.

#include <QString>
#include <QTest>

#define WOD_VERIFY_NO_PROBLEMS(check)                                                             \
    do {                                                                                          \
        const QString wodProblems_ = (check);                                                     \
        QVERIFY2(wodProblems_.isEmpty(), qPrintable(wodProblems_));                               \
    } while (false)
