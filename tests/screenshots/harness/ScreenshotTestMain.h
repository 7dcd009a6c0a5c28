#pragma once
// main() for a screenshot test executable: the QApplication, then the pinned environment (before
// any widget exists, so every QWizard is built with the final style), then the QtTest class.

#include "ScreenshotEnvironment.h"

#include <QApplication>
#include <QTest>

#define WOD_SCREENSHOT_TEST_MAIN(TestClass)                                                        \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        wod::shots::ScreenshotEnvironment::pin(app);                                               \
        TestClass tc;                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
