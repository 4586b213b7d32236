// A full recursive listing of a large prefix on the sandbox's RadosGW (HTTPS): `plancia-cli s3 ls
// --recursive` beside `rclone lsf -R` and `aws s3 ls --recursive` in the same run, with the same
// STS credentials (the peers get them in the environment), wall and CPU time of each (best of
// N), and every tool's line count checked against the number of keys.
//
// The keys are seeded with the S3 client's parallel PUTs under a prefix of user-mrossi and removed
// at the end. PLANCIA_BENCH_S3LIST_KEYS=100000 for the issue's figure (default 10,000, to keep
// the suite short), PLANCIA_BENCH_S3LIST_RUNS=N (default 3), PLANCIA_BENCH_STRICT=1 fails when
// plancia-cli is slower than rclone.

#include "authsandbox.h"
#include "platform/platform.h"
#include "storage/s3client.h"
#include "storage/stscredentials.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <sys/resource.h>

#include <optional>

using namespace plancia;
using namespace plancia::s3;

namespace {

const QString kBucket = QStringLiteral("user-mrossi");

double childCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Run
{
    double wall = 0;
    double cpu = 0;
    qsizetype lines = -1;
    int exitCode = -1;
};

} // namespace

class BenchS3List : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Platform> m_platform;
    S3Client *m_s3 = nullptr;
    QString m_prefix;
    int m_keys = 10000;
    int m_runs = 3;
    AwsCredentials m_creds;

    QString profileFile() const
    {
        return QDir(test::sandboxRunDir()).filePath(QStringLiteral("profile.json"));
    }

    bool cliLogin(const QString &user)
    {
        QProcess login;
        login.setProgram(QStringLiteral(PLANCIA_CLI_EXECUTABLE));
        login.setArguments({"--profile", profileFile(), "login"});
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

    Run runTool(const QString &program, const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess p;
        p.setProgram(program);
        p.setArguments(args);
        p.setProcessEnvironment(env);
        p.setStandardErrorFile(QProcess::nullDevice());
        qsizetype lines = 0;
        QByteArray tail;
        QObject::connect(&p, &QProcess::readyReadStandardOutput, [&] {
            const QByteArray chunk = p.readAllStandardOutput();
            lines += chunk.count('\n');
            tail = chunk.right(200);
        });
        const double cpu0 = childCpuSeconds();
        QElapsedTimer t;
        t.start();
        p.start();
        p.waitForStarted();
        (void)QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 600000);
        Run r;
        r.wall = double(t.nsecsElapsed()) / 1e9;
        lines += p.readAllStandardOutput().count('\n');
        r.cpu = childCpuSeconds() - cpu0;
        r.lines = lines;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }

    Run best(const char *name, const QString &program, const QStringList &args,
             const QProcessEnvironment &env)
    {
        Run out;
        for (int i = 0; i < m_runs; ++i) {
            const Run r = runTool(program, args, env);
            qInfo("run %s #%d: %.2f s wall, %.2f s CPU, %lld lines, exit %d", name, i + 1, r.wall,
                  r.cpu, qlonglong(r.lines), r.exitCode);
            if (r.exitCode != 0)
                return r;
            if (out.exitCode != 0 || r.wall < out.wall)
                out = r;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PLANCIA_TEST_HOME"), "run through CTest");
        QCoreApplication::setOrganizationName("plancia");
        QCoreApplication::setApplicationName("plancia");
        if (const int n = qEnvironmentVariableIntValue("PLANCIA_BENCH_S3LIST_KEYS"); n > 0)
            m_keys = n;
        if (const int n = qEnvironmentVariableIntValue("PLANCIA_BENCH_S3LIST_RUNS"); n > 0)
            m_runs = n;
        auto profile = test::sandboxProfile();
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toLogString()));
        m_platform = std::make_unique<Platform>(profile.value());
        QVERIFY(test::scriptedLogin(*m_platform->session(), QStringLiteral("mrossi")));
        m_s3 = m_platform->storage();
        QVERIFY(cliLogin(QStringLiteral("mrossi")));
        m_prefix = QStringLiteral("bench-s3list-%1/").arg(m_keys);

        std::optional<Result<AwsCredentials>> c;
        m_platform->stsCredentials()->credentials(
            this, false, [&](const Result<AwsCredentials> &r) { c.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(c.has_value(), 30000);
        QVERIFY(c->ok());
        m_creds = c->value();
    }

    void seed()
    {
        // Already there (a kept run, PLANCIA_BENCH_S3LIST_KEEP=1)? Only the missing keys are put.
        std::optional<Result<Listing>> have;
        m_s3->listAll(kBucket, m_prefix, true, this)->then([&](const Result<Listing> &r) {
            have.emplace(r);
        });
        QTRY_VERIFY_WITH_TIMEOUT(have.has_value(), 300000);
        QVERIFY(have->ok());
        QSet<QString> present;
        for (const Object &o : have->value().objects)
            present.insert(o.key);
        QStringList missing;
        for (int i = 0; i < m_keys; ++i) {
            // 10 folders of 10 sub-folders: a realistic tree, 1000 keys per leaf at 100k.
            const QString key = m_prefix + QStringLiteral("d%1/s%2/file-%3.dat")
                                               .arg(i % 10)
                                               .arg((i / 10) % 10)
                                               .arg(i, 6, 10, QLatin1Char('0'));
            if (!present.contains(key))
                missing << key;
        }
        if (missing.isEmpty())
            return;
        QElapsedTimer t;
        t.start();
        int next = 0;
        int running = 0;
        int failed = 0;
        std::function<void()> pump = [&] {
            while (running < 48 && next < missing.size()) {
                const QString key = missing.at(next++);
                ++running;
                m_s3->put(kBucket, key, key.right(6).toLatin1(), this)
                    ->then([&](const Result<bool> &r) {
                        --running;
                        if (!r.ok() && ++failed < 5)
                            qWarning("PUT: %s", qPrintable(r.error().toLogString()));
                        pump();
                    });
            }
        };
        pump();
        QTRY_VERIFY_WITH_TIMEOUT(running == 0 && next == missing.size(), 1800000);
        QCOMPARE(failed, 0);
        qInfo("FIGURE seeded %d keys in %.1f s (%.0f PUT/s, 48 in flight)", int(missing.size()),
              double(t.elapsed()) / 1000,
              double(missing.size()) * 1000.0 / double(std::max<qint64>(1, t.elapsed())));
    }

    void recursiveListing()
    {
        const Profile &profile = m_platform->profile();
        const QString endpoint = profile.s3.endpoint.toString();
        const QString url = QStringLiteral("s3://%1/%2").arg(kBucket, m_prefix);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const Run ours = best("plancia-cli", QStringLiteral(PLANCIA_CLI_EXECUTABLE),
                              {"--profile", profileFile(), "s3", "ls", url, "--recursive"}, env);
        QCOMPARE(ours.exitCode, 0);
        QCOMPARE(ours.lines, qsizetype(m_keys));

        // The peers: the same STS credentials, fresh (the sandbox's may be short-lived), in the
        // environment (never printed).
        std::optional<Result<AwsCredentials>> fresh;
        m_platform->stsCredentials()->credentials(
            this, false, [&](const Result<AwsCredentials> &r) { fresh.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(fresh.has_value(), 30000);
        QVERIFY(fresh->ok());
        m_creds = fresh->value();
        QProcessEnvironment peer = env;
        peer.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), m_creds.accessKeyId);
        peer.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), m_creds.secretAccessKey);
        peer.insert(QStringLiteral("AWS_SESSION_TOKEN"), m_creds.sessionToken);
        peer.insert(QStringLiteral("AWS_DEFAULT_REGION"), profile.s3.region);
        peer.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
        peer.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
        QString rcloneFigure = QStringLiteral("not installed");
        QString awsFigure = QStringLiteral("not installed");
        std::optional<Run> rclone;
        if (const QString exe = QStandardPaths::findExecutable(QStringLiteral("rclone"));
            !exe.isEmpty()) {
            QProcessEnvironment e = peer;
            e.remove(QStringLiteral("AWS_CA_BUNDLE")); // rclone refuses it (sandbox README)
            e.insert(QStringLiteral("RCLONE_CONFIG"), QStringLiteral("/dev/null"));
            const Run r =
                best("rclone", exe,
                     {"lsf", "-R", "--files-only", "--s3-provider", "Ceph", "--s3-env-auth",
                      "--s3-endpoint", endpoint, "--s3-region", profile.s3.region, "--ca-cert",
                      profile.caFile, ":s3:" + kBucket + "/" + m_prefix},
                     e);
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.lines, qsizetype(m_keys));
            rclone = r;
            rcloneFigure =
                QStringLiteral("%1 s wall, %2 s CPU").arg(r.wall, 0, 'f', 2).arg(r.cpu, 0, 'f', 2);
        }
        if (const QString exe = QStandardPaths::findExecutable(QStringLiteral("aws"));
            !exe.isEmpty()) {
            const Run r = best("aws", exe,
                               {"--endpoint-url", endpoint, "--ca-bundle", profile.caFile, "s3",
                                "ls", "--recursive", url},
                               peer);
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.lines, qsizetype(m_keys));
            awsFigure =
                QStringLiteral("%1 s wall, %2 s CPU").arg(r.wall, 0, 'f', 2).arg(r.cpu, 0, 'f', 2);
        }
        qInfo("FIGURE s3 recursive listing of %d keys (best of %d, HTTPS RadosGW): plancia-cli "
              "%.2f s wall, %.2f s CPU (login restore and STS included) | rclone lsf -R %s | "
              "aws s3 ls --recursive %s",
              m_keys, m_runs, ours.wall, ours.cpu, qPrintable(rcloneFigure), qPrintable(awsFigure));
        if (rclone && qEnvironmentVariableIntValue("PLANCIA_BENCH_STRICT") == 1)
            QVERIFY2(ours.wall <= rclone->wall, "plancia-cli is slower than rclone lsf -R");
    }

    void cleanupTestCase()
    {
        if (!m_s3 || qEnvironmentVariableIntValue("PLANCIA_BENCH_S3LIST_KEEP") == 1)
            return;
        std::optional<Result<DeleteReport>> d;
        m_s3->removePrefix(kBucket, m_prefix, this)->then([&](const Result<DeleteReport> &r) {
            d.emplace(r);
        });
        QTRY_VERIFY_WITH_TIMEOUT(d.has_value(), 600000);
        QVERIFY(d->ok());
        QVERIFY(d->value().failed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(BenchS3List)
#include "bench_s3list.moc"
