#pragma once
// The routing table of the sandbox's Webex API: which method on which path template goes to
// which handler. Each resource adds its routes (PeopleRoutes::addTo, ...); ApiRoutes holds the
// one table and asks it for every request.
//
// Matching, in the order the routes were added: the first route whose template matches the
// path names the route ("/v1/people/me" before "/v1/people/{id}"); among the routes of that
// template the one of the request's method handles it; none of that method is a 405. Paths are
// compared segment by segment, empty segments skipped; "{name}" takes any one segment. The
// extension endpoints are matched by ApiExtensions, where they are declared (once).

#include "ApiExtensions.h"
#include "RouteContext.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace wod::sandbox {

class RouteTable
{
public:
    // `params`: the segments that filled the template's {placeholders}, in order (for an
    // extension endpoint: the org id, then the person id of a convert).
    using Handler = SandboxResponse (*)(RouteContext &context, const QStringList &params);

    void add(const char *method, const char *pathTemplate, Handler handler);
    // The method and template come from ApiExtensions::declaration(endpoint).
    void addExtension(ApiExtensions::Endpoint endpoint, Handler handler);

    struct Lookup
    {
        QString name;              // the matched template, e.g. "/v1/people/{id}"
        QStringList params;        // see Handler
        bool extension = false;    // an ApiExtensions endpoint
        Handler handler = nullptr; // null: the template takes another method (405)
    };
    // nullopt: no template matches the path (404).
    std::optional<Lookup> find(const QString &method, const QString &path) const;

private:
    struct Route
    {
        QString method;
        QString pathTemplate;
        QStringList parts; // the template's segments
        std::optional<ApiExtensions::Endpoint> extension;
        Handler handler;
    };
    static std::optional<QStringList> matchTemplate(const QStringList &parts,
                                                    const QStringList &segments);

    QList<Route> m_routes;
};

} // namespace wod::sandbox
