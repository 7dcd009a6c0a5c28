#pragma once
// A scenario file: the JSON description of one organization that the headless check evaluates and
// the sandbox server serves. The schema is a public contract (docs: resources/scenarios/README.md):
// extend it, never break it. Unknown top-level keys are ignored so that newer files still load.

#include "OrgSnapshot.h"

#include <QJsonObject>
#include <QString>

namespace wod {

struct Scenario
{
    QString sourceName; // file path or label, for messages
    QString orgId;
    QString orgDisplayName;
    QDateTime orgCreated; // "org.created", optional; invalid when absent
    Actor actor;
    QList<Subscription> subscriptions;
    // The users as loaded: listed users, then generatedUsers synthetic ones. The acting admin is
    // always among them when a member (added first if the file does not list them).
    QList<Person> users;
    int generatedUsers = 0;
    QStringList linkedSites;
    bool directorySync = false;
    QStringList managedBy;
    QStringList managedOrgs;
    // Left to the sandbox to interpret: fault injection and server behaviour.
    QJsonObject faults;
    QJsonObject sandbox;

    // Everything known: a scenario describes the full truth, nothing is unknown.
    OrgSnapshot toSnapshot() const;
};

} // namespace wod
