#include "ApiExtensions.h"

#include <QStringList>

namespace wod::ApiExtensions {

const QList<Declaration> &declarations()
{
    static const QList<Declaration> table{
        {Endpoint::Subscriptions, "GET", "/v1/controlHub/organizations/{orgId}/subscriptions"},
        {Endpoint::LinkedSites, "GET", "/v1/controlHub/organizations/{orgId}/linkedSites"},
        {Endpoint::DirectorySync, "GET", "/v1/controlHub/organizations/{orgId}/directorySync"},
        {Endpoint::ManagedBy, "GET", "/v1/controlHub/organizations/{orgId}/managedBy"},
        {Endpoint::ManagedOrgs, "GET", "/v1/controlHub/organizations/{orgId}/managedOrgs"},
        {Endpoint::Convert, "POST",
         "/v1/controlHub/organizations/{orgId}/people/{personId}/convert"},
    };
    return table;
}

const Declaration &declaration(Endpoint endpoint)
{
    return declarations().at(qsizetype(endpoint));
}

QString relativePath(Endpoint endpoint, const QString &orgIdSegment, const QString &personIdSegment)
{
    QString path = QString::fromLatin1(declaration(endpoint).pathTemplate).mid(4); // no "/v1/"
    path.replace(QLatin1String("{orgId}"), orgIdSegment);
    path.replace(QLatin1String("{personId}"), personIdSegment);
    return path;
}

std::optional<Match> match(const QString &path)
{
    const QStringList s = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const Declaration &d : declarations()) {
        const QStringList t =
            QString::fromLatin1(d.pathTemplate).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (t.size() != s.size())
            continue;
        Match m{d.endpoint, {}, {}};
        bool same = true;
        for (qsizetype i = 0; i < t.size() && same; ++i) {
            if (t.at(i) == QLatin1String("{orgId}"))
                m.orgId = s.at(i);
            else if (t.at(i) == QLatin1String("{personId}"))
                m.personId = s.at(i);
            else
                same = t.at(i) == s.at(i);
        }
        if (same)
            return m;
    }
    return std::nullopt;
}

} // namespace wod::ApiExtensions
