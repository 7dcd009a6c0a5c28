#include "BackendLauncher.h"

#include "ApiClient.h"
#include "AppLogging.h"
#include "ScenarioLoader.h"

#if defined(WOD_HAVE_SANDBOX)
#include "EmbeddedSandbox.h"
#include "FaultConfig.h"
#include "OAuthEndpoints.h"
#endif

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QtGlobal>

namespace wod {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wod::BackendLauncher", text);
}
} // namespace

#if defined(WOD_HAVE_SANDBOX)
struct BackendLauncher::PreparedSandbox
{
    Scenario scenario;
    sandbox::FaultConfig faults;
};
#else
namespace sandbox {
class EmbeddedSandbox
{
};
} // namespace sandbox
struct BackendLauncher::PreparedSandbox
{
};
#endif
BackendLauncher::BackendLauncher() = default;
BackendLauncher::~BackendLauncher() = default;

bool BackendLauncher::readTokenFile(const QString &path, QString *token, QString *error,
                                    QString *warning)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the token file %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
        *warning = tr("Warning: the token file %1 can be read by other users; restrict it with "
                      "chmod 600.")
                       .arg(path);
    }
    // A token is one line; editors and `echo` add a newline, which must not reach the header.
    const QByteArray data = file.read(64 * 1024);
    const QString first = QString::fromUtf8(data.left(data.indexOf('\n') < 0 ? data.size()
                                                                              : data.indexOf('\n')))
                              .trimmed();
    if (first.isEmpty()) {
        *error = tr("The token file %1 is empty.").arg(path);
        return false;
    }
    *token = first;
    return true;
}

bool BackendLauncher::resolveOAuth(const AppOptions &options, QString *error)
{
    if (!options.clientSecretFile.isEmpty()) {
        QString warning;
        if (!readTokenFile(options.clientSecretFile, &m_oauth.clientSecret, error, &warning))
            return false;
        if (!warning.isEmpty())
            m_warnings << warning;
    }
    if (!options.clientId.isEmpty())
        m_oauth.clientId = options.clientId;
    if (!options.authorizeUrl.isEmpty())
        m_oauth.authorizeUrl = QUrl(options.authorizeUrl);
    if (!options.tokenUrl.isEmpty())
        m_oauth.tokenUrl = QUrl(options.tokenUrl);
    if (!options.scopes.isEmpty())
        m_oauth.scopes = options.scopes;
    m_oauth.redirectPort = options.redirectPort;
    // The environment's secret belongs to the admin's real integration: it is never posted to a
    // token endpoint on loopback (the embedded sandbox, or anything else listening there).
    const QString tokenHost = m_oauth.tokenUrl.host();
    const bool loopbackTokenEndpoint = QHostAddress(tokenHost).isLoopback()
                                       || tokenHost == QLatin1String("localhost");
    if (options.clientSecretFile.isEmpty() && m_oauth.clientSecret.isEmpty() && !loopbackTokenEndpoint)
        m_oauth.clientSecret = qEnvironmentVariable("WEBEX_CLIENT_SECRET").trimmed();
    qCDebug(lcApp) << "Sign in with Webex:" << (m_oauth.isComplete() ? "configured" : "no client id")
                   << "authorize" << m_oauth.authorizeUrl.toDisplayString();
    return true;
}

bool BackendLauncher::start(const AppOptions &options, bool requireToken, QString *error,
                            int *exitCode)
{
    return start(options, requireToken, error, exitCode, false);
}

bool BackendLauncher::startDeferred(const AppOptions &options, QString *error, int *exitCode)
{
    return start(options, false, error, exitCode, true);
}

void BackendLauncher::launchSandbox(SandboxReady ready)
{
    Q_ASSERT(ready && m_sandboxPending && m_prepared && !m_sandbox);
#if defined(WOD_HAVE_SANDBOX)
    const std::unique_ptr<PreparedSandbox> prepared = std::move(m_prepared);
    m_sandbox = sandbox::EmbeddedSandbox::startInBackground(
        std::move(prepared->scenario), prepared->faults,
        [this, ready = std::move(ready)](bool ok, const QString &why) {
            m_sandboxPending = false;
            QString message;
            if (!ok) {
                ready(false, tr("The embedded sandbox could not start: %1").arg(why),
                      ExitCode::NetworkOrAuth);
                return;
            }
            if (!takeSandboxEndpoint(m_options, &message)) {
                ready(false, message, ExitCode::UsageOrInput);
                return;
            }
            ready(true, QString(), 0);
        });
#else
    Q_UNUSED(ready);
#endif
}

