#pragma once
// Reads and validates scenario files. Every error names the file and the field (and the line and
// column for JSON syntax errors), e.g.
//   demo.json: subscriptions[1].type: unknown value "trail" (expected partner_trial, online_trial,
//   free or paid)
// Loading never partially succeeds: either a complete Scenario or an error.

#include "Scenario.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace wod {

class ScenarioLoader
{
public:
    // Upper bound for generatedUsers: keeps a typo from exhausting memory.
    static constexpr int kMaxGeneratedUsers = 1'000'000;

    static std::optional<Scenario> loadFile(const QString &path, QString *error);
    // `sourceName` only labels messages.
    static std::optional<Scenario> loadData(const QByteArray &json, const QString &sourceName,
                                            QString *error);
};

} // namespace wod
