// The deletion journal on disk: what JournalWriter writes, Journal::read understands, a torn last
// line (crash mid-write) is ignored, damage elsewhere is refused, pending() finds what to resume.

#include "DataColumns.h"
#include "Journal.h"
#include "JournalWriter.h"
#include "SamplePlan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace wod;
using namespace wod::net;

namespace {

QJsonObject planLine(const DeletionPlan &plan)
{
    QJsonObject o = plan.toJson();
    o.insert(QStringLiteral("type"), QStringLiteral("plan"));
    return o;
}

QJsonObject userLine(int i, const QString &outcome)
{
    return {{QStringLiteral("type"), QStringLiteral("user")},
            {QStringLiteral("id"), QStringLiteral("user-%1").arg(i)},
            {QStringLiteral("email"), QStringLiteral("user%1@journal.example").arg(i)},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("trackingId"), QStringLiteral("T-%1").arg(i)}};
}

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void writerThenReaderRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/run.jsonl"));
        JournalWriter w;
        QString error;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        QVERIFY(w.append(planLine(test::samplePlan(3)), &error));
        QVERIFY(w.append({userLine(1, QStringLiteral("deleted")), userLine(2, QStringLiteral("gone")),
                          userLine(3, QStringLiteral("failed"))},
                         &error));
        w.close();
        QVERIFY2(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ReadUser | QFileDevice::WriteUser),
                 "the journal must be private to its owner");

        const auto s = Journal::read(path, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->plan.orgDisplayName, QStringLiteral("Journal Org"));
        QCOMPARE(s->usersTotal, 3);
        QCOMPARE(s->usersDone, 2);
        QVERIFY(!s->userRecords.value(QStringLiteral("user-3")).isHandled());
        QCOMPARE(s->userRecords.value(QStringLiteral("user-1")).trackingId, QStringLiteral("T-1"));
        QVERIFY(!s->orgDeleteSent);
        QVERIFY(!s->finished);
        QVERIFY(s->isPending());
        QVERIFY2(s->lastUpdate.isValid(), "every line carries its time");
    }

    void planLineWrittenInChunksIsThePlansJson()
    {
        // appendPlan() splices the users in a chunk at a time: the line must still be exactly
        // plan.toJson() plus "type" and "at", and read back as the same plan.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        DeletionPlan plan = test::samplePlan(2'501);
        plan.orgDisplayName = QStringLiteral("Odd \"users\":[] Org \u00e9");
        plan.users[7].email = QStringLiteral("quote\"and\\backslash@journal.example");
        JournalWriter w;
        QString error;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        QVERIFY2(w.appendPlan(plan, &error), qPrintable(error));
        w.close();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 2); // one line and its newline
        QJsonObject line = QJsonDocument::fromJson(lines.at(0)).object();
        QVERIFY(!line.take(QStringLiteral("at")).toString().isEmpty());
        QCOMPARE(line, planLine(plan));
        const auto s = Journal::read(path, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->plan.users.size(), plan.users.size());
        QCOMPARE(s->plan.users.at(7).email, plan.users.at(7).email);
        QCOMPARE(s->plan.orgDisplayName, plan.orgDisplayName);
    }

    void descriptorWritesFromAnotherThreadFollowEarlierLines()
    {
        // The runner's group commit serializes and writes on its fsync worker: lines() +
        // writeDescriptor() must append after what the QFile wrote before (not at a stale
        // position) and read back as the same records; a descriptor that cannot be written is an
        // error naming the journal, never silence.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        JournalWriter w;
        QString error;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        QVERIFY(w.appendPlan(test::samplePlan(3), &error));
        QVERIFY(w.append(userLine(1, QStringLiteral("deleted")), &error));
        const QString at = QStringLiteral("2026-12-01T22:00:00.000Z");
        bool written = false;
        std::thread worker([&] {
            written = JournalWriter::writeDescriptor(
                          w.descriptor(),
                          JournalWriter::lines({userLine(2, QStringLiteral("gone")),
                                                userLine(3, QStringLiteral("failed"))},
                                               at),
                          w.path(), &error)
                && JournalWriter::syncDescriptor(w.descriptor());
        });
        worker.join();
        QVERIFY2(written, qPrintable(error));
        QVERIFY(w.append({QJsonObject{{QStringLiteral("type"), QStringLiteral("finished")},
                                      {QStringLiteral("status"), QStringLiteral("failed")}}},
                         &error));
        w.close();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 6); // plan, 3 users, finished, and the last newline
        QJsonObject third = QJsonDocument::fromJson(lines.at(2)).object();
        QCOMPARE(third.take(QStringLiteral("at")).toString(), at);
        QCOMPARE(third, userLine(2, QStringLiteral("gone")));
        const auto s = Journal::read(path, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->usersDone, 2);
        QVERIFY(s->finished);

        QFile readOnly(path);
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QString failure;
        QVERIFY(!JournalWriter::writeDescriptor(readOnly.handle(), "x\n", path, &failure));
        QVERIFY2(failure.contains(path), qPrintable(failure));
        QVERIFY(!JournalWriter::writeDescriptor(-1, "x\n", path, &failure));
    }

    void laterSuccessReplacesFailureButNotTheReverse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        QVERIFY(writeFile(path, line(planLine(test::samplePlan(2))) + line(userLine(1, QStringLiteral("failed")))
                                    + line(userLine(1, QStringLiteral("deleted")))
                                    + line(userLine(2, QStringLiteral("converted")))
                                    + line(userLine(2, QStringLiteral("failed")))));
        QString error;
        const auto s = Journal::read(path, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->usersDone, 2);
        QCOMPARE(s->userRecords.value(QStringLiteral("user-1")).outcome, QStringLiteral("deleted"));
        QCOMPARE(s->userRecords.value(QStringLiteral("user-2")).outcome, QStringLiteral("converted"));
    }

    void tornLastLineIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::newRow("cut inside an object") << QByteArray("{\"type\":\"user\",\"id\":\"user-2\",\"outc");
        QTest::newRow("cut after the opening brace") << QByteArray("{");
        QTest::newRow("binary garbage") << QByteArray("\x00\x01\xff", 3);
        QTest::newRow("cut finished line") << QByteArray("{\"type\":\"finished\",\"status\":\"del");
    }
    void tornLastLineIsIgnored()
    {
        QFETCH(QByteArray, tail);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        QVERIFY(writeFile(path, line(planLine(test::samplePlan(3))) + line(userLine(1, QStringLiteral("deleted")))
                                    + tail));
        QString error;
        const auto s = Journal::read(path, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->tornTail);
        QCOMPARE(s->usersDone, 1);
        QVERIFY2(!s->finished, "a torn finished line finished nothing");

        // A resumed run appends after the fragment; the file stays readable and the new line counts.
        JournalWriter w;
        QVERIFY2(w.open(path, &error), qPrintable(error));
        QVERIFY(w.append(userLine(2, QStringLiteral("deleted")), &error));
        w.close();
        const auto again = Journal::read(path, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->usersDone, 2);
    }

    void unreadableJournalsAreRefused_data()
    {
        wod::test::addColumns<QByteArray, QString>("content", "expected");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("first line not a plan") << line(userLine(1, QStringLiteral("deleted")))
                                               << QStringLiteral("not a deletion plan");
        QTest::newRow("damaged first line then more")
            << QByteArray("{garbage\n") + line(userLine(1, QStringLiteral("deleted")))
            << QStringLiteral("line 1");
        QTest::newRow("plan without org")
            << line(QJsonObject{{QStringLiteral("type"), QStringLiteral("plan")},
                                {QStringLiteral("users"), QJsonArray()}})
            << QStringLiteral("organization");
    }
    void unreadableJournalsAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.jsonl"));
        QVERIFY(writeFile(path, content));
        QString error;
        QVERIFY(!Journal::read(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("bad.jsonl")), "the message names the file");
    }

    void missingJournal()
    {
        QString error;
        QVERIFY(!Journal::read(QStringLiteral("/nonexistent/run.jsonl"), &error));
        QVERIFY2(error.contains(QStringLiteral("no such journal")), qPrintable(error));
    }

    void organizationStepsAndFinish_data()
    {
        wod::test::addColumns<QByteArray, bool, int, QString, bool>("steps", "sent", "status",
                                                                    "finalStatus", "pending");
        const auto t = [](const char *type) {
            return QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)}};
        };
        auto fin = [](const char *s) {
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("finished")},
                               {QStringLiteral("status"), QString::fromLatin1(s)}};
        };
        auto org = [](int status) {
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("org_delete")},
                               {QStringLiteral("status"), status},
                               {QStringLiteral("trackingId"), QStringLiteral("ORG-T")}};
        };
        QTest::newRow("killed after sending the org DELETE")
            << line(t("org_delete_sent")) << true << 0 << QString() << true;
        QTest::newRow("deleted") << line(t("org_delete_sent")) + line(org(204)) + line(fin("deleted"))
                                 << true << 204 << QStringLiteral("deleted") << false;
        QTest::newRow("blocked is resumable")
            << line(t("org_delete_sent")) + line(org(409)) + line(fin("blocked")) << true << 409
            << QStringLiteral("blocked") << true;
        QTest::newRow("cancelled is resumable")
            << line(fin("cancelled")) << false << 0 << QStringLiteral("cancelled") << true;
        QTest::newRow("changed is over") << line(fin("changed")) << false << 0
                                         << QStringLiteral("changed") << false;
        QTest::newRow("resumed after failing")
            << line(fin("failed")) + line(t("resumed")) << false << 0 << QString() << true;
    }
    void organizationStepsAndFinish()
    {
        QFETCH(QByteArray, steps);
        QFETCH(bool, sent);
        QFETCH(int, status);
        QFETCH(QString, finalStatus);
        QFETCH(bool, pending);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        QVERIFY(writeFile(path, line(planLine(test::samplePlan(1))) + steps));
        QString error;
        const auto s = Journal::read(path, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->orgDeleteSent, sent);
        QCOMPARE(s->orgDeleteStatus, status);
        QCOMPARE(s->finalStatus, finalStatus);
        QCOMPARE(s->isPending(), pending);
    }

    void pendingListsResumableRunsNewestFirst()
    {
        QTemporaryDir dir;
        const DeletionPlan plan = test::samplePlan(1);
        auto stamp = [](const char *iso) {
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("resumed")},
                               {QStringLiteral("at"), QString::fromLatin1(iso)}};
        };
        const QJsonObject done{{QStringLiteral("type"), QStringLiteral("finished")},
                               {QStringLiteral("status"), QStringLiteral("deleted")}};
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.jsonl")),
                          line(planLine(plan)) + line(stamp("2026-11-01T10:00:00.000Z"))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b.jsonl")),
                          line(planLine(plan)) + line(stamp("2026-11-20T10:00:00.000Z"))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("c.jsonl")), line(planLine(plan)) + line(done)));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("d.jsonl")), QByteArray("not a journal\n")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("e.txt")), line(planLine(plan))));
        const QList<JournalSummary> list = Journal::pending(dir.path());
        QCOMPARE(list.size(), 2);
        QVERIFY(list.at(0).path.endsWith(QStringLiteral("b.jsonl")));
        QVERIFY(list.at(1).path.endsWith(QStringLiteral("a.jsonl")));
    }

    void newJournalPathsAreDistinctAndInTheDirectory()
    {
        QTemporaryDir dir;
        const QString orgId = test::samplePlan(0).orgId;
        const QString first = Journal::newJournalPath(dir.path(), orgId);
        QVERIFY(first.startsWith(dir.path()));
        QVERIFY(first.endsWith(QStringLiteral(".jsonl")));
        QVERIFY2(first.contains(QStringLiteral("12345678")), qPrintable(first));
        QVERIFY(writeFile(first, "x"));
        const QString second = Journal::newJournalPath(dir.path(), orgId);
        QVERIFY2(first != second, "an existing journal is never reused");
    }

    void defaultDirectoryIsUnderXdgDataHome()
    {
        const QString dir = Journal::defaultDirectory();
        QVERIFY2(dir.endsWith(QStringLiteral("/webex-org-delete/journals")), qPrintable(dir));
        const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
        if (!dataHome.isEmpty())
            QVERIFY2(dir.startsWith(dataHome), qPrintable(dir));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
