// The transfer engine against the sandbox's RadosGW (HTTPS, the sandbox CA): round trips with
// checksums at the part boundaries, resume after the app and after RadosGW went away, an
// interrupted download, hostile keys, credentials that run out mid-transfer.
#include "storage/transferstate.h"
#include "testsupport.h"
#include "transfertestkit.h"

#include <QDirIterator>
#include <QTemporaryDir>

using namespace plancia;
using namespace plancia::s3;
using State = TransferEngine::State;

namespace {
constexpr qint64 MiB = 1024 * 1024;
}

class TstTransferSandbox : public QObject
{
    Q_OBJECT

private:
    test::S3Sandbox m_s3;
    QString m_bucket;
    QTemporaryDir m_tmp;

    TransferEngine::Settings settings(const QString &stateDir = {}) const
    {
        TransferEngine::Settings s;
        s.minPartSize = 5 * MiB;
        s.multipartThreshold = 1 * MiB;
        s.caFiles = {m_s3.caFile};
        s.stateDir = stateDir.isEmpty() ? m_tmp.filePath(QStringLiteral("state")) : stateDir;
        s.initialBackoff = std::chrono::milliseconds(100);
        return s;
    }
    std::unique_ptr<TransferEngine> engine(const TransferEngine::Settings &s) const
    {
        return std::make_unique<TransferEngine>(m_s3.endpoint, m_s3.source(), s);
    }
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    void sandbox(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("python3"),
                QStringList{QStringLiteral(PLANCIA_SANDBOX_SCRIPT)} + args +
                    QStringList{QStringLiteral("--run-dir"), m_s3.runDir});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_s3 = test::S3Sandbox::load();
        QVERIFY2(m_s3.ok, "no sandbox S3 (PLANCIA_SANDBOX_RUN_DIR)");
        m_bucket = QStringLiteral("xfer-%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(m_s3.call("PUT", QLatin1Char('/') + m_bucket), 200);
    }

