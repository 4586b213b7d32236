// Single sign-on under short lifetimes: with 20-second IAM access tokens and 60-second STS
// credentials, repeated calls to Kubernetes, JupyterHub, S3 and Prometheus for two minutes see no
// authentication failure, not even one that a retry would have hidden.
#include "auth/servicecredentials.h"
#include "auth/tokenmanager.h"
#include "auth/tokenstore.h"
#include "authsandbox.h"
#include "storage/sigv4.h"

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
        return [inner, &tally, service](bool force, QObject *ctx, auto done) {
            if (force) {
                ++tally.authFailures;
                tally.details
                    << QStringLiteral("%1: 401 forced a refresh").arg(QLatin1String(service));
            }
            inner(force, ctx, done);
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
        Session::Options o;
        o.store = &store;
        Session session(m_profile, o);
        QVERIFY(test::scriptedLogin(session, QStringLiteral("mrossi")));
        const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(session.accessTokenExpiry());
        QVERIFY2(lifetime <= 20, "the auth sandbox should issue 20-second access tokens");
        const QString user = session.user().username;
        const QString ns = m_profile.namespaceFor(user);

        Tally kube, hub, s3, prom;
        HttpClient kubeClient, hubClient, s3Client, promClient;
        kubeClient.setAuthorizer(counting(session.kubernetesAuthorizer(), kube, "kubernetes"));
        session.configureHubClient(&hubClient); // 403 = stale hub token, like JupyterHub
        hubClient.setAuthorizer(counting(hubClient.authorizer(), hub, "hub"));
        if (auto a = session.prometheusAuthorizer())
            promClient.setAuthorizer(counting(a, prom, "prometheus"));

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
            session.s3Credentials(this, false, [&](const Result<AwsCredentials> &c) {
                if (!c.ok()) {
                    account(s3, "s3", c.error());
                    --pending;
                    return;
                }
                HttpRequest req = HttpRequest::get(s3Url);
                req.authenticate = false;
                sigv4::sign(req, c.value(), {m_profile.s3.region, QStringLiteral("s3")});
                send(s3Client, req, s3, "s3");
            });
            QVERIFY(QTest::qWaitFor([&] { return pending == 0; }, 30000));
            slowest = std::max(slowest, clock.elapsed() - roundStart);
            // Pace the rounds: one every two seconds.
            [[maybe_unused]] const bool paced =
                QTest::qWaitFor([&] { return clock.elapsed() >= roundStart + 2000; }, 3000);
        }

        auto *tm = session.tokenManager();
        auto *services = session.serviceCredentials();
        qInfo(
            "SSO run: %d s, %d rounds; ok kube %d hub %d s3 %d prom %d; auth failures %d/%d/%d/%d; "
            "other failures %d/%d/%d/%d; IAM refreshes %d, hub mints %d, STS renewals %d; "
            "slowest round %lld ms",
            seconds, rounds, kube.ok, hub.ok, s3.ok, prom.ok, kube.authFailures, hub.authFailures,
            s3.authFailures, prom.authFailures, kube.otherFailures, hub.otherFailures,
            s3.otherFailures, prom.otherFailures, tm->refreshCount(), services->hubMintCount(),
            services->stsRenewCount(), slowest);
        const QStringList details = kube.details + hub.details + s3.details + prom.details;
        QVERIFY2(details.isEmpty(), qPrintable(details.mid(0, 10).join(QLatin1Char('\n'))));
        QCOMPARE(kube.authFailures + hub.authFailures + s3.authFailures + prom.authFailures, 0);
        QCOMPARE(kube.ok, rounds);
        QCOMPARE(hub.ok, rounds);
        QCOMPARE(s3.ok, rounds);
        QCOMPARE(prom.ok, rounds);
        // The credentials really were renewed along the way (not one long-lived token).
        QVERIFY(tm->refreshCount() >= seconds / 20);
        QVERIFY(services->stsRenewCount() >= seconds / 60 + 1);
        QCOMPARE(session.state(), Session::State::LoggedIn);
    }
};

QTEST_GUILESS_MAIN(TstAuthSso)
#include "tst_auth_sso.moc"
