#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace plancia::jobs {

// A batch job's state as people follow it, from its Workload's conditions first (Kueue is the
// authority while it queues), then the Job's conditions and its pods.
enum class JobState {
    Unknown,       // nothing to go on yet (a Job just created, no Workload yet)
    Suspended,     // suspended by its owner, outside any queue
    Pending,       // waiting for quota: Workload QuotaReserved=False (reason, Kueue's message)
    QuotaReserved, // quota reserved, not yet admitted (admission checks)
    Admitted,      // admitted, pods not running yet (being created, scheduled, pulled)
    Running,       // a pod runs on a cluster node
    Offloaded,     // a pod runs (or waits remotely: "Remote pod submitted") on a virtual node
    Evicted,       // evicted/preempted (Evicted=True) and back in the queue (requeued)
    Succeeded,
    Failed,   // reason: BackoffLimitExceeded, DeadlineExceeded, OOMKilled, ProviderFailed...
    Deleting, // being deleted (deletionTimestamp)
};
const char *stateKey(JobState state); // "pending", "running", ... (stable: JSON, CLI, tests)
QString stateName(JobState state);    // translated, for people
bool isFinal(JobState state);         // Succeeded or Failed

// The state with its reason. `reason` is a short machine word (Kueue's or the kubelet's:
// "Pending", "Preempted", "InClusterQueue", "OOMKilled", "ProviderFailed"), `message` the long
// text (Kueue's own "couldn't assign flavors ..."), for people as the server wrote it.
struct JobStatus
{
    Q_DECLARE_TR_FUNCTIONS(plancia::jobs::JobStatus)

public:
    JobState state = JobState::Unknown;
    QString reason;
    QString message;
    bool requeued = false;  // Workload Requeued=True after an eviction
    bool preempted = false; // the eviction was a preemption (Preempted=True or reason)
    int evictions = 0;      // times seen evicted ("Previously: ..." counts as one)
    QString clusterQueue;   // status.admission.clusterQueue
    QString flavor;         // the first podSet assignment's flavor (accelerator's, else cpu)
    QString node;           // the newest running (or last) pod's node
    bool offloaded = false; // that node is virtual
    QString site;           // the virtual node's site name
    QDateTime since;        // when the state began (the deciding condition's time)
    // One line for people: "Pending: couldn't assign flavors ...", "Offloaded to INFN-Tier1".
    QString summary() const;
};

// A Pod of the job, as far as the state needs it.
struct PodFacts
{
    QString name;
    QString phase;  // Pending, Running, Succeeded, Failed
    QString reason; // status.reason (ProviderFailed, Evicted)
    QString node;
    bool virtualNode = false;
    QString site;             // for a virtual node
    QString waitingReason;    // ContainerCreating, ImagePullBackOff, ...
    QString waitingMessage;   // "Remote pod submitted"
    QString terminatedReason; // OOMKilled, Error, ProviderFailed, SlurmJobTimeout
    QDateTime created;
    bool deleting = false;
};
// `virtualNode` and `site` come from the nodes the caller knows (`nodeKnown`); without them
// (nodeKnown false) a pod tolerating the interLink taint on a bound node counts as offloaded,
// its site being the node's name.
PodFacts podFacts(const QJsonObject &pod, bool virtualNode, const QString &site,
                  bool nodeKnown = false);

// The state of `job` with its Workload (empty object if none yet) and pods.
JobStatus classifyJob(const QJsonObject &job, const QJsonObject &workload,
                      const QList<PodFacts> &pods);

} // namespace plancia::jobs

// For queued signals and QSignalSpy (JobsModel::jobStateChanged).
Q_DECLARE_METATYPE(plancia::jobs::JobState)