    void roundTrip_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("check");
        QTest::newRow("0 B") << qint64(0) << QStringLiteral("sha256");
        QTest::newRow("1 B") << qint64(1) << QStringLiteral("sha256");
        QTest::newRow("exactly one part") << 5 * MiB << QStringLiteral("sha256-tree");
        QTest::newRow("parts + 1 B") << 10 * MiB + 1 << QStringLiteral("sha256-tree");
        QTest::newRow("11 parts") << 50 * MiB + 3 << QStringLiteral("sha256-tree");
    }
    void roundTrip()
    {
        QFETCH(qint64, size);
        QFETCH(QString, check);
        const QString src = path(QStringLiteral("rt-%1.bin").arg(size));
        QVERIFY(test::writeRandomFile(src, size, quint32(size)));
        auto e = engine(settings());
        QSignalSpy finished(e.get(), &TransferEngine::itemFinished);
        const QString key = QStringLiteral("rt/%1 🚀+%.bin").arg(size);
        const auto up = test::waitFinished(*e, e->upload(src, m_bucket, key));
        QVERIFY2(up.state == State::Done, qPrintable(test::describe(up)));
        QCOMPARE(up.transferred, size);
        QCOMPARE(up.verifiedWith, check);
        QVERIFY(finished.count() >= 1);

        const QString dst = path(QStringLiteral("rt-back-%1.bin").arg(size));
        const auto down = test::waitFinished(*e, e->download(m_bucket, key, dst));
        QVERIFY2(down.state == State::Done, qPrintable(test::describe(down)));
        QCOMPARE(down.verifiedWith, check);
        QCOMPARE(QFileInfo(dst).size(), size);
        QCOMPARE(test::fileSha256(dst), test::fileSha256(src));
        QVERIFY(!QFile::exists(dst + QStringLiteral(".plancia-part")));
        // Nothing is left to resume once an upload is complete.
        QVERIFY(QDir(settings().stateDir).entryList(QDir::Files).isEmpty());
    }

    // A folder up and the prefix down again (recursive both ways), progress totals included.
    void folderRoundTrip()
    {
        const QString src = path(QStringLiteral("tree"));
        for (int i = 0; i < 30; ++i)
            QVERIFY(test::writeRandomFile(src + QStringLiteral("/d%1/f%2.txt").arg(i % 3).arg(i),
                                          1000 + i, quint32(i)));
        auto e = engine(settings());
        const auto up = test::waitFinished(*e, e->upload(src, m_bucket, QStringLiteral("tree")));
        QVERIFY2(up.state == State::Done, qPrintable(test::describe(up)));
        QCOMPARE(e->totals().done, 30);
        const QString dst = path(QStringLiteral("tree-back"));
        const auto down =
            test::waitFinished(*e, e->download(m_bucket, QStringLiteral("tree"), dst, true));
        for (const auto &item : e->items()) {
            if (item.state != State::Done)
                std::fprintf(stderr, "%s: %s\n", qPrintable(item.key),
                             qPrintable(test::describe(item)));
        }
        QVERIFY2(down.state == State::Done, qPrintable(test::describe(down)));
        for (int i = 0; i < 30; ++i) {
            const QString rel = QStringLiteral("/d%1/f%2.txt").arg(i % 3).arg(i);
            QCOMPARE(test::fileSha256(dst + rel), test::fileSha256(src + rel));
        }
        QCOMPARE(e->totals().done, 60);
        QCOMPARE(e->totals().failed, 0);
    }

    // Keys that try to leave the folder: every file lands inside it, under a mapped name.
    void hostileKeys()
    {
        const QStringList keys{QStringLiteral("evil/../../escaped.txt"),
                               QStringLiteral("evil//abs"), QStringLiteral("evil/./dot"),
                               QStringLiteral("evil/..\\..\\win"),
                               // 1,000 bytes: longer than any file name, mapped.
                               QStringLiteral("evil/") + QString(1000 - 5, QLatin1Char('L')),
                               QStringLiteral("evil/\t🚀 +#?%41")};
        const QString one = path(QStringLiteral("one.txt"));
        QVERIFY(test::writeRandomFile(one, 10, 7));
        auto e = engine(settings());
        for (const QString &k : keys) {
            const auto up = test::waitFinished(*e, e->upload(one, m_bucket, k));
            QVERIFY2(up.state == State::Done, qPrintable(k.left(20) + test::describe(up)));
        }
        QTemporaryDir outer;
        const QString dst = outer.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(dst));
        const auto down =
            test::waitFinished(*e, e->download(m_bucket, QStringLiteral("evil/"), dst, true));
        QVERIFY2(down.state == State::Done, qPrintable(test::describe(down)));
        // Nothing next to the folder, everything in it, names reversible to the keys.
        QCOMPARE(QDir(outer.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("in")});
        QStringList back;
        QDirIterator it(dst, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            back << QStringLiteral("evil/") +
                        TransferEngine::keyForLocalName(it.next().mid(dst.size() + 1));
        back.sort();
        QStringList expected = keys;
        expected.sort();
        QCOMPARE(back, expected);
        int mapped = 0;
        for (const auto &item : e->items())
            mapped += item.nameMapped ? 1 : 0;
        QVERIFY(mapped >= 5);
    }

    // A symbolic link inside the folder is never written through.
    void linkInsideFolderRefused()
    {
        QTemporaryDir outer;
        const QString dst = outer.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(dst));
        QVERIFY(QDir().mkpath(outer.filePath(QStringLiteral("elsewhere"))));
        QVERIFY(
            QFile::link(outer.filePath(QStringLiteral("elsewhere")), dst + QStringLiteral("/d0")));
        auto e = engine(settings());
        const auto down =
            test::waitFinished(*e, e->download(m_bucket, QStringLiteral("tree"), dst, true));
        QCOMPARE(down.state, State::Failed);
        QVERIFY(QDir(outer.filePath(QStringLiteral("elsewhere")))
                    .entryList(QDir::Files | QDir::Hidden)
                    .isEmpty());
    }

    // A download stopped half way (cancelled, or the app gone) leaves no file under the final
    // name, and cancel removes the part file too.
    void interruptedDownload()
    {
        const QString src = path(QStringLiteral("int.bin"));
        QVERIFY(test::writeRandomFile(src, 30 * MiB, 3));
        auto e = engine(settings());
        const auto up = test::waitFinished(*e, e->upload(src, m_bucket, QStringLiteral("int.bin")));
        QVERIFY2(up.state == State::Done, qPrintable(test::describe(up)));
        const QString dst = path(QStringLiteral("int-back.bin"));
        e->setBandwidthLimit(4 * MiB);
        const auto id = e->download(m_bucket, QStringLiteral("int.bin"), dst);
        QVERIFY(QTest::qWaitFor([&] { return e->item(id).transferred > 2 * MiB; }, 30000));
        QVERIFY(!QFile::exists(dst));
        e.reset(); // the app quits
        QVERIFY(!QFile::exists(dst));

        auto e2 = engine(settings());
        e2->setBandwidthLimit(4 * MiB);
        const auto id2 = e2->download(m_bucket, QStringLiteral("int.bin"), dst);
        QVERIFY(QTest::qWaitFor([&] { return e2->item(id2).transferred > 2 * MiB; }, 30000));
        e2->cancel(id2);
        QCOMPARE(test::waitFinished(*e2, id2).state, State::Cancelled);
        QVERIFY(!QFile::exists(dst));
        QVERIFY(!QFile::exists(dst + QStringLiteral(".plancia-part")));
    }

    // The app quits in the middle of a multipart upload: the next engine continues after the
    // parts already done (not sent again) and the object is right.
    void resumeAfterRestart()
    {
        const QString src = path(QStringLiteral("resume.bin"));
        QVERIFY(test::writeRandomFile(src, 60 * MiB, 5));
        const QString stateDir = path(QStringLiteral("state-resume"));
        auto e = engine(settings(stateDir));
        e->setBandwidthLimit(8 * MiB);
        const auto id = e->upload(src, m_bucket, QStringLiteral("resume.bin"));
        QVERIFY(QTest::qWaitFor([&] { return e->item(id).transferred > 25 * MiB; }, 60000));
        e.reset();
        const QStringList saved = QDir(stateDir).entryList(QDir::Files);
        QCOMPARE(saved.size(), 1);
        const auto state = UploadState::load(QDir(stateDir).filePath(saved.first()));
        QVERIFY(state.ok());
        QVERIFY(state->parts.size() >= 3);

        auto e2 = engine(settings(stateDir));
        const QList<TransferEngine::Id> ids = e2->resumeSaved();
        QCOMPARE(ids.size(), 1);
        const auto item = test::waitFinished(*e2, ids.first());
        QVERIFY2(item.state == State::Done, qPrintable(test::describe(item)));
        QCOMPARE(item.resumedBytes, qint64(state->parts.size()) * 5 * MiB);
        QVERIFY(QDir(stateDir).entryList(QDir::Files).isEmpty());
        const QString back = path(QStringLiteral("resume-back.bin"));
        const auto down = test::waitFinished(*e2, e2->download(m_bucket, item.key, back));
        QVERIFY2(down.state == State::Done, qPrintable(test::describe(down)));
        QCOMPARE(test::fileSha256(back), test::fileSha256(src));
    }

    // Credentials that run out mid-transfer: the source first hands out keys that S3 refuses
    // (as expired ones are), and after every 20 requests or so the engine's keys are made
    // stale again; every refusal is answered by fresh keys and the same request, and the
    // transfer never fails.
    void credentialsRunOutMidTransfer()
    {
        int asked = 0, forced = 0;
        const AwsCredentials good = m_s3.credentials;
        CredentialsSource source = [&, good](bool force, QObject *context,
                                             std::function<void(Result<AwsCredentials>)> done) {
            ++asked;
            forced += force ? 1 : 0;
            AwsCredentials c = good;
            // Short-lived: the engine renews them before they run out (every call here).
            c.expiration = QDateTime::currentDateTimeUtc().addSecs(60);
            if (!force)
                c.secretAccessKey = QStringLiteral("expired-") + c.secretAccessKey;
            QMetaObject::invokeMethod(
                context, [c, done] { done(c); }, Qt::QueuedConnection);
        };
        const QString src = path(QStringLiteral("creds.bin"));
        QVERIFY(test::writeRandomFile(src, 40 * MiB, 11));
        TransferEngine e(m_s3.endpoint, source, settings());
        const auto item = test::waitFinished(e, e.upload(src, m_bucket, QStringLiteral("creds")));
        QVERIFY2(item.state == State::Done, qPrintable(test::describe(item)));
        QVERIFY(forced >= 1);
        QVERIFY(asked >= 2);
        const QString back = path(QStringLiteral("creds-back.bin"));
        const auto down =
            test::waitFinished(e, e.download(m_bucket, QStringLiteral("creds"), back));
        QVERIFY2(down.state == State::Done, qPrintable(test::describe(down)));
        QCOMPARE(test::fileSha256(back), test::fileSha256(src));
    }

    void cleanupTestCase()
    {
        // Big objects are deleted by their tests; memstore keeps the rest until `down`.
        if (m_s3.ok)
            (void)m_s3.call("DELETE", QLatin1Char('/') + m_bucket + QStringLiteral("/int.bin"));
    }
};

QTEST_GUILESS_MAIN(TstTransferSandbox)
#include "tst_transfer_sandbox.moc"
