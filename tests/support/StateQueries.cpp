#include "StateQueries.h"

#include <QJsonArray>

#include <algorithm>

namespace wod::test {

namespace {

QJsonArray users(const QJsonObject &state)
{
    return state.value(QLatin1String("users")).toArray();
}

QString actorId(const QJsonObject &state)
{
    return state.value(QLatin1String("actor")).toObject().value(QLatin1String("id")).toString();
}

} // namespace

int usersInState(const QJsonObject &state, const QString &userState)
{
    int n = 0;
    for (const QJsonValue &v : users(state))
        n += v.toObject().value(QLatin1String("state")).toString() == userState ? 1 : 0;
    return n;
}

int maxTransitions(const QJsonObject &state)
{
    int n = 0;
    for (const QJsonValue &v : users(state))
        n = std::max(n, v.toObject().value(QLatin1String("transitions")).toInt());
    return n;
}

QString orgState(const QJsonObject &state)
{
    return state.value(QLatin1String("org")).toObject().value(QLatin1String("state")).toString();
}

QStringList eventKinds(const QJsonObject &state)
{
    QStringList kinds;
    for (const QJsonValue &v : state.value(QLatin1String("events")).toArray())
        kinds << v.toObject().value(QLatin1String("kind")).toString();
    return kinds;
}

QString userState(const QJsonObject &state, const QString &email)
{
    for (const QJsonValue &u : users(state)) {
        const QJsonObject o = u.toObject();
        if (o.value(QLatin1String("email")).toString().compare(email, Qt::CaseInsensitive) == 0)
            return o.value(QLatin1String("state")).toString();
    }
    return {};
}

int counter(const QJsonObject &state, const QString &name)
{
    return state.value(QLatin1String("counters")).toObject().value(name).toInt();
}

int routeCount(const QJsonObject &state, const QString &route)
{
    return state.value(QLatin1String("counters"))
        .toObject()
        .value(QLatin1String("byRoute"))
        .toObject()
        .value(route)
        .toInt();
}

QString checkRunResult(const QJsonObject &state, const QString &userState, bool orgDeleted)
{
    if (state.isEmpty())
        return QStringLiteral("no state from the sandbox");
    QStringList problems;
    const QString actor = actorId(state);
    int handledUsers = 0;
    for (const QJsonValue &v : users(state)) {
        const QJsonObject u = v.toObject();
        const QString email = u.value(QLatin1String("email")).toString();
        const int transitions = u.value(QLatin1String("transitions")).toInt();
        const QString s = u.value(QLatin1String("state")).toString();
        if (u.value(QLatin1String("id")).toString() == actor) {
            if (s != QLatin1String("active") || transitions != 0)
                problems << QStringLiteral("the acting admin %1 was touched (%2, %3 transitions)")
                                .arg(email, s)
                                .arg(transitions);
            continue;
        }
        ++handledUsers;
        if (!userState.isEmpty() && (s != userState || transitions != 1))
            problems << QStringLiteral("%1 is %2 with %3 transitions").arg(email, s).arg(transitions);
        if (problems.size() > 5)
            break; // enough to read; a run that touched 1,000 users wrongly says so in six lines
    }
    int lastUserEvent = -1;
    int userEvents = 0;
    int orgAccepted = -1;
    int orgAcceptedCount = 0;
    for (const QJsonValue &v : state.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString kind = e.value(QLatin1String("kind")).toString();
        const int seq = e.value(QLatin1String("seq")).toInt();
        if (kind == QLatin1String("user_converted") || kind == QLatin1String("user_deleted")) {
            ++userEvents;
            lastUserEvent = std::max(lastUserEvent, seq);
        } else if (kind == QLatin1String("org_delete_accepted")) {
            orgAccepted = seq;
            ++orgAcceptedCount;
        }
    }
    if (!userState.isEmpty() && userEvents != handledUsers)
        problems << QStringLiteral("%1 user events for %2 users").arg(userEvents).arg(handledUsers);
    const QString org = orgState(state);
    if (orgDeleted) {
        if (org != QLatin1String("deleting") && org != QLatin1String("deleted"))
            problems << QStringLiteral("the org is %1").arg(org);
        if (orgAcceptedCount != 1)
            problems << QStringLiteral("%1 accepted org DELETEs").arg(orgAcceptedCount);
        if (orgAccepted < lastUserEvent)
            problems << QStringLiteral("the org DELETE (event %1) came before a user (event %2)")
                            .arg(orgAccepted)
                            .arg(lastUserEvent);
    } else if (org != QLatin1String("active") || orgAcceptedCount != 0) {
        problems << QStringLiteral("the org should be intact but is %1").arg(org);
    }
    return problems.join(QStringLiteral("; "));
}

QString checkNoUserTwice(const QJsonObject &state)
{
    QStringList problems;
    const QString actor = actorId(state);
    for (const QJsonValue &v : users(state)) {
        const QJsonObject u = v.toObject();
        const int transitions = u.value(QLatin1String("transitions")).toInt();
        if (u.value(QLatin1String("id")).toString() == actor ? transitions != 0 : transitions > 1)
            problems << QStringLiteral("%1: %2 transitions")
                            .arg(u.value(QLatin1String("email")).toString())
                            .arg(transitions);
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace wod::test
