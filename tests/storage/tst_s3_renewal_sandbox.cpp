// STS credentials that ran out, against the auth sandbox's RadosGW (60-second credentials): a
// request signed with them is refused (403 ExpiredToken or the like), the S3 client renews once
// through its credentials source and sends it again: the listing succeeds, one renewal.

#include "authsandbox.h"
#include "net/httpclient.h"
#include "platform/platform.h"
#include "storage/s3authorizer.h"
#include "storage/s3client.h"
#include "storage/stscredentials.h"

#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace plancia;
using namespace plancia::s3;

class TstS3RenewalSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiredCredentialsRenewOnce()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PLANCIA_TEST_HOME"), "run through CTest");
        auto profile = test::sandboxProfile();
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toLogString()));
        const int ttl = profile->s3.sts.durationSeconds;
        QVERIFY2(ttl <= 120, "needs the auth sandbox (--sts-ttl 60)");
        Platform platform(profile.value());
        QVERIFY(test::scriptedLogin(*platform.session(), QStringLiteral("mrossi")));

        std::optional<Result<AwsCredentials>> first;
        platform.stsCredentials()->credentials(
            this, true, [&](const Result<AwsCredentials> &c) { first.emplace(c); });
        QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 30000);
        QVERIFY2(first->ok(), first->ok() ? "" : qPrintable(first->error().toLogString()));
        const AwsCredentials stale = first->value();
        QVERIFY(stale.expiration.isValid());
        // Until they are over (RadosGW checks the expiry to the second).
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > stale.expiration.addSecs(2),
                                 (ttl + 15) * 1000);

        // The signer uses `current` (the stale credentials first); the S3 client's renewal
        // asks STS and replaces them, as the Platform's one STS provider does.
        auto current = std::make_shared<AwsCredentials>(stale);
        int renewals = 0;
        HttpClient http;
        QVERIFY(http.addCaBundle(profile->caFile).ok());
        http.setAuthorizer(sigV4Authorizer(
            [current](bool, QObject *context, std::function<void(Result<AwsCredentials>)> done) {
                QTimer::singleShot(0, context, [done, c = *current] { done(c); });
            },
            sigv4::Scope{profile->s3.region, QStringLiteral("s3")}));
        Endpoint e;
        e.url = profile->s3.endpoint;
        e.region = profile->s3.region;
        e.pathStyle = profile->s3.pathStyle;
        S3Client client(&http, e);
        QPointer<StsCredentialsProvider> sts(platform.stsCredentials());
        client.setCredentialsSource(
            [&renewals, current, sts](bool force, QObject *context,
                                      std::function<void(Result<AwsCredentials>)> done) {
                if (!force) {
                    QTimer::singleShot(0, context, [done, c = *current] { done(c); });
                    return;
                }
                ++renewals;
                sts->credentials(context, true, [current, done](const Result<AwsCredentials> &c) {
                    if (c.ok())
                        *current = c.value();
                    done(c);
                });
            });

        // What RadosGW answers to the stale credentials, for the record.
        HttpRequest probe;
        probe.url = objectUrl(e, QStringLiteral("user-mrossi"));
        const HttpResult refused = test::runRequest(http, probe);
        QVERIFY(refused.ok());
        qInfo("stale credentials: HTTP %d %s", refused->status,
              refused->body.left(200).constData());
        QCOMPARE(refused->status, 403);

        std::optional<Result<Listing>> listed;
        client.list(QStringLiteral("user-mrossi"), {}, {}, false, this)
            ->then([&](const Result<Listing> &r) { listed.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 30000);
        QVERIFY2(listed->ok(), listed->ok() ? "" : qPrintable(listed->error().toLogString()));
        QCOMPARE(renewals, 1);
        QVERIFY(current->accessKeyId != stale.accessKeyId);
    }
};

QTEST_GUILESS_MAIN(TstS3RenewalSandbox)
#include "tst_s3_renewal_sandbox.moc"
