#include "ProcessRig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QtTest>

namespace wod::faults {

namespace {

bool writePrivate(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(data) == data.size();
}

} // namespace

QString ClientRun::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
}

ProcessRig::ProcessRig() : m_nam(std::make_unique<QNetworkAccessManager>()) {}

ProcessRig::~ProcessRig()
{
    stopSandbox();
}

QJsonObject ProcessRig::scenario(int users, const QJsonObject &faults, const QJsonObject &overrides)
{
    QJsonObject s{
        {QStringLiteral("org"),
         QJsonObject{{QStringLiteral("id"),
                      QStringLiteral("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8wMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDBhYmM")},
                     {QStringLiteral("displayName"), QStringLiteral("Test Org")},
                     {QStringLiteral("created"), QStringLiteral("2026-09-14T09:30:00.000Z")}}},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@testorg.example")},
                     {QStringLiteral("displayName"), QStringLiteral("Test Admin")},
                     {QStringLiteral("roles"), QJsonArray{QStringLiteral("Full Administrator")}},
                     {QStringLiteral("partnerOrg"), QJsonValue::Null}}},
        {QStringLiteral("subscriptions"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("Sub-FREE-1")},
                                {QStringLiteral("type"), QStringLiteral("free")},
                                {QStringLiteral("status"), QStringLiteral("active")}}}},
        {QStringLiteral("users"), QJsonArray()},
        {QStringLiteral("generatedUsers"), users},
        {QStringLiteral("linkedSites"), QJsonArray()},
        {QStringLiteral("directorySync"), false},
        {QStringLiteral("managedBy"), QJsonArray()},
        {QStringLiteral("managedOrgs"), QJsonArray()},
    };
    if (!faults.isEmpty())
        s.insert(QStringLiteral("faults"), faults);
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        s.insert(it.key(), it.value());
    return s;
}

bool ProcessRig::startSandbox(const QJsonObject &scenario, const QStringList &flags)
{
    stopSandbox();
    const QString scenarioPath = m_dir.filePath(QStringLiteral("scenario.json"));
    m_token = QStringLiteral("fault-test-token-0123456789");
    if (!writePrivate(scenarioPath, QJsonDocument(scenario).toJson())
        || !writePrivate(tokenFile(), m_token.toUtf8() + '\n')) {
        m_error = QStringLiteral("cannot write into %1").arg(m_dir.path());
        return false;
    }
    m_sandboxArgs = QStringList{QStringLiteral("--scenario"), scenarioPath,
                                QStringLiteral("--token-file"), tokenFile()}
        + flags;
    return launchSandbox(m_sandboxArgs);
}

bool ProcessRig::killAndRestartSandbox()
{
    if (!m_sandbox || m_port == 0) {
        m_error = QStringLiteral("no sandbox to restart");
        return false;
    }
    m_sandbox->kill();
    m_sandbox->waitForFinished(5'000);
    m_sandbox.reset();
    // The same port: the client keeps its --api-url. Qt listens with SO_REUSEADDR, so the port is
    // free again at once even with connections of the killed process in TIME_WAIT.
    return launchSandbox(m_sandboxArgs + QStringList{QStringLiteral("--port"), QString::number(m_port)});
}

bool ProcessRig::launchSandbox(const QStringList &args)
{
    m_sandbox = std::make_unique<QProcess>();
    m_sandbox->setProcessChannelMode(QProcess::SeparateChannels);
    m_sandbox->start(QStringLiteral(WOD_SANDBOX_PATH), args);
    if (!m_sandbox->waitForStarted(10'000)) {
        m_error = m_sandbox->errorString();
        return false;
    }
    QByteArray out;
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20'000) {
        if (!m_sandbox->waitForReadyRead(200) && m_sandbox->state() != QProcess::Running)
            break;
        out += m_sandbox->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_error = QStringLiteral("the sandbox did not start: %1 %2")
                  .arg(QString::fromUtf8(out), QString::fromUtf8(m_sandbox->readAllStandardError()));
    return false;
}

void ProcessRig::stopSandbox()
{
    if (!m_sandbox)
        return;
    if (m_sandbox->state() != QProcess::NotRunning) {
        m_sandbox->terminate();
        if (!m_sandbox->waitForFinished(5'000)) {
            m_sandbox->kill();
            m_sandbox->waitForFinished(5'000);
        }
    }
    m_sandbox.reset();
}

QString ProcessRig::apiUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port);
}

QString ProcessRig::tokenFile() const
{
    return m_dir.filePath(QStringLiteral("token"));
}

QStringList ProcessRig::backendArgs() const
{
    return {QStringLiteral("--api-url"), apiUrl(), QStringLiteral("--token-file"), tokenFile()};
}

bool ProcessRig::renewToken()
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/_sandbox/renewToken").arg(m_port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_nam->post(request, QByteArray("{}"));
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000);
    const QString token = finished
        ? QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("token")).toString()
        : QString();
    reply->deleteLater();
    if (token.isEmpty())
        return false;
    m_token = token;
    return writePrivate(tokenFile(), token.toUtf8() + '\n');
}

