#include "SandboxState.h"

#include "Blocker.h"
#include "EligibilityPolicy.h"
#include "FaultConfig.h"
#include "JsonObjectWriter.h"
#include "JsonText.h"
#include "SandboxIds.h"
#include "WebexId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace wod::sandbox {

namespace {

// A scenario may give the actor's id as a Webex id or a bare uuid; anything else is replaced by
// the derived id so that every person id on the wire has the same shape.
QString normalizedPersonId(const QString &given, const QString &email)
{
    if (WebexId::typeOf(given) == QLatin1String("PEOPLE"))
        return given;
    if (!given.isEmpty() && !QUuid::fromString(given).isNull())
        return WebexId::encode(QStringLiteral("PEOPLE"), given.toLower());
    return SandboxIds::personId(email);
}

} // namespace

QString toWireName(UserState state)
{
    switch (state) {
    case UserState::Active:
        return QStringLiteral("active");
    case UserState::Converted:
        return QStringLiteral("converted");
    case UserState::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

QString toWireName(OrgState state)
{
    switch (state) {
    case OrgState::Active:
        return QStringLiteral("active");
    case OrgState::Deleting:
        return QStringLiteral("deleting");
    case OrgState::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

SandboxState::SandboxState(const Scenario &scenario)
    : m_scenario(scenario), m_orgId(scenario.orgId), m_orgUuid(WebexId::toUuid(scenario.orgId)),
      m_orgDisplayName(scenario.orgDisplayName),
      m_orgCreated(scenario.orgCreated.isValid()
                       ? scenario.orgCreated
                       : QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC)),
      m_actor(scenario.actor)
{
    m_actorId = normalizedPersonId(m_actor.id, m_actor.email);
    m_actor.id = m_actorId;
    // The scenario's user list is not needed twice: the vector below is the truth from now on.
    m_scenario.users.clear();
    m_users.reserve(scenario.users.size());
    m_byUuid.reserve(scenario.users.size());
    m_byEmail.reserve(scenario.users.size());
    for (const Person &p : scenario.users) {
        SandboxUser u;
        const QString lowerEmail = p.email.toLower();
        const bool isActor = m_actor.isMember() && lowerEmail == m_actor.email.toLower();
        if (isActor || !p.id.isEmpty()) {
            u.id = isActor ? m_actorId : normalizedPersonId(p.id, p.email);
            u.uuid = WebexId::toUuid(u.id).toLower();
        } else {
            // The common case, kept free of base64 decoding: 100,000 users load in a blink.
            u.uuid = SandboxIds::nameUuid(lowerEmail);
            u.id = WebexId::encode(QStringLiteral("PEOPLE"), u.uuid);
        }
        u.email = p.email;
        u.displayName = p.displayName.isEmpty() ? p.email : p.displayName;
        u.isActor = isActor;
        m_byUuid.insert(u.uuid, m_users.size());
        m_byEmail.insert(lowerEmail, m_users.size());
        m_users.append(std::move(u));
    }
    m_activeUsers = m_users.size();
}

bool SandboxState::isOrg(const QString &idOrUuid) const
{
    return idOrUuid == m_orgId || WebexId::toUuid(idOrUuid) == m_orgUuid;
}

OrgState SandboxState::orgState(qint64 nowMs) const
{
    if (!m_deleteAcceptedMs)
        return OrgState::Active;
    return nowMs - *m_deleteAcceptedMs >= m_deletionDelayMs ? OrgState::Deleted
                                                            : OrgState::Deleting;
}

QString SandboxState::actorOrgId() const
{
    return m_actor.isMember() ? m_orgId : SandboxIds::partnerOrgId(m_actor.partnerOrg);
}

bool SandboxState::actorHasRole(const QString &roleName) const
{
    return m_actor.roles.contains(roleName, Qt::CaseInsensitive);
}

qsizetype SandboxState::indexOfId(const QString &idOrUuid) const
{
    return m_byUuid.value(WebexId::toUuid(idOrUuid).toLower(), -1);
}

qsizetype SandboxState::indexOfEmail(const QString &email) const
{
    return m_byEmail.value(email.toLower(), -1);
}

QList<qsizetype> SandboxState::activePage(qsizetype from, int max, qsizetype *next) const
{
    QList<qsizetype> out;
    out.reserve(qMin<qsizetype>(max, m_activeUsers));
    qsizetype i = qMax<qsizetype>(from, 0);
    for (; i < m_users.size() && out.size() < max; ++i) {
        if (m_users.at(i).state == UserState::Active)
            out.append(i);
    }
    // Look ahead to the next active user so that the last page carries no Link.
    while (i < m_users.size() && m_users.at(i).state != UserState::Active)
        ++i;
    *next = i < m_users.size() ? i : -1;
    return out;
}

SandboxState::Change SandboxState::convertUser(qsizetype index)
{
    if (index < 0 || index >= m_users.size())
        return Change::NotFound;
    SandboxUser &u = m_users[index];
    if (u.isActor)
        return Change::IsActor;
    if (u.state == UserState::Converted)
        return Change::AlreadyDone;
    if (u.state == UserState::Deleted)
        return Change::NotFound;
    u.state = UserState::Converted;
    ++u.transitions;
    --m_activeUsers;
    addEvent(QStringLiteral("user_converted"), u.id);
    return Change::Done;
}

SandboxState::Change SandboxState::deleteUser(qsizetype index)
{
    if (index < 0 || index >= m_users.size())
        return Change::NotFound;
    SandboxUser &u = m_users[index];
    if (u.state != UserState::Active)
        return Change::NotFound;
    if (u.isActor)
        return Change::IsActor;
    u.state = UserState::Deleted;
    ++u.transitions;
    --m_activeUsers;
    addEvent(QStringLiteral("user_deleted"), u.id);
    return Change::Done;
}

QStringList SandboxState::conflictCodes() const
{
    const Scenario &s = m_scenario;
    QStringList codes;
    if (!s.linkedSites.isEmpty())
        codes.append(QStringLiteral("linked_sites"));
    if (!EligibilityPolicy::criterionFor(s.subscriptions))
        codes.append(QStringLiteral("subscriptions"));
    if (s.directorySync)
        codes.append(QStringLiteral("directory_sync"));
    if (m_activeUsers > 1)
        codes.append(QStringLiteral("multiple_users"));
    if (s.managedBy.size() > 1)
        codes.append(QStringLiteral("multiple_managed_by"));
    if (!s.managedOrgs.isEmpty())
        codes.append(QStringLiteral("managed_orgs"));
    return codes;
}

QString SandboxState::conflictMessage(const QString &code)
{
    // Wire strings of the Webex API reference: clients match them exactly, never translate.
    const std::optional<BlockerCode> blocker = blockerCodeFromWire(code);
    if (!blocker || !FaultConfig::conflictCodes().contains(code))
        return {};
    return blockerReferenceMessage(*blocker);
}

void SandboxState::recordConflict()
{
    addEvent(QStringLiteral("org_delete_conflict"), m_orgId);
}

void SandboxState::acceptDelete(qint64 nowMs, int deletionDelayMs)
{
    m_deleteAcceptedMs = nowMs;
    m_deletionDelayMs = deletionDelayMs;
    m_deleteAcceptedAt = QDateTime::currentDateTimeUtc();
    m_activeUsersAtDelete = m_activeUsers;
    addEvent(QStringLiteral("org_delete_accepted"), m_orgId);
}

void SandboxState::addEvent(const QString &kind, const QString &id)
{
    m_events.append(SandboxEvent{m_events.size() + 1, kind, id});
}

namespace {

// The counters as both the state file and GET /_sandbox/state show them.
QJsonObject countersToJson(const SandboxCounters &counters)
{
    QJsonObject byRoute;
    for (auto it = counters.byRoute.cbegin(); it != counters.byRoute.cend(); ++it)
        byRoute.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("requests"), counters.requests},
                       {QStringLiteral("byRoute"), byRoute},
                       {QStringLiteral("rateLimited"), counters.rateLimited},
                       {QStringLiteral("faultsInjected"), counters.faultsInjected},
                       {QStringLiteral("unauthorized"), counters.unauthorized}};
}

std::optional<UserState> userStateFromWire(const QString &name)
{
    for (UserState s : {UserState::Active, UserState::Converted, UserState::Deleted}) {
        if (toWireName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace

QJsonObject SandboxState::saveJson() const
{
    // Only users something happened to: a 100,000-user org with nothing done saves in a blink.
    QJsonArray users;
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        const SandboxUser &u = m_users.at(i);
        if (u.transitions == 0 && u.state == UserState::Active)
            continue;
        users.append(QJsonObject{{QStringLiteral("index"), qint64(i)},
                                 {QStringLiteral("uuid"), u.uuid},
                                 {QStringLiteral("state"), toWireName(u.state)},
                                 {QStringLiteral("transitions"), u.transitions}});
    }
    QJsonArray events;
    for (const SandboxEvent &e : m_events)
        events.append(QJsonObject{{QStringLiteral("kind"), e.kind}, {QStringLiteral("id"), e.id}});
    QJsonObject org{{QStringLiteral("id"), m_orgId},
                    {QStringLiteral("deleteRequests"), m_deleteRequests}};
    if (m_deleteAcceptedMs) {
        org.insert(QStringLiteral("deleteAcceptedAt"), m_deleteAcceptedAt.toString(Qt::ISODateWithMs));
        org.insert(QStringLiteral("deletionDelayMs"), m_deletionDelayMs);
        org.insert(QStringLiteral("activeUsersAtDelete"), qint64(m_activeUsersAtDelete.value_or(0)));
    }
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("webex-sandbox-state/1")},
        {QStringLiteral("org"), org},
        {QStringLiteral("userCount"), qint64(m_users.size())},
        {QStringLiteral("users"), users},
        {QStringLiteral("events"), events},
        {QStringLiteral("counters"), countersToJson(m_counters)},
    };
}

bool SandboxState::restore(const QJsonObject &saved, qint64 nowMs, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (saved.value(QLatin1String("format")).toString() != QLatin1String("webex-sandbox-state/1"))
        return fail(QStringLiteral("not a webex-sandbox state file"));
    const QJsonObject org = saved.value(QLatin1String("org")).toObject();
    if (org.value(QLatin1String("id")).toString() != m_orgId
        || saved.value(QLatin1String("userCount")).toInteger(-1) != m_users.size())
        return fail(QStringLiteral("the state file belongs to another scenario"));

    // Checked completely before anything changes.
    QList<std::pair<qsizetype, SandboxUser>> changed;
    for (const QJsonValue &v : saved.value(QLatin1String("users")).toArray()) {
        const QJsonObject o = v.toObject();
        const qint64 index = o.value(QLatin1String("index")).toInteger(-1);
        const auto userState = userStateFromWire(o.value(QLatin1String("state")).toString());
        if (index < 0 || index >= m_users.size() || !userState
            || m_users.at(index).uuid != o.value(QLatin1String("uuid")).toString())
            return fail(QStringLiteral("the state file names a user this scenario does not have"));
        SandboxUser u = m_users.at(index);
        u.state = *userState;
        u.transitions = o.value(QLatin1String("transitions")).toInt();
        changed.append({qsizetype(index), u});
    }
    QDateTime acceptedAt;
    if (org.contains(QLatin1String("deleteAcceptedAt"))) {
        acceptedAt = QDateTime::fromString(org.value(QLatin1String("deleteAcceptedAt")).toString(),
                                           Qt::ISODateWithMs);
        if (!acceptedAt.isValid())
            return fail(QStringLiteral("the state file's deleteAcceptedAt is not a time"));
    }

    for (const auto &[index, u] : changed) {
        if (m_users.at(index).state == UserState::Active && u.state != UserState::Active)
            --m_activeUsers;
        m_users[index] = u;
    }
    m_events.clear();
    for (const QJsonValue &v : saved.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = v.toObject();
        addEvent(e.value(QLatin1String("kind")).toString(), e.value(QLatin1String("id")).toString());
    }
    m_deleteRequests = org.value(QLatin1String("deleteRequests")).toInt();
    if (acceptedAt.isValid()) {
        m_deleteAcceptedAt = acceptedAt;
        m_deletionDelayMs = org.value(QLatin1String("deletionDelayMs")).toInt();
        m_deleteAcceptedMs = nowMs - acceptedAt.msecsTo(QDateTime::currentDateTimeUtc());
        m_activeUsersAtDelete = org.value(QLatin1String("activeUsersAtDelete")).toInteger();
    }
    const QJsonObject counters = saved.value(QLatin1String("counters")).toObject();
    m_counters.requests = counters.value(QLatin1String("requests")).toInteger();
    m_counters.rateLimited = counters.value(QLatin1String("rateLimited")).toInteger();
    m_counters.faultsInjected = counters.value(QLatin1String("faultsInjected")).toInteger();
    m_counters.unauthorized = counters.value(QLatin1String("unauthorized")).toInteger();
    m_counters.byRoute.clear();
    const QJsonObject byRoute = counters.value(QLatin1String("byRoute")).toObject();
    for (auto it = byRoute.begin(); it != byRoute.end(); ++it)
        m_counters.byRoute.insert(it.key(), it.value().toInteger());
    return true;
}

QJsonObject SandboxState::toJson(qint64 nowMs, bool withLists) const
{
    QJsonObject org{
        {QStringLiteral("id"), m_orgId},
        {QStringLiteral("displayName"), m_orgDisplayName},
        {QStringLiteral("state"), toWireName(orgState(nowMs))},
        {QStringLiteral("deleteRequests"), m_deleteRequests},
        {QStringLiteral("deleteAcceptedAt"),
         m_deleteAcceptedAt.isValid() ? QJsonValue(m_deleteAcceptedAt.toString(Qt::ISODateWithMs))
                                      : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("activeUsersAtDelete"), m_activeUsersAtDelete
                                                    ? QJsonValue(qint64(*m_activeUsersAtDelete))
                                                    : QJsonValue(QJsonValue::Null)},
    };
    QJsonArray users;
    for (const SandboxUser &u : withLists ? m_users : QList<SandboxUser>()) {
        users.append(QJsonObject{
            {QStringLiteral("id"), u.id},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("displayName"), u.displayName},
            {QStringLiteral("state"), toWireName(u.state)},
            {QStringLiteral("transitions"), u.transitions},
        });
    }
    QJsonArray events;
    for (const SandboxEvent &e : withLists ? m_events : QList<SandboxEvent>()) {
        events.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                  {QStringLiteral("kind"), e.kind},
                                  {QStringLiteral("id"), e.id}});
    }
    QJsonObject out{
        {QStringLiteral("org"), org},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("id"), m_actorId}, {QStringLiteral("email"), m_actor.email}}},
        {QStringLiteral("counters"), countersToJson(m_counters)},
    };
    if (withLists) {
        out.insert(QStringLiteral("users"), users);
        out.insert(QStringLiteral("events"), events);
    }
    return out;
}

QByteArray SandboxState::toJsonBytes(qint64 nowMs, const QJsonObject &extra) const
{
    using namespace JsonText;
    // Everything but the two long arrays through QJson, then the arrays written by hand and
    // spliced in before the closing brace.
    QJsonObject head = toJson(nowMs, false);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        head.insert(it.key(), it.value());
    QByteArray out = QJsonDocument(head).toJson(QJsonDocument::Compact);
    out.chop(1); // the closing brace
    out.reserve(out.size() + m_users.size() * 190 + m_events.size() * 120 + 64);
    out += ',';
    appendKey(out, "users");
    out += '[';
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        const SandboxUser &u = m_users.at(i);
        if (i)
            out += ',';
        JsonObjectWriter(out)
            .string("displayName", u.displayName)
            .string("email", u.email)
            .string("id", u.id)
            .string("state", toWireName(u.state))
            .number("transitions", u.transitions);
    }
    out += "],";
    appendKey(out, "events");
    out += '[';
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const SandboxEvent &e = m_events.at(i);
        if (i)
            out += ',';
        JsonObjectWriter(out).string("id", e.id).string("kind", e.kind).number("seq", e.seq);
    }
    out += "]}";
    return out;
}

} // namespace wod::sandbox
