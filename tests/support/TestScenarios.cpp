#include "TestScenarios.h"

#include "ScenarioLoader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace wod::test {

QString testOrgId()
{
    return QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8wMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDBhYmM");
}

QJsonObject orgJson(const QString &id, const QString &displayName, const QString &created)
{
    QJsonObject org{{QStringLiteral("id"), id}, {QStringLiteral("displayName"), displayName}};
    if (!created.isEmpty())
        org.insert(QStringLiteral("created"), created);
    return org;
}

QJsonObject fullAdminJson(const QString &email, const QString &displayName, bool withNullPartnerOrg)
{
    QJsonObject actor{{QStringLiteral("email"), email},
                      {QStringLiteral("displayName"), displayName},
                      {QStringLiteral("roles"), QJsonArray{QStringLiteral("Full Administrator")}}};
    if (withNullPartnerOrg)
        actor.insert(QStringLiteral("partnerOrg"), QJsonValue::Null);
    return actor;
}

QJsonArray freeSubscriptionJson()
{
    return {QJsonObject{{QStringLiteral("id"), QStringLiteral("Sub-FREE-1")},
                        {QStringLiteral("type"), QStringLiteral("free")},
                        {QStringLiteral("status"), QStringLiteral("active")}}};
}

QJsonObject testOrgScenarioJson(int generatedUsers, const QJsonObject &faults,
                                const QJsonObject &overrides)
{
    QJsonObject s{
        {QStringLiteral("org"),
         orgJson(testOrgId(), QStringLiteral("Test Org"), QStringLiteral("2026-09-14T09:30:00.000Z"))},
        {QStringLiteral("actor"),
         fullAdminJson(QStringLiteral("admin@testorg.example"), QStringLiteral("Test Admin"), true)},
        {QStringLiteral("subscriptions"), freeSubscriptionJson()},
        {QStringLiteral("users"), QJsonArray()},
        {QStringLiteral("generatedUsers"), generatedUsers},
        {QStringLiteral("linkedSites"), QJsonArray()},
        {QStringLiteral("directorySync"), false},
        {QStringLiteral("managedBy"), QJsonArray()},
        {QStringLiteral("managedOrgs"), QJsonArray()},
    };
    if (!faults.isEmpty())
        s.insert(QStringLiteral("faults"), faults);
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        s.insert(it.key(), it.value());
    return s;
}

Scenario testOrgScenario(int generatedUsers)
{
    QString error;
    const auto loaded = ScenarioLoader::loadData(
        QJsonDocument(testOrgScenarioJson(generatedUsers)).toJson(), QStringLiteral("smallScenario"),
        &error);
    if (!loaded)
        qFatal("the test scenario does not load: %s", qPrintable(error));
    return *loaded;
}

std::optional<Scenario> scenarioFile(const QString &fileName, QString *error)
{
    const QString dir = qEnvironmentVariable("WOD_SCENARIO_DIR");
    QString why;
    auto loaded = ScenarioLoader::loadFile(QDir(dir).filePath(fileName), &why);
    if (!loaded && error)
        *error = why;
    return loaded;
}

} // namespace wod::test
