// The Qt Linguist catalogues in resources/translations are complete and consistent, and
// installTranslations() really switches the language:
//   - every message of German and French is finished and non-empty, none is obsolete or vanished;
//   - every translation keeps exactly the source's %1..%99 placeholders, %n for plurals, and a
//     rich-text source keeps its tags; a numerus message has the language's number of forms;
//   - the English catalogue holds the plural forms ("1 user", "2 users");
//   - installTranslations("de"/"fr"/"en"/"pseudo") changes what tr() returns, and an unknown
//     language is refused with a reason.

#include "DataColumns.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // translation type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList forms;
    qint64 line = 0;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            current.line = xml.lineNumber();
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        current.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.forms << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([0-9]{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << QLatin1Char('%') + it.next().captured(1);
    found.removeDuplicates();
    return sorted(found);
}

QStringList tags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z]+)[^<>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return sorted(found);
}

QString catalogue(const QString &lang)
{
    return QStringLiteral(WOD_TS_DIR "/webex-org-delete_%1.ts").arg(lang);
}

} // namespace

class CataloguesTest : public QObject
{
    Q_OBJECT
private slots:
    void complete_data()
    {
        // forms: plural forms of the language (Qt's numerus rules)
        wod::test::addColumns<QString, int>("lang", "forms");
        QTest::newRow("de") << QStringLiteral("de") << 2;
        QTest::newRow("fr") << QStringLiteral("fr") << 2;
        QTest::newRow("en") << QStringLiteral("en") << 2;
    }

    void complete()
    {
        QFETCH(QString, lang);
        QFETCH(int, forms);
        QString error;
        const QList<Message> messages = readCatalogue(catalogue(lang), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > (lang == QLatin1String("en") ? 5 : 300),
                 qPrintable(QStringLiteral("%1 has only %2 messages").arg(lang).arg(messages.size())));
        QStringList problems;
        QSet<QString> seen;
        for (const Message &m : messages) {
            const QString where = QStringLiteral("line %1 [%2] \"%3\"").arg(m.line).arg(m.context, m.source.left(60));
            const QString key = m.context + QChar(0) + m.source;
            if (seen.contains(key))
                problems << where + QStringLiteral(": duplicate");
            seen.insert(key);
            if (!m.type.isEmpty())
                problems << where + QStringLiteral(": translation is ") + m.type;
            if (m.numerus != (m.source.contains(QLatin1String("%n")) || m.source.contains(QLatin1String("%Ln"))))
                problems << where + QStringLiteral(": %n and numerus disagree");
            if (m.numerus && m.forms.size() != forms)
                problems << where + QStringLiteral(": %1 plural forms, expected %2").arg(m.forms.size()).arg(forms);
            const QStringList expected = placeholders(m.source);
            const QStringList expectedTags = tags(m.source);
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(": empty translation");
                    continue;
                }
                if (placeholders(form) != expected)
                    problems << where + QStringLiteral(": placeholders %1 instead of %2 in \"%3\"")
                                            .arg(placeholders(form).join(u','), expected.join(u','), form);
                if (tags(form) != expectedTags)
                    problems << where + QStringLiteral(": rich-text tags differ in \"%1\"").arg(form);
                if (m.source.count(QLatin1Char('&')) - m.source.count(QLatin1String("&&")) * 2 > 0
                    && !form.contains(QLatin1Char('&')))
                    problems << where + QStringLiteral(": the mnemonic (&) is lost in \"%1\"").arg(form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The catalogues hold the same messages: a string translated into one language only is a
    // string the other misses.
    void sameMessagesInGermanAndFrench()
    {
        QString error;
        QStringList de, fr;
        for (const Message &m : readCatalogue(catalogue(QStringLiteral("de")), &error))
            de << m.context + QStringLiteral(" | ") + m.source;
        for (const Message &m : readCatalogue(catalogue(QStringLiteral("fr")), &error))
            fr << m.context + QStringLiteral(" | ") + m.source;
        QCOMPARE(sorted(de), sorted(fr));
    }

    void switchesTheLanguage()
    {
        auto *app = QCoreApplication::instance();
        QVERIFY(wod::ui::installTranslations(*app, QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("wod::ui::MainWindow", "Account"), QStringLiteral("Konto"));
        QCOMPARE(QCoreApplication::translate("wod::ui::OverviewView", "%Ln user(s)", nullptr, 1), QStringLiteral("1 Benutzer"));
        // a core string translated through a file-local helper with its own context
        QCOMPARE(QCoreApplication::translate("wod::Blocker", "Only a full administrator of the organization can delete it."),
                 QStringLiteral("Nur ein Volladministrator der Organisation kann sie löschen."));
        QCOMPARE(QCoreApplication::translate("wod::EligibilityPolicy", "%Ln user(s) besides you must be converted to "
                                             "individual accounts or deleted; the wizard does this next.", nullptr, 3)
                     .left(25),
                 QStringLiteral("3 Benutzer außer Ihnen mü"));

        QVERIFY(wod::ui::installTranslations(*app, QStringLiteral("fr_FR")));
        QCOMPARE(QCoreApplication::translate("wod::ui::StartupPrompt", "&Delete Organization"),
                 QStringLiteral("&Supprimer l'organisation"));
        QCOMPARE(QCoreApplication::translate("wod::ui::UsersView", "%Ln user(s)", nullptr, 0), QStringLiteral("0 utilisateur"));
        QCOMPARE(QCoreApplication::translate("wod::ui::UsersView", "%Ln user(s)", nullptr, 2), QStringLiteral("2 utilisateurs"));

        QVERIFY(wod::ui::installTranslations(*app, QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("wod::ui::StartupPrompt", "&Delete Organization"),
                 QStringLiteral("&Delete Organization"));
        QCOMPARE(QCoreApplication::translate("wod::ui::UsersView", "%Ln user(s)", nullptr, 1), QStringLiteral("1 user"));
        QCOMPARE(QCoreApplication::translate("wod::ui::UsersView", "%Ln user(s)", nullptr, 11), QStringLiteral("11 users"));

        QVERIFY(wod::ui::installTranslations(*app, QStringLiteral("pseudo")));
        const QString pseudo = QCoreApplication::translate("wod::ui::MainWindow", "Account");
        QVERIFY2(pseudo.startsWith(u'[') && pseudo.endsWith(u']') && pseudo != QLatin1String("Account"), qPrintable(pseudo));
    }

    void refusesAnUnknownLanguage()
    {
        QVERIFY(wod::ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")));
        QString why;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Unknown language \"xx\"")));
        QVERIFY(!wod::ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("xx"), &why));
        QVERIFY2(why.contains(QLatin1String("xx")) && why.contains(QLatin1String("de")), qPrintable(why));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Unknown language \"es\"")));
        QVERIFY(!wod::ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("es")));
    }
};

QTEST_GUILESS_MAIN(CataloguesTest)
#include "tst_catalogues.moc"
