#pragma once
// Scenarios for tests, in one place: the files under $WOD_SCENARIO_DIR by name, and the small
// generated "Test Org" the runner, client and fault tests share (in process or written to a file
// for a webex-sandbox child).

#include "Scenario.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace wod::test {

// base64 of ciscospark://us/ORGANIZATION/00000000-0000-4000-8000-000000000abc
QString testOrgId();

// Parts of a scenario's JSON. The "org" object (created left out when empty):
QJsonObject orgJson(const QString &id, const QString &displayName, const QString &created = {});
// An "actor" with the Full Administrator role; "partnerOrg": null too when asked.
QJsonObject fullAdminJson(const QString &email, const QString &displayName,
                          bool withNullPartnerOrg = false);
// "subscriptions": one active free subscription, Sub-FREE-1.
QJsonArray freeSubscriptionJson();

// Org "Test Org" (created 2026-09-14), actor admin@testorg.example "Test Admin" (Full
// Administrator, no partner org), one free subscription, `generatedUsers` generated users, nothing
// linked or managed. `faults` (when not empty) becomes the scenario's faults object; keys of
// `overrides` replace the top-level keys.
QJsonObject testOrgScenarioJson(int generatedUsers, const QJsonObject &faults = {},
                                const QJsonObject &overrides = {});
// The same, loaded; aborts the test binary when it does not load (a bug of the test).
Scenario testOrgScenario(int generatedUsers);

// A scenario file from $WOD_SCENARIO_DIR (e.g. "demo.json"); nullopt with the reason in *error.
std::optional<Scenario> scenarioFile(const QString &fileName, QString *error = nullptr);

} // namespace wod::test
