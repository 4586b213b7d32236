// `plancia-cli s3` against the sandbox's RadosGW, logged in as mrossi through the CLI (the login
// in a private keychain): `s3 ls --output json` equals what this test lists itself with the S3
// client, `s3 ls` of no bucket names the profile's buckets, `rm --recursive` of a prefix empties
// it, `mv` renames, `share` prints a URL that curl fetches, `usage` counts, and a failing object
// (another user's bucket) makes the exit code non-zero.

#include "authsandbox.h"
#include "platform/platform.h"
#include "storage/s3client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace plancia;
using namespace plancia::s3;

namespace {

const QString kBucket = QStringLiteral("user-mrossi");

template<typename T>
std::optional<Result<T>> wait(S3Job<T> *job, int ms = 60000)
{
    std::optional<Result<T>> out;
    job->then([&](const Result<T> &r) { out.emplace(r); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, ms);
    return out;
}

} // namespace

class TstS3CliSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Platform> m_platform;
    S3Client *m_s3 = nullptr;
    QString m_run;

    QByteArray cli(const QStringList &args, int *exitCode, QByteArray *err = nullptr)
    {
        QProcess p;
        p.setProgram(QStringLiteral(PLANCIA_CLI_EXECUTABLE));
        p.setArguments(
            QStringList{"--profile", QDir(test::sandboxRunDir()).filePath("profile.json")} + args);
        p.setStandardInputFile(QProcess::nullDevice()); // not a terminal: rm does not ask
        p.start();
        if (!p.waitForFinished(120000))
            p.kill();
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        const QByteArray e = p.readAllStandardError();
        if (err)
            *err = e;
        if (p.exitCode() != 0)
            qInfo("plancia-cli %s: exit %d: %s", qPrintable(args.join(' ')), p.exitCode(),
                  e.constData());
        return p.readAllStandardOutput();
    }

    bool cliLogin(const QString &user)
    {
        QProcess login;
        login.setProgram(QStringLiteral(PLANCIA_CLI_EXECUTABLE));
        login.setArguments(
            {"--profile", QDir(test::sandboxRunDir()).filePath("profile.json"), "login"});
        login.start();
        QByteArray err;
        QString code;
        (void)QTest::qWaitFor(
            [&] {
                err += login.readAllStandardError();
                for (const QByteArray &line : err.split('\n')) {
                    if (line.startsWith("Code: "))
                        code = QString::fromUtf8(line.mid(6).trimmed());
                }
                return !code.isEmpty() || login.state() == QProcess::NotRunning;
            },
            30000);
        if (code.isEmpty())
            return false;
        if (test::iamTestRoute(m_platform->profile(), "approve",
                               {{"user_code", code}, {"username", user}}) != 200)
            return false;
        return login.waitForFinished(30000) && login.exitCode() == 0;
    }

