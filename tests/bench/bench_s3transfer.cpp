// The transfer engine beside aws-cli and rclone against the sandbox's RadosGW over HTTPS, in one
// run: one large file up and down (1 GiB with PLANCIA_BENCH_S3_FULL=1, else 256 MiB) and many
// small files (10,000 x 10 KiB full, else 2,000) up and down. Every tool runs as a child
// process (ours: this binary with --child), timed by the wall clock and charged the child's
// user+sys CPU from wait4(). Our child also reports its RSS before, during (peak sampled) and
// after the large transfer. Targets: wall no worse than the best peer, CPU at most half the best
// peer's (large file), wall no worse than the best peer (small files). PLANCIA_BENCH_STRICT=1
// fails on a missed target. memstore keeps objects in RAM: every step deletes what it stored.
#include "storage/transferengine.h"
#include "testsupport.h"
#include "transfertestkit.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace plancia;
using namespace plancia::s3;

namespace {

constexpr qint64 MiB = 1024 * 1024;

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// --child up|down|up-dir|down-dir LOCAL BUCKET KEY: one transfer on a TransferEngine, the sandbox
// read from PLANCIA_SANDBOX_RUN_DIR; prints "RSS before during after" (KiB) on stdout.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    const QString mode = a.value(2), local = a.value(3), bucket = a.value(4), key = a.value(5);
    const test::S3Sandbox s3 = test::S3Sandbox::load();
    TransferEngine::Settings settings;
    settings.caFiles = {s3.caFile};
    // 16 files at once, as rclone's --transfers 16 below; files of at most 1 MiB run up to the
    // engine's parallelSmallFiles (64) at once, as they would in the app.
    settings.parallelTransfers = 16;
    // For tuning runs: PLANCIA_BENCH_S3_PARTS (parallel parts), PLANCIA_BENCH_S3_PART_MIB,
    // PLANCIA_BENCH_S3_TRANSFERS (parallel files; 16 as rclone's --transfers below).
    if (const int n = qEnvironmentVariableIntValue("PLANCIA_BENCH_S3_TRANSFERS"); n > 0)
        settings.parallelTransfers = n;
    if (const int n = qEnvironmentVariableIntValue("PLANCIA_BENCH_S3_PARTS"); n > 0)
        settings.parallelParts = n;
    if (const int n = qEnvironmentVariableIntValue("PLANCIA_BENCH_S3_PART_MIB"); n > 0)
        settings.minPartSize = n * MiB;
    settings.stateDir = QDir::tempPath() + QStringLiteral("/bench-s3transfer-state");
    const qint64 before = rssKiB();
    qint64 peak = before;
    TransferEngine engine(s3.endpoint, s3.source(), settings);
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { peak = std::max(peak, rssKiB()); });
    sampler.start(50);
    TransferEngine::Id id = 0;
    if (mode == QLatin1String("up") || mode == QLatin1String("up-dir"))
        id = engine.upload(local, bucket, key);
    else
        id = engine.download(bucket, key, local, mode == QLatin1String("down-dir"));
    int rc = 0;
    QObject::connect(&engine, &TransferEngine::itemFinished, &app, [&](TransferEngine::Id done) {
        if (done != id)
            return;
        const auto item = engine.item(id);
        if (item.state != TransferEngine::State::Done) {
            std::fprintf(stderr, "child: %s\n", qPrintable(test::describe(item)));
            rc = 1;
        }
        app.quit();
    });
    app.exec();
    sampler.stop();
    peak = std::max(peak, rssKiB());
    engine.clearFinished();
    std::printf("RSS %lld %lld %lld\n", before, peak, rssKiB());
    return rc;
}

struct Run
{
    double wall = 0, cpu = 0;
    int exitCode = -1;
    QByteArray out, err;
};

