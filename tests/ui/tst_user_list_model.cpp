// The users list model: filters by name or email, case-insensitively, narrows incrementally, keeps
// every user for the CSV export, and narrows 100,000 users keystroke by keystroke to the same
// rows as a search of all of them (the speed is bench_ui_memory's figure).

#include "DataColumns.h"
#include "UserListModel.h"

#include <QTest>

class UserListModelTest : public QObject
{
    Q_OBJECT
private:
    static QList<wod::Person> people(int n)
    {
        QList<wod::Person> out;
        out.reserve(n);
        for (int i = 0; i < n; ++i)
            out.append({QStringLiteral("id-%1").arg(i), QStringLiteral("user%1@example.test").arg(i),
                        QStringLiteral("User Number %1").arg(i)});
        return out;
    }

private slots:
    void filters_data()
    {
        wod::test::addColumns<QString, int>("filter", "rows");
        QTest::newRow("empty shows all") << QString() << 3;
        QTest::newRow("name, other case") << QStringLiteral("ALEX") << 1;
        QTest::newRow("email domain") << QStringLiteral("@north") << 2;
        QTest::newRow("no match") << QStringLiteral("zzz") << 0;
        QTest::newRow("surrounding spaces ignored") << QStringLiteral("  priya ") << 1;
    }
    void filters()
    {
        QFETCH(QString, filter);
        QFETCH(int, rows);
        wod::ui::UserListModel model;
        model.setUsers({{QString(), QStringLiteral("alex@north.example"), QStringLiteral("Alex Moreno")},
                        {QString(), QStringLiteral("priya@north.example"), QStringLiteral("Priya Raman")},
                        {QString(), QStringLiteral("jonas@south.example"), QStringLiteral("Jonas Becker")}});
        model.setFilterText(filter);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.totalCount(), 3);
    }

    void narrowingThenWideningAgain()
    {
        wod::ui::UserListModel model;
        model.setUsers(people(1000));
        model.setFilterText(QStringLiteral("user1"));
        const int broad = model.rowCount();
        model.setFilterText(QStringLiteral("user12"));
        QVERIFY(model.rowCount() < broad);
        model.setFilterText(QStringLiteral("user1"));
        QCOMPARE(model.rowCount(), broad);
        QCOMPARE(model.personAt(0).email, QStringLiteral("user1@example.test"));
    }

    void csvHasEveryUserAndNeutralisesFormulas()
    {
        wod::ui::UserListModel model;
        model.setUsers({{QStringLiteral("1"), QStringLiteral("a@x.test"), QStringLiteral("=cmd()")},
                        {QStringLiteral("2"), QStringLiteral("b@x.test"), QStringLiteral("Doe, Jane")}});
        model.setFilterText(QStringLiteral("a@"));
        const QByteArray csv = model.toCsv();
        QVERIFY2(csv.contains("b@x.test"), "the export holds every user, not only the shown ones");
        QVERIFY2(csv.contains("'=cmd()"), "a formula-looking name is neutralised");
        QVERIFY2(csv.contains("\"Doe, Jane\""), "a comma is quoted");
    }

    // Typing narrows the rows already shown (the model's fast path): at every keystroke the rows
    // must be exactly those a search of all 100,000 users finds. How fast a keystroke is, the
    // benchmark bench_ui_memory prints; a test does not time it.
    void hundredThousandUsersNarrowedKeystrokeByKeystroke()
    {
        const QList<wod::Person> users = people(100'000);
        wod::ui::UserListModel typing;
        typing.setUsers(users);
        wod::ui::UserListModel searchedAll;
        searchedAll.setUsers(users);
        QString typed;
        for (const QChar c : QStringLiteral("number 9999")) {
            typed += c;
            typing.setFilterText(typed);
            searchedAll.setFilterText(QString()); // so the next filter searches every user
            searchedAll.setFilterText(typed);
            QCOMPARE(typing.rowCount(), searchedAll.rowCount());
        }
        QCOMPARE(typing.rowCount(), 11); // 9999 and 99990..99999
        for (int row = 0; row < typing.rowCount(); ++row)
            QCOMPARE(typing.personAt(row).id, searchedAll.personAt(row).id);
        QCOMPARE(typing.personAt(0).email, QStringLiteral("user9999@example.test"));
    }
};

QTEST_MAIN(UserListModelTest)
#include "tst_user_list_model.moc"
