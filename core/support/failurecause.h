#pragma once

#include "jobs/jobstate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace plancia::support {

// Why a job or a session failed (or is failing), as support staff triage it.
enum class FailureCause {
    None,           // not failing
    OomKilled,      // a container went over its memory limit
    ImagePull,      // the image could not be pulled (ErrImagePull, ImagePullBackOff, bad name)
    Evicted,        // evicted or preempted by Kueue (or the kubelet) and back in the queue
    OffloadRefused, // the remote site refused the offloaded pod (interLink ProviderFailed)
    SlurmTimeout,   // the Slurm job hit its time limit at the remote site (SlurmJobTimeout)
    QuotaNever,     // asks for more than the queues can ever give (request > maximum capacity)
    SpawnFailed,    // a notebook server that did not start
    Other,          // failed for another reason (non-zero exit, backoff limit, deadline)
};
constexpr int kFailureCauseCount = int(FailureCause::Other) + 1;

// Stable keys for JSON, the CLI and tests: "oomKilled", "imagePull", "evicted",
// "offloadRefused", "slurmTimeout", "quotaNever", "spawnFailed", "other" ("" for None).
const char *causeKey(FailureCause cause);
std::optional<FailureCause> causeFromKey(const QString &key);
// Translated, for people.
QString causeName(FailureCause cause);
// Every cause but None, in display order.
QList<FailureCause> allCauses();

// The cause of a job in `status` (JobsModel's classification).
FailureCause causeOfJob(const jobs::JobStatus &status);
// The cause of a notebook pod (component=singleuser-server): SpawnFailed for a failed or
// crashing server, ImagePull when its image cannot be pulled, None otherwise.
FailureCause causeOfSession(const QJsonObject &pod, QString *reason = nullptr,
                            QString *message = nullptr);

// Whether a pod is a notebook server as KubeSpawner labels them.
bool isNotebookPod(const QJsonObject &pod);

} // namespace plancia::support