// Spawns argv with `env`, waits with wait4 for its rusage.
Run spawn(const QStringList &args, const QProcessEnvironment &env)
{
    Run run;
    QList<QByteArray> argStore, envStore;
    for (const QString &s : args)
        argStore << s.toLocal8Bit();
    for (const QString &s : env.toStringList())
        envStore << s.toLocal8Bit();
    std::vector<char *> argv, envp;
    for (QByteArray &b : argStore)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    for (QByteArray &b : envStore)
        envp.push_back(b.data());
    envp.push_back(nullptr);
    QTemporaryDir dir;
    const QByteArray outPath = QFile::encodeName(dir.filePath(QStringLiteral("out")));
    const QByteArray errPath = QFile::encodeName(dir.filePath(QStringLiteral("err")));
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_addopen(&fa, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &fa, nullptr, argv.data(), envp.data()) != 0)
        return run;
    posix_spawn_file_actions_destroy(&fa);
    int status = 0;
    struct rusage ru;
    wait4(pid, &status, 0, &ru);
    run.wall = double(clock.nsecsElapsed()) / 1e9;
    run.cpu = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
              double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile o(QString::fromLocal8Bit(outPath)), e(QString::fromLocal8Bit(errPath));
    if (o.open(QIODevice::ReadOnly))
        run.out = o.readAll();
    if (e.open(QIODevice::ReadOnly))
        run.err = e.readAll().right(2000);
    return run;
}

} // namespace

class BenchS3Transfer : public QObject
{
    Q_OBJECT

