#include "platform/platform.h"

#include "auth/tokenmanager.h"
#include "jupyter/hubtokenprovider.h"
#include "log/logging.h"
#include "metrics/prometheusclient.h"
#include "net/httpclient.h"
#include "storage/s3authorizer.h"
#include "storage/s3client.h"
#include "storage/stscredentials.h"
#include "storage/transferengine.h"

#include <QDir>
#include <QStandardPaths>

namespace plancia {

namespace {

auto log()
{
    return logger("core.platform");
}

// Every credential derived from the login starts from the IAM access token.
auto accessTokenOf(Session *session)
{
    QPointer<Session> s(session);
    return [s](bool force, QObject *context, std::function<void(Result<QString>)> done) {
        if (!s) {
            done(Error::make(Error::Kind::Canceled, Session::tr("The session is gone.")));
            return;
        }
        s->accessToken(context, force, [done](const Result<QString> &t) { done(t); });
    };
}

} // namespace

Platform::Platform(Profile profile, QObject *parent)
    : Platform(std::move(profile), Options{}, parent)
{}

Platform::Platform(Profile profile, Options options, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_options(std::move(options))
    , m_session(new Session(m_profile, m_options.session, this))
{
    const QStringList common =
        m_profile.caFile.isEmpty() ? QStringList{} : QStringList{m_profile.caFile};
    QStringList kubeCas = common;
    if (!m_profile.kubernetes.caFile.isEmpty() && !kubeCas.contains(m_profile.kubernetes.caFile))
        kubeCas << m_profile.kubernetes.caFile;

    m_kube = makeClient(kubeCas);
    m_kube->setAuthorizer(m_session->bearerAuthorizer());
    m_kubeClient = new kube::KubeClient(m_kube, m_profile.kubernetes.server, this);

    m_prometheus = makeClient(common);
    if (m_profile.prometheus.useBearer)
        m_prometheus->setAuthorizer(m_session->bearerAuthorizer());
    m_metrics = new metrics::PrometheusClient(m_prometheus, m_profile.prometheus.url, this);

    // The hub: a token minted from the IAM login; JupyterHub answers a stale one with 403.
    m_hubTokenClient = makeClient(common);
    m_hubTokens =
        new HubTokenProvider(m_hubTokenClient, m_profile.hub.url, accessTokenOf(m_session), this);
    m_hubTokens->setLifetime(m_options.hubTokenLifetime);
    m_hub = makeClient(common);
    m_hub->setAuthorizer(m_hubTokens->authorizer());
    m_hub->setForbiddenMeansStaleCredentials(true);

    // S3: SigV4 with STS credentials (AssumeRoleWithWebIdentity with the IAM token).
    m_stsClient = makeClient(common);
    m_sts = new StsCredentialsProvider(
        m_stsClient,
        StsCredentialsProvider::Settings{m_profile.s3.sts.endpoint, m_profile.s3.sts.roleArn,
                                         m_profile.s3.sts.durationSeconds},
        accessTokenOf(m_session), this);
    m_s3 = makeClient(common);
    QPointer<StsCredentialsProvider> sts(m_sts);
    m_s3->setAuthorizer(sigV4Authorizer(
        [sts](bool force, QObject *context, std::function<void(Result<AwsCredentials>)> done) {
            if (!sts) {
                done(Error::make(Error::Kind::Canceled, Session::tr("The session is gone.")));
                return;
            }
            sts->credentials(context, force, [done](const Result<AwsCredentials> &c) { done(c); });
        },
        sigv4::Scope{m_profile.s3.region, QStringLiteral("s3")}));

    connect(m_session, &Session::credentialsChanged, this, &Platform::credentialsChanged);
    connect(m_hubTokens, &HubTokenProvider::changed, this, &Platform::credentialsChanged);
    connect(m_sts, &StsCredentialsProvider::changed, this, &Platform::credentialsChanged);
    // Derived credentials follow the login: dropped (the hub token revoked) on logout, renamed
    // when someone else logs in.
    connect(m_session, &Session::loggingOut, this, [this] {
        m_hubTokens->clear(true);
        m_sts->clear();
    });
    connect(m_session, &Session::userChanged, this, [this] {
        m_hubTokens->setUsername(m_session->user().username);
        m_sts->setSessionName(m_session->user().username);
    });
    connect(m_session, &Session::stateChanged, this, &Platform::onSessionStateChanged);
}

Platform::~Platform() = default;

HttpClient *Platform::makeClient(const QStringList &caFiles)
{
    auto *client = new HttpClient(this);
    for (const QString &ca : caFiles) {
        if (const Status s = client->addCaBundle(ca); !s.ok()) {
            if (!m_problems.contains(s.error().message)) {
                m_problems << s.error().message;
                log()->warn("{}", s.error().toLogString().toStdString());
            }
        }
    }
    return client;
}

void Platform::onSessionStateChanged(Session::State state)
{
    // A login that ended without logout() (refresh token dead): the derived credentials are
    // worthless too, but the hub token may still be revoked with itself.
    if (state == Session::State::Error || state == Session::State::LoggedOut) {
        if (m_session->tokenManager() && !m_session->tokenManager()->hasTokens()) {
            m_hubTokens->clear(state == Session::State::Error);
            m_sts->clear();
        }
    }
}

kube::Informer *Platform::informer(const kube::ResourceKind &kind, const QString &ns,
                                   const kube::Informer::Options &options)
{
    return shared<kube::Informer>(
        kube::Informer::keyFor(kind, ns, options), [&](Platform *p) -> kube::Informer * {
            auto *informer = new kube::Informer(p->kube(), kind, ns, options);
            connect(p, &Platform::credentialsChanged, informer, &kube::Informer::retryNow);
            informer->start();
            return informer;
        });
}

s3::S3Client *Platform::storage()
{
    return shared<s3::S3Client>(QStringLiteral("s3.client"), [](Platform *p) {
        s3::Endpoint endpoint;
        endpoint.url = p->m_profile.s3.endpoint;
        endpoint.region = p->m_profile.s3.region;
        endpoint.pathStyle = p->m_profile.s3.pathStyle;
        auto *client = new s3::S3Client(p->m_s3, endpoint);
        QPointer<StsCredentialsProvider> sts(p->m_sts);
        client->setCredentialsSource([sts](bool force, QObject *context,
                                           std::function<void(Result<AwsCredentials>)> done) {
            if (!sts) {
                done(Error::make(Error::Kind::Canceled, Session::tr("The session is gone.")));
                return;
            }
            sts->credentials(context, force, [done](const Result<AwsCredentials> &c) { done(c); });
        });
        return client;
    });
}

QList<s3::Bucket> Platform::knownBuckets() const
{
    QList<s3::Bucket> out;
    QStringList seen;
    auto add = [&](const QString &name, const QString &origin) {
        if (name.isEmpty() || seen.contains(name))
            return;
        seen << name;
        out.append(s3::Bucket{name, {}, origin});
    };
    const UserInfo &user = m_session->user();
    if (user.isValid()) {
        add(m_profile.s3.userBucketFor(user.username), QStringLiteral("own"));
        for (const QString &group : user.groups)
            add(m_profile.s3.groupBucketFor(group), QStringLiteral("group:") + group);
    }
    for (const QString &name : m_profile.s3.buckets)
        add(name, QStringLiteral("profile"));
    return out;
}

s3::TransferEngine *Platform::transfers()
{
    return shared<s3::TransferEngine>(QStringLiteral("s3.transfers"), [](Platform *p) {
        s3::Endpoint endpoint;
        endpoint.url = p->m_profile.s3.endpoint;
        endpoint.region = p->m_profile.s3.region;
        endpoint.pathStyle = p->m_profile.s3.pathStyle;
        s3::TransferEngine::Settings settings;
        // Per profile, so that an upload resumes after a restart with the same profile only.
        settings.stateDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                .filePath(QStringLiteral("transfers/") + p->m_profile.name);
        if (!p->m_profile.caFile.isEmpty())
            settings.caFiles << p->m_profile.caFile;
        QPointer<StsCredentialsProvider> sts(p->m_sts);
        auto source = [sts](bool force, QObject *context,
                            std::function<void(Result<AwsCredentials>)> done) {
            if (!sts) {
                done(Error::make(Error::Kind::Canceled, Session::tr("The session is gone.")));
                return;
            }
            sts->credentials(context, force, [done](const Result<AwsCredentials> &c) { done(c); });
        };
        return new s3::TransferEngine(endpoint, source, settings);
    });
}

QString Platform::kubernetesNamespace() const
{
    if (!m_session->user().isValid())
        return {};
    return m_profile.namespaceFor(m_session->user().username);
}

} // namespace plancia
