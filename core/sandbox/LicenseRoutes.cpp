// Licenses and subscriptions in the sandbox (ApiResources::addLicenses).

#include "ApiResources.h"

#include "SandboxIds.h"
#include "SandboxState.h"
#include "WebexId.h"

namespace wod::sandbox {

namespace {

QString licenseName(const Subscription &s)
{
    switch (s.kind) {
    case SubscriptionKind::Free:
        return QStringLiteral("Free Messaging");
    case SubscriptionKind::PartnerTrial:
        return QStringLiteral("Meeting 25 party trial");
    case SubscriptionKind::OnlineTrial:
        return QStringLiteral("Meeting 25 party online trial");
    case SubscriptionKind::Paid:
        return QStringLiteral("Meeting 25 party");
    }
    return {};
}

QString licenseId(const SandboxState &state, const QString &rest)
{
    return WebexId::encode(QStringLiteral("LICENSE"), state.orgUuid() + QLatin1Char(':') + rest);
}

SandboxResponse licenses(RouteContext &c, const QStringList &)
{
    return c.adminRead([&] {
        const SandboxState &state = c.state;
        QJsonArray out;
        const int members = int(state.activeUserCount());
        for (const Subscription &s : state.scenario().subscriptions) {
            const QString kind = toWireName(s.kind);
            out.append(QJsonObject{
                {QStringLiteral("id"),
                 licenseId(state, kind + QLatin1Char('_') + SandboxIds::nameUuid(s.id))},
                {QStringLiteral("name"), licenseName(s)},
                {QStringLiteral("totalUnits"), s.kind == SubscriptionKind::Free ? -1 : 100},
                {QStringLiteral("consumedUnits"), members},
                {QStringLiteral("subscriptionId"), s.id},
            });
        }
        for (const QString &site : state.scenario().linkedSites) {
            out.append(QJsonObject{
                {QStringLiteral("id"),
                 licenseId(state, QStringLiteral("MC_") + SandboxIds::nameUuid(site))},
                {QStringLiteral("name"), QStringLiteral("Meeting - Linked site")},
                {QStringLiteral("totalUnits"), 0},
                {QStringLiteral("consumedUnits"), 0},
                {QStringLiteral("siteUrl"), site},
                {QStringLiteral("siteType"), QStringLiteral("Linked site")},
            });
        }
        return RouteContext::list(out);
    });
}

SandboxResponse subscriptions(RouteContext &c, const QStringList &)
{
    return c.adminRead([&] {
        QJsonArray out;
        for (const Subscription &s : c.state.scenario().subscriptions) {
            QJsonObject o{{QStringLiteral("id"), s.id},
                          {QStringLiteral("type"), toWireName(s.kind)},
                          {QStringLiteral("status"), toWireName(s.status)}};
            if (s.expires.isValid()) // optional: only when the scenario gives it
                o.insert(QStringLiteral("expires"), s.expires.toString(Qt::ISODate));
            out.append(o);
        }
        return RouteContext::list(out);
    });
}

} // namespace

void ApiResources::addLicenses(RouteTable &table)
{
    table.add("GET", "/v1/licenses", licenses);
    table.addExtension(ApiExtensions::Endpoint::Subscriptions, subscriptions);
}

} // namespace wod::sandbox
