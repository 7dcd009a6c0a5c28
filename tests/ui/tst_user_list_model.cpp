// The users list model: filters by name or email, case-insensitively, narrows incrementally, keeps
// every user for the CSV export, and filters 100,000 users fast enough for typing.

#include "UserListModel.h"

#include <QElapsedTimer>
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
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("rows");
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

    void hundredThousandUsersFilterPerKeystroke()
    {
        wod::ui::UserListModel model;
        model.setUsers(people(100'000));
        qint64 worst = 0;
        QString typed;
        for (const QChar c : QStringLiteral("number 9999")) {
            typed += c;
            QElapsedTimer t;
            t.start();
            model.setFilterText(typed);
            worst = qMax(worst, t.elapsed());
        }
        QCOMPARE(model.rowCount(), 11); // 9999 and 99990..99999
        qInfo("worst keystroke over 100,000 users: %lld ms", worst);
        // Generous against a loaded CI machine; the benchmark reports the real figure.
        QVERIFY2(worst < 250, qPrintable(QStringLiteral("a keystroke took %1 ms").arg(worst)));
    }
};

QTEST_MAIN(UserListModelTest)
#include "tst_user_list_model.moc"
