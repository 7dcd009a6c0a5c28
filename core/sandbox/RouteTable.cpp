#include "RouteTable.h"

namespace wod::sandbox {

namespace {
QStringList segmentsOf(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}
} // namespace

void RouteTable::add(const char *method, const char *pathTemplate, Handler handler)
{
    const QString name = QLatin1String(pathTemplate);
    m_routes.append(Route{QLatin1String(method), name, segmentsOf(name), std::nullopt, handler});
}

void RouteTable::addExtension(ApiExtensions::Endpoint endpoint, Handler handler)
{
    const ApiExtensions::Declaration &d = ApiExtensions::declaration(endpoint);
    m_routes.append(
        Route{QLatin1String(d.method), QLatin1String(d.pathTemplate), {}, endpoint, handler});
}

std::optional<QStringList> RouteTable::matchTemplate(const QStringList &parts,
                                                     const QStringList &segments)
{
    if (parts.size() != segments.size())
        return std::nullopt;
    QStringList params;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i).startsWith(QLatin1Char('{')))
            params.append(segments.at(i));
        else if (parts.at(i) != segments.at(i))
            return std::nullopt;
    }
    return params;
}

std::optional<RouteTable::Lookup> RouteTable::find(const QString &method, const QString &path) const
{
    const QStringList segments = segmentsOf(path);
    std::optional<std::optional<ApiExtensions::Match>> ext; // matched once, when first needed
    std::optional<Lookup> found;
    for (const Route &r : m_routes) {
        if (!found && r.extension) {
            if (!ext)
                ext = ApiExtensions::match(path);
            if (*ext && (*ext)->endpoint == *r.extension)
                found = Lookup{r.pathTemplate, {(*ext)->orgId, (*ext)->personId}, true, nullptr};
        } else if (!found) {
            if (std::optional<QStringList> params = matchTemplate(r.parts, segments))
                found = Lookup{r.pathTemplate, std::move(*params), false, nullptr};
        }
        if (found && r.pathTemplate == found->name && r.method == method) {
            found->handler = r.handler;
            break;
        }
    }
    return found;
}

} // namespace wod::sandbox
