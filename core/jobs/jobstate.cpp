#include "jobs/jobstate.h"

#include "jobs/jobspec.h"
#include "kube/views.h"

namespace plancia::jobs {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::jobs::JobState)
};

std::optional<kube::Condition> cond(const QList<kube::Condition> &cs, const char *type)
{
    return kube::findCondition(cs, QLatin1String(type));
}

bool isTrue(const std::optional<kube::Condition> &c)
{
    return c && c->isTrue();
}

// The pod that tells most: a running one (newest), else a waiting one, else the newest.
const PodFacts *decisivePod(const QList<PodFacts> &pods)
{
    const PodFacts *best = nullptr;
    auto rank = [](const PodFacts &p) {
        if (p.deleting)
            return 0;
        if (p.phase == "Running"_L1)
            return 4;
        if (p.phase == "Pending"_L1)
            return p.node.isEmpty() ? 2 : 3;
        return 1;
    };
    for (const PodFacts &p : pods) {
        if (!best || rank(p) > rank(*best) || (rank(p) == rank(*best) && p.created > best->created))
            best = &p;
    }
    return best;
}

} // namespace

const char *stateKey(JobState state)
{
    switch (state) {
    case JobState::Unknown:
        return "unknown";
    case JobState::Suspended:
        return "suspended";
    case JobState::Pending:
        return "pending";
    case JobState::QuotaReserved:
        return "quotaReserved";
    case JobState::Admitted:
        return "admitted";
    case JobState::Running:
        return "running";
    case JobState::Offloaded:
        return "offloaded";
    case JobState::Evicted:
        return "evicted";
    case JobState::Succeeded:
        return "succeeded";
    case JobState::Failed:
        return "failed";
    case JobState::Deleting:
        return "deleting";
    }
    return "unknown";
}

QString stateName(JobState state)
{
    switch (state) {
    case JobState::Unknown:
        return Tr::tr("Unknown");
    case JobState::Suspended:
        return Tr::tr("Suspended");
    case JobState::Pending:
        return Tr::tr("Pending");
    case JobState::QuotaReserved:
        return Tr::tr("Quota reserved");
    case JobState::Admitted:
        return Tr::tr("Admitted");
    case JobState::Running:
        return Tr::tr("Running");
    case JobState::Offloaded:
        return Tr::tr("Offloaded");
    case JobState::Evicted:
        return Tr::tr("Evicted");
    case JobState::Succeeded:
        return Tr::tr("Succeeded");
    case JobState::Failed:
        return Tr::tr("Failed");
    case JobState::Deleting:
        return Tr::tr("Deleting");
    }
    return {};
}

bool isFinal(JobState state)
{
    return state == JobState::Succeeded || state == JobState::Failed;
}

QString JobStatus::summary() const
{
    switch (state) {
    case JobState::Pending:
        return message.isEmpty() ? tr("Pending: waiting for quota")
                                 : tr("Pending: %1").arg(message);
    case JobState::Offloaded:
        return site.isEmpty() ? tr("Offloaded") : tr("Offloaded to %1").arg(site);
    case JobState::Running:
        return node.isEmpty() ? tr("Running") : tr("Running on %1").arg(node);
    case JobState::Evicted:
        return requeued ? tr("Evicted (%1) and requeued").arg(reason)
                        : tr("Evicted (%1)").arg(reason);
    case JobState::Failed:
        return reason.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(reason);
    case JobState::Admitted:
        return clusterQueue.isEmpty() ? tr("Admitted") : tr("Admitted by %1").arg(clusterQueue);
    default:
        return stateName(state);
    }
}

PodFacts podFacts(const QJsonObject &pod, bool virtualNode, const QString &site, bool nodeKnown)
{
    const kube::PodView v(pod);
    PodFacts f;
    f.name = v.name();
    f.phase = v.phase();
    f.reason = v.reason();
    f.node = v.nodeName();
    f.created = v.creationTimestamp();
    f.deleting = v.isBeingDeleted();
    f.virtualNode = virtualNode;
    if (!nodeKnown && !virtualNode && !f.node.isEmpty()) {
        // Without node facts: a bound pod tolerating the interLink taint is offloaded.
        for (const QJsonValue &t : v.spec().value("tolerations"_L1).toArray()) {
            if (t.toObject().value("key"_L1).toString() == QLatin1String(kInterlinkTaintKey)) {
                f.virtualNode = true;
                break;
            }
        }
    }
    f.site = f.virtualNode ? (site.isEmpty() ? f.node : site) : QString();
    for (const kube::ContainerStatus &cs : v.containerStatuses()) {
        if (cs.state == kube::ContainerStatus::State::Waiting) {
            f.waitingReason = cs.reason;
            f.waitingMessage = cs.message;
        } else if (cs.state == kube::ContainerStatus::State::Terminated &&
                   cs.reason != "Completed"_L1) {
            f.terminatedReason = cs.reason;
        }
    }
    return f;
}

