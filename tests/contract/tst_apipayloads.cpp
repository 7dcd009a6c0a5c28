// Real-shaped payloads through the real client (issue #13 item 4, issue #18 item 3): Cisco's own
// example answers (tests/contract/payloads/spec, written by make-digest.py from webex-admin.json)
// and the variants real services send (tests/contract/payloads/variants: booleans and
// "true"/"false" strings, optional fields missing, unknown fields, notFoundIds, a person without
// emails or without an id, a max silently capped, an empty page with a next link) are served over
// HTTP on 127.0.0.1 by a stub that answers exactly the file, and read by ApiClient. Good ones read
// right; bad ones give a clear Malformed error naming the endpoint, never a crash, never a wrong
// result.

#include "ApiClient.h"
#include "Await.h"
#include "ConnectionWriter.h"
#include "DataColumns.h"
#include "HttpFrontend.h"
#include "SandboxFixture.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace wod;
using namespace wod::net;

namespace {

const QString kPayloads = QStringLiteral(WOD_PAYLOAD_DIR);

QByteArray payload(const QString &relative)
{
    QFile f(kPayloads + QLatin1Char('/') + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Serves fixed answers: by "path?query" first, then by path. Unknown: 404.
class PayloadServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray link; // the next page's "path?query", or empty
    };

    PayloadServer()
        : m_http([this](const QHttpServerRequest &r, QTcpSocket *s) { answer(r, s); })
    {
    }
    bool listen()
    {
        auto *tcp = new QTcpServer(&m_http);
        if (!tcp->listen(QHostAddress::LocalHost, 0))
            return false;
        m_http.bind(tcp);
        m_port = tcp->serverPort();
        return true;
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port)); }
    void set(const QString &key, const Answer &a) { m_answers.insert(key, a); }
    int requests() const { return m_requests; }

private:
    void answer(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        ++m_requests;
        const QString path = request.url().path();
        const QString query = request.url().query();
        const auto it = m_answers.find(path + QLatin1Char('?') + query);
        const auto found = it != m_answers.end() ? it : m_answers.find(path);
        sandbox::SandboxResponse r =
            found == m_answers.end()
                ? sandbox::SandboxResponse::error(404, QStringLiteral("not found"), QStringLiteral("T"))
                : sandbox::SandboxResponse::jsonText(found->status, found->body);
        if (found != m_answers.end() && !found->link.isEmpty())
            r.setHeader("Link", "<http://127.0.0.1:" + QByteArray::number(m_port) + found->link
                                    + ">; rel=\"next\"");
        r.setHeader("TrackingID", "PAYLOAD_1");
        auto *writer = sandbox::ConnectionWriter::forSocket(socket);
        writer->deliver(writer->reserve(), r, false);
    }

    sandbox::HttpFrontend m_http;
    QHash<QString, Answer> m_answers;
    quint16 m_port = 0;
    int m_requests = 0;
};

const QString kOrg = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85NmFiYzJhYS0zZGNjLTExZTUtYTE1Mi1mZTM0ODE5Y2RjOWE");

// One row of people(): the payload served as GET /v1/people, and what the client must make of it.
struct PeopleCase
{
    QString file;          // under the payload folder
    int count = 0;         // persons read
    int unusable = 0;      // persons the client cannot act on (no id: reported, not dropped)
    int invitePending = 0; // the first person's: -1 none, 0 false, 1 true
    int loginEnabled = 0;  // likewise
    int firstEmails = 0;   // the first person's emails
    QString error = {};    // empty: must read; else words the Malformed error must contain
};

} // namespace

Q_DECLARE_METATYPE(PeopleCase)

class TestApiPayloads : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PayloadServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;

    void serve(const QString &path, const QString &file, int status = 200)
    {
        const QByteArray body = payload(file);
        QVERIFY2(!body.isEmpty(), qPrintable(QStringLiteral("payload %1 missing").arg(file)));
        m_server->set(path, {status, body, {}});
    }

