// The S3 client against the sandbox's RadosGW (HTTPS, STS with the IAM token), logged in as
// mrossi (own bucket user-mrossi, project bucket proj-flashsim): the profile's buckets, a listing
// with continuation over more than 1000 keys, odd keys round-tripping byte for byte, DeleteObjects
// in batches, copy/move/rename of a prefix, a presigned URL fetched with plain curl, another
// user's bucket refused by RadosGW itself (AccessDenied in words). Credentials that ran out:
// tst_s3_renewal_sandbox.cpp.

#include "authsandbox.h"
#include "net/httpclient.h"
#include "platform/platform.h"
#include "storage/s3client.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <optional>

using namespace plancia;
using namespace plancia::s3;

namespace {

const QString kBucket = QStringLiteral("user-mrossi");

QStringList oddKeys()
{
    return {QStringLiteral("with space.txt"),
            QStringLiteral("plus+sign"),
            QStringLiteral("percent%20literal%"),
            QStringLiteral("hash#tag"),
            QStringLiteral("question?mark=1&b=2"),
            QStringLiteral("dir/sub dir/ünïcödé-ß.bin"),
            QStringLiteral("emoji-\U0001F600-\U0001F680.dat"),
            QStringLiteral("tilde~star*quote'\"<>&"),
            QStringLiteral("semi;colon:at@dollar$comma,bang!paren()"),
            QStringLiteral("trailing space "),
            QString(1000 - 40, QLatin1Char('k'))};
}

QByteArray contentFor(const QString &key)
{
    return "content of " + key.toUtf8() + '\n' +
           QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
}

template<typename T>
std::optional<Result<T>> wait(S3Job<T> *job, int ms = 60000)
{
    std::optional<Result<T>> out;
    job->then([&](const Result<T> &r) { out.emplace(r); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, ms);
    return out;
}

} // namespace

class TstS3Sandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Platform> m_platform;
    S3Client *m_s3 = nullptr;
    QString m_run; // this run's prefix in the bucket

    // PUTs every key (at most 24 in flight); true when all succeeded.
    bool putAll(const QString &bucket, const QStringList &keys,
                const std::function<QByteArray(const QString &)> &body)
    {
        int next = 0;
        int running = 0;
        int failed = 0;
        std::function<void()> pump = [&] {
            while (running < 24 && next < keys.size()) {
                const QString key = keys.at(next++);
                ++running;
                m_s3->put(bucket, key, body(key), this)->then([&, key](const Result<bool> &r) {
                    --running;
                    if (!r.ok()) {
                        ++failed;
                        qWarning("PUT %s: %s", qPrintable(key.left(80)),
                                 qPrintable(r.error().toLogString()));
                    }
                    pump();
                });
            }
        };
        pump();
        (void)QTest::qWaitFor([&] { return running == 0 && next == keys.size(); }, 120000);
        return running == 0 && next == keys.size() && failed == 0;
    }

