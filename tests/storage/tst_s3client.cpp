// core/storage/s3client: the XML parsers on RadosGW and AWS answers, errors in words, URL and key
// encoding, presigning (AWS's documented example), and the client against an in-process server
// (DeleteObjects batches, continuation tokens, one STS renewal on ExpiredToken).
#include "config/profile.h"
#include "net/httpclient.h"
#include "storage/s3authorizer.h"
#include "storage/s3client.h"
#include "storage/sigv4.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QXmlStreamReader>

using namespace plancia;
using namespace plancia::s3;
using test::TestHttpServer;

namespace {

const QByteArray kNs = "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";

// Keys that break naive clients.
QStringList oddKeys()
{
    return {QStringLiteral("with space.txt"),
            QStringLiteral("plus+sign"),
            QStringLiteral("percent%20literal%"),
            QStringLiteral("hash#tag"),
            QStringLiteral("question?mark=1&b=2"),
            QStringLiteral("dir/sub dir/ünïcödé-ß.bin"),
            QStringLiteral("emoji-\U0001F600-\U0001F680.dat"),
            QStringLiteral("a//double//slash"),
            QStringLiteral("tilde~star*quote'\"<>&"),
            QStringLiteral("semi;colon:at@dollar$comma,bang!paren()"),
            QString(1000, QLatin1Char('k')),
            QStringLiteral("../not-a-parent"),
            QStringLiteral("trailing space ")};
}

// botocore's quote_plus-style encoding (AWS), and RadosGW's percent-encoding.
QByteArray awsEncode(const QString &key)
{
    QByteArray e = QUrl::toPercentEncoding(key, "/ ");
    e.replace(' ', '+');
    return e;
}
QByteArray rgwEncode(const QString &key)
{
    return QUrl::toPercentEncoding(key, "/");
}

QByteArray listingXml(const QList<QByteArray> &encodedKeys, const QList<QByteArray> &prefixes,
                      const QByteArray &token = {}, bool url = true)
{
    QByteArray x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult " + kNs +
                   "><Name>b</Name><Prefix></Prefix><KeyCount>" +
                   QByteArray::number(encodedKeys.size()) + "</KeyCount><MaxKeys>1000</MaxKeys>" +
                   "<Delimiter>/</Delimiter><IsTruncated>" + (token.isEmpty() ? "false" : "true") +
                   "</IsTruncated>";
    if (url)
        x += "<EncodingType>url</EncodingType>";
    if (!token.isEmpty())
        x += "<NextContinuationToken>" + token + "</NextContinuationToken>";
    for (const QByteArray &k : encodedKeys)
        x += "<Contents><Key>" + k +
             "</Key><LastModified>2026-12-01T10:11:12.345Z</LastModified>"
             "<ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag><Size>11</Size>"
             "<StorageClass>STANDARD</StorageClass><Owner><ID>u</ID><DisplayName>u</DisplayName>"
             "</Owner><Type>Normal</Type></Contents>";
    for (const QByteArray &p : prefixes)
        x += "<CommonPrefixes><Prefix>" + p + "</Prefix></CommonPrefixes>";
    x += "</ListBucketResult>";
    return x;
}

QMap<QString, QString> queryOf(const QByteArray &path)
{
    QMap<QString, QString> out;
    const int q = path.indexOf('?');
    if (q < 0)
        return out;
    for (const QByteArray &part : path.mid(q + 1).split('&')) {
        const int eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                   QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

// A credential source like STS: a new generation when forced.
struct FakeSts
{
    int generation = 1;
    int renewals = 0;
    CredentialsSource source()
    {
        return [this](bool force, QObject *context, auto done) {
            if (force) {
                ++generation;
                ++renewals;
            }
            AwsCredentials c;
            c.accessKeyId = QStringLiteral("AKIAGEN%1").arg(generation);
            c.secretAccessKey = QStringLiteral("secret-%1").arg(generation);
            c.sessionToken = QStringLiteral("token-%1").arg(generation);
            c.expiration = QDateTime::currentDateTimeUtc().addSecs(3600);
            QTimer::singleShot(0, context, [done, c] { done(c); });
        };
    }
};

struct Fixture
{
    TestHttpServer server;
    FakeSts sts;
    HttpClient http;
    std::unique_ptr<S3Client> client;

    bool start()
    {
        if (!server.listen())
            return false;
        http.setAuthorizer(sigV4Authorizer(sts.source(), sigv4::Scope{}));
        http.setRetryPolicy(
            RetryPolicy{std::chrono::milliseconds(10), std::chrono::milliseconds(20)});
        Endpoint e;
        e.url = server.url(QStringLiteral("/"));
        client = std::make_unique<S3Client>(&http, e);
        client->setCredentialsSource(sts.source());
        return true;
    }
};

template<typename T>
std::optional<Result<T>> wait(S3Job<T> *job, int ms = 20000)
{
    std::optional<Result<T>> out;
    job->then([&](const Result<T> &r) { out.emplace(r); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, ms);
    return out;
}

QByteArray accessKeyOf(const TestHttpServer::Request &r)
{
    static const QRegularExpression re(QStringLiteral("Credential=([^/]+)/"));
    return re.match(QString::fromLatin1(r.header("authorization"))).captured(1).toLatin1();
}

} // namespace

class TstS3Client : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listingFromRadosGw()
    {
        QList<QByteArray> enc;
        for (const QString &k : oddKeys())
            enc << rgwEncode(k).replace('&', "&amp;");
        const auto l =
            S3Client::parseListing(listingXml(enc, {"dir%2F", "sp%20ace%2F"}, "a+b/c=="));
        QVERIFY2(l.ok(), l.ok() ? "" : qPrintable(l.error().toLogString()));
        QCOMPARE(l->objects.size(), oddKeys().size());
        for (int i = 0; i < oddKeys().size(); ++i)
            QCOMPARE(l->objects.at(i).key, oddKeys().at(i));
        QCOMPARE(l->commonPrefixes,
                 (QStringList{QStringLiteral("dir/"), QStringLiteral("sp ace/")}));
        const Object &o = l->objects.first();
        QCOMPARE(o.size, 11);
        QCOMPARE(o.etag, QByteArray("9b2cf535f27731c974343645a3985328"));
        QCOMPARE(o.lastModified, QDateTime(QDate(2026, 12, 1), QTime(10, 11, 12, 345), Qt::UTC));
        QCOMPARE(o.storageClass, QStringLiteral("STANDARD"));
        QVERIFY(l->truncated);
        // The token is opaque: never url-decoded ('+' stays a plus).
        QCOMPARE(l->nextContinuationToken, QStringLiteral("a+b/c=="));
    }

    void listingFromAws()
    {
        // AWS writes a space as '+' and a plus as %2B (botocore decodes with unquote_plus).
        QList<QByteArray> enc;
        for (const QString &k : oddKeys())
            enc << awsEncode(k).replace('&', "&amp;");
        const auto l = S3Client::parseListing(listingXml(enc, {"a+b%2B%2F"}));
        QVERIFY2(l.ok(), l.ok() ? "" : qPrintable(l.error().toLogString()));
        for (int i = 0; i < oddKeys().size(); ++i)
            QCOMPARE(l->objects.at(i).key, oddKeys().at(i));
        QCOMPARE(l->commonPrefixes, QStringList{QStringLiteral("a b+/")});
        QVERIFY(!l->truncated);
    }

    void listingWithoutEncodingKeepsKeys()
    {
        // No <EncodingType>: keys are taken as they are (a '+' or '%' is literal).
        const auto l = S3Client::parseListing(listingXml({"a+b%20c"}, {}, {}, false));
        QVERIFY(l.ok());
        QCOMPARE(l->objects.first().key, QStringLiteral("a+b%20c"));
    }

    void awsDocumentedListing()
    {
        const QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
            "  <Name>bucket</Name>\n"
            "  <Prefix/>\n"
            "  <KeyCount>205</KeyCount>\n"
            "  <MaxKeys>1000</MaxKeys>\n"
            "  <IsTruncated>false</IsTruncated>\n"
            "  <Contents>\n"
            "    <Key>my-image.jpg</Key>\n"
            "    <LastModified>2009-10-12T17:50:30.000Z</LastModified>\n"
            "    <ETag>\"fba9dede5f27731c9771645a39863328\"</ETag>\n"
            "    <Size>434234</Size>\n"
            "    <StorageClass>STANDARD</StorageClass>\n"
            "  </Contents>\n"
            "</ListBucketResult>\n";
        const auto l = S3Client::parseListing(xml);
        QVERIFY(l.ok());
        QCOMPARE(l->objects.size(), 1);
        QCOMPARE(l->objects.first().key, QStringLiteral("my-image.jpg"));
        QCOMPARE(l->objects.first().size, 434234);
        QCOMPARE(l->objects.first().etag, QByteArray("fba9dede5f27731c9771645a39863328"));
    }

    void malformedXmlIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("words");
        const QByteArray full = listingXml({"a", "b"}, {});
        QTest::newRow("truncated") << full.left(full.size() / 2) << "ends too early";
        QTest::newRow("empty") << QByteArray() << "empty answer";
        QTest::newRow("html") << QByteArray("<html><body>Bad Gateway</body></html>")
                              << "not the expected one (html instead of ListBucketResult)";
        QTest::newRow("garbage") << QByteArray("<ListBucketResult><Contents><Key>a</Contents>")
                                 << "could not be read";
        QTest::newRow("not xml") << QByteArray("{\"json\": true}") << "could not be read";
        QByteArray deep = "<ListBucketResult>";
        for (int i = 0; i < 100; ++i)
            deep += "<x>";
        QTest::newRow("deep") << deep << "could not be read";
        QTest::newRow("truncated without token")
            << QByteArray("<ListBucketResult><IsTruncated>true</IsTruncated></ListBucketResult>")
            << "gives no way to continue";
    }
    void malformedXmlIsAClearError()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, words);
        const auto l = S3Client::parseListing(xml);
        QVERIFY(!l.ok());
        QVERIFY2(l.error().message.contains(words), qPrintable(l.error().message));
        QVERIFY(l.error().kind == Error::Kind::Parse);
    }

    void hugeXml()
    {
        // 100,000 keys (a few MB) parse; over 64 MiB is refused without parsing.
        QList<QByteArray> keys;
        keys.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            keys << "k" + QByteArray::number(i);
        QElapsedTimer t;
        t.start();
        const auto l = S3Client::parseListing(listingXml(keys, {}));
        QVERIFY(l.ok());
        QCOMPARE(l->objects.size(), 100000);
        qInfo("FIGURE parse 100k keys: %lld ms", qlonglong(t.elapsed()));
        QByteArray huge = listingXml({}, {});
        huge.insert(huge.indexOf("<Name>"), QByteArray(65 * 1024 * 1024, ' '));
        const auto big = S3Client::parseListing(huge);
        QVERIFY(!big.ok());
        QCOMPARE(big.error().kind, Error::Kind::TooLarge);
    }

    void errorsInWords()
    {
        // RadosGW: an empty Message.
        const QByteArray rgw = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied"
                               "</Code><Message></Message><BucketName>user-gbianchi</BucketName>"
                               "<RequestId>tx000001</RequestId><HostId>x</HostId></Error>";
        const auto info = parseError(rgw, 403);
        QVERIFY(info);
        QCOMPARE(info->code, QStringLiteral("AccessDenied"));
        QVERIFY(info->message.contains(QStringLiteral("Access denied")));
        const Error e = errorFor(HttpResponse{403, {}, {}, rgw});
        QCOMPARE(e.kind, Error::Kind::Forbidden);
        QVERIFY(e.message.startsWith(QStringLiteral("Access denied")));
        QVERIFY(e.detail.contains(QStringLiteral("S3 AccessDenied (HTTP 403)")));
        QVERIFY(e.detail.contains(QStringLiteral("tx000001")));

        struct Case
        {
            const char *code;
            int status;
            Error::Kind kind;
            const char *words;
        };
        const Case cases[] = {
            {"NoSuchBucket", 404, Error::Kind::NotFound, "bucket does not exist"},
            {"NoSuchKey", 404, Error::Kind::NotFound, "object does not exist"},
            {"ExpiredToken", 400, Error::Kind::Unauthorized, "have expired"},
            {"InvalidAccessKeyId", 403, Error::Kind::Unauthorized, "does not know"},
            {"SignatureDoesNotMatch", 403, Error::Kind::Unauthorized, "signature"},
            {"SlowDown", 503, Error::Kind::RateLimited, "slow down"},
            {"BucketNotEmpty", 409, Error::Kind::Conflict, "not empty"},
            {"EntityTooSmall", 400, Error::Kind::Invalid, "5 MiB"},
            {"InvalidPart", 400, Error::Kind::Invalid, "ETag"},
            {"NoSuchUpload", 404, Error::Kind::NotFound, "multipart upload"},
            {"InternalError", 500, Error::Kind::Server, "internal error"},
        };
        for (const Case &c : cases) {
            const QByteArray xml = QByteArray("<Error><Code>") + c.code + "</Code></Error>";
            const Error err = errorFor(HttpResponse{c.status, {}, {}, xml});
            QVERIFY2(err.kind == c.kind, c.code);
            QVERIFY2(err.message.contains(QLatin1String(c.words)), qPrintable(err.message));
        }
        // An unknown code with AWS's message: the message.
        const Error aws = errorFor(HttpResponse{
            400, {}, {}, "<Error><Code>WeirdCode</Code><Message>Something odd.</Message></Error>"});
        QCOMPARE(aws.message, QStringLiteral("Something odd."));
        // Unknown code, no message: the code and status, never empty.
        const Error bare =
            errorFor(HttpResponse{400, {}, {}, "<Error><Code>WeirdCode</Code></Error>"});
        QVERIFY(bare.message.contains(QStringLiteral("WeirdCode")));
        // HEAD: no body at all.
        const Error head =
            errorFor(HttpResponse{404, QUrl(QStringLiteral("https://h/b/key")), {}, {}});
        QCOMPARE(head.kind, Error::Kind::NotFound);
        QVERIFY(head.message.contains(QStringLiteral("object does not exist")));
        // A listing that is an Error.
        const auto l = S3Client::parseListing(rgw);
        QVERIFY(!l.ok());
        QCOMPARE(l.error().kind, Error::Kind::Forbidden);
    }

    void otherParsers()
    {
        const auto b = S3Client::parseBuckets(
            "<ListAllMyBucketsResult " + kNs +
            "><Owner><ID>o</ID></Owner><Buckets><Bucket><Name>user-mrossi</Name><CreationDate>"
            "2026-11-30T08:00:00.000Z</CreationDate></Bucket><Bucket><Name>proj-flashsim</Name>"
            "<CreationDate>2026-11-30T08:00:01.000Z</CreationDate></Bucket></Buckets>"
            "</ListAllMyBucketsResult>");
        QVERIFY(b.ok());
        QCOMPARE(b->size(), 2);
        QCOMPARE(b->at(1).name, QStringLiteral("proj-flashsim"));
        QCOMPARE(b->at(1).origin, QStringLiteral("listed"));
        QVERIFY(b->at(0).created.isValid());

        bool truncated = false;
        int marker = 0;
        const auto p = S3Client::parseParts(
            "<ListPartsResult " + kNs +
                "><Bucket>b</Bucket><Key>k</Key><UploadId>2~x</UploadId>"
                "<PartNumberMarker>0</PartNumberMarker><NextPartNumberMarker>2"
                "</NextPartNumberMarker><MaxParts>2</MaxParts><IsTruncated>true</IsTruncated>"
                "<Part><LastModified>2026-12-01T10:00:00.000Z</LastModified><PartNumber>1"
                "</PartNumber><ETag>&quot;aa&quot;</ETag><Size>5242880</Size></Part><Part>"
                "<PartNumber>2</PartNumber><ETag>\"bb\"</ETag><Size>7</Size></Part>"
                "</ListPartsResult>",
            &truncated, &marker);
        QVERIFY(p.ok());
        QCOMPARE(p->size(), 2);
        QCOMPARE(p->at(0).etag, QByteArray("aa"));
        QCOMPARE(p->at(0).size, 5242880);
        QCOMPARE(p->at(1).number, 2);
        QVERIFY(truncated);
        QCOMPARE(marker, 2);
        QVERIFY(!S3Client::parseParts("<ListPartsResult><Part><PartNumber>10001</PartNumber>"
                                      "</Part></ListPartsResult>")
                     .ok());

        QString nk;
        QString ni;
        const auto u = S3Client::parseUploads(
            "<ListMultipartUploadsResult " + kNs +
                "><Bucket>b</Bucket><EncodingType>url</EncodingType><IsTruncated>true"
                "</IsTruncated><NextKeyMarker>a%20b</NextKeyMarker><NextUploadIdMarker>2~y"
                "</NextUploadIdMarker><Upload><Key>a%20b</Key><UploadId>2~y</UploadId>"
                "<Initiated>2026-12-01T10:00:00.000Z</Initiated></Upload>"
                "</ListMultipartUploadsResult>",
            &truncated, &nk, &ni);
        QVERIFY(u.ok());
        QCOMPARE(u->size(), 1);
        QCOMPARE(u->first().key, QStringLiteral("a b"));
        QCOMPARE(u->first().uploadId, QStringLiteral("2~y"));
        QCOMPARE(nk, QStringLiteral("a b"));
        QCOMPARE(ni, QStringLiteral("2~y"));

        const auto d = S3Client::parseDeleteResult(
            "<DeleteResult " + kNs +
            "><Deleted><Key>x</Key></Deleted><Error><Key>a&amp;b</Key><Code>AccessDenied</Code>"
            "<Message></Message></Error></DeleteResult>");
        QVERIFY(d.ok());
        QCOMPARE(d->deleted, QStringList{QStringLiteral("x")});
        QCOMPARE(d->failed.size(), 1);
        QCOMPARE(d->failed.first().key, QStringLiteral("a&b"));
        QVERIFY(d->failed.first().message.contains(QStringLiteral("Access denied")));
    }

    void urlDecodingOfOddKeys()
    {
        for (const QString &k : oddKeys()) {
            QCOMPARE(S3Client::urlDecode(QString::fromLatin1(rgwEncode(k))), k);
            QCOMPARE(S3Client::urlDecode(QString::fromLatin1(awsEncode(k))), k);
        }
    }

    void urlsAreEncodedOnceAndSignedAsSent()
    {
        Endpoint e;
        e.url = QUrl(QStringLiteral("https://rgw.example:8443"));
        for (const QString &k : oddKeys()) {
            const QUrl u = objectUrl(e, QStringLiteral("bkt"), k);
            const QByteArray wire = u.toEncoded(QUrl::RemoveQuery);
            const QByteArray want =
                "https://rgw.example:8443/bkt/" + sigv4::uriEncode(k.toUtf8(), true);
            QCOMPARE(wire, want);
            QCOMPARE(sigv4::canonicalUri(u), "/bkt/" + sigv4::uriEncode(k.toUtf8(), true));
            QCOMPARE(u.query(), QString());
        }
        e.pathStyle = false;
        const QUrl v = objectUrl(e, QStringLiteral("bkt"), QStringLiteral("a b/c"));
        QCOMPARE(v.toEncoded(), QByteArray("https://bkt.rgw.example:8443/a%20b/c"));
        QCOMPARE(objectUrl(e, QStringLiteral("bkt")).toEncoded(),
                 QByteArray("https://bkt.rgw.example:8443/"));
        // An endpoint with a path of its own.
        e.pathStyle = true;
        e.url = QUrl(QStringLiteral("https://gw.example/s3/"));
        QCOMPARE(objectUrl(e, QStringLiteral("b"), QStringLiteral("k")).toEncoded(),
                 QByteArray("https://gw.example/s3/b/k"));
    }

    void copySourceEncoding()
    {
        QCOMPARE(S3Client::copySource(QStringLiteral("b"), QStringLiteral("a b/c+d?e#f%g")),
                 QByteArray("b/a%20b/c%2Bd%3Fe%23f%25g"));
        QCOMPARE(S3Client::copySource(QStringLiteral("b"), QStringLiteral("\U0001F600")),
                 QByteArray("b/%F0%9F%98%80"));
    }

    void deleteBodyEscapesKeys()
    {
        const QStringList keys = oddKeys();
        const QByteArray body = S3Client::deleteBody(keys);
        QVERIFY(body.contains("<Quiet>true</Quiet>"));
        QXmlStreamReader xml(body);
        QStringList back;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Key")
                back << xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(back, keys);
    }

    void presignAwsExample()
    {
        // https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html
        Endpoint e;
        e.url = QUrl(QStringLiteral("https://s3.amazonaws.com"));
        e.pathStyle = false;
        AwsCredentials c;
        c.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
        c.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        const QDateTime now(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);
        const auto p = S3Client::presign(e, c, QStringLiteral("examplebucket"),
                                         QStringLiteral("test.txt"), std::chrono::hours(24), now);
        QVERIFY(p.ok());
        QCOMPARE(
            p->url.toEncoded(),
            QByteArray("https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-"
                       "SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%"
                       "2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-"
                       "SignedHeaders=host&X-Amz-Signature="
                       "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"));
        QCOMPARE(p->expires, now.addDays(1));

        // At most 7 days.
        QVERIFY(!S3Client::presign(e, c, QStringLiteral("b"), QStringLiteral("k"),
                                   std::chrono::seconds(604801), now)
                     .ok());
        QVERIFY(S3Client::presign(e, c, QStringLiteral("b"), QStringLiteral("k"),
                                  std::chrono::seconds(604800), now)
                    .ok());
        // Bounded by the STS credentials' expiry, which the answer says.
        c.sessionToken = QStringLiteral("tok+en/=");
        c.expiration = now.addSecs(900);
        const auto s = S3Client::presign(e, c, QStringLiteral("b"), QStringLiteral("a b"),
                                         std::chrono::hours(1), now);
        QVERIFY(s.ok());
        QCOMPARE(s->expires, now.addSecs(900));
        const QUrlQuery q(s->url);
        QCOMPARE(q.queryItemValue(QStringLiteral("X-Amz-Expires")), QStringLiteral("900"));
        QVERIFY(s->url.toEncoded().contains("X-Amz-Security-Token=tok%2Ben%2F%3D"));
        c.expiration = now.addSecs(-1);
        const auto expired = S3Client::presign(e, c, QStringLiteral("b"), QStringLiteral("k"),
                                               std::chrono::hours(1), now);
        QVERIFY(!expired.ok());
        QVERIFY(expired.error().message.contains(QStringLiteral("expired")));
    }

    void deletesInBatchesOf1000()
    {
        Fixture f;
        QVERIFY(f.start());
        f.server.setHandler([](const TestHttpServer::Request &r, TestHttpServer::Reply reply) {
            // Key "fail-7" is refused, as RadosGW would per key.
            QByteArray out = "<DeleteResult " + kNs + ">";
            if (r.body.contains("<Key>fail-7</Key>"))
                out += "<Error><Key>fail-7</Key><Code>AccessDenied</Code><Message></Message>"
                       "</Error>";
            out += "</DeleteResult>";
            reply.send(200, out, {{"Content-Type", "application/xml"}});
        });
        QStringList keys;
        for (int i = 0; i < 2500; ++i)
            keys << QStringLiteral("k/%1 &<").arg(i);
        keys[1200] = QStringLiteral("fail-7");
        const auto r = wait(f.client->remove(QStringLiteral("b"), keys, nullptr));
        QVERIFY(r && r->ok());
        QCOMPARE(f.server.requestCount(), 3);
        const QList<int> sizes{1000, 1000, 500};
        for (int i = 0; i < 3; ++i) {
            const auto &req = f.server.requests().at(i);
            QCOMPARE(req.method, QByteArray("POST"));
            QVERIFY(req.path.startsWith("/b?delete"));
            QCOMPARE(req.header("content-md5"),
                     QCryptographicHash::hash(req.body, QCryptographicHash::Md5).toBase64());
            QCOMPARE(int(req.body.count("<Object>")), sizes.at(i));
            QVERIFY(req.body.contains("<Quiet>true</Quiet>"));
        }
        QCOMPARE(r->value().deleted.size(), 2499);
        QCOMPARE(r->value().failed.size(), 1);
        QCOMPARE(r->value().failed.first().key, QStringLiteral("fail-7"));
        QCOMPARE(r->value().failed.first().code, QStringLiteral("AccessDenied"));
    }

    void listAllFollowsContinuationTokens()
    {
        Fixture f;
        QVERIFY(f.start());
        QStringList seenTokens;
        f.server.setHandler([&](const TestHttpServer::Request &r, TestHttpServer::Reply reply) {
            const auto q = queryOf(r.path);
            seenTokens << q.value(QStringLiteral("continuation-token"));
            QVERIFY(r.path.contains("encoding-type=url"));
            const QString token = q.value(QStringLiteral("continuation-token"));
            if (token.isEmpty())
                reply.send(200, listingXml({"a%20b"}, {}, "tok+1/=="));
            else if (token == QLatin1String("tok+1/=="))
                reply.send(200, listingXml({"c%2Bd"}, {}, "tok 2"));
            else
                reply.send(200, listingXml({"e"}, {}));
        });
        int pages = 0;
        const auto r = wait(f.client->listAll(QStringLiteral("b"), QStringLiteral(""), true,
                                              nullptr, [&](const Listing &) { ++pages; }));
        QVERIFY(r && r->ok());
        QCOMPARE(pages, 3);
        QCOMPARE(seenTokens,
                 (QStringList{QString(), QStringLiteral("tok+1/=="), QStringLiteral("tok 2")}));
        QCOMPARE(r->value().objects.size(), 3);
        QCOMPARE(r->value().objects.at(1).key, QStringLiteral("c+d"));
        // The '+' of a token went out as %2B (a '+' would be read as a space).
        QVERIFY(f.server.requests().at(1).path.contains("continuation-token=tok%2B1%2F%3D%3D"));
        QVERIFY(!f.server.requests().at(0).path.contains("delimiter"));
    }

    void expiredTokenRenewsOnceAndRetries()
    {
        Fixture f;
        QVERIFY(f.start());
        f.server.setHandler([](const TestHttpServer::Request &r, TestHttpServer::Reply reply) {
            if (accessKeyOf(r) == "AKIAGEN1")
                reply.send(403, "<Error><Code>ExpiredToken</Code><Message></Message></Error>");
            else
                reply.send(200, "hello", {{"ETag", "\"x\""}});
        });
        const auto r = wait(f.client->get(QStringLiteral("b"), QStringLiteral("k"), nullptr));
        QVERIFY(r && r->ok());
        QCOMPARE(r->value(), QByteArray("hello"));
        QCOMPARE(f.sts.renewals, 1);
        QCOMPARE(f.server.requestCount(), 2);
        QCOMPARE(accessKeyOf(f.server.requests().at(1)), QByteArray("AKIAGEN2"));

        // Still expired after the renewal: one renewal only, then the error in words.
        f.server.setHandler([](const TestHttpServer::Request &, TestHttpServer::Reply reply) {
            reply.send(403, "<Error><Code>ExpiredToken</Code><Message></Message></Error>");
        });
        // (a GET: a HEAD answer has no body to say ExpiredToken)
        const auto again = wait(f.client->get(QStringLiteral("b"), QStringLiteral("k"), nullptr));
        QVERIFY(again && !again->ok());
        QCOMPARE(again->error().kind, Error::Kind::Unauthorized);
        QVERIFY(again->error().message.contains(QStringLiteral("expired")));
        QCOMPARE(f.sts.renewals, 2);
        QCOMPARE(f.server.requestCount(), 4);
    }

    void accessDeniedIsAnAnswerNotStaleCredentials()
    {
        Fixture f;
        QVERIFY(f.start());
        f.server.setHandler([](const TestHttpServer::Request &, TestHttpServer::Reply reply) {
            reply.send(403, "<Error><Code>AccessDenied</Code><Message></Message></Error>");
        });
        const auto r = wait(f.client->list(QStringLiteral("other"), {}, {}, false, nullptr));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, Error::Kind::Forbidden);
        QVERIFY(r->error().message.contains(QStringLiteral("Access denied")));
        QCOMPARE(f.sts.renewals, 0);
        QCOMPARE(f.server.requestCount(), 1);
    }

    void bucketsMergeWithKnown()
    {
        Fixture f;
        QVERIFY(f.start());
        f.server.setHandler([](const TestHttpServer::Request &, TestHttpServer::Reply reply) {
            reply.send(403, "<Error><Code>AccessDenied</Code></Error>");
        });
        const QList<Bucket> known{{QStringLiteral("user-x"), {}, QStringLiteral("own")},
                                  {QStringLiteral("proj-y"), {}, QStringLiteral("group:y")}};
        const auto refused = wait(f.client->buckets(known, nullptr));
        QVERIFY(refused && refused->ok());
        QCOMPARE(refused->value().size(), 2);
        QCOMPARE(refused->value().at(1).origin, QStringLiteral("group:y"));
        // Refused and nothing known: the error.
        const auto none = wait(f.client->buckets({}, nullptr));
        QVERIFY(none && !none->ok());
        QCOMPARE(none->error().kind, Error::Kind::Forbidden);

        f.server.setHandler([](const TestHttpServer::Request &, TestHttpServer::Reply reply) {
            reply.send(200, "<ListAllMyBucketsResult><Buckets><Bucket><Name>proj-y</Name>"
                            "<CreationDate>2026-01-01T00:00:00Z</CreationDate></Bucket><Bucket>"
                            "<Name>extra</Name></Bucket></Buckets></ListAllMyBucketsResult>");
        });
        const auto merged = wait(f.client->buckets(known, nullptr));
        QVERIFY(merged && merged->ok());
        QCOMPARE(merged->value().size(), 3);
        QCOMPARE(merged->value().at(1).name, QStringLiteral("proj-y"));
        QVERIFY(merged->value().at(1).created.isValid());
        QCOMPARE(merged->value().at(2).origin, QStringLiteral("listed"));
    }

    void profileBuckets()
    {
        const QByteArray base = "{\"schema\": 1, \"name\": \"p\", \"iam\": {\"issuer\": "
                                "\"https://iam.example/\", \"clientId\": \"c\"}, \"s3\": {"
                                "\"endpoint\": \"https://rgw.example\", \"sts\": {\"endpoint\": "
                                "\"https://rgw.example\"}, ";
        Profile p;
        QVERIFY(validateProfileJson(base + "\"userBucket\": \"user-{username}\", "
                                           "\"groupBucket\": \"proj-{group}\", "
                                           "\"groupBucketPattern\": \"^(flashsim|km3-fpga)$\", "
                                           "\"buckets\": [\"shared-data\"]}}",
                                    &p)
                    .isEmpty());
        QCOMPARE(p.s3.userBucketFor(QStringLiteral("mrossi")), QStringLiteral("user-mrossi"));
        QCOMPARE(p.s3.groupBucketFor(QStringLiteral("flashsim")), QStringLiteral("proj-flashsim"));
        QCOMPARE(p.s3.groupBucketFor(QStringLiteral("ml-infn-users")), QString());
        QCOMPARE(p.s3.buckets, QStringList{QStringLiteral("shared-data")});
        // Written back and read again: the same.
        Profile again;
        QVERIFY(validateProfileJson(profileToJson(p), &again).isEmpty());
        QCOMPARE(again.s3.userBucketTemplate, p.s3.userBucketTemplate);
        QCOMPARE(again.s3.groupBucketPattern, p.s3.groupBucketPattern);
        QCOMPARE(again.s3.buckets, p.s3.buckets);

        const struct
        {
            const char *json;
            const char *field;
        } bad[] = {{"\"userBucket\": \"user-x\"}}", "s3.userBucket"},
                   {"\"groupBucket\": \"proj\"}}", "s3.groupBucket"},
                   {"\"groupBucketPattern\": \"(unclosed\"}}", "s3.groupBucketPattern"},
                   {"\"buckets\": [\"Not_A_Bucket\"]}}", "s3.buckets"},
                   {"\"buckets\": \"one\"}}", "s3.buckets"}};
        for (const auto &b : bad) {
            Profile q;
            const auto issues = validateProfileJson(base + b.json, &q);
            QVERIFY2(!issues.isEmpty(), b.json);
            QCOMPARE(issues.first().field, QLatin1String(b.field));
        }
    }

    void copyEncodesTheSourceAndChecks200Errors()
    {
        Fixture f;
        QVERIFY(f.start());
        f.server.setHandler([](const TestHttpServer::Request &r, TestHttpServer::Reply reply) {
            if (r.method == "HEAD")
                reply.send(200, {}, {{"Content-Length", "0"}});
            else if (r.header("x-amz-copy-source").contains("bad"))
                // RadosGW/AWS may fail a copy with a 200 whose body is an Error.
                reply.send(200, "<Error><Code>InternalError</Code><Message></Message></Error>");
            else if (r.method == "PUT")
                reply.send(200, "<CopyObjectResult><ETag>\"e\"</ETag></CopyObjectResult>");
            else
                reply.send(204, {});
        });
        const auto ok =
            wait(f.client->copy(QStringLiteral("b"), QStringLiteral("a b+c"), QStringLiteral("d"),
                                QStringLiteral("x/y"), true, nullptr));
        QVERIFY(ok && ok->ok());
        const auto reqs = f.server.requests();
        QCOMPARE(reqs.size(), 3); // HEAD, PUT with x-amz-copy-source, DELETE of the source
        QCOMPARE(reqs.at(1).header("x-amz-copy-source"), QByteArray("b/a%20b%2Bc"));
        QCOMPARE(reqs.at(1).path, QByteArray("/d/x/y"));
        QCOMPARE(reqs.at(2).method, QByteArray("DELETE"));
        QCOMPARE(reqs.at(2).path, QByteArray("/b/a%20b%2Bc"));
        const auto bad =
            wait(f.client->copy(QStringLiteral("b"), QStringLiteral("bad"), QStringLiteral("b"),
                                QStringLiteral("c"), true, nullptr));
        QVERIFY(bad && !bad->ok());
        QCOMPARE(bad->error().kind, Error::Kind::Server);
        QCOMPARE(f.server.requestCount(), 5); // no DELETE after the failed copy
    }
};

QTEST_GUILESS_MAIN(TstS3Client)
#include "tst_s3client.moc"