private slots:
    void init()
    {
        m_server = std::make_unique<PayloadServer>();
        QVERIFY(m_server->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_nam.get(), m_server->baseUrl(), QStringLiteral("t"),
                                               test::SandboxFixture::fastOptions());
    }
    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_server.reset();
    }

    // GET /v1/people (every page): count, persons the client cannot act on, the first person's
    // invitePending/loginEnabled (-1 none, 0 false, 1 true) and emails; or the error's words.
    void people_data()
    {
        QTest::addColumn<PeopleCase>("sample");
        QTest::newRow("Cisco's example (strings)")
            << PeopleCase{.file = QStringLiteral("spec/people.list.json"), .count = 1,
                          .unusable = 0, .invitePending = 0, .loginEnabled = 1, .firstEmails = 1};
        QTest::newRow("booleans")
            << PeopleCase{.file = QStringLiteral("variants/people-booleans.json"), .count = 1,
                          .unusable = 0, .invitePending = 1, .loginEnabled = 0, .firstEmails = 1};
        QTest::newRow("strings in any case")
            << PeopleCase{.file = QStringLiteral("variants/people-strings-mixed-case.json"),
                          .count = 1, .unusable = 0, .invitePending = 1, .loginEnabled = 0,
                          .firstEmails = 1};
        QTest::newRow("only an id")
            << PeopleCase{.file = QStringLiteral("variants/people-optional-missing.json"),
                          .count = 1, .unusable = 0, .invitePending = -1, .loginEnabled = -1,
                          .firstEmails = 0};
        QTest::newRow("a person without emails")
            << PeopleCase{.file = QStringLiteral("variants/people-no-emails.json"), .count = 2,
                          .unusable = 0, .invitePending = -1, .loginEnabled = -1, .firstEmails = 1};
        QTest::newRow("unknown fields")
            << PeopleCase{.file = QStringLiteral("variants/people-unknown-fields.json"), .count = 1,
                          .unusable = 0, .invitePending = -1, .loginEnabled = -1, .firstEmails = 1};
        QTest::newRow("notFoundIds")
            << PeopleCase{.file = QStringLiteral("variants/people-not-found-ids.json"), .count = 1,
                          .unusable = 0, .invitePending = -1, .loginEnabled = -1, .firstEmails = 1};
        QTest::newRow("notFoundIds null")
            << PeopleCase{.file = QStringLiteral("variants/people-null-not-found-ids.json"),
                          .count = 1, .unusable = 0, .invitePending = -1, .loginEnabled = -1,
                          .firstEmails = 1};
        QTest::newRow("people without a usable id")
            << PeopleCase{.file = QStringLiteral("variants/people-no-id.json"), .count = 3,
                          .unusable = 2, .invitePending = -1, .loginEnabled = -1, .firstEmails = 1};
        QTest::newRow("wrong types ignored")
            << PeopleCase{.file = QStringLiteral("variants/people-wrong-types.json"), .count = 1,
                          .unusable = 0, .invitePending = -1, .loginEnabled = -1, .firstEmails = 0};
        QTest::newRow("empty")
            << PeopleCase{.file = QStringLiteral("variants/people-empty.json"), .count = 0,
                          .unusable = 0, .invitePending = -1, .loginEnabled = -1, .firstEmails = 0};
        QTest::newRow("items not a list")
            << PeopleCase{.file = QStringLiteral("variants/bad-items-not-array.json"), .count = 0,
                          .unusable = 0, .invitePending = 0, .loginEnabled = 0, .firstEmails = 0,
                          .error = QStringLiteral("items")};
        QTest::newRow("an item not an object")
            << PeopleCase{.file = QStringLiteral("variants/bad-item-not-object.json"), .count = 0,
                          .unusable = 0, .invitePending = 0, .loginEnabled = 0, .firstEmails = 0,
                          .error = QStringLiteral("items[1]")};
        QTest::newRow("not JSON")
            << PeopleCase{.file = QStringLiteral("variants/bad-not-json.txt"), .count = 0,
                          .unusable = 0, .invitePending = 0, .loginEnabled = 0, .firstEmails = 0,
                          .error = QStringLiteral("/v1/people")};
    }
    void people()
    {
        QFETCH(PeopleCase, sample);
        serve(QStringLiteral("/v1/people"), sample.file);
        auto r = test::awaitable<QList<ApiPerson>>();
        m_client->people(1000, r.callback());
        QTRY_VERIFY_WITH_TIMEOUT(r.done(), 10'000);
        QCOMPARE(r.calls(), 1);
        if (!sample.error.isEmpty()) {
            QVERIFY2(!r.ok(), "a bad answer must not read as people");
            QCOMPARE(r.error().kind, ApiError::Kind::Malformed);
            QVERIFY2(r.error().message.contains(sample.error), qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(QLatin1String("/v1/people")), qPrintable(r.error().message));
            return;
        }
        QVERIFY2(r.ok(), r.describe().constData());
        const QList<ApiPerson> people = r.value();
        QCOMPARE(people.size(), sample.count);
        int problems = 0;
        for (const ApiPerson &p : people) {
            problems += p.problem.isEmpty() ? 0 : 1;
            QCOMPARE(p.problem.isEmpty(), !p.id.isEmpty()); // no id <=> reported
        }
        QCOMPARE(problems, sample.unusable);
        if (sample.count == 0)
            return;
        const ApiPerson &first = people.constFirst();
        const auto tri = [](const std::optional<bool> &b) { return b ? int(*b) : -1; };
        QCOMPARE(tri(first.invitePending), sample.invitePending);
        QCOMPARE(tri(first.loginEnabled), sample.loginEnabled);
        QCOMPARE(first.emails.size(), sample.firstEmails);
    }

    // The other endpoints the client reads, with Cisco's examples and bad variants.
    void endpoints_data()
    {
        // expect: "ok:<summary>" or the error's words
        wod::test::addColumns<QString, QString, QString>("endpoint", "file", "expect");
        QTest::newRow("me: Cisco's example") << "me" << "spec/people.me.json" << "ok:John Andersen";
        QTest::newRow("person: Cisco's example") << "person" << "spec/people.get.json" << "ok:John Andersen";
        QTest::newRow("organizations: Cisco's example") << "organizations" << "spec/organizations.list.json" << "ok:1";
        QTest::newRow("organization: Cisco's example") << "organization" << "spec/organizations.get.json" << "ok:Acme, Inc.";
        QTest::newRow("organization without id") << "organization" << "variants/bad-organization-no-id.json" << "id: missing";
        QTest::newRow("roles: Cisco's example") << "roles" << "spec/roles.list.json" << "ok:Full Administrator";
        QTest::newRow("roles without a name") << "roles" << "variants/bad-roles-missing-name.json" << "name: missing";
        QTest::newRow("licenses: Cisco's example") << "licenses" << "spec/licenses.list.json" << "ok:1";
        QTest::newRow("licenses: unknown site type, unknown field") << "licenses" << "variants/licenses-unknown-site-type.json" << "ok:1";
        QTest::newRow("SCIM Bulk: Cisco's example") << "bulk" << "spec/scim.bulk.json" << "ok:201,200,204";
        QTest::newRow("SCIM Bulk: status as a number") << "bulk" << "variants/bulk-status-number.json" << "ok:204";
        QTest::newRow("SCIM Bulk without Operations") << "bulk" << "variants/bad-bulk-no-operations.json" << "Operations";
    }
    void endpoints()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, file);
        QFETCH(QString, expect);
        QString summary;
        std::optional<ApiError> error;
        int calls = 0;
        const auto take = [&](auto &r, auto describe) {
            QTRY_VERIFY_WITH_TIMEOUT(r.done(), 10'000);
            calls = r.calls();
            if (r.ok())
                summary = describe(r.value());
            else
                error = r.error();
        };
        if (endpoint == QLatin1String("me") || endpoint == QLatin1String("person")) {
            serve(endpoint == QLatin1String("me") ? QStringLiteral("/v1/people/me")
                                                  : QStringLiteral("/v1/people/P1"),
                  file);
            auto r = test::awaitable<ApiPerson>();
            if (endpoint == QLatin1String("me"))
                m_client->me(r.callback());
            else
                m_client->person(QStringLiteral("P1"), r.callback());
            take(r, [](const ApiPerson &p) { return p.displayName; });
        } else if (endpoint == QLatin1String("organizations")) {
            serve(QStringLiteral("/v1/organizations"), file);
            auto r = test::awaitable<QList<ApiOrganization>>();
            m_client->organizations(r.callback());
            take(r, [](const QList<ApiOrganization> &v) { return QString::number(v.size()); });
        } else if (endpoint == QLatin1String("organization")) {
            serve(QStringLiteral("/v1/organizations/O1"), file);
            auto r = test::awaitable<ApiOrganization>();
            m_client->organization(QStringLiteral("O1"), r.callback());
            take(r, [](const ApiOrganization &o) { return o.displayName; });
        } else if (endpoint == QLatin1String("roles")) {
            serve(QStringLiteral("/v1/roles"), file);
            auto r = test::awaitable<QList<ApiRole>>();
            m_client->roles(r.callback());
            take(r, [](const QList<ApiRole> &v) { return v.isEmpty() ? QString() : v.first().name; });
        } else if (endpoint == QLatin1String("licenses")) {
            serve(QStringLiteral("/v1/licenses"), file);
            auto r = test::awaitable<QList<ApiLicense>>();
            m_client->licenses(r.callback());
            take(r, [](const QList<ApiLicense> &v) { return QString::number(v.size()); });
        } else {
            serve(QStringLiteral("/identity/scim/96abc2aa-3dcc-11e5-a152-fe34819cdc9a/v2/Bulk"), file);
            auto r = test::awaitable<ScimBulkResult>();
            m_client->scimBulkDelete(kOrg, {QStringLiteral("e9025315-6bea-44e1-899c-1e07454e468b")},
                                     r.callback());
            take(r, [](const ScimBulkResult &b) {
                QStringList s;
                for (const auto &op : b.operations)
                    s << QString::number(op.status);
                return s.join(QLatin1Char(','));
            });
        }
        QCOMPARE(calls, 1);
        if (expect.startsWith(QLatin1String("ok:"))) {
            QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
            QCOMPARE(summary, expect.mid(3));
        } else {
            QVERIFY2(error, qPrintable(QStringLiteral("read as \"%1\"").arg(summary)));
            QCOMPARE(error->kind, ApiError::Kind::Malformed);
            QVERIFY2(error->message.contains(expect), qPrintable(error->message));
        }
    }

    // A max silently capped to a smaller page, and an empty page that still has a next link:
    // the client follows the Link as given until there is none, and reads every person once.
    void cappedPagesAndAnEmptyPageWithNext()
    {
        const QByteArray one = payload(QStringLiteral("variants/people-booleans.json"));
        const QByteArray two = payload(QStringLiteral("variants/people-no-emails.json"));
        const QByteArray empty = payload(QStringLiteral("variants/people-empty.json"));
        m_server->set(QStringLiteral("/v1/people?max=1000"), {200, two, "/v1/people?max=1000&cursor=Y3Vyc29yMg"});
        m_server->set(QStringLiteral("/v1/people?max=1000&cursor=Y3Vyc29yMg"), {200, empty, "/v1/people?max=1000&cursor=Y3Vyc29yMw"});
        m_server->set(QStringLiteral("/v1/people?max=1000&cursor=Y3Vyc29yMw"), {200, one, {}});
        auto r = test::awaitable<QList<ApiPerson>>();
        m_client->people(1000, r.callback());
        QTRY_VERIFY_WITH_TIMEOUT(r.done(), 10'000);
        QVERIFY2(r.ok(), r.describe().constData());
        QCOMPARE(r.value().size(), 3);
        QCOMPARE(m_server->requests(), 3);
    }

    // A person the server listed without an id is refused before anything is sent.
    void aPersonWithoutIdIsNeverSent()
    {
        auto r = test::awaitable<std::monostate>();
        m_client->deletePerson(QString(), r.callback());
        QTRY_VERIFY_WITH_TIMEOUT(r.done(), 10'000);
        QCOMPARE(r.error().kind, ApiError::Kind::Malformed);
        QCOMPARE(m_server->requests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiPayloads)
#include "tst_apipayloads.moc"