JobStatus classifyJob(const QJsonObject &jobJson, const QJsonObject &workloadJson,
                      const QList<PodFacts> &pods)
{
    const kube::JobView job(jobJson);
    const kube::WorkloadView wl(workloadJson);
    JobStatus s;
    const PodFacts *pod = decisivePod(pods);
    if (pod) {
        s.node = pod->node;
        s.offloaded = pod->virtualNode && !pod->node.isEmpty();
        s.site = s.offloaded ? pod->site : QString();
    }
    const QList<kube::Condition> wc = wl.conditions();
    s.clusterQueue = wl.clusterQueue();
    const auto assignments = wl.podSetAssignments();
    if (!assignments.isEmpty()) {
        const auto &fl = assignments.first().flavors;
        for (auto it = fl.cbegin(); it != fl.cend(); ++it) {
            if (it.key() != "cpu"_L1 && it.key() != "memory"_L1) {
                s.flavor = it.value();
                break;
            }
        }
        if (s.flavor.isEmpty() && !fl.isEmpty())
            s.flavor = fl.value(u"cpu"_s, fl.first());
    }
    const auto evicted = cond(wc, "Evicted");
    const auto preempted = cond(wc, "Preempted");
    const auto requeued = cond(wc, "Requeued");
    if (evicted && (evicted->isTrue() || evicted->message.startsWith("Previously"_L1)))
        s.evictions = 1;
    s.requeued = isTrue(requeued);
    s.preempted = isTrue(preempted) || (evicted && evicted->reason == "Preempted"_L1);

    // A failed pod's own reason is more telling than BackoffLimitExceeded.
    auto podFailure = [&pods]() -> QString {
        for (const PodFacts &p : pods) {
            if (!p.terminatedReason.isEmpty() && p.terminatedReason != "Error"_L1)
                return p.terminatedReason;
            if (p.reason == "ProviderFailed"_L1)
                return p.reason;
        }
        return {};
    };

    if (job.isBeingDeleted()) {
        s.state = JobState::Deleting;
        return s;
    }
    if (const auto c = job.condition(u"Complete"_s); c && c->isTrue()) {
        s.state = JobState::Succeeded;
        s.since = job.completionTime().isValid() ? job.completionTime() : c->lastTransitionTime;
        return s;
    }
    if (const auto c = job.condition(u"Failed"_s); c && c->isTrue()) {
        s.state = JobState::Failed;
        const QString fromPod = podFailure();
        s.reason = fromPod.isEmpty() ? c->reason : fromPod;
        s.message = c->message;
        s.since = c->lastTransitionTime;
        return s;
    }
    if (const auto f = cond(wc, "Finished"); f && f->isTrue()) {
        const bool ok = f->reason == "Succeeded"_L1;
        s.state = ok ? JobState::Succeeded : JobState::Failed;
        if (!ok) {
            const QString fromPod = podFailure();
            s.reason = fromPod.isEmpty() ? f->reason : fromPod;
            s.message = f->message;
        }
        s.since = f->lastTransitionTime;
        return s;
    }

    if (!workloadJson.isEmpty()) {
        const auto reserved = cond(wc, "QuotaReserved");
        const auto admitted = cond(wc, "Admitted");
        if (isTrue(evicted) && !isTrue(reserved)) {
            s.state = JobState::Evicted;
            s.reason = (preempted && preempted->isTrue() && !preempted->reason.isEmpty())
                           ? preempted->reason
                           : evicted->reason;
            s.message = evicted->message;
            s.since = evicted->lastTransitionTime;
            s.node.clear();
            s.site.clear();
            s.offloaded = false;
            return s;
        }
        if (!isTrue(reserved)) {
            s.state = JobState::Pending;
            s.reason = reserved ? reserved->reason : u"Pending"_s;
            s.message = reserved ? reserved->message : QString();
            s.since = reserved ? reserved->lastTransitionTime : wl.creationTimestamp();
            return s;
        }
        if (!isTrue(admitted)) {
            s.state = JobState::QuotaReserved;
            s.reason = admitted ? admitted->reason : QString();
            s.message = admitted ? admitted->message : reserved->message;
            s.since = reserved->lastTransitionTime;
            return s;
        }
        s.since = admitted->lastTransitionTime;
    } else if (job.isSuspended()) {
        if (!job.queueName().isEmpty()) {
            s.state = JobState::Pending;
            s.reason = u"Queued"_s;
            s.message = Tr::tr("Waiting for Kueue to queue it in %1").arg(job.queueName());
        } else {
            s.state = JobState::Suspended;
        }
        s.since = job.creationTimestamp();
        return s;
    }

    // Admitted (or not under Kueue): the pods say the rest.
    if (pod && !pod->node.isEmpty() &&
        (pod->phase == "Running"_L1 || (pod->virtualNode && pod->phase == "Pending"_L1))) {
        s.state = pod->virtualNode ? JobState::Offloaded : JobState::Running;
        if (pod->phase == "Pending"_L1) {
            s.reason = pod->waitingReason;
            s.message = pod->waitingMessage;
        }
        return s;
    }
    s.state = workloadJson.isEmpty() && job.active() == 0 ? JobState::Unknown : JobState::Admitted;
    if (pod) {
        s.reason = pod->waitingReason;
        s.message = pod->waitingMessage;
    }
    return s;
}

} // namespace plancia::jobs
