#pragma once
// Where the app talks to: a real Webex API or the embedded sandbox. Carries the token in memory
// only; never print or persist it.

#include <QString>
#include <QUrl>

namespace wod::net {

struct ApiConnection
{
    QUrl baseUrl;        // e.g. https://webexapis.com/v1 or http://127.0.0.1:PORT/v1
    QString token;       // empty: the GUI asks the admin to sign in
    bool isSandbox = false;
    QString sandboxScenario; // the scenario's file name, for the "sandbox" banner
};

} // namespace wod::net
