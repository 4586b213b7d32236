#pragma once

#include "auth/session.h"
#include "config/profile.h"
#include "kube/informer.h"
#include "net/authorizer.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace plancia {

class HttpClient;
class HubTokenProvider;
namespace metrics {
class PrometheusClient;
}
class StsCredentialsProvider;
namespace s3 {
struct Bucket;
class S3Client;
class TransferEngine;
} // namespace s3

// One per active profile: the composition root of core. Owns the Session (login and IAM tokens
// only) and one configured client per service, each with the profile's CA bundles and its own
// authorizer: the IAM bearer for Kubernetes (and Prometheus when the profile asks), the hub
// token for JupyterHub (a 403 re-mints it once), SigV4 with STS credentials for S3. The app and
// plancia-cli build one; pages receive it when the profile changes and keep no other handle on
// a service. Deleting it cancels everything its clients are doing.
//
// Later the shared caches (Kubernetes informers: list+watch per resource and namespace, shared
// by the pages) hang off the Platform too, so that two pages watching pods share one stream.
class Platform : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        Session::Options session;
        // Lifetime asked for the hub API token.
        std::chrono::seconds hubTokenLifetime{8 * 3600};
    };

    explicit Platform(Profile profile, QObject *parent = nullptr);
    Platform(Profile profile, Options options, QObject *parent = nullptr);
    ~Platform() override;

    const Profile &profile() const { return m_profile; }
    Session *session() const { return m_session; }

    // Configured clients; never null (a service the profile lacks still has a client, whose
    // requests fail with a Config error naming the missing setting).
    HttpClient *kubernetes() const { return m_kube; }
    HttpClient *prometheus() const { return m_prometheus; }
    HttpClient *hub() const { return m_hub; }
    HttpClient *s3() const { return m_s3; }

    // The Kubernetes client on kubernetes() and the profile's API server.
    kube::KubeClient *kube() const { return m_kubeClient; }
    // The shared list+watch cache of `kind` in `ns` ("" = all namespaces / cluster-scoped),
    // started on first use, one per Informer::keyFor(); it retries at once when the
    // credentials change (a login after an Unauthorized list).
    kube::Informer *informer(const kube::ResourceKind &kind, const QString &ns,
                             const kube::Informer::Options &options = {});

    // The Prometheus API on prometheus() and the profile's URL (typed results, named queries).
    metrics::PrometheusClient *metrics() const { return m_metrics; }

    // The S3 API on s3() and the profile's endpoint (made on first use).
    s3::S3Client *storage();
    // The buckets the logged-in user may use as the profile and the token's groups say (own
    // bucket, project buckets of the groups), for when ListBuckets is refused.
    QList<s3::Bucket> knownBuckets() const;
    // The profile's transfer queue (made on first use; its multipart state is kept under the
    // app's data dir per profile, so an upload resumes after a restart).
    s3::TransferEngine *transfers();

    HubTokenProvider *hubTokens() const { return m_hubTokens; }
    StsCredentialsProvider *stsCredentials() const { return m_sts; }

    // The Kubernetes namespace of the logged-in user (the profile's template filled in); empty
    // when nobody is logged in.
    QString kubernetesNamespace() const;

    // Problems found while configuring the clients (an unreadable CA file, ...), for people.
    const QStringList &configurationProblems() const { return m_problems; }

    // The seam for shared services (Kubernetes informers, one list+watch cache per resource and
    // namespace that several pages use): made by `make` on first use, owned by the Platform
    // (gone with it, so with the profile), the same object for every later caller of `key`.
    template<typename T>
    T *shared(const QString &key, const std::function<T *(Platform *)> &make)
    {
        if (QObject *existing = m_shared.value(key))
            return qobject_cast<T *>(existing);
        T *made = make(this);
        if (made) {
            made->setParent(this);
            m_shared.insert(key, made);
        }
        return made;
    }

Q_SIGNALS:
    // A credential of any service was renewed or dropped (forwarded from the session and the
    // providers).
    void credentialsChanged();

private:
    HttpClient *makeClient(const QStringList &caFiles);
    void onSessionStateChanged(Session::State state);

    Profile m_profile;
    Options m_options;
    Session *m_session;
    HttpClient *m_kube;
    HttpClient *m_prometheus;
    HttpClient *m_hub;
    HttpClient *m_s3;
    HttpClient *m_hubTokenClient;
    HttpClient *m_stsClient;
    HubTokenProvider *m_hubTokens;
    kube::KubeClient *m_kubeClient;
    StsCredentialsProvider *m_sts;
    metrics::PrometheusClient *m_metrics;
    QStringList m_problems;
    QHash<QString, QPointer<QObject>> m_shared;
};

} // namespace plancia