bool BackendLauncher::takeSandboxEndpoint(const AppOptions &options, QString *error)
{
#if defined(WOD_HAVE_SANDBOX)
    m_connection = net::ApiConnection{m_sandbox->baseUrl(), m_sandbox->token(), true, m_scenarioName};
    m_oauth = auth::OAuthSettings::sandbox(m_sandbox->baseUrl(),
                                           sandbox::OAuthEndpoints::defaultClientId());
    if (!resolveOAuth(options, error))
        return false;
    qCInfo(lcApp) << "Embedded sandbox serving" << m_scenarioName;
    return true;
#else
    Q_UNUSED(options);
    Q_UNUSED(error);
    return false;
#endif
}

bool BackendLauncher::start(const AppOptions &options, bool requireToken, QString *error,
                            int *exitCode, bool deferSandbox)
{
    m_warnings.clear();
    if (!options.apiUrl.isEmpty()) {
        const QUrl url(options.apiUrl);
        QString why;
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
            *error = tr("--api-url %1 is not a URL such as https://webexapis.com/v1.").arg(options.apiUrl);
            *exitCode = ExitCode::UsageOrInput;
            return false;
        }
        if (!net::ApiClient::isAllowedBaseUrl(url, &why)) {
            *error = tr("--api-url refused: %1").arg(why);
            *exitCode = ExitCode::UsageOrInput;
            return false;
        }
        QString token;
        if (!options.tokenFile.isEmpty()) {
            QString warning;
            if (!readTokenFile(options.tokenFile, &token, error, &warning)) {
                *exitCode = ExitCode::NetworkOrAuth;
                return false;
            }
            if (!warning.isEmpty())
                m_warnings << warning;
        } else {
            token = qEnvironmentVariable("WEBEX_ACCESS_TOKEN").trimmed();
        }
        m_oauth = auth::OAuthSettings::webex(QString());
        if (!resolveOAuth(options, error)) {
            *exitCode = ExitCode::UsageOrInput;
            return false;
        }
        if (token.isEmpty() && requireToken) {
            *error = tr("No access token: pass --token-file FILE or set WEBEX_ACCESS_TOKEN.");
            *exitCode = ExitCode::NetworkOrAuth;
            return false;
        }
        m_connection = net::ApiConnection{url, token, false, QString()};
        return true;
    }

    const QString path = options.scenarioPath.isEmpty() ? QStringLiteral(":/scenarios/demo.json")
                                                        : options.scenarioPath;
    // Load first: a bad scenario must fail with its own clear message before any server starts.
    auto scenario = ScenarioLoader::loadFile(path, error);
    if (!scenario) {
        *exitCode = ExitCode::UsageOrInput;
        return false;
    }
#if defined(WOD_HAVE_SANDBOX)
    const auto faults = sandbox::FaultConfig::fromJson(scenario->faults, error);
    if (!faults) {
        *error = QFileInfo(path).fileName() + QStringLiteral(": ") + *error;
        *exitCode = ExitCode::UsageOrInput;
        return false;
    }
    m_scenarioName = QFileInfo(path).fileName();
    if (deferSandbox) {
        // The option errors come now, before any window; the URLs are filled in once it listens.
        m_oauth = auth::OAuthSettings::sandbox(QUrl(), sandbox::OAuthEndpoints::defaultClientId());
        if (!resolveOAuth(options, error)) {
            *exitCode = ExitCode::UsageOrInput;
            return false;
        }
        m_connection = net::ApiConnection{QUrl(), QString(), true, m_scenarioName};
        m_prepared.reset(new PreparedSandbox{std::move(*scenario), *faults});
        m_options = options;
        m_sandboxPending = true;
        return true;
    }
    m_sandbox = sandbox::EmbeddedSandbox::start(std::move(*scenario), *faults, error);
    if (!m_sandbox) {
        *error = tr("The embedded sandbox could not start: %1").arg(*error);
        *exitCode = ExitCode::NetworkOrAuth;
        return false;
    }
    if (!takeSandboxEndpoint(options, error)) {
        *exitCode = ExitCode::UsageOrInput;
        return false;
    }
    return true;
#else
    *error = tr("This build has no embedded sandbox; use --api-url.");
    *exitCode = ExitCode::UsageOrInput;
    return false;
#endif
}

} // namespace wod
