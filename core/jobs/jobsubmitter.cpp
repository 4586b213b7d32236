#include "jobs/jobsubmitter.h"

#include "kube/kubeclient.h"
#include "kube/kubestatus.h"

#include <QRandomGenerator>

namespace plancia::jobs {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::jobs::JobSubmitter)
};

QString submissionOf(const QJsonObject &job)
{
    return job.value("metadata"_L1)
        .toObject()
        .value("labels"_L1)
        .toObject()
        .value(QLatin1String(kSubmissionLabel))
        .toString();
}

bool outcomeUnknown(const Error &e)
{
    switch (e.kind) {
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::Server:
    case Error::Kind::RateLimited:
        return true;
    default:
        return false;
    }
}

class KubeSubmitJob : public SubmitJob
{
public:
    KubeSubmitJob(kube::KubeClient *client, QJsonObject job, QString ns,
                  KubeJobSubmitter::Options options, QObject *owner)
        : SubmitJob(owner)
        , m_client(client)
        , m_job(std::move(job))
        , m_namespace(std::move(ns))
        , m_options(options)
    {
        const QJsonObject md = m_job.value("metadata"_L1).toObject();
        m_name = md.value("name"_L1).toString();
        if (md.contains("namespace"_L1))
            m_namespace = md.value("namespace"_L1).toString();
        m_submission = submissionOf(m_job);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_verifyNext ? verify() : create(); });
    }

protected:
    void doStart() override
    {
        if (!m_client) {
            finishWith(Error::make(Error::Kind::Internal, Tr::tr("No Kubernetes client.")));
            return;
        }
        if (m_name.isEmpty() || m_submission.isEmpty()) {
            // generateName would make a second Job on a retry: refuse rather than risk it.
            m_problems.append(FieldProblem{SpecField::Name, u"metadata.name"_s,
                                           Tr::tr("The job needs a name chosen before sending.")});
            finishWith(Error::make(Error::Kind::Invalid,
                                   Tr::tr("The job has no name or submission id; build it with "
                                          "the job builder.")));
            return;
        }
        create();
    }
    void doCancel() override
    {
        m_timer.stop();
        if (m_current)
            delete m_current.data();
    }

private:
    void create()
    {
        ++m_attempts;
        m_current = m_client->create(kube::ResourceKind::jobs(), m_namespace, m_job, this);
        connect(m_current, &kube::KubeJob::finished, this, [this](const Result<QJsonObject> &r) {
            if (r.ok()) {
                succeed(r.value(), false);
                return;
            }
            const Error &e = r.error();
            if (e.kind == Error::Kind::Conflict) {
                verify();
            } else if (outcomeUnknown(e) && m_attempts < m_options.maxAttempts) {
                m_lastError = e;
                m_verifyNext = true;
                m_timer.start(backoff());
            } else {
                m_problems = fieldProblemsOf(e);
                finishWith(e);
            }
        });
    }

    // Did an earlier attempt create it? Ours carries our submission id.
    void verify()
    {
        m_verifyNext = false;
        m_current = m_client->get(kube::ResourceKind::jobs(), m_namespace, m_name, this);
        connect(m_current, &kube::KubeJob::finished, this, [this](const Result<QJsonObject> &r) {
            if (r.ok()) {
                if (submissionOf(r.value()) == m_submission) {
                    succeed(r.value(), true);
                    return;
                }
                m_problems.append(FieldProblem{
                    SpecField::Name, u"metadata.name"_s,
                    Tr::tr("A job named '%1' already exists; choose another name.").arg(m_name)});
                finishWith(Error::make(Error::Kind::Conflict,
                                       Tr::tr("A job named '%1' already exists.").arg(m_name)));
                return;
            }
            if (r.error().kind == Error::Kind::NotFound && m_attempts < m_options.maxAttempts) {
                create(); // the earlier attempt made nothing: send again
                return;
            }
            if (outcomeUnknown(r.error()) && m_attempts < m_options.maxAttempts) {
                m_verifyNext = true;
                ++m_attempts;
                m_timer.start(backoff());
                return;
            }
            finishWith(m_lastError.message.isEmpty() ? r.error() : m_lastError);
        });
    }

    std::chrono::milliseconds backoff() const
    {
        auto d = m_options.initialBackoff * (1 << std::min(m_attempts - 1, 10));
        d = std::min(d, m_options.maxBackoff);
        return d + std::chrono::milliseconds(QRandomGenerator::global()->bounded(
                       int(std::max<qint64>(1, d.count() / 5))));
    }

    void succeed(const QJsonObject &job, bool existed)
    {
        SubmitOutcome o;
        o.job = job;
        o.name = m_name;
        o.namespaceName = m_namespace;
        o.alreadyExisted = existed;
        o.attempts = m_attempts;
        finishWith(o);
    }

    QPointer<kube::KubeClient> m_client;
    QJsonObject m_job;
    QString m_namespace;
    QString m_name;
    QString m_submission;
    KubeJobSubmitter::Options m_options;
    QPointer<kube::KubeJob> m_current;
    QTimer m_timer;
    Error m_lastError;
    int m_attempts = 0;
    bool m_verifyNext = false;
};

class KubeCancelJob : public CancelJob
{
public:
    KubeCancelJob(kube::KubeClient *client, QString ns, QString name, QObject *owner)
        : CancelJob(owner)
        , m_client(client)
        , m_namespace(std::move(ns))
        , m_name(std::move(name))
    {}

protected:
    void doStart() override
    {
        if (!m_client) {
            finishWith(Error::make(Error::Kind::Internal, Tr::tr("No Kubernetes client.")));
            return;
        }
        kube::DeleteOptions opts;
        opts.propagationPolicy = u"Background"_s;
        m_current = m_client->remove(kube::ResourceKind::jobs(), m_namespace, m_name, opts, this);
        connect(m_current, &kube::KubeJob::finished, this, [this](const Result<QJsonObject> &r) {
            if (r.ok() || r.error().kind == Error::Kind::NotFound)
                finishWith(Ok{});
            else
                finishWith(r.error());
        });
    }
    void doCancel() override
    {
        if (m_current)
            delete m_current.data();
    }

private:
    QPointer<kube::KubeClient> m_client;
    QString m_namespace;
    QString m_name;
    QPointer<kube::KubeJob> m_current;
};

} // namespace

KubeJobSubmitter::KubeJobSubmitter(kube::KubeClient *client, QString defaultNamespace,
                                   QObject *parent)
    : KubeJobSubmitter(client, std::move(defaultNamespace), Options{}, parent)
{}

KubeJobSubmitter::KubeJobSubmitter(kube::KubeClient *client, QString defaultNamespace,
                                   Options options, QObject *parent)
    : JobSubmitter(parent)
    , m_client(client)
    , m_namespace(std::move(defaultNamespace))
    , m_options(options)
{}

kube::KubeClient *KubeJobSubmitter::client() const
{
    return m_client;
}

SubmitJob *KubeJobSubmitter::submit(const QJsonObject &job, QObject *owner)
{
    auto *j = new KubeSubmitJob(m_client, job, m_namespace, m_options, owner);
    j->start();
    return j;
}

CancelJob *KubeJobSubmitter::cancel(const QString &namespaceName, const QString &name,
                                    QObject *owner)
{
    auto *j = new KubeCancelJob(m_client, namespaceName.isEmpty() ? m_namespace : namespaceName,
                                name, owner);
    j->start();
    return j;
}

QString KubeJobSubmitter::backendName() const
{
    return Tr::tr("Kubernetes API");
}

} // namespace plancia::jobs
