#include "storage/sigv4.h"
#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace plancia;

// Vectors from AWS's Signature Version 4 test suite (get-vanilla, get-vanilla-query-order-key-case,
// post-vanilla: credentials AKIDEXAMPLE, region us-east-1, service "service", 2015-08-30T12:36:00Z)
// and the S3 documentation's GET Object example (sig-v4-header-based-auth).
namespace {

const QDateTime kSuiteTime(QDate(2015, 8, 30), QTime(12, 36), QTimeZone::utc());

AwsCredentials suiteCredentials()
{
    return {QStringLiteral("AKIDEXAMPLE"),
            QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            {},
            {}};
}

QByteArray signatureOf(const HttpRequest &r)
{
    for (const auto &h : r.headers) {
        if (h.first == "Authorization")
            return h.second.mid(h.second.indexOf("Signature=") + 10);
    }
    return {};
}

} // namespace

class TstSigV4 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void suite_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("get-vanilla")
            << QByteArray("GET") << QStringLiteral("https://example.amazonaws.com/")
            << QByteArray("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
        QTest::newRow("get-vanilla-query-order-key-case")
            << QByteArray("GET")
            << QStringLiteral("https://example.amazonaws.com/?Param2=value2&Param1=value1")
            << QByteArray("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
        QTest::newRow("post-vanilla")
            << QByteArray("POST") << QStringLiteral("https://example.amazonaws.com/")
            << QByteArray("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    }
    void suite()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QByteArray, signature);
        HttpRequest r;
        r.method = method;
        r.url = QUrl(url);
        sigv4::sign(r, suiteCredentials(), {QStringLiteral("us-east-1"), QStringLiteral("service")},
                    kSuiteTime);
        QCOMPARE(signatureOf(r), signature);
        QByteArray authorization;
        for (const auto &h : r.headers) {
            if (h.first == "Authorization")
                authorization = h.second;
        }
        QVERIFY(authorization.startsWith(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            "SignedHeaders=host;x-amz-date, Signature="));
    }

    void canonicalRequestOfGetVanilla()
    {
        HttpRequest r;
        r.url = QUrl(QStringLiteral("https://example.amazonaws.com/"));
        r.header("X-Amz-Date", "20150830T123600Z");
        QByteArray names;
        const QByteArray creq = sigv4::canonicalRequest(r, sigv4::kEmptyPayloadHash, &names);
        QCOMPARE(creq,
                 QByteArray("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n"
                            "\nhost;x-amz-date\n"
                            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sigv4::stringToSign(creq, kSuiteTime,
                                     {QStringLiteral("us-east-1"), QStringLiteral("service")}),
                 QByteArray(
                     "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                     "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"));
    }

    void s3GetObjectExample()
    {
        HttpRequest r;
        r.url = QUrl(QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt"));
        r.header("Range", "bytes=0-9");
        const QDateTime t(QDate(2013, 5, 24), QTime(0, 0), QTimeZone::utc());
        sigv4::sign(r,
                    {QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
                     QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                     {},
                     {}},
                    {QStringLiteral("us-east-1"), QStringLiteral("s3")}, t);
        QCOMPARE(signatureOf(r),
                 QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    }

    void sessionTokenIsSigned()
    {
        HttpRequest r;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:9000/bucket?list-type=2&prefix=a%20b%2Bc"));
        sigv4::sign(r, {QStringLiteral("AK"), QStringLiteral("SK"), QStringLiteral("TOKEN"), {}},
                    {}, kSuiteTime);
        QByteArray auth;
        QByteArray token;
        for (const auto &h : r.headers) {
            if (h.first == "Authorization")
                auth = h.second;
            if (h.first == "X-Amz-Security-Token")
                token = h.second;
        }
        QCOMPARE(token, QByteArray("TOKEN"));
        QVERIFY(auth.contains(
            "SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token"));
        QCOMPARE(sigv4::canonicalQuery(r.url), QByteArray("list-type=2&prefix=a%20b%2Bc"));
    }
};

QTEST_GUILESS_MAIN(TstSigV4)
#include "tst_sigv4.moc"
