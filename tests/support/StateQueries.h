#pragma once
// Readings of the sandbox's own state document (GET /_sandbox/state, or SandboxServer::state()),
// so that tests judge a run by what the server did, never by what the client believes. Pure
// functions of the JSON: the same for an in-process server and a webex-sandbox child.

#include "VerifyNoProblems.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wod::test {

int usersInState(const QJsonObject &state, const QString &userState); // active|converted|deleted
int maxTransitions(const QJsonObject &state);          // the most any one user went through
QString orgState(const QJsonObject &state);            // active|deleting|deleted
QStringList eventKinds(const QJsonObject &state);      // in order: user_deleted, org_delete_accepted...
QString userState(const QJsonObject &state, const QString &email); // empty if unknown
int counter(const QJsonObject &state, const QString &name);        // counters.<name>
int routeCount(const QJsonObject &state, const QString &route);    // counters.byRoute[route]

// Empty when the run's end is right, else every problem found (for QVERIFY2): every user but the
// actor is `userState` with exactly one transition and one event (`userState` empty: users are not
// judged), the actor untouched, and the organization deleted after every user event with exactly
// one accepted DELETE (orgDeleted) or intact with none (!orgDeleted).
QString checkRunResult(const QJsonObject &state, const QString &userState, bool orgDeleted);
// Empty when no user transitioned twice and the actor is untouched (valid at any moment of a run).
QString checkNoUserTwice(const QJsonObject &state);

} // namespace wod::test

