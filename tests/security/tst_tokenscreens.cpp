// The token on screen and in screenshots. OCR is not available, so the proof is structural:
//  - the sign-in field that takes a token is password-masked: what it displays (displayText()),
//    what accessibility tools read (QAccessible value) and every label of the dialog hold no part
//    of the token, the field is emptied once the token is handed over, and no file under HOME
//    (QSettings included) holds it afterwards;
//  - the screenshot baselines carry no text artefact with a token: no PNG text chunk (tEXt, zTXt,
//    iTXt) and no text file next to them contains "Bearer" or a sandbox token of the bundled
//    scenarios.

#include "FileWalk.h"
#include "SignInDialog.h"

#include <QAccessible>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QtEndian>
#include <QtTest>

namespace {

const QString kToken = QStringLiteral("screen-test-token-7b1e9c2d4f6a8e0b3c5d7f9a1b3c5d7e");

// The text chunks of a PNG file (keyword and text, raw bytes; zTXt/iTXt compressed text stays
// compressed, which still cannot hide an ASCII token from a plain scan of the uncompressed ones).
QList<QByteArray> pngTextChunks(const QByteArray &png)
{
    QList<QByteArray> out;
    qsizetype pos = 8; // signature
    while (pos + 12 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + pos);
        const QByteArray type = png.mid(pos + 4, 4);
        if (pos + 12 + qsizetype(length) > png.size())
            break;
        if (type == "tEXt" || type == "zTXt" || type == "iTXt")
            out << png.mid(pos + 8, length);
        pos += 12 + length;
    }
    return out;
}

QStringList scenarioTokens()
{
    QStringList tokens;
    wod::test::readEachFile(QStringLiteral(WOD_SOURCE_DIR "/resources"), {QStringLiteral("*.json")},
                            QDir::Files, [&](const QString &, const QByteArray &content) {
                                const QString token = QJsonDocument::fromJson(content)
                                                          .object()
                                                          .value(QLatin1String("sandbox"))
                                                          .toObject()
                                                          .value(QLatin1String("token"))
                                                          .toString();
                                if (!token.isEmpty())
                                    tokens << token;
                            });
    return tokens;
}

} // namespace

class TestTokenScreens : public QObject
{
    Q_OBJECT

private slots:
    void signInFieldIsMaskedAndCleared()
    {
        wod::ui::SignInDialog dialog(QStringLiteral("https://webexapis.example/v1"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"));
        QVERIFY2(edit, "the token field (objectName tokenLineEdit) is gone");
        QString handedOver;
        connect(&dialog, &wod::ui::SignInDialog::tokenEntered, this,
                [&](const QString &t) { handedOver = t; });
        QTest::keyClicks(edit, kToken);
        QCOMPARE(edit->text(), kToken);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY2(!edit->displayText().contains(kToken.left(8)), qPrintable(edit->displayText()));
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(edit);
        QVERIFY(a);
        QVERIFY2(!a->text(QAccessible::Value).contains(kToken.left(8)), "screen readers would read the token");
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(kToken.left(8)), qPrintable(label->objectName()));
        // Every other line edit of the dialog (e.g. one that shows a URL) never shows it.
        for (const QLineEdit *other : dialog.findChildren<QLineEdit *>()) {
            if (other != edit)
                QVERIFY(!other->displayText().contains(kToken.left(8)));
        }
        dialog.accept();
        QCOMPARE(handedOver, kToken);
        QVERIFY2(edit->text().isEmpty(), "the field still holds the token after sign-in");

        // Nothing the dialog (or Qt for it) saved holds the token: settings, caches, state files.
        QSettings().sync();
        QStringList holding;
        const QStringList unreadable = wod::test::readEachFile(
            QDir::homePath(), {}, QDir::Files | QDir::Hidden,
            [&](const QString &path, const QByteArray &content) {
                if (content.contains(kToken.toUtf8()))
                    holding << path;
            });
        QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(QLatin1Char('\n'))));
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char('\n'))));
    }

    void screenshotArtefactsHoldNoToken()
    {
        QStringList needles = scenarioTokens();
        needles << QStringLiteral("Bearer ") << kToken;
        int pngs = 0;
        QStringList hits;
        const QStringList unreadable = wod::test::readEachFile(
            QStringLiteral(WOD_SOURCE_DIR "/tests/screenshots"), {}, QDir::Files,
            [&](const QString &path, const QByteArray &data) {
                QList<QByteArray> texts;
                if (path.endsWith(QLatin1String(".png"))) {
                    ++pngs;
                    texts = pngTextChunks(data);
                } else if (!path.endsWith(QLatin1String(".cpp")) &&
                           !path.endsWith(QLatin1String(".h"))) {
                    texts << data; // manifests, READMEs, metadata next to the images
                }
                for (const QByteArray &text : std::as_const(texts)) {
                    for (const QString &needle : std::as_const(needles)) {
                        if (text.contains(needle.toUtf8()))
                            hits << path + QStringLiteral(": ") + needle.left(12);
                    }
                }
            });
        QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(QLatin1Char('\n'))));
        QVERIFY2(pngs > 0, "no screenshot baselines found to check");
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTokenScreens)
#include "tst_tokenscreens.moc"
