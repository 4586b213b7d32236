// The transfer engine while RadosGW goes away (`sandbox service stop rgw`) and comes back, on a
// sandbox of its own (fixture outage_sandbox) so that the tests on the shared one never see it.
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

class TstTransferOutage : public QObject
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
        m_bucket = QStringLiteral("xfer-outage-%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(m_s3.call("PUT", QLatin1Char('/') + m_bucket), 200);
    }

    // RadosGW killed in the middle of a 200 MB upload and started again: the engine retries
    // through the outage and continues from its last parts; the object is correct.
    void rgwKilledMidUpload()
    {
        const QString src = path(QStringLiteral("big.bin"));
        QVERIFY(test::writeRandomFile(src, 200 * MiB, 9));
        TransferEngine::Settings s = settings(path(QStringLiteral("state-rgw")));
        s.maxRetries = 12;
        s.initialBackoff = std::chrono::milliseconds(200);
        s.minPartSize = 8 * MiB;
        auto e = engine(s);
        e->setBandwidthLimit(40 * MiB);
        const auto id = e->upload(src, m_bucket, QStringLiteral("big.bin"));
        QVERIFY(QTest::qWaitFor([&] { return e->item(id).transferred > 60 * MiB; }, 60000));
        sandbox({QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("rgw")});
        const qint64 atStop = e->item(id).transferred;
        QVERIFY(QTest::qWaitFor([&] { return e->item(id).retries > 0; }, 30000));
        sandbox({QStringLiteral("service"), QStringLiteral("start"), QStringLiteral("rgw")});
        const auto item = test::waitFinished(*e, id, 180000);
        QVERIFY2(item.state == State::Done, qPrintable(test::describe(item)));
        QVERIFY(atStop > 0);
        QVERIFY(QDir(s.stateDir).entryList(QDir::Files).isEmpty());
        const QString back = path(QStringLiteral("big-back.bin"));
        const auto down = test::waitFinished(*e, e->download(m_bucket, item.key, back));
        QVERIFY2(down.state == State::Done, qPrintable(test::describe(down)));
        QCOMPARE(down.verifiedWith, QStringLiteral("sha256-tree"));
        QCOMPARE(test::fileSha256(back), test::fileSha256(src));
        QFile::remove(back);
        QCOMPARE(m_s3.call("DELETE", QLatin1Char('/') + m_bucket + QStringLiteral("/big.bin")),
                 204);
    }
};

QTEST_GUILESS_MAIN(TstTransferOutage)
#include "tst_transfer_outage.moc"
