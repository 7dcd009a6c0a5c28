// TLS errors are never ignored: webex-org-delete pointed at an https server on 127.0.0.1 that
// presents a self-signed certificate (made with the openssl command at test time) refuses the
// connection: it exits 4 naming the certificate problem, and the server never receives a single
// decrypted byte, so no request and no Authorization header (the token) ever left the client.

#include "ProcessRig.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtTest>

using wod::faults::ClientRun;
using wod::faults::ProcessRig;

namespace {

// An https server with one certificate: counts handshakes and keeps every decrypted byte.
class SelfSignedServer : public QTcpServer
{
public:
    SelfSignedServer(const QSslCertificate &cert, const QSslKey &key) : m_cert(cert), m_key(key) {}

    int connections = 0;
    int encrypted = 0;
    QByteArray received;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        ++connections;
        socket->setLocalCertificate(m_cert);
        socket->setPrivateKey(m_key);
        connect(socket, &QSslSocket::encrypted, this, [this] { ++encrypted; });
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { received += socket->readAll(); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_cert;
    QSslKey m_key;
};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void selfSignedServerIsRefused()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "the openssl command is needed (Debian package openssl)");

        ProcessRig rig; // for its temporary folder and the client runner
        const QString certPath = rig.path(QStringLiteral("cert.pem"));
        const QString keyPath = rig.path(QStringLiteral("key.pem"));
        QProcess gen;
        gen.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                            keyPath, QStringLiteral("-out"), certPath, QStringLiteral("-days"),
                            QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(gen.waitForFinished(60'000));
        QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
        QFile certFile(certPath);
        QFile keyFile(keyPath);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!cert.isNull() && !key.isNull());

        SelfSignedServer server(cert, key);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QFile token(rig.tokenFile());
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("tls-test-token-c0ffee-0123456789\n");
        token.close();

        const QString url = QStringLiteral("https://127.0.0.1:%1/v1").arg(server.serverPort());
        const ClientRun run = rig.runClient({QStringLiteral("--check"), QStringLiteral("--api-url"), url,
                                             QStringLiteral("--token-file"), rig.tokenFile()},
                                            60'000);
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QVERIFY2(server.connections > 0, "the client never tried the server");
        QVERIFY2(server.received.isEmpty(),
                 qPrintable(QStringLiteral("the server read plaintext: ") + QString::fromUtf8(server.received.left(200))));
        const QString err = QString::fromUtf8(run.err + run.out).toLower();
        QVERIFY2(err.contains(QLatin1String("certificate")) || err.contains(QLatin1String("ssl"))
                     || err.contains(QLatin1String("tls")),
                 qPrintable(run.describe()));
        QVERIFY(!run.err.contains("tls-test-token"));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
