// Replays a fuzz target's committed seed corpus (and any regression inputs saved next to it) through
// the target's LLVMFuzzerTestOneInput, in every build, with any compiler: the bugs the fuzzer once
// found stay found even where libFuzzer is not available, and the ASan build checks them too.
// A target that aborts (a crash or a violated property) ends this test process: a failure.
//
// WOD_FUZZ_TARGET and WOD_FUZZ_CORPUS_DIR are set per executable by tests/fuzz/CMakeLists.txt.

#include <QDir>
#include <QFile>
#include <QTest>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class CorpusReplayTest : public QObject
{
    Q_OBJECT

private slots:
    void corpusIsNotEmpty()
    {
        const QDir dir(QStringLiteral(WOD_FUZZ_CORPUS_DIR));
        QVERIFY2(dir.exists(), qPrintable(QStringLiteral("missing seed corpus %1").arg(dir.path())));
        QVERIFY2(dir.entryList(QDir::Files).size() >= 3,
                 qPrintable(QStringLiteral("the seed corpus of %1 needs at least 3 inputs in %2")
                                .arg(QStringLiteral(WOD_FUZZ_TARGET), dir.path())));
    }

    void replay_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(WOD_FUZZ_CORPUS_DIR));
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(file.fileName())) << file.absoluteFilePath();
    }

    void replay()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
        const QByteArray input = file.readAll();
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                                        size_t(input.size())),
                 0);
    }
};

QTEST_GUILESS_MAIN(CorpusReplayTest)
#include "CorpusReplayTest.moc"
