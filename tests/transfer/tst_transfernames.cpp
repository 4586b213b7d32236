// TransferEngine's pure parts: part sizes under S3's limits, local names for hostile keys (always
// inside the folder, reversible), the saved upload state (round trip, damage refused).
#include "storage/transferengine.h"
#include "storage/transferstate.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace plancia;
using namespace plancia::s3;

class TstTransferNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void partSize_data()
    {
        QTest::addColumn<qint64>("size");
        constexpr qint64 MiB = 1024 * 1024;
        QTest::newRow("0") << qint64(0);
        QTest::newRow("1") << qint64(1);
        QTest::newRow("1 GiB") << 1024 * MiB;
        QTest::newRow("80,000 MiB (8 MiB x 10,000)") << 80000 * MiB;
        QTest::newRow("80,000 MiB + 1") << 80000 * MiB + 1;
        QTest::newRow("1 TiB") << 1024 * 1024 * MiB;
        QTest::newRow("5 TiB") << 5 * 1024 * 1024 * MiB;
    }
    void partSize()
    {
        QFETCH(qint64, size);
        constexpr qint64 MiB = 1024 * 1024;
        const auto part = TransferEngine::partSizeFor(size);
        QVERIFY(part.ok());
        QVERIFY(part.value() >= 8 * MiB);
        QCOMPARE(part.value() % MiB, 0);
        QVERIFY(part.value() <= 5 * 1024 * MiB);
        QVERIFY((size + part.value() - 1) / part.value() <= 10000);
    }
    void partSizeLimits()
    {
        constexpr qint64 MiB = 1024 * 1024;
        QVERIFY(!TransferEngine::partSizeFor(5 * 1024 * 1024 * MiB + 1).ok());
        QVERIFY(!TransferEngine::partSizeFor(-1).ok());
        QCOMPARE(TransferEngine::partSizeFor(1, 1).value(), 5 * MiB); // S3's minimum
        QCOMPARE(TransferEngine::partSizeFor(80000 * MiB + 1).value(), 9 * MiB);
    }

    void hostileKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("mapped");
        QTest::newRow("plain") << QStringLiteral("data/run1/a.txt") << false;
        QTest::newRow("../") << QStringLiteral("../../etc/passwd") << true;
        QTest::newRow("inner ..") << QStringLiteral("a/../../b") << true;
        QTest::newRow("/abs") << QStringLiteral("/etc/passwd") << true;
        QTest::newRow("a//b") << QStringLiteral("a//b") << true;
        QTest::newRow("trailing /") << QStringLiteral("a/b/") << true;
        QTest::newRow("..\\") << QStringLiteral("..\\..\\x") << true;
        QTest::newRow(".") << QStringLiteral("./x/.") << true;
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << true;
        QTest::newRow("control") << QStringLiteral("tab\there\nnl") << true;
        QTest::newRow("percent") << QStringLiteral("100%/%41/%+/x%+/%") << true;
        QTest::newRow("percent plain") << QStringLiteral("100% sure/50%") << false;
        QTest::newRow("emoji") << QStringLiteral("🚀/дані/名前 +#?.txt") << false;
        QTest::newRow("1000 bytes") << QString(1000, QLatin1Char('k')) << true;
        QTest::newRow("1000 bytes emoji")
            << QString(250, QChar(0x20AC)) + QStringLiteral("🚀🚀") << true;
        QTest::newRow("1000 bytes of escapes") << QString(400, QChar(1)) << true;
    }
    void hostileKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, mapped);
        QTemporaryDir dir;
        const QString folder = dir.path();
        const auto name = TransferEngine::localPathFor(folder, QString(), key);
        QVERIFY2(name.ok(), qPrintable(name.ok() ? QString() : name.error().message));
        QCOMPARE(name->mapped, mapped);
        const QString path = name->path;
        // Inside the folder, whatever the key: nothing of it climbs out or is absolute.
        QVERIFY2(path.startsWith(folder + QLatin1Char('/')), qPrintable(path));
        QCOMPARE(QDir::cleanPath(path), path);
        const QString rel = path.mid(folder.size() + 1);
        for (const QString &seg : rel.split(QLatin1Char('/'))) {
            QVERIFY(!seg.isEmpty());
            QVERIFY(seg != QLatin1String(".") && seg != QLatin1String(".."));
            QVERIFY2(seg.toUtf8().size() <= 240, qPrintable(seg));
            QVERIFY(!seg.contains(QChar(0)) && !seg.contains(QLatin1Char('\\')));
            QVERIFY(QString::fromUtf8(seg.toUtf8()) == seg); // valid UTF-8, no cut character
        }
        // Reversible.
        QCOMPARE(TransferEngine::keyForLocalName(rel), key);
        // And the file can really be made there.
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile f(path + QStringLiteral(".plancia-part"));
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
    }
    void prefixIsStripped()
    {
        const auto name = TransferEngine::localPathFor(
            QStringLiteral("/tmp/x"), QStringLiteral("data/"), QStringLiteral("data/a/b.txt"));
        QCOMPARE(name->path, QStringLiteral("/tmp/x/a/b.txt"));
        QVERIFY(!TransferEngine::localPathFor(QStringLiteral("/tmp/x"), QStringLiteral("data/"),
                                              QStringLiteral("data/"))
                     .ok());
        QVERIFY(!TransferEngine::localPathFor(QString(), QString(), QStringLiteral("a")).ok());
    }
    void distinctKeysDistinctNames()
    {
        const QStringList keys{QStringLiteral("a/b"),   QStringLiteral("a//b"),
                               QStringLiteral("a/b/"),  QStringLiteral("/a/b"),
                               QStringLiteral("a/%"),   QStringLiteral("a/"),
                               QStringLiteral("a/%25"), QStringLiteral("a/%2525")};
        QSet<QString> paths;
        for (const QString &k : keys)
            paths << TransferEngine::localPathFor(QStringLiteral("/d"), QString(), k)->path;
        QCOMPARE(paths.size(), keys.size());
    }

    void stateRoundTrip()
    {
        UploadState s;
        s.bucket = QStringLiteral("b");
        s.key = QStringLiteral("dir/🚀 x");
        s.localPath = QStringLiteral("/home/u/f.bin");
        s.size = 100LL * 1024 * 1024 * 1024;
        s.modifiedMs = 1764590000123;
        s.partSize = 16 * 1024 * 1024;
        s.uploadId = QStringLiteral("2~abc");
        s.treeHash = QByteArray(64, 'a');
        s.parts << UploadState::DonePart{1, QByteArray(64, 'b'), "etag1"}
                << UploadState::DonePart{7, QByteArray(64, 'c'), "etag7"};
        QTemporaryDir dir;
        QVERIFY(s.save(dir.path()).ok());
        const QString file = UploadState::fileFor(dir.path(), s.bucket, s.key, s.localPath);
        const auto back = UploadState::load(file);
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), s.toJson());
        QCOMPARE(back->parts.size(), 2);
        QCOMPARE(back->parts[1].number, 7);
        QCOMPARE(back->size, s.size);
        // No secret could be in it: the state has no field for one.
        QVERIFY(!s.toJson().contains("ecret"));
    }
    void stateCorruption_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x01\x02{{");
        QTest::newRow("truncated") << QByteArray(R"({"version":1,"bucket":"b")");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("version") << JSON({
            "version" : 2,
            "bucket" : "b",
            "key" : "k",
            "localPath" : "/f",
            "size" : "10",
            "modifiedMs" : "1",
            "partSize" : "5",
            "uploadId" : "u",
            "treeSha256" : "0000000000000000000000000000000000000000000000000000000000000000",
            "parts" : []
        });
        QTest::newRow("no upload id") << JSON({
            "version" : 1,
            "bucket" : "b",
            "key" : "k",
            "localPath" : "/f",
            "size" : "10",
            "modifiedMs" : "1",
            "partSize" : "5",
            "treeSha256" : "0000000000000000000000000000000000000000000000000000000000000000",
            "parts" : []
        });
        QTest::newRow("bad tree") << JSON({
            "version" : 1,
            "bucket" : "b",
            "key" : "k",
            "localPath" : "/f",
            "size" : "10",
            "modifiedMs" : "1",
            "partSize" : "5",
            "uploadId" : "u",
            "treeSha256" : "xyz",
            "parts" : []
        });
        QTest::newRow("part out of range") << JSON({
            "version" : 1,
            "bucket" : "b",
            "key" : "k",
            "localPath" : "/f",
            "size" : "10",
            "modifiedMs" : "1",
            "partSize" : "5",
            "uploadId" : "u",
            "treeSha256" : "0000000000000000000000000000000000000000000000000000000000000000",
            "parts" : [ {
                "n" : 3,
                "sha256" : "0000000000000000000000000000000000000000000000000000000000000000",
                "etag" : "e"
            } ]
        });
        QTest::newRow("part twice") << JSON({
            "version" : 1,
            "bucket" : "b",
            "key" : "k",
            "localPath" : "/f",
            "size" : "10",
            "modifiedMs" : "1",
            "partSize" : "5",
            "uploadId" : "u",
            "treeSha256" : "0000000000000000000000000000000000000000000000000000000000000000",
            "parts" : [
                {
                    "n" : 1,
                    "sha256" : "0000000000000000000000000000000000000000000000000000000000000000",
                    "etag" : "e"
                },
                {
                    "n" : 1,
                    "sha256" : "0000000000000000000000000000000000000000000000000000000000000000",
                    "etag" : "e"
                }
            ]
        });
        QTest::newRow("too many parts") << JSON({
            "version" : 1,
            "bucket" : "b",
            "key" : "k",
            "localPath" : "/f",
            "size" : "100000",
            "modifiedMs" : "1",
            "partSize" : "5",
            "uploadId" : "u",
            "treeSha256" : "0000000000000000000000000000000000000000000000000000000000000000",
            "parts" : []
        });
    }
    void stateCorruption()
    {
        QFETCH(QByteArray, json);
        const auto s = UploadState::fromJson(json);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Parse);
    }
    void stateGoodMinimal()
    {
        const auto s = UploadState::fromJson(JSON({
            "version" : 1,
            "bucket" : "b",
            "key" : "k",
            "localPath" : "/f",
            "size" : "10",
            "modifiedMs" : "1",
            "partSize" : "5",
            "uploadId" : "u",
            "treeSha256" : "0000000000000000000000000000000000000000000000000000000000000000",
            "parts" : [ {
                "n" : 2,
                "sha256" : "0000000000000000000000000000000000000000000000000000000000000000",
                "etag" : "e"
            } ]
        }));
        QVERIFY(s.ok());
        QCOMPARE(s->parts.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstTransferNames)
#include "tst_transfernames.moc"
