// Interop on the sandbox's RadosGW: what the transfer engine writes, aws-cli and rclone read back
// byte for byte, and the reverse, odd keys included (spaces, +, %, #, ?, unicode, emoji, a
// 1,000-byte key) and a multipart object each way.
#include "testsupport.h"
#include "transfertestkit.h"

#include <QTemporaryDir>

using namespace plancia;
using namespace plancia::s3;
using State = TransferEngine::State;

class TstTransferInterop : public QObject
{
    Q_OBJECT

    test::S3Sandbox m_s3;
    QString m_bucket;
    QTemporaryDir m_tmp;

    QProcessEnvironment awsEnv() const
    {
        QProcessEnvironment env = m_s3.toolEnvironment();
        // RadosGW 16.2 answers botocore's aws-chunked parts with 411 (sandbox README).
        env.insert(QStringLiteral("AWS_REQUEST_CHECKSUM_CALCULATION"),
                   QStringLiteral("when_required"));
        env.insert(QStringLiteral("AWS_RESPONSE_CHECKSUM_VALIDATION"),
                   QStringLiteral("when_required"));
        return env;
    }
    QProcessEnvironment rcloneEnv() const
    {
        QProcessEnvironment env = m_s3.toolEnvironment();
        env.remove(QStringLiteral("AWS_CA_BUNDLE")); // breaks rclone 1.60: --ca-cert instead
        env.insert(QStringLiteral("RCLONE_CONFIG_SBX_TYPE"), QStringLiteral("s3"));
        env.insert(QStringLiteral("RCLONE_CONFIG_SBX_PROVIDER"), QStringLiteral("Ceph"));
        env.insert(QStringLiteral("RCLONE_CONFIG_SBX_ENV_AUTH"), QStringLiteral("true"));
        env.insert(QStringLiteral("RCLONE_CONFIG_SBX_ENDPOINT"), m_s3.endpoint.url.toString());
        return env;
    }
    bool run(const QString &program, const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
            return false;
        }
        return true;
    }
    bool aws(const QStringList &args)
    {
        return run(QStringLiteral("aws"),
                   QStringList{QStringLiteral("--endpoint-url"), m_s3.endpoint.url.toString(),
                               QStringLiteral("--ca-bundle"), m_s3.caFile, QStringLiteral("s3")} +
                       args,
                   awsEnv());
    }
    bool rclone(const QStringList &args)
    {
        return run(QStringLiteral("rclone"),
                   QStringList{QStringLiteral("--ca-cert"), m_s3.caFile} + args, rcloneEnv());
    }
    QString s3url(const QString &key) const
    {
        return QStringLiteral("s3://") + m_bucket + QLatin1Char('/') + key;
    }
    QString rc(const QString &key) const
    {
        return QStringLiteral("sbx:") + m_bucket + QLatin1Char('/') + key;
    }
    TransferEngine::Settings settings() const
    {
        TransferEngine::Settings s;
        s.caFiles = {m_s3.caFile};
        s.minPartSize = 5 * 1024 * 1024;
        s.multipartThreshold = 5 * 1024 * 1024;
        s.stateDir = m_tmp.filePath(QStringLiteral("state"));
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_s3 = test::S3Sandbox::load();
        QVERIFY2(m_s3.ok, "no sandbox S3 (PLANCIA_SANDBOX_RUN_DIR)");
        m_bucket = QStringLiteral("xfer-interop-%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(m_s3.call("PUT", QLatin1Char('/') + m_bucket), 200);
    }

    void keys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("size");
        QTest::newRow("space") << QStringLiteral("odd/with space.txt") << qint64(1000);
        QTest::newRow("plus") << QStringLiteral("odd/a+b=c.txt") << qint64(1001);
        QTest::newRow("percent") << QStringLiteral("odd/100%25 %zz.txt") << qint64(1002);
        QTest::newRow("hash") << QStringLiteral("odd/#tag.txt") << qint64(1003);
        QTest::newRow("question") << QStringLiteral("odd/what?x=1&y=2") << qint64(1004);
        QTest::newRow("unicode") << QStringLiteral("odd/ünïcødé/日本語/данные.csv") << qint64(1005);
        QTest::newRow("emoji") << QStringLiteral("odd/🚀 launch 🎉.bin") << qint64(1006);
        // A 1,000-byte key (S3 allows 1,024; the sandbox's OSD takes object names up to 2,048
        // bytes, RadosGW's bucket marker included).
        QTest::newRow("1000-byte key")
            << QStringLiteral("odd/") + QString(996, QLatin1Char('x')) << qint64(1007);
        QTest::newRow("multipart")
            << QStringLiteral("odd/multi part+.bin") << qint64(12 * 1024 * 1024 + 5);
    }
    void keys()
    {
        QFETCH(QString, key);
        QFETCH(qint64, size);
        const QString src = m_tmp.filePath(QStringLiteral("src-%1").arg(size));
        QVERIFY(test::writeRandomFile(src, size, quint32(size)));
        const QByteArray sha = test::fileSha256(src);
        TransferEngine e(m_s3.endpoint, m_s3.source(), settings());

        // Plancia writes; aws-cli and rclone read.
        const QString ours = key + QStringLiteral(".plancia");
        const auto up = test::waitFinished(e, e.upload(src, m_bucket, ours));
        QVERIFY2(up.state == State::Done, qPrintable(test::describe(up)));
        const QString viaAws = m_tmp.filePath(QStringLiteral("aws-%1").arg(size));
        QVERIFY(aws({QStringLiteral("cp"), QStringLiteral("--quiet"), s3url(ours), viaAws}));
        QCOMPARE(test::fileSha256(viaAws), sha);
        const QString viaRclone = m_tmp.filePath(QStringLiteral("rclone-%1").arg(size));
        QVERIFY(rclone({QStringLiteral("copyto"), rc(ours), viaRclone}));
        QCOMPARE(test::fileSha256(viaRclone), sha);

        // aws-cli and rclone write; Plancia reads (and checks what it can: the MD5 ETag of a
        // single-part object, never a multipart ETag).
        const QString byAws = key + QStringLiteral(".aws");
        QVERIFY(aws({QStringLiteral("cp"), QStringLiteral("--quiet"), src, s3url(byAws)}));
        const QString byRclone = key + QStringLiteral(".rclone");
        QVERIFY(rclone({QStringLiteral("copyto"), src, rc(byRclone)}));
        for (const QString &k : {byAws, byRclone}) {
            const QString back = m_tmp.filePath(QStringLiteral("back-%1").arg(size));
            const auto down = test::waitFinished(e, e.download(m_bucket, k, back));
            QVERIFY2(down.state == State::Done, qPrintable(k + test::describe(down)));
            QCOMPARE(test::fileSha256(back), sha);
            if (size < 5 * 1024 * 1024)
                QCOMPARE(down.verifiedWith, QStringLiteral("md5"));
            QFile::remove(back);
        }
    }
};

QTEST_GUILESS_MAIN(TstTransferInterop)
#include "tst_transfer_interop.moc"
