// The users list search over its contiguous lower-cased text: non-ASCII names fold case like
// QString::toLower, a hit never spans two users, and a full search after a narrowing one agrees
// with a plain per-user search.

#include "UserListModel.h"

#include <QTest>

class UserListSearchTest : public QObject
{
    Q_OBJECT
private:
    static QList<wod::Person> mixedPeople()
    {
        return {{QStringLiteral("1"), QStringLiteral("elodie@north.example"), QStringLiteral("ÉLODIE Dürr")},
                {QStringLiteral("2"), QStringLiteral("SVEN@NORTH.EXAMPLE"), QStringLiteral("Sven Øster")},
                {QStringLiteral("3"), QStringLiteral("ali@south.example"), QStringLiteral("Ali")},
                {QStringLiteral("4"), QStringLiteral("ce@south.example"), QStringLiteral("İpek")}};
    }

    // What the model must show: the users whose lower-cased name or email holds the needle.
    static int expectedRows(const QList<wod::Person> &people, const QString &filter)
    {
        const QString needle = filter.trimmed().toLower();
        int n = 0;
        for (const wod::Person &p : people)
            n += QString(p.displayName.toLower() + QLatin1Char('\n') + p.email.toLower()).contains(needle);
        return n;
    }

private slots:
    void foldsCaseBeyondAscii_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("accented upper case") << QStringLiteral("élodie");
        QTest::newRow("umlaut") << QStringLiteral("DÜRR");
        QTest::newRow("o with stroke") << QStringLiteral("øster");
        QTest::newRow("upper-case email") << QStringLiteral("sven@north");
        QTest::newRow("dotted capital I") << QStringLiteral("İpek");
        QTest::newRow("ascii in a non-ascii row") << QStringLiteral("lodie d");
    }
    void foldsCaseBeyondAscii()
    {
        QFETCH(QString, filter);
        const auto people = mixedPeople();
        wod::ui::UserListModel model;
        model.setUsers(people);
        model.setFilterText(filter);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.rowCount(), expectedRows(people, filter));
    }

    void aHitNeverSpansTwoUsers()
    {
        wod::ui::UserListModel model;
        model.setUsers(mixedPeople());
        // The end of one user's email followed by the start of the next user's name.
        model.setFilterText(QStringLiteral("example") + QChar(u'\0') + QStringLiteral("sven"));
        QCOMPARE(model.rowCount(), 0);
        model.setFilterText(QStringLiteral("example\nsven"));
        QCOMPARE(model.rowCount(), 0);
    }

    void everyFilterAgreesWithAPlainSearch()
    {
        QList<wod::Person> people;
        for (int i = 0; i < 3000; ++i)
            people.append({QString::number(i), QStringLiteral("user%1@Example.test").arg(i),
                           QStringLiteral("Ünal Nummer %1").arg(i % 97)});
        wod::ui::UserListModel model;
        model.setUsers(people);
        for (const QString &filter : {QStringLiteral("1"), QStringLiteral("12"), QStringLiteral("123"),
                                      QStringLiteral("12"), QStringLiteral("ünal nummer 4"),
                                      QStringLiteral("r 4\nuser1"), QStringLiteral("@example"),
                                      QStringLiteral("zz"), QString()}) {
            model.setFilterText(filter);
            QCOMPARE(model.rowCount(), expectedRows(people, filter));
        }
    }
};

QTEST_MAIN(UserListSearchTest)
#include "tst_user_list_search.moc"
