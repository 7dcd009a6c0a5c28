#pragma once
// Judges recorded sandbox exchanges by Cisco's contract: the digest tests/contract/webex-digest.json
// (made by make-digest.py from Cisco's public webex-admin.json), the project's extension
// endpoints (core/ApiExtensions.h) and the OAuth endpoints the digest lists.
//
// A request passes when its method and path match one digested operation, an extension endpoint
// (only where the server offers the extension) or an OAuth endpoint, and it carries only query
// parameters that operation defines, within their caps; an undefined parameter passes only in a
// URL the server itself sent earlier as a Link (pagination cursors). An answer passes when it has
// a TrackingID, a status the operation lists, a JSON body whose fields have the spec's types,
// the fields the spec requires and the client needs, ids in Webex form, Link headers in RFC 5988
// form, and error bodies in Webex's error shape.

#include "SandboxExchange.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace wod::test {

class ContractChecker
{
public:
    // `digest`: the parsed webex-digest.json.
    explicit ContractChecker(const QJsonObject &digest);

    // Checks one run's exchanges in order. `extensionsOffered` false: the sandbox ran in
    // public-API-only mode, where any extension request is a violation.
    void check(const QList<sandbox::SandboxExchange> &exchanges, bool extensionsOffered);

    int requestsChecked() const { return m_requests; }
    // Digested operations and extension/OAuth endpoints seen, by name.
    QStringList covered() const;
    QStringList violations() const { return m_violations; }

    // Webex id form: unpadded base64 of "ciscospark://us/TYPE/...".
    static bool isWebexId(const QString &id, QString *why = nullptr);
    // RFC 5988 Link header: one or more <URI-Reference>; rel="..." values. The URIs in `urls`.
    static bool parseLinkHeader(const QByteArray &value, QStringList *urls, QString *why = nullptr);

private:
    QString operationFor(const sandbox::SandboxExchange &e, QJsonObject *op) const;
    void checkRequest(const sandbox::SandboxExchange &e, const QString &name, const QJsonObject &op,
                      const QString &where);
    void checkAnswer(const sandbox::SandboxExchange &e, const QString &name, const QJsonObject &op,
                     const QString &where);
    void checkFields(const QJsonObject &body, const QJsonObject &op, const QString &where);
    void fail(const QString &where, const QString &what);

    QJsonObject m_digest;
    QSet<QString> m_serverLinks; // every Link URL the server sent (path?query)
    QSet<QString> m_covered;
    QStringList m_violations;
    int m_requests = 0;
};

} // namespace wod::test
