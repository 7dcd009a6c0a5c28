#pragma once
// wod.net.runner: the deletion run's decisions (probe, Bulk fallback, users given up, journal
// failures). Defined in DeletionRunner.cpp; shared by the run's phases (Run*.cpp).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcNetRunner)