    test::S3Sandbox m_s3;
    QString m_bucket;
    QTemporaryDir m_tmp;
    bool m_full = qEnvironmentVariableIntValue("PLANCIA_BENCH_S3_FULL") == 1;
    bool m_strict = qEnvironmentVariableIntValue("PLANCIA_BENCH_STRICT") == 1;
    QStringList m_table;
    QStringList m_missed;

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
        env.remove(QStringLiteral("AWS_CA_BUNDLE")); // breaks rclone 1.60
        env.insert(QStringLiteral("RCLONE_CONFIG_SBX_TYPE"), QStringLiteral("s3"));
        env.insert(QStringLiteral("RCLONE_CONFIG_SBX_PROVIDER"), QStringLiteral("Ceph"));
        env.insert(QStringLiteral("RCLONE_CONFIG_SBX_ENV_AUTH"), QStringLiteral("true"));
        env.insert(QStringLiteral("RCLONE_CONFIG_SBX_ENDPOINT"), m_s3.endpoint.url.toString());
        return env;
    }
    QStringList aws(const QStringList &args) const
    {
        return QStringList{QStringLiteral("aws"),
                           QStringLiteral("--endpoint-url"),
                           m_s3.endpoint.url.toString(),
                           QStringLiteral("--ca-bundle"),
                           m_s3.caFile,
                           QStringLiteral("s3")} +
               args;
    }
    QStringList rclone(const QStringList &args) const
    {
        return QStringList{QStringLiteral("rclone"), QStringLiteral("--ca-cert"), m_s3.caFile} +
               args;
    }
    QStringList ours(const QStringList &args) const
    {
        return QStringList{QCoreApplication::applicationFilePath(), QStringLiteral("--child")} +
               args;
    }
    QString s3url(const QString &key) const
    {
        return QStringLiteral("s3://") + m_bucket + QLatin1Char('/') + key;
    }
    QString rc(const QString &key) const
    {
        return QStringLiteral("sbx:") + m_bucket + QLatin1Char('/') + key;
    }
    // Removes everything under `prefix` (not timed).
    void purge(const QString &prefix)
    {
        const Run r = spawn(aws({QStringLiteral("rm"), QStringLiteral("--recursive"),
                                 QStringLiteral("--quiet"), s3url(prefix)}),
                            awsEnv());
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    Run timed(const QString &tool, const QString &what, const QStringList &argv,
              const QProcessEnvironment &env, qint64 bytes)
    {
        const Run r = spawn(argv, env);
        const double rate = r.wall > 0 ? double(bytes) / MiB / r.wall : 0;
        m_table << QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(what, -22)
                       .arg(tool, -8)
                       .arg(r.wall, 8, 'f', 2)
                       .arg(r.cpu, 8, 'f', 2)
                       .arg(rate, 9, 'f', 1);
        std::printf("FIGURE %s %s wall %.2f s cpu %.2f s (%.1f MiB/s)%s\n", qPrintable(what),
                    qPrintable(tool), r.wall, r.cpu, rate, r.exitCode == 0 ? "" : " FAILED");
        std::fflush(stdout);
        if (r.exitCode != 0)
            std::fprintf(stderr, "%s: %s\n", qPrintable(tool), r.err.constData());
        return r;
    }
    void judge(const QString &what, const Run &ours, const Run &a, const Run &b, bool cpuToo)
    {
        const double bestWall = std::min(a.wall, b.wall);
        const double bestCpu = std::min(a.cpu, b.cpu);
        const bool wallOk = ours.wall <= bestWall * 1.0;
        const bool cpuOk = !cpuToo || ours.cpu <= bestCpu * 0.5;
        std::printf("TARGET %s: wall %.2f s vs best peer %.2f s %s", qPrintable(what), ours.wall,
                    bestWall, wallOk ? "met" : "MISSED");
        if (cpuToo)
            std::printf("; cpu %.2f s vs half the best peer's %.2f s %s", ours.cpu, bestCpu * 0.5,
                        cpuOk ? "met" : "MISSED");
        std::printf("\n");
        if (!wallOk || !cpuOk)
            m_missed << what;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        m_s3 = test::S3Sandbox::load();
        QVERIFY2(m_s3.ok, "no sandbox S3 (PLANCIA_SANDBOX_RUN_DIR)");
        m_bucket = QStringLiteral("bench-%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(m_s3.call("PUT", QLatin1Char('/') + m_bucket), 200);
    }

    void largeFile()
    {
        const qint64 size = m_full ? 1024 * MiB : 256 * MiB;
        const QString file = m_tmp.filePath(QStringLiteral("large.bin"));
        QVERIFY(test::writeRandomFile(file, size, 42));
        const QByteArray sha = test::fileSha256(file);
        const QString what = QStringLiteral("PUT %1 MiB").arg(size / MiB);
        const QString whatGet = QStringLiteral("GET %1 MiB").arg(size / MiB);
        const QString back = m_tmp.filePath(QStringLiteral("large-back.bin"));

        auto roundTrip = [&](const QString &tool, const QStringList &up, const QStringList &down,
                             const QProcessEnvironment &env, const QString &key) {
            std::pair<Run, Run> r;
            r.first = timed(tool, what, up, env, size);
            r.second = timed(tool, whatGet, down, env, size);
            [&] {
                QCOMPARE(test::fileSha256(back), sha);
            }();
            QFile::remove(back);
            [&] {
                QCOMPARE(m_s3.call("DELETE", QLatin1Char('/') + m_bucket + QLatin1Char('/') + key),
                         204);
            }();
            return r;
        };
        const auto a = roundTrip(QStringLiteral("aws"),
                                 aws({QStringLiteral("cp"), QStringLiteral("--quiet"), file,
                                      s3url(QStringLiteral("large-aws"))}),
                                 aws({QStringLiteral("cp"), QStringLiteral("--quiet"),
                                      s3url(QStringLiteral("large-aws")), back}),
                                 awsEnv(), QStringLiteral("large-aws"));
        const auto r =
            roundTrip(QStringLiteral("rclone"),
                      rclone({QStringLiteral("copyto"), file, rc(QStringLiteral("large-rclone"))}),
                      rclone({QStringLiteral("copyto"), rc(QStringLiteral("large-rclone")), back}),
                      rcloneEnv(), QStringLiteral("large-rclone"));
        const auto p = roundTrip(
            QStringLiteral("plancia"),
            ours({QStringLiteral("up"), file, m_bucket, QStringLiteral("large-plancia")}),
            ours({QStringLiteral("down"), back, m_bucket, QStringLiteral("large-plancia")}),
            QProcessEnvironment::systemEnvironment(), QStringLiteral("large-plancia"));
        QCOMPARE(a.first.exitCode, 0);
        QCOMPARE(r.first.exitCode, 0);
        QCOMPARE(p.first.exitCode, 0);
        QCOMPARE(p.second.exitCode, 0);
        for (const Run *run : {&p.first, &p.second}) {
            const QList<QByteArray> rss = run->out.trimmed().split(' ');
            if (rss.size() == 4)
                std::printf("FIGURE plancia RSS before %lld MiB, during (peak) %lld MiB, after "
                            "%lld MiB (%s)\n",
                            rss[1].toLongLong() / 1024, rss[2].toLongLong() / 1024,
                            rss[3].toLongLong() / 1024, run == &p.first ? "upload" : "download");
        }
        judge(what, p.first, a.first, r.first, true);
        judge(whatGet, p.second, a.second, r.second, true);
    }

    void smallFiles()
    {
        const int count = m_full ? 10000 : 2000;
        const QString dir = m_tmp.filePath(QStringLiteral("small"));
        for (int i = 0; i < count; ++i)
            QVERIFY(test::writeRandomFile(dir + QStringLiteral("/d%1/f%2").arg(i % 20).arg(i),
                                          10 * 1024, quint32(i)));
        const qint64 bytes = qint64(count) * 10 * 1024;
        const QString what = QStringLiteral("PUT %1 x 10 KiB").arg(count);
        const QString whatGet = QStringLiteral("GET %1 x 10 KiB").arg(count);
        auto roundTrip = [&](const QString &tool, const QStringList &up, const QStringList &down,
                             const QProcessEnvironment &env, const QString &prefix,
                             const QString &back) {
            std::pair<Run, Run> r;
            r.first = timed(tool, what, up, env, bytes);
            r.second = timed(tool, whatGet, down, env, bytes);
            int files = 0;
            QDirIterator it(back, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                ++files;
            }
            [&] {
                QCOMPARE(files, count);
            }();
            QDir(back).removeRecursively();
            purge(prefix + QLatin1Char('/'));
            return r;
        };
        const QString back = m_tmp.filePath(QStringLiteral("small-back"));
        const auto a =
            roundTrip(QStringLiteral("aws"),
                      aws({QStringLiteral("cp"), QStringLiteral("--recursive"),
                           QStringLiteral("--quiet"), dir, s3url(QStringLiteral("small-aws"))}),
                      aws({QStringLiteral("cp"), QStringLiteral("--recursive"),
                           QStringLiteral("--quiet"), s3url(QStringLiteral("small-aws")), back}),
                      awsEnv(), QStringLiteral("small-aws"), back);
        const auto r =
            roundTrip(QStringLiteral("rclone"),
                      rclone({QStringLiteral("copy"), QStringLiteral("--transfers"),
                              QStringLiteral("16"), dir, rc(QStringLiteral("small-rclone"))}),
                      rclone({QStringLiteral("copy"), QStringLiteral("--transfers"),
                              QStringLiteral("16"), rc(QStringLiteral("small-rclone")), back}),
                      rcloneEnv(), QStringLiteral("small-rclone"), back);
        const auto p = roundTrip(
            QStringLiteral("plancia"),
            ours({QStringLiteral("up-dir"), dir, m_bucket, QStringLiteral("small-plancia")}),
            ours({QStringLiteral("down-dir"), back, m_bucket, QStringLiteral("small-plancia")}),
            QProcessEnvironment::systemEnvironment(), QStringLiteral("small-plancia"), back);
        QCOMPARE(p.first.exitCode, 0);
        QCOMPARE(p.second.exitCode, 0);
        judge(what, p.first, a.first, r.first, false);
        judge(whatGet, p.second, a.second, r.second, false);
    }

    void cleanupTestCase()
    {
        std::printf("\n%-22s %-8s %8s %8s %9s\n", "step", "tool", "wall s", "cpu s", "MiB/s");
        for (const QString &line : std::as_const(m_table))
            std::printf("%s\n", qPrintable(line));
        std::printf("missed targets: %s\n",
                    m_missed.isEmpty() ? "none" : qPrintable(m_missed.join(QStringLiteral(", "))));
        if (m_strict)
            QVERIFY2(m_missed.isEmpty(), qPrintable(m_missed.join(QStringLiteral(", "))));
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    BenchS3Transfer bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_s3transfer.moc"
