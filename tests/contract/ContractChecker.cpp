#include "ContractChecker.h"

#include "ApiExtensions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace wod::test {

namespace {

// Statuses the extension endpoints may answer (resources/api/openapi.yaml) besides 200.
const QList<int> kExtensionStatuses{200, 400, 401, 403, 404, 405, 409, 429, 500, 502, 503, 504};

QByteArray header(const sandbox::SandboxExchange &e, const QByteArray &name)
{
    for (const auto &h : e.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

int placeholders(const QString &path)
{
    return int(path.count(QLatin1Char('{')));
}

bool pathMatches(const QString &templ, const QString &path)
{
    const QStringList t = templ.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QStringList s = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (t.size() != s.size())
        return false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t.at(i).startsWith(QLatin1Char('{')))
            continue;
        if (t.at(i) != s.at(i))
            return false;
    }
    return true;
}

// The values at a flattened field path ("items[].roles[]") of `root`.
QList<QJsonValue> valuesAt(const QJsonValue &root, const QStringList &segments)
{
    QList<QJsonValue> current{root};
    for (const QString &segment : segments) {
        const bool each = segment.endsWith(QLatin1String("[]"));
        const QString key = each ? segment.chopped(2) : segment;
        QList<QJsonValue> next;
        for (const QJsonValue &v : std::as_const(current)) {
            if (!v.isObject())
                continue;
            const QJsonObject o = v.toObject();
            if (!o.contains(key))
                continue;
            const QJsonValue member = o.value(key);
            if (!each) {
                next.append(member);
            } else if (member.isArray()) {
                const QJsonArray a = member.toArray();
                for (const QJsonValue &element : a)
                    next.append(element);
            }
        }
        current = next;
    }
    return current;
}

QList<QJsonValue> valuesAt(const QJsonValue &root, const QString &path)
{
    return valuesAt(root, path.split(QLatin1Char('.')));
}

bool hasField(const QJsonObject &body, const QString &path)
{
    // "items[].id": every item must have it (an empty list has nothing to miss).
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return body.contains(path.endsWith(QLatin1String("[]")) ? path.chopped(2) : path);
    const QList<QJsonValue> parents = valuesAt(body, path.left(dot));
    const QString key = path.mid(dot + 1);
    for (const QJsonValue &p : parents) {
        if (!p.isObject() || !p.toObject().contains(key))
            return false;
    }
    return true;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

} // namespace

ContractChecker::ContractChecker(const QJsonObject &digest) : m_digest(digest) {}

QStringList ContractChecker::covered() const
{
    QStringList out(m_covered.begin(), m_covered.end());
    out.sort();
    return out;
}

void ContractChecker::fail(const QString &where, const QString &what)
{
    m_violations.append(where + QStringLiteral(": ") + what);
}

bool ContractChecker::isWebexId(const QString &id, QString *why)
{
    QString reason;
    if (id.isEmpty())
        reason = QStringLiteral("empty");
    else if (id.contains(QLatin1Char('=')))
        reason = QStringLiteral("base64 padding");
    const auto decoded = QByteArray::fromBase64Encoding(
        id.toLatin1(), QByteArray::AbortOnBase64DecodingErrors | QByteArray::OmitTrailingEquals);
    const auto decodedUrl = QByteArray::fromBase64Encoding(
        id.toLatin1(), QByteArray::AbortOnBase64DecodingErrors | QByteArray::OmitTrailingEquals
                           | QByteArray::Base64UrlEncoding);
    const QByteArray text = decoded ? *decoded : decodedUrl ? *decodedUrl : QByteArray();
    static const QRegularExpression form(QStringLiteral("^ciscospark://us/[A-Z_]+/[^/\\s]+$"));
    if (reason.isEmpty() && !form.match(QString::fromUtf8(text)).hasMatch())
        reason = QStringLiteral("decodes to \"%1\", not ciscospark://us/TYPE/...")
                     .arg(QString::fromUtf8(text.left(60)));
    if (why)
        *why = reason;
    return reason.isEmpty();
}

bool ContractChecker::parseLinkHeader(const QByteArray &value, QStringList *urls, QString *why)
{
    // RFC 5988 section 5: Link = "Link" ":" #link-value
    //   link-value = "<" URI-Reference ">" *( ";" link-param ); rel is required here.
    static const QRegularExpression linkValue(QStringLiteral(
        R"(^\s*<([^<>\s]+)>((?:\s*;\s*[A-Za-z*][A-Za-z0-9*._-]*\s*=\s*(?:"[^"]*"|[^";,\s]+))+)\s*(?:,|$))"));
    static const QRegularExpression rel(QStringLiteral(R"(;\s*rel\s*=\s*("[^"]+"|[^";,\s]+))"));
    QString rest = QString::fromLatin1(value);
    if (rest.trimmed().isEmpty()) {
        if (why)
            *why = QStringLiteral("empty Link header");
        return false;
    }
    while (!rest.trimmed().isEmpty()) {
        const QRegularExpressionMatch m = linkValue.match(rest);
        if (!m.hasMatch()) {
            if (why)
                *why = QStringLiteral("not RFC 5988: %1").arg(rest.left(120));
            return false;
        }
        if (!rel.match(m.captured(2)).hasMatch()) {
            if (why)
                *why = QStringLiteral("a link without rel: %1").arg(m.captured(0));
            return false;
        }
        const QUrl url(m.captured(1), QUrl::StrictMode);
        if (!url.isValid()) {
            if (why)
                *why = QStringLiteral("not a URI: %1").arg(m.captured(1));
            return false;
        }
        if (urls)
            urls->append(m.captured(1));
        rest = rest.mid(m.capturedLength(0));
    }
    return true;
}

QString ContractChecker::operationFor(const sandbox::SandboxExchange &e, QJsonObject *op) const
{
    const QJsonObject ops = m_digest.value(QLatin1String("operations")).toObject();
    QString best;
    for (auto it = ops.begin(); it != ops.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const QString templ = o.value(QLatin1String("path")).toString();
        if (o.value(QLatin1String("method")).toString() != e.method || !pathMatches(templ, e.path))
            continue;
        if (best.isEmpty()
            || placeholders(templ)
                   < placeholders(ops.value(best).toObject().value(QLatin1String("path")).toString()))
            best = it.key();
    }
    if (!best.isEmpty()) {
        *op = ops.value(best).toObject();
        return best;
    }
    if (const auto ext = ApiExtensions::match(e.path)) {
        const auto &d = ApiExtensions::declaration(ext->endpoint);
        if (e.method == QLatin1String(d.method))
            return QStringLiteral("extension ") + QLatin1String(d.pathTemplate);
    }
    for (const QJsonValue &v : m_digest.value(QLatin1String("oauth")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("method")).toString() == e.method
            && o.value(QLatin1String("path")).toString() == e.path)
            return QStringLiteral("oauth ") + e.path;
    }
    return {};
}

void ContractChecker::check(const QList<sandbox::SandboxExchange> &exchanges, bool extensionsOffered)
{
    for (const sandbox::SandboxExchange &e : exchanges) {
        ++m_requests;
        const QString where = QStringLiteral("%1 %2%3 -> %4")
                                  .arg(e.method, e.path,
                                       e.query.isEmpty() ? QString() : QLatin1Char('?') + e.query)
                                  .arg(e.status);
        if (e.path.startsWith(QLatin1String("/_sandbox/"))) // the test's own inspection
            continue;
        QJsonObject op;
        const QString name = operationFor(e, &op);
        if (name.isEmpty()) {
            fail(where, QStringLiteral("no operation in Cisco's spec, no extension, no OAuth endpoint"));
            continue;
        }
        if (name.startsWith(QLatin1String("extension ")) && !extensionsOffered)
            fail(where, QStringLiteral("an extension request sent to a server that offers none"));
        m_covered.insert(name);
        checkRequest(e, name, op, where);
        checkAnswer(e, name, op, where);
    }
}

void ContractChecker::checkRequest(const sandbox::SandboxExchange &e, const QString &name,
                                   const QJsonObject &op, const QString &where)
{
    if (e.query.isEmpty())
        return;
    if (m_serverLinks.contains(e.path + QLatin1Char('?') + e.query))
        return; // a Link the server sent: its parameters are the server's own
    if (!name.startsWith(QLatin1String("oauth ")) && op.isEmpty()) {
        fail(where, QStringLiteral("query parameters on an extension endpoint that defines none"));
        return;
    }
    const QJsonObject defined = op.value(QLatin1String("query")).toObject();
    const QUrlQuery query(e.query);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (name.startsWith(QLatin1String("oauth ")))
            break; // the authorize URL's parameters are the browser's business
        if (!defined.contains(item.first)) {
            fail(where, QStringLiteral("query parameter \"%1\" is not defined for %2")
                            .arg(item.first, name));
            continue;
        }
        const QJsonObject p = defined.value(item.first).toObject();
        const QString type = p.value(QLatin1String("type")).toString();
        if (type == QLatin1String("number")) {
            bool ok = false;
            const qlonglong n = item.second.toLongLong(&ok);
            if (!ok) {
                fail(where, QStringLiteral("%1=%2 is not a number").arg(item.first, item.second));
                continue;
            }
            if (item.first == QLatin1String("max") && n < 1)
                fail(where, QStringLiteral("max=%1 is below 1").arg(n));
            for (const QJsonValue &c : p.value(QLatin1String("caps")).toArray()) {
                const QJsonObject cap = c.toObject();
                const QJsonObject when = cap.value(QLatin1String("when")).toObject();
                if (!when.isEmpty()) {
                    const QString param = when.value(QLatin1String("param")).toString();
                    if (!query.hasQueryItem(param))
                        continue;
                    if (when.contains(QLatin1String("equals"))
                        && query.queryItemValue(param) != when.value(QLatin1String("equals")).toString())
                        continue;
                }
                if (n > cap.value(QLatin1String("max")).toInteger())
                    fail(where, QStringLiteral("%1=%2 above the spec's cap %3")
                                    .arg(item.first)
                                    .arg(n)
                                    .arg(cap.value(QLatin1String("max")).toInteger()));
            }
        } else if (p.contains(QLatin1String("maxItems"))
                   && item.second.split(QLatin1Char(',')).size()
                          > p.value(QLatin1String("maxItems")).toInt()) {
            fail(where, QStringLiteral("%1 lists more than %2 items")
                            .arg(item.first)
                            .arg(p.value(QLatin1String("maxItems")).toInt()));
        } else if (type == QLatin1String("boolean") && item.second != QLatin1String("true")
                   && item.second != QLatin1String("false")) {
            fail(where, QStringLiteral("%1=%2 is not a boolean").arg(item.first, item.second));
        }
    }
}

void ContractChecker::checkAnswer(const sandbox::SandboxExchange &e, const QString &name,
                                  const QJsonObject &op, const QString &where)
{
    if (e.status == 0 || e.truncated)
        return; // an injected transport fault: no answer to judge
    const QByteArray trackingId = header(e, "TrackingID");
    if (trackingId.isEmpty())
        fail(where, QStringLiteral("no TrackingID header"));
    const QByteArray link = header(e, "Link");
    if (!link.isEmpty()) {
        QStringList urls;
        QString why;
        if (!parseLinkHeader(link, &urls, &why))
            fail(where, QStringLiteral("Link header: %1").arg(why));
        for (const QString &u : std::as_const(urls)) {
            const QUrl url(u);
            m_serverLinks.insert(url.path(QUrl::FullyDecoded) + QLatin1Char('?')
                                 + url.query(QUrl::FullyEncoded));
        }
    }
    if (name.startsWith(QLatin1String("oauth ")))
        return;
    QList<int> allowed = kExtensionStatuses;
    if (!op.isEmpty()) {
        allowed.clear();
        for (const char *key : {"success", "errors"})
            for (const QJsonValue &v : op.value(QLatin1String(key)).toArray())
                allowed.append(v.toInt());
    }
    if (!allowed.contains(e.status))
        fail(where, QStringLiteral("status %1 is not listed for %2").arg(e.status).arg(name));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(e.body, &parseError);
    if (e.status >= 400) {
        const QJsonObject o = doc.object();
        if (!o.value(QLatin1String("message")).isString()
            || !o.value(QLatin1String("errors")).isArray()
            || o.value(QLatin1String("trackingId")).toString().toLatin1() != trackingId)
            fail(where, QStringLiteral("error body not {message, errors[], trackingId = TrackingID}"));
        return;
    }
    if (e.status == 204) {
        if (!e.body.isEmpty())
            fail(where, QStringLiteral("204 with a body"));
        return;
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(where, QStringLiteral("the body is not a JSON object"));
        return;
    }
    const QJsonObject body = doc.object();
    if (!op.isEmpty())
        checkFields(body, op, where);
    // Ids in Webex form, wherever the digest says ids live; in an extension's answer only the
    // convert's personId is one (subscription ids are like the licenses' subscriptionId).
    QStringList idFields;
    if (!op.isEmpty()) {
        for (const QJsonValue &v : m_digest.value(QLatin1String("idFields")).toArray())
            idFields.append(v.toString());
    } else {
        idFields.append(QStringLiteral("personId"));
    }
    for (const QString &field : std::as_const(idFields)) {
        for (const QJsonValue &v : valuesAt(body, field)) {
            QString why;
            if (!v.isString() || !isWebexId(v.toString(), &why))
                fail(where, QStringLiteral("%1 \"%2\" is not a Webex id: %3")
                                .arg(field, v.toString(), why));
        }
    }
}

void ContractChecker::checkFields(const QJsonObject &body, const QJsonObject &op,
                                  const QString &where)
{
    const QJsonObject response = op.value(QLatin1String("response")).toObject();
    const QJsonObject fields = response.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString type = it.value().toString();
        if (type == QLatin1String("any"))
            continue;
        for (const QJsonValue &v : valuesAt(body, it.key())) {
            if (typeName(v) != type)
                fail(where, QStringLiteral("%1 is %2, the spec says %3")
                                .arg(it.key(), typeName(v), type));
        }
    }
    for (const char *key : {"required", "clientNeeds"}) {
        for (const QJsonValue &v : response.value(QLatin1String(key)).toArray()) {
            if (!hasField(body, v.toString()))
                fail(where, QStringLiteral("%1 missing (%2)").arg(v.toString(), QLatin1String(key)));
        }
    }
    // Fields the sandbox sends that Cisco's description does not have (top level and in the
    // items of a list), unless the digest's notes explain them.
    if (fields.isEmpty())
        return;
    QStringList known;
    for (const QJsonValue &v : response.value(QLatin1String("knownExtras")).toArray())
        known.append(v.toString());
    const auto unknown = [&](const QJsonObject &o, const QString &prefix) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = prefix + it.key();
            if (!fields.contains(key) && !known.contains(key))
                fail(where, QStringLiteral("field \"%1\" is not in the spec").arg(key));
        }
    };
    unknown(body, QString());
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!it.value().isArray())
            continue;
        const QJsonArray a = it.value().toArray();
        for (const QJsonValue &element : a) {
            if (element.isObject())
                unknown(element.toObject(), it.key() + QStringLiteral("[]."));
        }
    }
}

} // namespace wod::test
