// "Remember me": the refresh token in the system keychain through QtKeychain.
// WOD_KEYCHAIN_EXPECT=available (run by run-with-keyring.sh: a real gnome-keyring secret service
// on a private session bus): save, load, overwrite and remove round-trip, and nothing lands in a
// file of the test's HOME in plain text.
// WOD_KEYCHAIN_EXPECT=unavailable (no session bus): every call reports an error, nothing is kept
// anywhere, and no file under HOME holds the token.

#include "FileWalk.h"
#include "KeychainExpectation.h"
#include "RefreshTokenStore.h"

#include <QFile>
#include <QTest>

using wod::auth::RefreshTokenStore;

namespace {

RefreshTokenStore::Outcome run(const std::function<void(const RefreshTokenStore::Callback &)> &call)
{
    std::optional<RefreshTokenStore::Outcome> outcome;
    call([&outcome](const RefreshTokenStore::Outcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20'000))
        return RefreshTokenStore::Outcome{false, {}, QStringLiteral("no answer in 20 s")};
    return outcome.value_or(RefreshTokenStore::Outcome{false, {}, QStringLiteral("no answer in 20 s")});
}

bool homeHoldsPlainText(const QByteArray &secret)
{
    bool found = false;
    wod::test::readEachFile(QDir::homePath(), {}, QDir::Files | QDir::Hidden,
                            [&](const QString &, const QByteArray &content) {
                                found = found || content.contains(secret);
                            });
    return found;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_keychain.read(), "set WOD_KEYCHAIN_EXPECT");
    }

    void roundTrip()
    {
        if (!m_keychain.available())
            QSKIP("needs the secret service (run-with-keyring.sh)");
        RefreshTokenStore store(QStringLiteral("test-client@127.0.0.1:1"));
        const QString token = QStringLiteral("REFRESH-TOKEN-SHOULD-NEVER-BE-PLAIN-0123456789");
        auto probe = run([&](auto cb) { store.probe(cb); });
        QVERIFY2(probe.ok, qPrintable(probe.error));
        auto empty = run([&](auto cb) { store.load(cb); });
        QVERIFY2(empty.ok, qPrintable(empty.error));
        QVERIFY(empty.token.isEmpty());

        QVERIFY(run([&](auto cb) { store.save(token, cb); }).ok);
        QCOMPARE(run([&](auto cb) { store.load(cb); }).token, token);
        // Another account does not see it.
        RefreshTokenStore other(QStringLiteral("other-client@127.0.0.1:1"));
        QVERIFY(run([&](auto cb) { other.load(cb); }).token.isEmpty());

        const QString newer = token + QStringLiteral("-ROTATED");
        QVERIFY(run([&](auto cb) { store.save(newer, cb); }).ok);
        QCOMPARE(run([&](auto cb) { store.load(cb); }).token, newer);
        QVERIFY2(!homeHoldsPlainText(token.toUtf8()), "the keyring file is encrypted");

        // Sign out removes it.
        QVERIFY(run([&](auto cb) { store.remove(cb); }).ok);
        auto gone = run([&](auto cb) { store.load(cb); });
        QVERIFY(gone.ok);
        QVERIFY(gone.token.isEmpty());
        QVERIFY2(run([&](auto cb) { store.remove(cb); }).ok, "removing twice is fine");
    }

    void unavailableWithoutSessionBus()
    {
        if (!m_keychain.unavailable())
            QSKIP("runs without a session bus");
        RefreshTokenStore store(QStringLiteral("test-client@127.0.0.1:1"));
        const QString token = QStringLiteral("REFRESH-TOKEN-WITHOUT-KEYCHAIN-0123456789");
        auto probe = run([&](auto cb) { store.probe(cb); });
        QVERIFY2(!probe.ok, "no keychain must be reported, not hidden");
        QVERIFY(!probe.error.isEmpty());
        auto saved = run([&](auto cb) { store.save(token, cb); });
        QVERIFY(!saved.ok);
        QVERIFY(!saved.error.contains(token));
        QVERIFY(!run([&](auto cb) { store.load(cb); }).ok);
        QVERIFY2(!homeHoldsPlainText(token.toUtf8()), "no plain-text fallback");
    }

private:
    wod::test::KeychainExpectation m_keychain;
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
