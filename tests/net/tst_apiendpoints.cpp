// ApiEndpoints, the one list of the client's typed endpoints, without a network: the method,
// path and query of every declaration, the extension endpoints taken from core/ApiExtensions,
// the refusals made before sending, the SCIM URLs and the Bulk body. The wire-level behaviour
// (the same requests against the sandbox) is tst_apiclient's and the contract tests'.

#include "ApiEndpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace wod;
using namespace wod::net;

namespace {

// "GET people?max=1" for a declaration's request.
QString line(const EndpointRequest &r)
{
    return QString::fromLatin1(r.verb) + QLatin1Char(' ') +
           (r.url.isEmpty() ? r.path : r.url.toString());
}

} // namespace

class TestApiEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void publicEndpoints()
    {
        const QList<std::pair<EndpointRequest, QString>> expected{
            {ApiEndpoints::me().request, QStringLiteral("GET people/me")},
            {ApiEndpoints::roles().request, QStringLiteral("GET roles")},
            {ApiEndpoints::organizations().request, QStringLiteral("GET organizations")},
            // Ids are base64 and may hold '/' or '+': one path segment, percent-encoded.
            {ApiEndpoints::organization(QStringLiteral("a/b+c")).request,
             QStringLiteral("GET organizations/a%2Fb%2Bc")},
            {ApiEndpoints::people(0, {}).request, QStringLiteral("GET people?max=1")},
            {ApiEndpoints::people(1000, QStringLiteral("o/1")).request,
             QStringLiteral("GET people?max=1000&orgId=o%2F1")},
            {ApiEndpoints::person(QStringLiteral("p")).request, QStringLiteral("GET people/p")},
            {ApiEndpoints::licenses({}).request, QStringLiteral("GET licenses")},
            {ApiEndpoints::licenses(QStringLiteral("o")).request,
             QStringLiteral("GET licenses?orgId=o")},
            {ApiEndpoints::deletePerson(QStringLiteral("p")).request,
             QStringLiteral("DELETE people/p")},
            {ApiEndpoints::deleteOrganization(QStringLiteral("o")).request,
             QStringLiteral("DELETE organizations/o")},
        };
        for (const auto &[request, line] : expected)
            QCOMPARE(::line(request), line);
    }

    void writesAreNotRetriedBlindly()
    {
        // A person's DELETE may be repeated (a repeat answers 404: done); the organization's never
        // (the caller polls instead), nor a SCIM Bulk whose answer was lost.
        const EndpointRequest person = ApiEndpoints::deletePerson(QStringLiteral("p")).request;
        QVERIFY(person.idempotent);
        QVERIFY(!person.expectJson);
        const EndpointRequest org = ApiEndpoints::deleteOrganization(QStringLiteral("o")).request;
        QVERIFY(!org.idempotent);
        QVERIFY(!org.expectJson);
        QVERIFY(!ApiEndpoints::scimBulkDelete(QUrl(QStringLiteral("https://h")),
                                              QStringLiteral("o"), {QStringLiteral("u")}, 100)
                     .request.idempotent);
        QVERIFY(ApiEndpoints::convert(QStringLiteral("o"), QStringLiteral("p")).request.idempotent);
    }

    void extensionEndpointsFollowTheirTable()
    {
        using ApiExtensions::Endpoint;
        const QString org = QStringLiteral("o/1");
        const QString person = QStringLiteral("p+2");
        const QList<std::pair<Endpoint, EndpointRequest>> declared{
            {Endpoint::Subscriptions, ApiEndpoints::subscriptions(org).request},
            {Endpoint::LinkedSites, ApiEndpoints::linkedSites(org).request},
            {Endpoint::DirectorySync, ApiEndpoints::directorySync(org).request},
            {Endpoint::ManagedBy, ApiEndpoints::managedBy(org).request},
            {Endpoint::ManagedOrgs, ApiEndpoints::managedOrgs(org).request},
            {Endpoint::Convert, ApiEndpoints::convert(org, person).request},
        };
        QCOMPARE(declared.size(), ApiExtensions::declarations().size());
        for (const auto &[endpoint, request] : declared) {
            const ApiExtensions::Declaration &table = ApiExtensions::declaration(endpoint);
            QString path = QString::fromLatin1(table.pathTemplate);
            path.replace(QLatin1String("{orgId}"), QLatin1String("o%2F1"));
            path.replace(QLatin1String("{personId}"), QLatin1String("p%2B2"));
            QCOMPARE(line(request),
                     QString::fromLatin1(table.method) + QLatin1Char(' ') + path.mid(4));
            QCOMPARE(request.extension, std::optional<Endpoint>(endpoint));
            QVERIFY(!request.refusal);
        }
        const EndpointRequest convert = ApiEndpoints::convert(org, person).request;
        QCOMPARE(convert.body, QByteArray("{}"));
        QVERIFY(convert.hasBody);
        QVERIFY(!ApiEndpoints::me().request.extension);
    }

    void emptyIdsRefusedBeforeSending()
    {
        const auto deletion = ApiEndpoints::deletePerson({}).request.refusal;
        QVERIFY(deletion);
        QCOMPARE(deletion->kind, ApiError::Kind::Malformed);
        QCOMPARE(deletion->httpStatus, 0);
        QVERIFY2(deletion->message.startsWith(QLatin1String("DELETE /v1/people/{personId}: ")),
                 qPrintable(deletion->message));
        const auto convert = ApiEndpoints::convert(QStringLiteral("o"), {}).request.refusal;
        QVERIFY(convert);
        QVERIFY2(convert->message.startsWith(QLatin1String(
                     "/v1/controlHub/organizations/{orgId}/people/{personId}/convert: ")),
                 qPrintable(convert->message));
    }

    void scimUsersPageQuery()
    {
        const QString users = ApiEndpoints::scimUsersUrl(QUrl(QStringLiteral("https://h:8443")),
                                                         QStringLiteral("0a1b-2c"));
        QCOMPARE(users, QStringLiteral("https://h:8443/identity/scim/0a1b-2c/v2/Users"));
        QCOMPARE(ApiEndpoints::scimUsersPageUrl(users, 1001, 1000).toString(),
                 users + QStringLiteral(
                             "?startIndex=1001&count=1000&attributes=userName,displayName,emails"));
    }

    void scimBulkBodyAndLimit()
    {
        const QUrl base(QStringLiteral("http://127.0.0.1:1"));
        const EndpointRequest bulk =
            ApiEndpoints::scimBulkDelete(base, QStringLiteral("org-uuid"),
                                         {QStringLiteral("u1"), QStringLiteral("u2")}, 100)
                .request;
        QCOMPARE(line(bulk),
                 QStringLiteral("POST http://127.0.0.1:1/identity/scim/org-uuid/v2/Bulk"));
        QVERIFY(bulk.hasBody);
        const QJsonObject body = QJsonDocument::fromJson(bulk.body).object();
        QCOMPARE(body.value(QLatin1String("failOnErrors")).toInt(), 100);
        QCOMPARE(body.value(QLatin1String("schemas")).toArray().first().toString(),
                 QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest"));
        const QJsonArray ops = body.value(QLatin1String("operations")).toArray();
        QCOMPARE(ops.size(), 2);
        QCOMPARE(ops.at(1).toObject().value(QLatin1String("path")).toString(),
                 QStringLiteral("/Users/u2"));
        QCOMPARE(ops.at(1).toObject().value(QLatin1String("bulkId")).toString(),
                 QStringLiteral("u2"));
        QCOMPARE(ops.at(1).toObject().value(QLatin1String("method")).toString(),
                 QStringLiteral("DELETE"));

        QStringList many;
        for (int i = 0; i < 101; ++i)
            many.append(QStringLiteral("u%1").arg(i));
        const auto refusal =
            ApiEndpoints::scimBulkDelete(base, QStringLiteral("o"), many, 100).request.refusal;
        QVERIFY(refusal);
        QCOMPARE(refusal->kind, ApiError::Kind::Malformed);
        QVERIFY2(refusal->message.contains(QLatin1String("101")), qPrintable(refusal->message));
        QVERIFY(!ApiEndpoints::scimBulkDelete(base, QStringLiteral("o"), many.mid(1), 100)
                     .request.refusal);
    }

    void directorySyncNeedsABoolean()
    {
        const auto parse = ApiEndpoints::directorySync(QStringLiteral("o")).parse;
        QString why;
        QCOMPARE(parse(QJsonObject{{QStringLiteral("enabled"), true}}, &why),
                 std::optional<bool>(true));
        QCOMPARE(parse(QJsonObject{{QStringLiteral("enabled"), false}}, &why),
                 std::optional<bool>(false));
        QVERIFY(!parse(QJsonObject{{QStringLiteral("enabled"), QStringLiteral("true")}}, &why));
        QCOMPARE(why, QStringLiteral("enabled: missing or not a boolean"));
    }
};

QTEST_GUILESS_MAIN(TestApiEndpoints)
#include "tst_apiendpoints.moc"
