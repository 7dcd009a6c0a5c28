// The log handler in-process: redaction of every secret shape and e-mail addresses before stderr
// and the file, size-capped rotation with N generations, and what --verbose adds.

#include "AppLog.h"
#include "DataColumns.h"
#include "LogRedactor.h"
#include "RotatingLogFile.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <cstdio>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTest, "wod.test", QtInfoMsg)

using wod::log::AppLog;
using wod::log::LogRedactor;

namespace {

// Sends fd 2 into a file while alive; text() reads what was written.
class StderrCapture
{
public:
    StderrCapture()
    {
        std::fflush(stderr);
        m_saved = ::dup(2);
        m_file.open();
        ::dup2(m_file.handle(), 2);
    }
    ~StderrCapture() { restore(); }
    QByteArray text()
    {
        restore();
        QFile f(m_file.fileName());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    void restore()
    {
        if (m_saved < 0)
            return;
        std::fflush(stderr);
        ::dup2(m_saved, 2);
        ::close(m_saved);
        m_saved = -1;
    }
    QTemporaryFile m_file;
    int m_saved = -1;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString kWebexToken = QStringLiteral(
    "NzY3ZTQ5OWUtYzFhMi00ZjQ5LWI4ZjUtOWQ1YzJmMTk0YmIyYmQ0NWE1MzEtZmI4_PF84_1eb65fdf-9643-417f-9974-ad72cae0e10f");

} // namespace

class TestAppLog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { AppLog::uninstall(); }

    void redacts_data()
    {
        wod::test::addColumns<QString, QString>("line", "secret");
        QTest::newRow("bearer") << "Authorization: Bearer abc.DEF-123_xyz" << "abc.DEF-123_xyz";
        QTest::newRow("bearer lower") << "authorization=bearer sEcReT0123456789" << "sEcReT0123456789";
        QTest::newRow("json access") << R"({"access_token":"AT-0123456789abcdef","expires_in":3})" << "AT-0123456789abcdef";
        QTest::newRow("json refresh") << R"({"refresh_token": "RT-0123456789abcdef"})" << "RT-0123456789abcdef";
        QTest::newRow("form refresh") << "grant_type=refresh_token&refresh_token=RT-form-0123456789&client_id=x" << "RT-form-0123456789";
        QTest::newRow("code in url") << "GET /?code=AUTHCODE0123456789&state=abc" << "AUTHCODE0123456789";
        QTest::newRow("verifier") << "code_verifier=VERIFIER-0123456789-abcdefghijklmnopqrstuvwxyzABCDE" << "VERIFIER-0123456789-abcdefghijklmnopqrstuvwxyzABCDE";
        QTest::newRow("client secret") << "client_secret=CS0123456789" << "CS0123456789";
        QTest::newRow("email") << "Signed in as Ada Lovelace (ada.lovelace+admin@example.co.uk)" << "ada.lovelace+admin@example.co.uk";
        QTest::newRow("webex token bare") << QStringLiteral("token was ") + kWebexToken << kWebexToken;
        QTest::newRow("token key") << "token: tok_0123456789abcdef" << "tok_0123456789abcdef";
    }

