// resources/api/openapi.yaml and the sandbox agree: every route the server answers is a path of
// the contract, with the same method, and the six 409 messages appear there verbatim.

#include "ApiRoutes.h"
#include "DataColumns.h"
#include "FaultConfig.h"
#include "SandboxState.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace wod::sandbox;

class TestSandboxContract : public QObject
{
    Q_OBJECT

private:
    QString m_yaml;

    // The methods listed under `path:` in the paths section (a light reading of the YAML).
    QStringList methodsOf(const QString &path) const
    {
        const QStringList lines = m_yaml.split(QLatin1Char('\n'));
        QStringList methods;
        bool inside = false;
        static const QRegularExpression method(QStringLiteral("^    (get|post|delete|put|patch):"));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("  /"))) {
                inside = line == QStringLiteral("  %1:").arg(path);
                continue;
            }
            if (inside && !line.startsWith(QLatin1String("    ")) && !line.trimmed().isEmpty())
                inside = false;
            const auto m = method.match(line);
            if (inside && m.hasMatch())
                methods.append(m.captured(1).toUpper());
        }
        return methods;
    }

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(WOD_OPENAPI_FILE));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        m_yaml = QString::fromUtf8(f.readAll());
        QVERIFY(m_yaml.startsWith(QLatin1String("openapi: 3.0")));
    }

    void everyRouteIsDocumented_data()
    {
        // path: a concrete request path
        // contractPath: the path key in the contract
        wod::test::addColumns<QString, QString, QString>("method", "path", "contractPath");
        const struct
        {
            const char *method, *path, *tmpl;
        } rows[] = {
            {"GET", "/v1/people/me", "/v1/people/me"},
            {"GET", "/v1/people", "/v1/people"},
            {"GET", "/v1/people/abc", "/v1/people/{personId}"},
            {"DELETE", "/v1/people/abc", "/v1/people/{personId}"},
            {"GET", "/v1/organizations", "/v1/organizations"},
            {"GET", "/v1/organizations/o", "/v1/organizations/{orgId}"},
            {"DELETE", "/v1/organizations/o", "/v1/organizations/{orgId}"},
            {"GET", "/v1/roles", "/v1/roles"},
            {"GET", "/v1/licenses", "/v1/licenses"},
            {"POST", "/identity/scim/u/v2/Bulk", "/identity/scim/{orgUuid}/v2/Bulk"},
            {"GET", "/v1/controlHub/organizations/o/subscriptions",
             "/v1/controlHub/organizations/{orgId}/subscriptions"},
            {"GET", "/v1/controlHub/organizations/o/linkedSites",
             "/v1/controlHub/organizations/{orgId}/linkedSites"},
            {"GET", "/v1/controlHub/organizations/o/directorySync",
             "/v1/controlHub/organizations/{orgId}/directorySync"},
            {"GET", "/v1/controlHub/organizations/o/managedBy",
             "/v1/controlHub/organizations/{orgId}/managedBy"},
            {"GET", "/v1/controlHub/organizations/o/managedOrgs",
             "/v1/controlHub/organizations/{orgId}/managedOrgs"},
            {"POST", "/v1/controlHub/organizations/o/people/p/convert",
             "/v1/controlHub/organizations/{orgId}/people/{personId}/convert"},
        };
        for (const auto &r : rows)
            QTest::newRow(qPrintable(
                QStringLiteral("%1 %2").arg(QLatin1String(r.method), QLatin1String(r.tmpl))))
                << QString::fromLatin1(r.method) << QString::fromLatin1(r.path)
                << QString::fromLatin1(r.tmpl);
    }
    void everyRouteIsDocumented()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, contractPath);
        QVERIFY2(ApiRoutes::routeName(method, path) != QLatin1String("unmatched"),
                 qPrintable(path));
        QVERIFY2(methodsOf(contractPath).contains(method),
                 qPrintable(
                     QStringLiteral("%1 %2 missing from openapi.yaml").arg(method, contractPath)));
    }

    void sandboxEndpointsDocumented()
    {
        QCOMPARE(methodsOf(QStringLiteral("/_sandbox/state")), QStringList{QStringLiteral("GET")});
        QCOMPARE(methodsOf(QStringLiteral("/_sandbox/renewToken")),
                 QStringList{QStringLiteral("POST")});
        QCOMPARE(methodsOf(QStringLiteral("/_sandbox/faults")),
                 (QStringList{QStringLiteral("GET"), QStringLiteral("POST")}));
    }

    void conflictMessagesVerbatim()
    {
        for (const QString &code : FaultConfig::conflictCodes()) {
            const QString message = SandboxState::conflictMessage(code);
            QVERIFY2(!message.isEmpty(), qPrintable(code));
            QVERIFY2(m_yaml.contains(QStringLiteral("| `%1` | %2 |").arg(code, message)),
                     qPrintable(message));
        }
    }

    void everyFaultKeyDocumented()
    {
        const QJsonObject keys = FaultConfig{}.toJson();
        for (auto it = keys.begin(); it != keys.end(); ++it)
            QVERIFY2(m_yaml.contains(QStringLiteral("        %1: {").arg(it.key())) ||
                         m_yaml.contains(QStringLiteral("        %1:\n").arg(it.key())),
                     qPrintable(it.key()));
    }
};

QTEST_GUILESS_MAIN(TestSandboxContract)
#include "tst_sandboxcontract.moc"
