#include "ProcessRig.h"

#include "RunnerSpies.h"
#include "StateQueries.h"
#include "TestScenarios.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
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
    return test::testOrgScenarioJson(users, faults, overrides);
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
    const quint16 port = m_sandbox.port();
    if (port == 0) {
        m_error = QStringLiteral("no sandbox to restart");
        return false;
    }
    m_sandbox.kill();
    // The same port: the client keeps its --api-url. Qt listens with SO_REUSEADDR, so the port is
    // free again at once even with connections of the killed process in TIME_WAIT.
    return launchSandbox(m_sandboxArgs + QStringList{QStringLiteral("--port"), QString::number(port)});
}

bool ProcessRig::launchSandbox(const QStringList &args)
{
    if (m_sandbox.start(QStringLiteral(WOD_SANDBOX_PATH), args))
        return true;
    m_error = m_sandbox.error();
    return false;
}

void ProcessRig::stopSandbox()
{
    m_sandbox.stop();
}

QString ProcessRig::apiUrl() const
{
    return m_sandbox.apiUrl().toString();
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
    const QString token = test::renewSandboxToken(m_nam.get(), m_sandbox.apiUrl());
    if (token.isEmpty())
        return false;
    m_token = token;
    return writePrivate(tokenFile(), token.toUtf8() + '\n');
}

QJsonObject ProcessRig::state()
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/_sandbox/state").arg(m_sandbox.port())));
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
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/_sandbox/faults").arg(m_sandbox.port())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_nam->post(request, QJsonDocument(faults).toJson(QJsonDocument::Compact));
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000);
    const bool ok = finished && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    reply->deleteLater();
    return ok;
}

int ProcessRig::usersIn(const QJsonObject &state, const QString &userState)
{
    return test::usersInState(state, userState);
}

QString ProcessRig::checkNoUserTwice(const QJsonObject &state)
{
    return test::checkNoUserTwice(state);
}

QString ProcessRig::checkFinalState(const QJsonObject &state, const QString &userState,
                                    bool orgDeleted)
{
    return test::checkRunResult(state, userState, orgDeleted);
}

QProcessEnvironment ProcessRig::clientEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WEBEX_ACCESS_TOKEN"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(m_clientEnv);
    return env;
}

bool ProcessRig::startClient(QProcess &p, const QStringList &args, QString *error) const
{
    p.setProcessEnvironment(clientEnvironment());
    p.start(QStringLiteral(WOD_APP_PATH), args);
    if (p.waitForStarted(10'000))
        return true;
    *error = p.errorString();
    return false;
}

ClientRun ProcessRig::endClient(QProcess &p)
{
    const bool finished = p.state() == QProcess::NotRunning;
    if (!finished) {
        p.kill();
        p.waitForFinished(5'000);
    }
    ClientRun run;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    run.exitCode = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return run;
}

ClientRun ProcessRig::runClient(const QStringList &args, int timeoutMs)
{
    QProcess p;
    QString error;
    if (!startClient(p, args, &error))
        return ClientRun{-1, {}, error.toUtf8()};
    // Spin the event loop while waiting: the test may also host QNetworkAccessManager work.
    (void)QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs);
    return endClient(p);
}

ClientRun ProcessRig::runClientWithAction(const QStringList &args,
                                          const std::function<bool(const QJsonObject &)> &when,
                                          const std::function<void()> &action, bool *fired,
                                          int timeoutMs)
{
    *fired = false;
    QProcess p;
    QString error;
    if (!startClient(p, args, &error))
        return ClientRun{-1, {}, error.toUtf8()};
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
    m_clientPid = 0;
    return endClient(p);
}

bool ProcessRig::runClientAndKill(const QStringList &args,
                                  const std::function<bool(const QJsonObject &)> &killWhen,
                                  QString *why, int timeoutMs)
{
    QProcess p;
    if (!startClient(p, args, why))
        return false;
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