    void redacts()
    {
        QFETCH(QString, line);
        QFETCH(QString, secret);
        const QString out = LogRedactor::redact(line);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("[redacted")) || out.contains(QLatin1String("[email]")),
                 qPrintable(out));
    }

    void keepsOrdinaryText()
    {
        const QString line = QStringLiteral("GET /v1/people/me 200 status code: 404 in 12 ms, 3 users");
        QCOMPARE(LogRedactor::redact(line), line);
    }

    void redactsRegisteredSecrets()
    {
        const QString token = QStringLiteral("SANDBOX_0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        QVERIFY(LogRedactor::redact(token).contains(token));
        LogRedactor::addSecret(token);
        QVERIFY(!LogRedactor::redact(QStringLiteral("x ") + token + QStringLiteral(" y")).contains(token));
        LogRedactor::removeSecret(token);
        QVERIFY(LogRedactor::redact(token).contains(token));
    }

    void nothingSecretReachesStderrOrFile()
    {
        QTemporaryDir dir;
        wod::log::AppLogOptions options;
        options.directory = dir.path();
        StderrCapture capture;
        QVERIFY(AppLog::install(options));
        const QString file = AppLog::filePath();
        QVERIFY(file.startsWith(dir.path()));
        qCWarning(lcTest) << "token refresh failed for admin@example.com with"
                          << "Bearer" << kWebexToken << "refresh_token=RT-0123456789abcdef";
        qCInfo(lcTest).noquote() << "callback /?code=AUTHCODE0123456789&state=s";
        qWarning("plain qWarning with code_verifier=%s", "VERIFIERVERIFIERVERIFIERVERIFIERVERIFIERVER");
        AppLog::uninstall();
        const QByteArray err = capture.text();
        const QByteArray log = readAll(file);
        for (const QByteArray &written : {err, log}) {
            for (const char *secret : {"admin@example.com", "RT-0123456789abcdef",
                                       "VERIFIERVERIFIERVERIFIERVERIFIERVERIFIERVER"})
                QVERIFY2(!written.contains(secret), written.constData());
            QVERIFY2(!written.contains(kWebexToken.toLatin1()), written.constData());
        }
        QVERIFY2(!log.contains("AUTHCODE0123456789"), log.constData());
        QVERIFY2(err.contains("wod.test: token refresh failed for [email]"), err.constData());
        QVERIFY2(log.contains(" W wod.test: token refresh failed"), log.constData());
        QVERIFY2(log.contains(" I wod.test: callback"), "info goes to the file");
        QVERIFY2(!err.contains("callback"), "info stays off stderr without --verbose");
#ifdef Q_OS_UNIX
        QCOMPARE(QFile(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
#endif
    }

    void verboseAddsDebug()
    {
        QTemporaryDir dir;
        wod::log::AppLogOptions options;
        options.directory = dir.path();
        {
            StderrCapture capture;
            QVERIFY(AppLog::install(options));
            qCDebug(lcTest) << "quiet-debug-line";
            qCInfo(lcTest) << "quiet-info-line";
            AppLog::uninstall();
            const QByteArray err = capture.text();
            const QByteArray log = readAll(QDir(dir.path()).filePath(options.fileName));
            QVERIFY(!log.contains("quiet-debug-line"));
            QVERIFY(log.contains("quiet-info-line"));
            QVERIFY(!err.contains("quiet-debug-line") && !err.contains("quiet-info-line"));
        }
        options.verbose = true;
        StderrCapture capture;
        QVERIFY(AppLog::install(options));
        qCDebug(lcTest) << "verbose-debug-line";
        qCInfo(lcTest) << "verbose-info-line";
        AppLog::uninstall();
        const QByteArray err = capture.text();
        const QByteArray log = readAll(QDir(dir.path()).filePath(options.fileName));
        QVERIFY2(log.contains(" D wod.test: verbose-debug-line"), log.constData());
        QVERIFY(err.contains("wod.test: verbose-debug-line"));
        QVERIFY(err.contains("wod.test: verbose-info-line"));
    }

    void rotates()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("app.log"));
        wod::log::RotatingLogFile file(path, 2048, 3);
        QVERIFY(file.open());
        const QString line = QString(99, QLatin1Char('x'));
        for (int i = 0; i < 200; ++i)
            file.write(QStringLiteral("%1 ").arg(i, 4, 10, QLatin1Char('0')) + line);
        for (int n = 0; n <= 3; ++n) {
            QVERIFY2(QFile::exists(file.generationPath(n)), qPrintable(file.generationPath(n)));
            QVERIFY(QFileInfo(file.generationPath(n)).size() <= 2048);
        }
        QVERIFY2(!QFile::exists(file.generationPath(4)), "only `keep` old files are kept");
        QVERIFY(readAll(path).contains("0199 "));
        // The newest old generation holds the lines just before the current file's.
        const QByteArray current = readAll(path);
        const int firstInCurrent = current.left(4).toInt();
        const QByteArray previous = QByteArray::number(firstInCurrent - 1).rightJustified(4, '0') + QByteArray(" ");
        QVERIFY(readAll(file.generationPath(1)).contains(previous));
        QVERIFY(!readAll(file.generationPath(3)).contains("0000 "));
    }

    void rotatesThroughTheHandler()
    {
        QTemporaryDir dir;
        wod::log::AppLogOptions options;
        options.directory = dir.path();
        options.maxBytes = 4096;
        options.keep = 2;
        QVERIFY(AppLog::install(options));
        for (int i = 0; i < 300; ++i)
            qCInfo(lcTest) << "line" << i << QString(40, QLatin1Char('y'));
        AppLog::uninstall();
        const QString base = QDir(dir.path()).filePath(options.fileName);
        QVERIFY(QFile::exists(base + QStringLiteral(".1")));
        QVERIFY(QFile::exists(base + QStringLiteral(".2")));
        QVERIFY(!QFile::exists(base + QStringLiteral(".3")));
    }
};

QTEST_GUILESS_MAIN(TestAppLog)
#include "tst_applog.moc"