QJsonObject ProcessRig::state()
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/_sandbox/state").arg(m_port)));
    QNetworkReply *reply = m_nam->get(request);
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000);
    const QJsonObject state = finished ? QJsonDocument::fromJson(reply->readAll()).object() : QJsonObject();
    if (!finished)
        reply->abort();
    reply->deleteLater();
    return state;
}

bool ProcessRig::setFaults(const QJsonObject &faults)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/_sandbox/faults").arg(m_port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_nam->post(request, QJsonDocument(faults).toJson(QJsonDocument::Compact));
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000);
    const bool ok = finished && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    reply->deleteLater();
    return ok;
}

int ProcessRig::usersIn(const QJsonObject &state, const QString &userState)
{
    int n = 0;
    for (const QJsonValue &v : state.value(QLatin1String("users")).toArray())
        n += v.toObject().value(QLatin1String("state")).toString() == userState ? 1 : 0;
    return n;
}

QString ProcessRig::checkNoUserTwice(const QJsonObject &state)
{
    QStringList problems;
    const QString actorId =
        state.value(QLatin1String("actor")).toObject().value(QLatin1String("id")).toString();
    for (const QJsonValue &v : state.value(QLatin1String("users")).toArray()) {
        const QJsonObject u = v.toObject();
        const int transitions = u.value(QLatin1String("transitions")).toInt();
        if (u.value(QLatin1String("id")).toString() == actorId ? transitions != 0 : transitions > 1)
            problems << QStringLiteral("%1: %2 transitions")
                            .arg(u.value(QLatin1String("email")).toString())
                            .arg(transitions);
    }
    return problems.join(QStringLiteral("; "));
}

