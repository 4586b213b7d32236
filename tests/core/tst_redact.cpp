#include "log/logging.h"
#include "log/redact.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace plancia;

class TstRedact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void masks_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");

        const QString jwt = QStringLiteral(
            "eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXZhbHVl");
        QTest::newRow("authorization header")
            << QStringLiteral("Authorization: Bearer s3cr3tTokenValue")
            << QStringLiteral("s3cr3tTokenValue");
        QTest::newRow("hub token scheme") << QStringLiteral("authorization: token abcdef0123456789")
                                          << QStringLiteral("abcdef0123456789");
        QTest::newRow("bare jwt") << QStringLiteral("got %1 from iam").arg(jwt) << jwt;
        QTest::newRow("json access_token")
            << QString::fromUtf8(JSON({"access_token" : "opaque-AT-1234567", "expires_in" : 60}))
            << QStringLiteral("opaque-AT-1234567");
        QTest::newRow("json refresh_token")
            << QString::fromUtf8(JSON({"refresh_token" : "rt-9876543210abc"}))
            << QStringLiteral("rt-9876543210abc");
        QTest::newRow("form refresh_token")
            << QStringLiteral("grant_type=refresh_token&refresh_token=rt-ABCDEFGH123&client_id=x")
            << QStringLiteral("rt-ABCDEFGH123");
        QTest::newRow("form device_code")
            << QStringLiteral("device_code=dc-secret-value-1&client_id=plancia")
            << QStringLiteral("dc-secret-value-1");
        QTest::newRow("sts xml secret")
            << QStringLiteral(
                   "<Credentials><AccessKeyId>AKIA1</AccessKeyId><SecretAccessKey>wJalrXUtnFEMI/"
                   "K7MDENG</SecretAccessKey>")
            << QStringLiteral("wJalrXUtnFEMI/K7MDENG");
        QTest::newRow("sts xml session token")
            << QStringLiteral("<SessionToken>FwoGZXIvYXdzEBY-session</SessionToken>")
            << QStringLiteral("FwoGZXIvYXdzEBY-session");
        QTest::newRow("presigned url signature")
            << QStringLiteral("https://s3/b/"
                              "k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F20260101&"
                              "X-Amz-Signature=0123456789abcdef0123456789abcdef")
            << QStringLiteral("0123456789abcdef0123456789abcdef");
        QTest::newRow("presigned url security token")
            << QStringLiteral(
                   "https://s3/b/k?X-Amz-Security-Token=IQoJb3JpZ2luX2VjEMP&X-Amz-Date=1")
            << QStringLiteral("IQoJb3JpZ2luX2VjEMP");
        QTest::newRow("sigv4 header")
            << QStringLiteral(
                   "AWS4-HMAC-SHA256 Credential=AKIA/x, SignedHeaders=host, "
                   "Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024")
            << QStringLiteral("fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024");
        QTest::newRow("amz security token header")
            << QStringLiteral("x-amz-security-token: FQoGZXIvYXdzSESSION")
            << QStringLiteral("FQoGZXIvYXdzSESSION");
        QTest::newRow("client secret json")
            << QString::fromUtf8(JSON({"client_secret" : "cs-very-secret"}))
            << QStringLiteral("cs-very-secret");
    }

    void masks()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("redacted")), qPrintable(out));
    }

    void keepsOrdinaryText()
    {
        const QString text = QStringLiteral(
            "GET https://hub.example/hub/api/users?offset=0&limit=50 -> 200 in 12 ms");
        QCOMPARE(redact(text), text);
        const QString list = QStringLiteral("list-type=2&prefix=data/&continuation-token=abc");
        QCOMPARE(redact(list), list);
    }

    void registeredSecretsAreMaskedAnywhere()
    {
        const QString secret = QStringLiteral("weird-secret-in-unknown-context-42");
        QVERIFY(redact(QStringLiteral("x=%1").arg(secret)).contains(secret));
        addSecret(secret);
        QVERIFY(!redact(QStringLiteral("whatever %1 here").arg(secret)).contains(secret));
        removeSecret(secret);
        QVERIFY(redact(QStringLiteral("whatever %1 here").arg(secret)).contains(secret));
    }

    void infoLinesReachTheFileWithoutAnExplicitFlush()
    {
        // People attach the log file to bug reports while the app runs.
        logger("core.config")->info("marker-line-for-periodic-flush");
        const QString path = logFilePath();
        const auto fileHasMarker = [&path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) &&
                   f.readAll().contains("marker-line-for-periodic-flush");
        };
        QTRY_VERIFY_WITH_TIMEOUT(fileHasMarker(), 10000);
    }

    void logFileNeverHoldsSecrets()
    {
        const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJib2IifQ.c2ln");
        logger("core.auth")->info("Authorization: Bearer {}", jwt.toStdString());
        logger("core.s3")->warn("<SecretAccessKey>AbCdEfGhIjKlMnOp</SecretAccessKey>");
        qWarning("refresh_token=%s", "rt-qt-bridge-secret");
        spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &l) { l->flush(); });
        const QString path = logFilePath();
        QVERIFY(!path.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(content.contains("[core.auth]"), content.constData());
        QVERIFY2(content.contains("[qt]"), content.constData());
        QVERIFY(!content.contains(jwt.toUtf8()));
        QVERIFY(!content.contains("AbCdEfGhIjKlMnOp"));
        QVERIFY(!content.contains("rt-qt-bridge-secret"));
    }
};

QTEST_GUILESS_MAIN(TstRedact)
#include "tst_redact.moc"