    QStringList keysUnder(const QString &bucket, const QString &prefix)
    {
        const auto l = wait(m_s3->listAll(bucket, prefix, true, this));
        if (!l || !l->ok())
            return {QStringLiteral("<listing failed>")};
        QStringList keys;
        for (const Object &o : l->value().objects)
            keys << o.key;
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PLANCIA_TEST_HOME"), "run through CTest");
        auto profile = test::sandboxProfile();
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toLogString()));
        m_platform = std::make_unique<Platform>(profile.value());
        QVERIFY(test::scriptedLogin(*m_platform->session(), QStringLiteral("mrossi")));
        m_s3 = m_platform->storage();
        QVERIFY(m_s3);
        QCOMPARE(m_platform->storage(), m_s3); // one per Platform
        m_run = QStringLiteral("tst-s3-%1/")
                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    }

    void cleanupTestCase()
    {
        if (m_s3)
            (void)wait(m_s3->removePrefix(kBucket, m_run, this));
    }

    void knownBuckets()
    {
        const QList<Bucket> known = m_platform->knownBuckets();
        QStringList names;
        for (const Bucket &b : known)
            names << b.name + QLatin1Char('=') + b.origin;
        QVERIFY2(names.contains(QStringLiteral("user-mrossi=own")), qPrintable(names.join(',')));
        QVERIFY2(names.contains(QStringLiteral("proj-flashsim=group:flashsim")),
                 qPrintable(names.join(',')));
        // ml-infn-users has no project bucket (the profile's groupBucketPattern).
        QVERIFY(!names.join(',').contains(QStringLiteral("ml-infn-users")));
        // ListBuckets (refused or empty for role credentials) merged with them.
        const auto b = wait(m_s3->buckets(known, this));
        QVERIFY(b && b->ok());
        QStringList got;
        for (const Bucket &x : b->value())
            got << x.name;
        QVERIFY(got.contains(kBucket));
        QVERIFY(got.contains(QStringLiteral("proj-flashsim")));
    }

    void oddKeysRoundTrip()
    {
        const QString prefix = m_run + QStringLiteral("odd/");
        QStringList keys;
        for (const QString &k : oddKeys())
            keys << prefix + k;
        QVERIFY(putAll(kBucket, keys, contentFor));
        QStringList listed = keysUnder(kBucket, prefix);
        listed.sort();
        QStringList want = keys;
        want.sort();
        QCOMPARE(listed, want);
        for (const QString &k : std::as_const(keys)) {
            const auto h = wait(m_s3->head(kBucket, k, this));
            QVERIFY(h.has_value());
            QVERIFY2(h->ok(), h->ok() ? "" : qPrintable(h->error().toLogString()));
            QCOMPARE(h->value().size, contentFor(k).size());
            QCOMPARE(h->value().etag,
                     QCryptographicHash::hash(contentFor(k), QCryptographicHash::Md5).toHex());
            const auto g = wait(m_s3->get(kBucket, k, this));
            QVERIFY2(g && g->ok(), qPrintable(k.left(60)));
            QCOMPARE(g->value(), contentFor(k));
        }
        // The folders one level down: "dir/" only.
        const auto l = wait(m_s3->list(kBucket, prefix, {}, false, this));
        QVERIFY(l && l->ok());
        QCOMPARE(l->value().commonPrefixes, QStringList{prefix + QStringLiteral("dir/")});
        // A ranged GET.
        const QString k = keys.first();
        const auto part = wait(m_s3->get(kBucket, k, this, 3, 9));
        QVERIFY(part && part->ok());
        QCOMPARE(part->value(), contentFor(k).mid(3, 7));
        // Metadata and folders.
        QVERIFY(wait(m_s3->put(kBucket, prefix + QStringLiteral("meta"), "x", this,
                               {{"plancia-sha256", "abc"}}, "text/plain"))
                    ->ok());
        const auto mh = wait(m_s3->head(kBucket, prefix + QStringLiteral("meta"), this));
        QVERIFY(mh && mh->ok());
        QCOMPARE(mh->value().metadata.value("plancia-sha256"), QByteArray("abc"));
        QCOMPARE(mh->value().contentType, QByteArray("text/plain"));
        QVERIFY(
            wait(m_s3->createFolder(kBucket, prefix + QStringLiteral("new folder"), this))->ok());
        const auto fl = wait(m_s3->list(kBucket, prefix, {}, false, this));
        QVERIFY(fl->value().commonPrefixes.contains(prefix + QStringLiteral("new folder/")));
    }

    void listingOver1000KeysAndBatchedDelete()
    {
        const QString prefix = m_run + QStringLiteral("many/");
        QStringList keys;
        for (int i = 0; i < 1150; ++i)
            keys << prefix + QStringLiteral("k %1+%2").arg(i, 5, 10, QLatin1Char('0')).arg(i % 7);
        QElapsedTimer t;
        t.start();
        QVERIFY(putAll(kBucket, keys, [](const QString &) { return QByteArray("x"); }));
        qInfo("FIGURE seeded 1150 keys in %lld ms", qlonglong(t.elapsed()));
        int pages = 0;
        const auto l =
            wait(m_s3->listAll(kBucket, prefix, true, this, [&](const Listing &) { ++pages; }));
        QVERIFY(l && l->ok());
        QCOMPARE(pages, 2);
        QStringList listed;
        for (const Object &o : l->value().objects)
            listed << o.key;
        QCOMPARE(listed, keys); // S3 lists in UTF-8 byte order, which the zero-padding keeps
        const auto u = wait(m_s3->usage(kBucket, this, prefix));
        QVERIFY(u && u->ok());
        QCOMPARE(u->value().objects, 1150);
        QCOMPARE(u->value().bytes, 1150);

        const auto d = wait(m_s3->removePrefix(kBucket, prefix, this));
        QVERIFY(d && d->ok());
        QCOMPARE(d->value().deleted.size(), 1150);
        QVERIFY(d->value().failed.isEmpty());
        QCOMPARE(keysUnder(kBucket, prefix), QStringList());
    }

    void copyMoveRenamePrefix()
    {
        const QString from = m_run + QStringLiteral("src dir/");
        const QString to = m_run + QStringLiteral("renamed+dir/");
        QStringList keys;
        for (const QString &k : oddKeys().mid(0, 9))
            keys << from + k;
        QVERIFY(putAll(kBucket, keys, contentFor));
        // One object copied (to a project bucket the user may write), then moved.
        const QString one = keys.at(3);
        QVERIFY(
            wait(m_s3->copy(kBucket, one, kBucket, m_run + QStringLiteral("copy#1"), false, this))
                ->ok());
        const auto c = wait(m_s3->get(kBucket, m_run + QStringLiteral("copy#1"), this));
        QVERIFY(c && c->ok());
        QCOMPARE(c->value(), contentFor(one));

        const auto mv = wait(m_s3->movePrefix(kBucket, from, kBucket, to, this));
        QVERIFY(mv && mv->ok());
        QVERIFY(mv->value().failed.isEmpty());
        QCOMPARE(mv->value().deleted.size(), keys.size());
        QCOMPARE(keysUnder(kBucket, from), QStringList());
        QStringList moved = keysUnder(kBucket, to);
        QCOMPARE(moved.size(), keys.size());
        for (const QString &k : std::as_const(keys)) {
            const QString dst = to + k.mid(from.size());
            QVERIFY2(moved.contains(dst), qPrintable(dst.left(80)));
            const auto g = wait(m_s3->get(kBucket, dst, this));
            QVERIFY(g && g->ok());
            QCOMPARE(g->value(), contentFor(k));
        }
    }

    void presignedUrlWithCurl()
    {
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curl.isEmpty())
            QSKIP("curl is not installed");
        const QString key = m_run + QStringLiteral("shared file #1 + ü.txt");
        QVERIFY(wait(m_s3->put(kBucket, key, contentFor(key), this))->ok());
        const auto p = wait(m_s3->presignGet(kBucket, key, std::chrono::minutes(10), this));
        QVERIFY(p && p->ok());
        // Ten minutes, or less when the STS credentials that sign it end sooner.
        QVERIFY(p->value().expires > QDateTime::currentDateTimeUtc());
        QVERIFY(p->value().expires <= QDateTime::currentDateTimeUtc().addSecs(601));
        QProcess proc;
        proc.start(curl,
                   {QStringLiteral("-sS"), QStringLiteral("--cacert"), m_platform->profile().caFile,
                    QStringLiteral("-w"), QStringLiteral("\n%{http_code}"),
                    QString::fromUtf8(p->value().url.toEncoded())});
        QVERIFY(proc.waitForFinished(30000));
        const QByteArray out = proc.readAllStandardOutput();
        const int nl = out.lastIndexOf('\n');
        QCOMPARE(out.mid(nl + 1), QByteArray("200"));
        QCOMPARE(out.left(nl), contentFor(key));
        // Tampered: refused.
        QByteArray bad = p->value().url.toEncoded();
        const char last = bad.back();
        bad.chop(1);
        bad += last == '0' ? '1' : '0'; // the signature's last digit
        proc.start(curl,
                   {QStringLiteral("-sS"), QStringLiteral("--cacert"), m_platform->profile().caFile,
                    QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                    QStringLiteral("%{http_code}"), QString::fromUtf8(bad)});
        QVERIFY(proc.waitForFinished(30000));
        QCOMPARE(proc.readAllStandardOutput(), QByteArray("403"));
    }

    void anotherUsersBucketIsRefused()
    {
        const auto l = wait(m_s3->list(QStringLiteral("user-gbianchi"), {}, {}, false, this));
        QVERIFY(l && !l->ok());
        QCOMPARE(l->error().kind, Error::Kind::Forbidden);
        QVERIFY2(l->error().message.contains(QStringLiteral("Access denied")),
                 qPrintable(l->error().message));
        QVERIFY(l->error().detail.contains(QStringLiteral("AccessDenied")));
        const auto put =
            wait(m_s3->put(QStringLiteral("user-gbianchi"), QStringLiteral("intruder"), "x", this));
        QVERIFY(put && !put->ok());
        QCOMPARE(put->error().kind, Error::Kind::Forbidden);
        const auto rm = wait(
            m_s3->remove(QStringLiteral("proj-cms-anomaly"), {QStringLiteral("anything")}, this));
        QVERIFY(rm && rm->ok()); // the batch went through; the key failed
        QCOMPARE(rm->value().failed.size() + rm->value().deleted.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstS3Sandbox)
#include "tst_s3_sandbox.moc"