QString ProcessRig::checkFinalState(const QJsonObject &state, const QString &userState,
                                    bool orgDeleted)
{
    if (state.isEmpty())
        return QStringLiteral("no state from the sandbox");
    QStringList problems;
    const QString actorId =
        state.value(QLatin1String("actor")).toObject().value(QLatin1String("id")).toString();
    int users = 0;
    for (const QJsonValue &v : state.value(QLatin1String("users")).toArray()) {
        const QJsonObject u = v.toObject();
        const QString s = u.value(QLatin1String("state")).toString();
        const int transitions = u.value(QLatin1String("transitions")).toInt();
        const QString email = u.value(QLatin1String("email")).toString();
        if (u.value(QLatin1String("id")).toString() == actorId) {
            if (s != QLatin1String("active") || transitions != 0)
                problems << QStringLiteral("actor %1 is %2 (%3 transitions)").arg(email, s).arg(transitions);
            continue;
        }
        ++users;
        if (s != userState || transitions != 1)
            problems << QStringLiteral("%1 is %2 (%3 transitions)").arg(email, s).arg(transitions);
        if (problems.size() > 5)
            break;
    }
    int lastUserEvent = -1;
    int userEvents = 0;
    int accepted = -1;
    int acceptedCount = 0;
    for (const QJsonValue &v : state.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString kind = e.value(QLatin1String("kind")).toString();
        const int seq = e.value(QLatin1String("seq")).toInt();
        if (kind.startsWith(QLatin1String("user_"))) {
            ++userEvents;
            lastUserEvent = std::max(lastUserEvent, seq);
        } else if (kind == QLatin1String("org_delete_accepted")) {
            accepted = seq;
            ++acceptedCount;
        }
    }
    if (userEvents != users)
        problems << QStringLiteral("%1 user events for %2 users").arg(userEvents).arg(users);
    const QString orgState =
        state.value(QLatin1String("org")).toObject().value(QLatin1String("state")).toString();
    if (orgDeleted) {
        if (acceptedCount != 1 || accepted < lastUserEvent)
            problems << QStringLiteral("org DELETE accepted %1 times, at event %2, last user event %3")
                            .arg(acceptedCount)
                            .arg(accepted)
                            .arg(lastUserEvent);
        if (orgState != QLatin1String("deleting") && orgState != QLatin1String("deleted"))
            problems << QStringLiteral("org is %1").arg(orgState);
    } else if (acceptedCount != 0 || orgState != QLatin1String("active")) {
        problems << QStringLiteral("org should be intact but is %1").arg(orgState);
    }
    return problems.join(QStringLiteral("; "));
}

QProcessEnvironment ProcessRig::clientEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WEBEX_ACCESS_TOKEN"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(m_clientEnv);
    return env;
}

ClientRun ProcessRig::runClient(const QStringList &args, int timeoutMs)
{
    ClientRun run;
    QProcess p;
    p.setProcessEnvironment(clientEnvironment());
    p.start(QStringLiteral(WOD_APP_PATH), args);
    if (!p.waitForStarted(10'000)) {
        run.err = p.errorString().toUtf8();
        return run;
    }
    // Spin the event loop while waiting: the test may also host QNetworkAccessManager work.
    const bool finished =
        QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished(5'000);
    }
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    run.exitCode = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return run;
}

ClientRun ProcessRig::runClientWithAction(const QStringList &args,
                                          const std::function<bool(const QJsonObject &)> &when,
                                          const std::function<void()> &action, bool *fired,
                                          int timeoutMs)
{
    ClientRun run;
    *fired = false;
    QProcess p;
    p.setProcessEnvironment(clientEnvironment());
    p.start(QStringLiteral(WOD_APP_PATH), args);
    if (!p.waitForStarted(10'000)) {
        run.err = p.errorString().toUtf8();
        return run;
    }
    m_clientPid = p.processId();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs && p.state() != QProcess::NotRunning) {
        if (!*fired && when(state())) {
            action();
            *fired = true;
        } else if (*fired) {
            QTest::qWait(20);
        }
    }
    const bool finished = p.state() == QProcess::NotRunning;
    m_clientPid = 0;
    if (!finished) {
        p.kill();
        p.waitForFinished(5'000);
    }
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    run.exitCode = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return run;
}

bool ProcessRig::runClientAndKill(const QStringList &args,
                                  const std::function<bool(const QJsonObject &)> &killWhen,
                                  QString *why, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(clientEnvironment());
    p.start(QStringLiteral(WOD_APP_PATH), args);
    if (!p.waitForStarted(10'000)) {
        *why = p.errorString();
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    bool killed = false;
    while (clock.elapsed() < timeoutMs) {
        if (p.state() == QProcess::NotRunning)
            break;
        if (killWhen(state())) {
            p.kill(); // SIGKILL: no handler, no flush, no goodbye
            killed = true;
            break;
        }
    }
    if (!killed && p.state() != QProcess::NotRunning)
        p.kill();
    p.waitForFinished(10'000);
    if (!killed)
        *why = QStringLiteral("the client ended (exit %1) before the kill point: %2")
                   .arg(p.exitCode())
                   .arg(QString::fromUtf8(p.readAllStandardError().right(1500)));
    return killed;
}

} // namespace wod::faults