    bool putAll(const QStringList &keys)
    {
        int done = 0;
        int failed = 0;
        for (const QString &k : keys) {
            m_s3->put(kBucket, k, k.toUtf8(), this)->then([&](const Result<bool> &r) {
                ++done;
                if (!r.ok())
                    ++failed;
            });
        }
        (void)QTest::qWaitFor([&] { return done == keys.size(); }, 60000);
        return done == keys.size() && failed == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PLANCIA_TEST_HOME"), "run through CTest");
        QCoreApplication::setOrganizationName("plancia");
        QCoreApplication::setApplicationName("plancia");
        auto profile = test::sandboxProfile();
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toLogString()));
        m_platform = std::make_unique<Platform>(profile.value());
        QVERIFY(test::scriptedLogin(*m_platform->session(), QStringLiteral("mrossi")));
        m_s3 = m_platform->storage();
        QVERIFY(cliLogin(QStringLiteral("mrossi")));
        m_run = QStringLiteral("tst-s3cli-%1/")
                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        QStringList keys;
        for (int i = 0; i < 30; ++i)
            keys << m_run + QStringLiteral("data/part %1+#.bin").arg(i);
        keys << m_run + QStringLiteral("data/sub/ü \U0001F600.txt")
             << m_run + QStringLiteral("top.txt");
        QVERIFY(putAll(keys));
    }

    void cleanupTestCase()
    {
        if (m_s3)
            (void)wait(m_s3->removePrefix(kBucket, m_run, this));
    }

    void lsJsonEqualsTheClientsListing()
    {
        int rc = -1;
        const QByteArray out = cli({"s3", "ls", "s3://" + kBucket + "/" + m_run + "data/",
                                    "--recursive", "--output", "json"},
                                   &rc);
        QCOMPARE(rc, 0);
        const QJsonObject doc = QJsonDocument::fromJson(out).object();
        const auto mine = wait(m_s3->listAll(kBucket, m_run + "data/", true, this));
        QVERIFY(mine && mine->ok());
        const QJsonArray objects = doc.value("objects").toArray();
        QCOMPARE(objects.size(), mine->value().objects.size());
        QCOMPARE(objects.size(), 31);
        for (int i = 0; i < objects.size(); ++i) {
            const QJsonObject o = objects.at(i).toObject();
            const Object &m = mine->value().objects.at(i);
            QCOMPARE(o.value("key").toString(), m.key);
            QCOMPARE(qint64(o.value("size").toDouble()), m.size);
            QCOMPARE(o.value("etag").toString(), QString::fromLatin1(m.etag));
            QCOMPARE(QDateTime::fromString(o.value("lastModified").toString(), Qt::ISODateWithMs),
                     m.lastModified);
        }
        QCOMPARE(doc.value("bucket").toString(), kBucket);

        // One level: the folders.
        const QByteArray level =
            cli({"s3", "ls", "s3://" + kBucket + "/" + m_run, "--output", "json"}, &rc);
        QCOMPARE(rc, 0);
        const QJsonObject l = QJsonDocument::fromJson(level).object();
        QCOMPARE(l.value("prefixes").toArray(), QJsonArray{m_run + "data/"});
        QCOMPARE(l.value("objects").toArray().size(), 1);

        // No bucket: the profile's buckets.
        const QByteArray buckets = cli({"s3", "ls", "--output", "json"}, &rc);
        QCOMPARE(rc, 0);
        QStringList names;
        for (const QJsonValue &b : QJsonDocument::fromJson(buckets).array())
            names << b.toObject().value("name").toString();
        QVERIFY2(names.contains(kBucket), buckets.constData());
        QVERIFY(names.contains("proj-flashsim"));

        // Text: one line per object, the key last.
        const QByteArray text =
            cli({"s3", "ls", "s3://" + kBucket + "/" + m_run + "data/sub/", "--recursive"}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(text.trimmed().endsWith((m_run + "data/sub/ü \U0001F600.txt").toUtf8()),
                 text.constData());
    }

    void mvShareUsage()
    {
        int rc = -1;
        (void)cli({"s3", "mv", "s3://" + kBucket + "/" + m_run + "top.txt",
                   "s3://" + kBucket + "/" + m_run + "moved/top #2.txt"},
                  &rc);
        QCOMPARE(rc, 0);
        const auto h = wait(m_s3->head(kBucket, m_run + "moved/top #2.txt", this));
        QVERIFY(h && h->ok());
        const auto gone = wait(m_s3->head(kBucket, m_run + "top.txt", this));
        QVERIFY(gone && !gone->ok());
        QCOMPARE(gone->error().kind, Error::Kind::NotFound);

        const QByteArray url =
            cli({"s3", "share", "s3://" + kBucket + "/" + m_run + "moved/top #2.txt", "--expires",
                 "15m"},
                &rc)
                .trimmed();
        QCOMPARE(rc, 0);
        QVERIFY(url.startsWith("https://"));
        // 15 minutes, unless the STS credentials that sign it end sooner (a short --sts-ttl).
        const int expires =
            QUrlQuery(QUrl::fromEncoded(url)).queryItemValue("X-Amz-Expires").toInt();
        if (m_platform->profile().s3.sts.durationSeconds >= 1200)
            QCOMPARE(expires, 900);
        else
            QVERIFY(expires > 0 && expires <= m_platform->profile().s3.sts.durationSeconds);
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (!curl.isEmpty()) {
            QProcess p;
            p.start(curl, {"-sS", "--fail", "--cacert", m_platform->profile().caFile,
                           QString::fromUtf8(url)});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(p.readAllStandardOutput(), (m_run + "top.txt").toUtf8());
        }
        (void)cli({"s3", "share", "s3://" + kBucket + "/x", "--expires", "8d"}, &rc);
        QCOMPARE(rc, 2);

        const QByteArray usage =
            cli({"s3", "usage", "s3://" + kBucket + "/" + m_run, "--output", "json"}, &rc);
        QCOMPARE(rc, 0);
        const QJsonObject u = QJsonDocument::fromJson(usage).array().first().toObject();
        QCOMPARE(u.value("objects").toInt(), 32);
    }

    void rmPrefixAndFailedObjects()
    {
        int rc = -1;
        const QByteArray out = cli({"s3", "rm", "s3://" + kBucket + "/" + m_run + "data/",
                                    "--recursive", "--output", "json"},
                                   &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value("removed").toInt(), 31);
        const auto left = wait(m_s3->listAll(kBucket, m_run + "data/", true, this));
        QVERIFY(left && left->ok());
        QCOMPARE(left->value().objects.size(), 0);

        // A prefix without --recursive: a usage error.
        (void)cli({"s3", "rm", "s3://" + kBucket + "/" + m_run}, &rc);
        QCOMPARE(rc, 2);
        // A missing object and another user's object fail; the good one is removed; exit 1.
        QByteArray err;
        const QByteArray failed =
            cli({"s3", "rm", "s3://" + kBucket + "/" + m_run + "moved/top #2.txt",
                 "s3://" + kBucket + "/" + m_run + "no such key", "s3://user-gbianchi/anything",
                 "--output", "json"},
                &rc, &err);
        QCOMPARE(rc, 1);
        const QJsonObject f = QJsonDocument::fromJson(failed).object();
        QCOMPARE(f.value("removed").toInt(), 1);
        QCOMPARE(f.value("failed").toArray().size(), 2);
        QVERIFY2(err.contains("Access denied"), err.constData());
        QVERIFY2(err.contains("does not exist"), err.constData());
        // Another user's bucket: refused, in words, exit 4.
        (void)cli({"s3", "ls", "s3://user-gbianchi/"}, &rc, &err);
        QCOMPARE(rc, 4);
        QVERIFY2(err.contains("Access denied"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TstS3CliSandbox)
#include "tst_s3cli_sandbox.moc"
