// Single sign-on under short lifetimes: with 20-second IAM access tokens and 60-second STS
// credentials, repeated calls to Kubernetes, JupyterHub, S3 and Prometheus for two minutes see no
// authentication failure, not even one that a retry would have hidden.
#include "auth/tokenmanager.h"
#include "auth/tokenstore.h"
#include "authsandbox.h"
#include "jupyter/hubtokenprovider.h"
#include "platform/platform.h"
#include "storage/stscredentials.h"

#include <QElapsedTimer>

using namespace plancia;

namespace {

struct Tally
{
    int ok = 0;
    int authFailures = 0; // 401/403 at the end, or a 401 that forced a refresh
    int otherFailures = 0;
    QStringList details;
};

bool isAuthStatus(int status)
{
    return status == 401 || status == 403;
}

} // namespace

class TstAuthSso : public QObject
{
    Q_OBJECT

    Profile m_profile;

    // Counts the authorizer's forced refreshes: each one means the server answered 401.
    Authorizer counting(Authorizer inner, Tally &tally, const char *service)
    {
        return [inner, &tally, service](HttpRequest req, bool force, QObject *ctx,
                                        AuthorizeDone done) {
            if (force) {
                ++tally.authFailures;
                tally.details
                    << QStringLiteral("%1: 401 forced a refresh").arg(QLatin1String(service));
            }
            inner(std::move(req), force, ctx, std::move(done));
        };
    }

    void account(Tally &t, const char *service, const HttpResult &r)
    {
        if (r.ok() && r->status >= 200 && r->status < 300) {
            ++t.ok;
            return;
        }
        const int status = r.ok() ? r->status : r.error().httpStatus;
        const QString what =
            r.ok() ? QString::fromUtf8(r->body.left(200)) : r.error().toLogString();
        if (isAuthStatus(status) || (!r.ok() && (r.error().kind == Error::Kind::Unauthorized ||
                                                 r.error().kind == Error::Kind::Forbidden)))
            ++t.authFailures;
        else
            ++t.otherFailures;
        t.details << QStringLiteral("%1: %2 %3").arg(QLatin1String(service)).arg(status).arg(what);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        auto p = test::sandboxProfile();
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toLogString()));
        m_profile = p.value();
        QCOMPARE(m_profile.s3.sts.durationSeconds, 60);
    }

    void allServicesStayAuthorized()
    {
        MemoryTokenStore store;
        Platform::Options o;
        o.session.store = &store;
        // Every service's client comes from the Platform, as in the app and plancia-cli.
        Platform platform(m_profile, o);
        Session &session = *platform.session();
        QVERIFY(test::scriptedLogin(session, QStringLiteral("mrossi")));
        const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(session.accessTokenExpiry());
        QVERIFY2(lifetime <= 20, "the auth sandbox should issue 20-second access tokens");
        const QString user = session.user().username;
        const QString ns = m_profile.namespaceFor(user);

        Tally kube, hub, s3, prom;
        HttpClient &kubeClient = *platform.kubernetes();
        HttpClient &hubClient = *platform.hub();
        HttpClient &s3Client = *platform.s3();
        HttpClient &promClient = *platform.prometheus();
        QVERIFY2(platform.configurationProblems().isEmpty(),
                 qPrintable(platform.configurationProblems().join(QLatin1Char('\n'))));
        kubeClient.setAuthorizer(counting(kubeClient.authorizer(), kube, "kubernetes"));
        hubClient.setAuthorizer(counting(hubClient.authorizer(), hub, "hub"));
        // S3 requests are signed by the client's authorizer (SigV4 with STS credentials).
        s3Client.setAuthorizer(counting(s3Client.authorizer(), s3, "s3"));
        if (promClient.hasAuthorizer())
            promClient.setAuthorizer(counting(promClient.authorizer(), prom, "prometheus"));

        const QUrl kubeUrl(m_profile.kubernetes.server.toString() +
                           QStringLiteral("/api/v1/namespaces/%1/pods").arg(ns));
        const QUrl hubUrl(m_profile.hub.url.toString() + QStringLiteral("hub/api/users/") + user);
        const QUrl s3Url(m_profile.s3.endpoint.toString() +
                         QStringLiteral("/user-%1?list-type=2&max-keys=5").arg(user));
        QUrl promUrl(m_profile.prometheus.url.toString() + QStringLiteral("api/v1/query"));
        promUrl.setQuery(QStringLiteral("query=up"));

        const int seconds = qEnvironmentVariableIntValue("PLANCIA_AUTH_RUN_SECONDS") > 0
                                ? qEnvironmentVariableIntValue("PLANCIA_AUTH_RUN_SECONDS")
                                : 120;
        QElapsedTimer clock;
        clock.start();
        int rounds = 0;
        qint64 slowest = 0;
        while (clock.elapsed() < seconds * 1000LL) {
            ++rounds;
            const qint64 roundStart = clock.elapsed();
            int pending = 4;
            auto send = [&](HttpClient &c, HttpRequest req, Tally &t, const char *name) {
                auto *job = c.createJob(std::move(req), this);
                job->setTreatHttpErrorsAsErrors(false);
                connect(job, &HttpJob::finished, this, [&, name](const HttpResult &r) {
                    account(t, name, r);
                    --pending;
                });
                job->start();
            };
            send(kubeClient, HttpRequest::get(kubeUrl), kube, "kubernetes");
            send(hubClient, HttpRequest::get(hubUrl), hub, "hub");
            send(promClient, HttpRequest::get(promUrl), prom, "prometheus");
            send(s3Client, HttpRequest::get(s3Url), s3, "s3");
            QVERIFY(QTest::qWaitFor([&] { return pending == 0; }, 30000));
            slowest = std::max(slowest, clock.elapsed() - roundStart);
            // Pace the rounds: one every two seconds.
            [[maybe_unused]] const bool paced =
                QTest::qWaitFor([&] { return clock.elapsed() >= roundStart + 2000; }, 3000);
        }

        auto *tm = session.tokenManager();
        auto *hubTokens = platform.hubTokens();
        auto *sts = platform.stsCredentials();
        qInfo(
            "SSO run: %d s, %d rounds; ok kube %d hub %d s3 %d prom %d; auth failures %d/%d/%d/%d; "
            "other failures %d/%d/%d/%d; IAM refreshes %d, hub mints %d, STS renewals %d; "
            "slowest round %lld ms",
            seconds, rounds, kube.ok, hub.ok, s3.ok, prom.ok, kube.authFailures, hub.authFailures,
            s3.authFailures, prom.authFailures, kube.otherFailures, hub.otherFailures,
            s3.otherFailures, prom.otherFailures, tm->refreshCount(), hubTokens->mintCount(),
            sts->renewCount(), slowest);
        const QStringList details = kube.details + hub.details + s3.details + prom.details;
        QVERIFY2(details.isEmpty(), qPrintable(details.mid(0, 10).join(QLatin1Char('\n'))));
        QCOMPARE(kube.authFailures + hub.authFailures + s3.authFailures + prom.authFailures, 0);
        QCOMPARE(kube.ok, rounds);
        QCOMPARE(hub.ok, rounds);
        QCOMPARE(s3.ok, rounds);
        QCOMPARE(prom.ok, rounds);
        // The credentials really were renewed along the way (not one long-lived token).
        QVERIFY(tm->refreshCount() >= seconds / 20);
        QVERIFY(sts->renewCount() >= seconds / 60 + 1);
        QCOMPARE(session.state(), Session::State::LoggedIn);
    }
};

QTEST_GUILESS_MAIN(TstAuthSso)
#include "tst_auth_sso.moc"
