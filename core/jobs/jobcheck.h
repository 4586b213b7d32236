#pragma once

#include "jobs/clustercatalog.h"
#include "jobs/jobspec.h"
#include "kube/views.h"
#include "net/job.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace plancia::kube {
class KubeClient;
class KubeJob;
} // namespace plancia::kube

namespace plancia::jobs {

// ---- Know before sending: problems, one line each with its fix ----------------------------

struct CheckProblem
{
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Warning;
    // Stable key (tests, JSON): "nfs-volume", "hostpath-volume", "pvc-volume", "secret",
    // "no-such-accelerator", "larger-than-any-node", "larger-than-quota", "too-short-to-offload",
    // "unknown-priority-class", "unknown-queue", "no-site", "site-disconnected".
    QString code;
    SpecField field = SpecField::None;
    QString message; // what is wrong, translated
    QString fix;     // what to do about it, translated
};
const char *severityKey(CheckProblem::Severity severity); // "error", "warning", "info"

// Problems of `job` (a built Job) against what the cluster offers:
//  - offloaded (interLink toleration): NFS, hostPath and PVC volumes cannot follow off-site;
//    secret volumes and secretKeyRef env are not forwarded; the job is too short (expected
//    duration < 10 minutes of remote queueing) or the pinned site is unknown / disconnected;
//  - any job: an accelerator model no flavor nor site offers; a request larger than every
//    node (cpu, memory, the accelerator) or than every flavor's quota (nominal + what the
//    cohort may lend, i.e. Kueue's "maximum capacity"); an unknown priority class or queue.
QList<CheckProblem> checkJob(const QJsonObject &job, const ClusterCatalog &catalog);

// ---- Where it would run now, and why ------------------------------------------------------

// One resource of one flavor of the ClusterQueue, against the job's request.
struct QuotaLine
{
    QString flavor;
    QString resource;
    double requested = 0; // the whole job (pods × per-pod request, parallelism pods at once)
    double nominal = 0;
    double used = 0;       // flavorsUsage total (admitted workloads)
    double borrowable = 0; // what the cohort could lend now (others' unused lendable quota,
                           // capped by this queue's borrowingLimit)
    double available() const { return nominal - used + borrowable; }
    bool fits() const { return requested <= available() + 1e-9; }
};

// An entry of Kueue's visibility API (pendingworkloads), with its size when the Workload is
// visible to the user (their own namespace).
struct PendingWorkload
{
    QString name;
    QString namespaceName;
    QString owner; // the Job's name (ownerReferences)
    int priority = 0;
    QString localQueue;
    int positionInClusterQueue = -1; // 0-based, as Kueue gives it
    int positionInLocalQueue = -1;
    kube::ResourceList requests; // total; empty when not visible
    bool sizeKnown = false;
};

struct WhyPending
{
    Q_DECLARE_TR_FUNCTIONS(plancia::jobs::WhyPending)

public:
    QString jobName;
    QString localQueue;
    QString clusterQueue;
    QString cohort;
    bool exists = false; // an existing Job's Workload (else a spec before submit)
    bool admitted = false;
    QString admittedFlavor;
    QString kueueMessage; // QuotaReserved=False message, Kueue's own words
    QString kueueReason;
    int positionInClusterQueue = -1; // 0-based, -1 unknown
    int positionInLocalQueue = -1;
    QList<QuotaLine> quota;       // every flavor the job could use, each requested resource
    QList<PendingWorkload> ahead; // the workloads before it in the ClusterQueue
    // The first flavor (in the ClusterQueue's order) where every requested resource fits now;
    // empty when none does.
    QString fitsNowIn;
    QStringList notes; // "visibility API not available: ..." and such

    // The answer for people, one line each: verdict, Kueue's message, position, quota lines
    // ("gpu-a100 nvidia.com/gpu: asks 8, nominal 4, used 3, borrowable 0 -> short by 7"),
    // the workloads ahead.
    QStringList lines() const;
};

// The explanation from what is already known: `job` (built or existing), its Workload (empty
// before submit), the catalog, the ClusterQueue's pending workloads (visibility, may be empty)
// and the namespace's Workloads (for sizes of the ones ahead).
WhyPending explainPending(const QJsonObject &job, const QJsonObject &workload,
                          const ClusterCatalog &catalog, const QList<PendingWorkload> &pending,
                          const QList<QJsonObject> &namespaceWorkloads = {});

// GET /apis/visibility.kueue.x-k8s.io/v1beta1/namespaces/{ns}/localqueues/{lq}/pendingworkloads.
class PendingWorkloadsJob : public ResultJob<QList<PendingWorkload>>
{
    Q_OBJECT

public:
    PendingWorkloadsJob(kube::KubeClient *client, QString namespaceName, QString localQueue,
                        QObject *owner);
    static QList<PendingWorkload> parse(const QJsonObject &summary);

Q_SIGNALS:
    void finished(const plancia::Result<QList<plancia::jobs::PendingWorkload>> &result);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const Result<QList<PendingWorkload>> &result) override
    {
        Q_EMIT finished(result);
    }

private:
    QPointer<kube::KubeClient> m_client;
    QString m_namespace;
    QString m_queue;
    QPointer<kube::KubeJob> m_get;
};

// The whole answer, fetched: the catalog, the Job and its Workload (for an existing job, by
// name) or a built Job (before submit), the visibility list and the namespace's Workloads.
// What cannot be read is noted in WhyPending::notes; only a missing Job is an error.
class WhyPendingJob : public ResultJob<WhyPending>
{
    Q_OBJECT

public:
    // An existing job.
    WhyPendingJob(kube::KubeClient *client, QString namespaceName, QString jobName, QObject *owner);
    // A built job before submit.
    WhyPendingJob(kube::KubeClient *client, QJsonObject builtJob, QObject *owner);
    // The catalog it used (valid after finished), for checkJob() on the same data.
    const ClusterCatalog &catalog() const { return m_catalog; }

Q_SIGNALS:
    void finished(const plancia::Result<plancia::jobs::WhyPending> &result);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const Result<WhyPending> &result) override { Q_EMIT finished(result); }

private:
    void step();
    void fail(const Error &error);

    QPointer<kube::KubeClient> m_client;
    QString m_namespace;
    QString m_jobName;
    QJsonObject m_job;
    QJsonObject m_workload;
    QList<QJsonObject> m_workloads;
    QList<PendingWorkload> m_pending;
    ClusterCatalog m_catalog;
    QStringList m_notes;
    int m_stage = 0;
    QList<QPointer<Job>> m_children;
};

} // namespace plancia::jobs
