#include "jobs/jobcheck.h"

#include "availability/acceleratornames.h"
#include "kube/kubeclient.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace plancia::jobs {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::jobs::JobCheck)
};

constexpr qint64 kRemoteQueueingSeconds = 600; // what remote queueing commonly costs

QJsonObject podSpecOf(const QJsonObject &job)
{
    return job.value("spec"_L1)
        .toObject()
        .value("template"_L1)
        .toObject()
        .value("spec"_L1)
        .toObject();
}

// The per-pod requests as the scheduler counts them (limits stand in for missing requests).
kube::ResourceList podRequests(const QJsonObject &podSpec)
{
    kube::ResourceList total;
    for (const QJsonValue &c : podSpec.value("containers"_L1).toArray()) {
        const QJsonObject res = c.toObject().value("resources"_L1).toObject();
        kube::ResourceList req = kube::resourceListOf(res.value("requests"_L1).toObject());
        const kube::ResourceList lim = kube::resourceListOf(res.value("limits"_L1).toObject());
        for (auto it = lim.cbegin(); it != lim.cend(); ++it) {
            if (!req.contains(it.key()))
                req.insert(it.key(), it.value());
        }
        for (auto it = req.cbegin(); it != req.cend(); ++it)
            total[it.key()] += it.value();
    }
    return total;
}

QMap<QString, QString> selectorOf(const QJsonObject &podSpec)
{
    QMap<QString, QString> out;
    const QJsonObject sel = podSpec.value("nodeSelector"_L1).toObject();
    for (auto it = sel.begin(); it != sel.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

bool tolerates(const QJsonArray &tolerations, const QString &key)
{
    for (const QJsonValue &v : tolerations) {
        const QJsonObject t = v.toObject();
        if (t.value("key"_L1).toString() == key ||
            (t.value("key"_L1).toString().isEmpty() && t.value("operator"_L1) == "Exists"_L1))
            return true;
    }
    return false;
}

bool isOffloaded(const QJsonObject &podSpec)
{
    return tolerates(podSpec.value("tolerations"_L1).toArray(), QLatin1String(kInterlinkTaintKey));
}

bool labelsConflict(const QMap<QString, QString> &selector, const QMap<QString, QString> &labels)
{
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (labels.contains(it.key()) && labels.value(it.key()) != it.value())
            return true;
    }
    return false;
}

bool labelsMatch(const QMap<QString, QString> &nodeLabels, const QMap<QString, QString> &selector)
{
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (nodeLabels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

QString fmt(double v, const QString &resource)
{
    if (resource == "memory"_L1) {
        const double gi = v / (1024.0 * 1024 * 1024);
        return QStringLiteral("%1Gi").arg(QString::number(gi, 'g', 4));
    }
    return QString::number(v, 'g', 6);
}

// Seconds the job is expected to run: the annotation, else activeDeadlineSeconds, else a
// `sleep N` in its command.
std::optional<qint64> expectedSeconds(const QJsonObject &job)
{
    const QJsonObject md = job.value("metadata"_L1).toObject();
    const QString ann = md.value("annotations"_L1)
                            .toObject()
                            .value(QLatin1String(kExpectedDurationAnnotation))
                            .toString();
    if (!ann.isEmpty())
        return ann.toLongLong();
    const QJsonObject spec = job.value("spec"_L1).toObject();
    if (spec.contains("activeDeadlineSeconds"_L1))
        return qint64(spec.value("activeDeadlineSeconds"_L1).toDouble());
    static const QRegularExpression sleep(u"\\bsleep\\s+(\\d+)"_s);
    for (const QJsonValue &c : podSpecOf(job).value("containers"_L1).toArray()) {
        QStringList words;
        for (const char *k : {"command", "args"}) {
            for (const QJsonValue &w : c.toObject().value(QLatin1String(k)).toArray())
                words << w.toString();
        }
        const auto m = sleep.match(words.join(u' '));
        if (m.hasMatch())
            return m.captured(1).toLongLong();
    }
    return std::nullopt;
}

struct AcceleratorAsk
{
    QString resource;
    double count = 0;
    QString model; // empty: any
    QString name;
};

std::optional<AcceleratorAsk> acceleratorAsk(const kube::ResourceList &req,
                                             const QMap<QString, QString> &selector)
{
    for (auto it = req.cbegin(); it != req.cend(); ++it) {
        if (!availability::isAcceleratorResource(it.key()) || it.value() <= 0)
            continue;
        AcceleratorAsk a{it.key(), it.value(), {}, {}};
        if (selector.contains(kube::NodeView::kGpuProductLabel) ||
            it.key() != "nvidia.com/gpu"_L1) {
            const auto m = availability::modelForResource(it.key(), selector);
            a.model = m.id;
            a.name = m.name;
        } else {
            a.name = Tr::tr("GPU");
        }
        return a;
    }
    return std::nullopt;
}

// What the other ClusterQueues of the cohort could lend now for flavor/resource.
double lendableInCohort(const ClusterCatalog &catalog, const QString &self, const QString &cohort,
                        const QString &flavor, const QString &resource)
{
    if (cohort.isEmpty())
        return 0;
    double sum = 0;
    for (const QJsonObject &o : catalog.clusterQueues) {
        const kube::ClusterQueueView cq(o);
        if (cq.name() == self || cq.cohort() != cohort)
            continue;
        QList<kube::FlavorUsage> usage = cq.flavorsReservation();
        if (usage.isEmpty())
            usage = cq.flavorsUsage();
        for (const auto &g : cq.resourceGroups()) {
            for (const auto &f : g.flavors) {
                if (f.flavor != flavor)
                    continue;
                for (const auto &r : f.resources) {
                    if (r.name != resource)
                        continue;
                    double used = 0;
                    for (const auto &u : usage) {
                        if (u.flavor == flavor)
                            used = u.total(resource);
                    }
                    const double lendable = r.lendingLimit ? *r.lendingLimit : r.nominal;
                    // Usage beyond the part it keeps for itself eats into what it lends.
                    const double kept = r.nominal - lendable;
                    sum += std::max(0.0, lendable - std::max(0.0, used - kept));
                }
            }
        }
    }
    return sum;
}

// Kueue's "maximum capacity": nominal + what the cohort may lend at most (borrowingLimit, or
// the others' lendable nominal).
double maximumCapacity(const ClusterCatalog &catalog, const kube::ClusterQueueView &cq,
                       const kube::ResourceQuota &q, const QString &flavor)
{
    double cohortNominal = 0;
    if (!cq.cohort().isEmpty()) {
        for (const QJsonObject &o : catalog.clusterQueues) {
            const kube::ClusterQueueView other(o);
            if (other.name() == cq.name() || other.cohort() != cq.cohort())
                continue;
            for (const auto &g : other.resourceGroups()) {
                for (const auto &f : g.flavors) {
                    if (f.flavor != flavor)
                        continue;
                    for (const auto &r : f.resources) {
                        if (r.name == q.name)
                            cohortNominal += r.lendingLimit ? *r.lendingLimit : r.nominal;
                    }
                }
            }
        }
    }
    const double borrow =
        q.borrowingLimit ? std::min(*q.borrowingLimit, cohortNominal) : cohortNominal;
    return q.nominal + borrow;
}

struct FlavorCandidate
{
    QString flavor;
    QList<QuotaLine> lines;
    double maxCapacityShort = 0;       // > 0: some resource exceeds the maximum capacity
    QMap<QString, double> maxCapacity; // resource -> Kueue's maximum capacity
    bool fitsNow() const
    {
        return std::all_of(lines.cbegin(), lines.cend(),
                           [](const QuotaLine &l) { return l.fits(); });
    }
};

// The flavors of `cq` the job could use, in order, each with its quota lines.
QList<FlavorCandidate> candidates(const ClusterCatalog &catalog, const kube::ClusterQueueView &cq,
                                  const kube::ResourceList &total, const QJsonObject &podSpec)
{
    QList<FlavorCandidate> out;
    const QMap<QString, QString> selector = selectorOf(podSpec);
    QJsonArray tolerations = podSpec.value("tolerations"_L1).toArray();
    QList<kube::FlavorUsage> usage = cq.flavorsReservation();
    if (usage.isEmpty())
        usage = cq.flavorsUsage();
    for (const auto &g : cq.resourceGroups()) {
        bool coversAsk = total.isEmpty(); // asking nothing fits anywhere, as in Kueue
        for (auto it = total.cbegin(); it != total.cend(); ++it) {
            if (g.coveredResources.contains(it.key()))
                coversAsk = true;
        }
        if (!coversAsk)
            continue;
        for (const auto &fq : g.flavors) {
            const auto flavorObj = catalog.flavor(fq.flavor);
            if (flavorObj) {
                const kube::ResourceFlavorView fv(*flavorObj);
                QMap<QString, QString> labels = fv.nodeLabels();
                labels.remove(QLatin1String(kHostnameLabel));
                if (labelsConflict(selector, labels))
                    continue;
                QJsonArray all = tolerations;
                for (const auto &t : fv.tolerations())
                    all.append(QJsonObject{{u"key"_s, t.key}});
                bool untolerated = false;
                for (const kube::Taint &t : fv.nodeTaints()) {
                    if (t.effect != "PreferNoSchedule"_L1 && !tolerates(all, t.key))
                        untolerated = true;
                }
                if (untolerated)
                    continue;
            }
            FlavorCandidate c{fq.flavor, {}, 0, {}};
            bool offersAll = true;
            for (auto it = total.cbegin(); it != total.cend(); ++it) {
                if (!g.coveredResources.contains(it.key()))
                    continue;
                const auto q =
                    std::find_if(fq.resources.cbegin(), fq.resources.cend(),
                                 [&](const kube::ResourceQuota &r) { return r.name == it.key(); });
                if (q == fq.resources.cend()) {
                    offersAll = false;
                    break;
                }
                double used = 0, borrowed = 0;
                for (const auto &u : usage) {
                    if (u.flavor != fq.flavor)
                        continue;
                    used = u.total(it.key());
                    for (const auto &r : u.resources) {
                        if (r.name == it.key())
                            borrowed = r.borrowed;
                    }
                }
                double borrowable =
                    lendableInCohort(catalog, cq.name(), cq.cohort(), fq.flavor, it.key());
                if (q->borrowingLimit)
                    borrowable = std::min(borrowable, std::max(0.0, *q->borrowingLimit - borrowed));
                // What the queue itself lends to others reduces its own headroom (used covers it).
                c.lines.append(
                    QuotaLine{fq.flavor, it.key(), it.value(), q->nominal, used, borrowable});
                const double maxCap = maximumCapacity(catalog, cq, *q, fq.flavor);
                c.maxCapacity.insert(it.key(), maxCap);
                if (it.value() > maxCap + 1e-9)
                    c.maxCapacityShort = std::max(c.maxCapacityShort, it.value() - maxCap);
            }
            // A flavor that can never give an asked resource (no quota, nothing to borrow: a
            // CPU flavor for a GPU job) is noise in the explanation.
            const bool never =
                std::any_of(c.lines.cbegin(), c.lines.cend(), [&c](const QuotaLine &l) {
                    return l.requested > 0 && c.maxCapacity.value(l.resource) <= 0;
                });
            if (offersAll && !never)
                out.append(c);
        }
    }
    return out;
}

} // namespace

const char *severityKey(CheckProblem::Severity severity)
{
    switch (severity) {
    case CheckProblem::Severity::Error:
        return "error";
    case CheckProblem::Severity::Warning:
        return "warning";
    case CheckProblem::Severity::Info:
        return "info";
    }
    return "warning";
}

QList<CheckProblem> checkJob(const QJsonObject &job, const ClusterCatalog &catalog)
{
    using S = CheckProblem::Severity;
    QList<CheckProblem> out;
    auto add = [&out](S sev, const char *code, SpecField f, const QString &msg,
                      const QString &fix) {
        out.append(CheckProblem{sev, QLatin1String(code), f, msg, fix});
    };
    const QJsonObject podSpec = podSpecOf(job);
    const bool offloaded = isOffloaded(podSpec);
    const QMap<QString, QString> selector = selectorOf(podSpec);
    const kube::ResourceList perPod = podRequests(podSpec);
    const QJsonObject spec = job.value("spec"_L1).toObject();
    const int parallelism = spec.value("parallelism"_L1).toInt(1);

    // Volumes and secrets that cannot follow the job off-site.
    if (offloaded) {
        for (const QJsonValue &v : podSpec.value("volumes"_L1).toArray()) {
            const QJsonObject vol = v.toObject();
            const QString name = vol.value("name"_L1).toString();
            if (vol.contains("nfs"_L1))
                add(S::Error, "nfs-volume", SpecField::Volumes,
                    Tr::tr("Volume '%1' is an NFS share of the cluster; a remote site cannot mount "
                           "it.")
                        .arg(name),
                    Tr::tr("Copy the data to your S3 bucket and read it from there, or use CVMFS; "
                           "or run the job in the cluster."));
            else if (vol.contains("hostPath"_L1))
                add(S::Error, "hostpath-volume", SpecField::Volumes,
                    Tr::tr("Volume '%1' is a directory of a cluster node (hostPath); it does not "
                           "exist at a remote site.")
                        .arg(name),
                    Tr::tr("Remove the volume, or run the job in the cluster."));
            else if (vol.contains("persistentVolumeClaim"_L1))
                add(S::Error, "pvc-volume", SpecField::Volumes,
                    Tr::tr(
                        "Volume '%1' is a persistent volume claim (%2) of the cluster; it does not "
                        "follow the job off-site.")
                        .arg(name, vol.value("persistentVolumeClaim"_L1)
                                       .toObject()
                                       .value("claimName"_L1)
                                       .toString()),
                    Tr::tr("Stage the files through S3, or run the job in the cluster."));
            else if (vol.contains("secret"_L1))
                add(S::Warning, "secret", SpecField::Volumes,
                    Tr::tr("Volume '%1' mounts a Kubernetes secret; offload sites do not receive "
                           "the cluster's secrets.")
                        .arg(name),
                    Tr::tr("Pass what the job needs another way (an S3 object the job fetches), or "
                           "run it in the cluster."));
        }
        for (const QJsonValue &c : podSpec.value("containers"_L1).toArray()) {
            for (const QJsonValue &e : c.toObject().value("env"_L1).toArray()) {
                const QJsonObject from = e.toObject().value("valueFrom"_L1).toObject();
                if (from.contains("secretKeyRef"_L1))
                    add(S::Warning, "secret", SpecField::Env,
                        Tr::tr("Variable %1 comes from a secret; offload sites do not receive it.")
                            .arg(e.toObject().value("name"_L1).toString()),
                        Tr::tr("Remove it, or run the job in the cluster."));
            }
            for (const QJsonValue &e : c.toObject().value("envFrom"_L1).toArray()) {
                if (e.toObject().contains("secretRef"_L1))
                    add(S::Warning, "secret", SpecField::Env,
                        Tr::tr("The environment is loaded from a secret; offload sites do not "
                               "receive it."),
                        Tr::tr("Remove it, or run the job in the cluster."));
            }
        }
        const auto secs = expectedSeconds(job);
        if (secs && *secs < kRemoteQueueingSeconds)
            add(S::Warning, "too-short-to-offload", SpecField::Duration,
                Tr::tr("The job runs about %1 s; waiting in a remote site's queue commonly takes "
                       "longer than that.")
                    .arg(*secs),
                Tr::tr("Run it in the cluster, or batch more work into one job."));
        const QString site = selector.value(QLatin1String(kHostnameLabel));
        if (!site.isEmpty() && !catalog.nodes.isEmpty()) {
            const auto node = catalog.node(site);
            if (!node || !kube::NodeView(*node).isVirtual()) {
                QStringList sites;
                for (const QJsonObject &n : catalog.virtualNodes())
                    sites << kube::ObjectView(n).name();
                add(S::Error, "no-site", SpecField::Offload,
                    Tr::tr("There is no offload site '%1'.").arg(site),
                    Tr::tr("Pick one of: %1.").arg(sites.join(u", "_s)));
            } else if (!kube::NodeView(*node).isReady() ||
                       kube::NodeView(*node).interlinkConnected() == std::optional<bool>(false)) {
                add(S::Warning, "site-disconnected", SpecField::Offload,
                    Tr::tr(
                        "The site %1 is not reachable right now; the job would wait until it is.")
                        .arg(ClusterCatalog::siteName(*node)),
                    Tr::tr("Pick another site, or leave the site to the scheduler."));
            }
        }
    }

    // The accelerator model: offered by some flavor (cluster) or site (offloading)?
    const auto ask = acceleratorAsk(perPod, selector);
    if (ask && !ask->model.isEmpty()) {
        bool offered = false;
        QStringList models;
        for (const AcceleratorOffer &o : catalog.acceleratorOffers()) {
            models << o.name;
            if (o.model == ask->model && (offloaded ? !o.sites.isEmpty() : !o.flavor.isEmpty()))
                offered = true;
        }
        models.removeDuplicates();
        if (!offered)
            add(S::Error, "no-such-accelerator", SpecField::Accelerator,
                offloaded ? Tr::tr("No offload site offers %1.").arg(ask->name)
                          : Tr::tr("No flavor of this cluster offers %1.").arg(ask->name),
                Tr::tr("Choose one of: %1.").arg(models.join(u", "_s)));
    }

    // Larger than any node that could take it?
    if (!catalog.nodes.isEmpty()) {
        kube::ResourceList best;
        int candidatesSeen = 0;
        for (const QJsonObject &n : catalog.nodes) {
            const kube::NodeView node(n);
            if (node.isControlPlane() || node.isVirtual() != offloaded)
                continue;
            if (!labelsMatch(node.labels(), selector))
                continue;
            ++candidatesSeen;
            const kube::ResourceList a = node.allocatable();
            for (auto it = perPod.cbegin(); it != perPod.cend(); ++it)
                best[it.key()] = std::max(best.value(it.key()), a.value(it.key()));
        }
        if (candidatesSeen > 0) {
            for (auto it = perPod.cbegin(); it != perPod.cend(); ++it) {
                if (it.value() <= best.value(it.key()) + 1e-9)
                    continue;
                const SpecField f = it.key() == "cpu"_L1      ? SpecField::Cpu
                                    : it.key() == "memory"_L1 ? SpecField::Memory
                                                              : SpecField::Accelerator;
                add(S::Error, "larger-than-any-node", f,
                    Tr::tr("Each pod asks %1 %2; the largest node that could run it has %3.")
                        .arg(fmt(it.value(), it.key()), it.key(),
                             fmt(best.value(it.key()), it.key())),
                    Tr::tr("Ask at most %1, or split the work across more pods.")
                        .arg(fmt(best.value(it.key()), it.key())));
            }
        }
    }

    // Queue, priority class, quota.
    const QString queue = job.value("metadata"_L1)
                              .toObject()
                              .value("labels"_L1)
                              .toObject()
                              .value(QLatin1String(kQueueLabel))
                              .toString();
    const QString pc = podSpec.value("priorityClassName"_L1).toString();
    if (!pc.isEmpty() && !catalog.priorityClasses.isEmpty() &&
        !catalog.priorityClassNames().contains(pc))
        add(S::Error, "unknown-priority-class", SpecField::Priority,
            Tr::tr("There is no priority class '%1'.").arg(pc),
            Tr::tr("Use one of: %1.").arg(catalog.priorityClassNames().join(u", "_s)));
    if (!queue.isEmpty() && !catalog.localQueues.isEmpty()) {
        const QString cqName = catalog.clusterQueueOf(queue);
        if (cqName.isEmpty()) {
            QStringList names;
            for (const QJsonObject &lq : catalog.localQueues)
                names << kube::ObjectView(lq).name();
            add(S::Error, "unknown-queue", SpecField::Queue,
                Tr::tr("Your namespace has no queue '%1'.").arg(queue),
                Tr::tr("Use one of: %1.").arg(names.join(u", "_s)));
        } else if (const auto cqObj = catalog.clusterQueue(cqName)) {
            const kube::ClusterQueueView cq(*cqObj);
            kube::ResourceList total;
            for (auto it = perPod.cbegin(); it != perPod.cend(); ++it)
                total.insert(it.key(), it.value() * parallelism);
            const auto cands = candidates(catalog, cq, total, podSpec);
            const bool anyWithin =
                std::any_of(cands.cbegin(), cands.cend(),
                            [](const FlavorCandidate &c) { return c.maxCapacityShort <= 0; });
            if (!anyWithin) {
                QStringList parts;
                for (const FlavorCandidate &c : cands) {
                    for (const QuotaLine &l : c.lines) {
                        const double cap = c.maxCapacity.value(l.resource);
                        if (l.requested > cap + 1e-9)
                            parts << Tr::tr("%1 %2: asks %3, maximum capacity %4")
                                         .arg(c.flavor, l.resource, fmt(l.requested, l.resource),
                                              fmt(cap, l.resource));
                    }
                }
                add(S::Error, "larger-than-quota", SpecField::None,
                    cands.isEmpty()
                        ? Tr::tr("Queue %1 (cluster queue %2) has no flavor for what the job asks.")
                              .arg(queue, cqName)
                        : Tr::tr(
                              "The job asks more than queue %1 can ever give, even borrowing from "
                              "the cohort (%2).")
                              .arg(queue, parts.join(u"; "_s)),
                    Tr::tr(
                        "Ask for less (fewer accelerators or fewer pods at once: parallelism), or "
                        "offload it."));
            }
        }
    }
    return out;
}

// ---- Why pending --------------------------------------------------------------------------

WhyPending explainPending(const QJsonObject &job, const QJsonObject &workload,
                          const ClusterCatalog &catalog, const QList<PendingWorkload> &pending,
                          const QList<QJsonObject> &namespaceWorkloads)
{
    WhyPending w;
    const kube::JobView jv(job);
    const kube::WorkloadView wl(workload);
    w.jobName = jv.name();
    w.exists = !workload.isEmpty();
    w.localQueue = jv.queueName();
    if (w.localQueue.isEmpty())
        w.localQueue = wl.queueName();
    w.clusterQueue = wl.clusterQueue();
    if (w.clusterQueue.isEmpty())
        w.clusterQueue = catalog.clusterQueueOf(w.localQueue);
    w.admitted = wl.isAdmitted();
    if (w.admitted) {
        const auto a = wl.podSetAssignments();
        if (!a.isEmpty() && !a.first().flavors.isEmpty())
            w.admittedFlavor = a.first().flavors.first();
    }
    if (const auto c = wl.condition(u"QuotaReserved"_s); c && !c->isTrue()) {
        w.kueueMessage = c->message;
        w.kueueReason = c->reason;
    }
    if (w.localQueue.isEmpty())
        w.notes << WhyPending::tr("The job has no queue label (%1): Kueue does not manage it.")
                       .arg(QLatin1String(kQueueLabel));

    // The ask: the Workload's pod set when there is one (what Kueue counts), else the Job's.
    const QJsonObject podSpec = podSpecOf(job);
    kube::ResourceList total;
    const kube::ResourceList perPod = podRequests(podSpec);
    const int count = std::max(1, jv.spec().value("parallelism"_L1).toInt(1));
    for (auto it = perPod.cbegin(); it != perPod.cend(); ++it)
        total.insert(it.key(), it.value() * count);

    const auto cqObj = catalog.clusterQueue(w.clusterQueue);
    if (cqObj) {
        const kube::ClusterQueueView cq(*cqObj);
        w.cohort = cq.cohort();
        for (const FlavorCandidate &c : candidates(catalog, cq, total, podSpec)) {
            w.quota.append(c.lines);
            if (w.fitsNowIn.isEmpty() && c.fitsNow())
                w.fitsNowIn = c.flavor;
        }
    } else if (!w.clusterQueue.isEmpty()) {
        w.notes << WhyPending::tr("The cluster queue %1 is not readable: quota unknown.")
                       .arg(w.clusterQueue);
    }

    // Position and the workloads ahead.
    const QString wname = wl.name();
    for (const PendingWorkload &p : pending) {
        if (!wname.isEmpty() && p.name == wname && p.namespaceName == wl.namespaceName()) {
            w.positionInClusterQueue = p.positionInClusterQueue;
            w.positionInLocalQueue = p.positionInLocalQueue;
        }
    }
    for (const PendingWorkload &p : pending) {
        const bool before = w.positionInClusterQueue >= 0
                                ? p.positionInClusterQueue < w.positionInClusterQueue
                                : !w.exists; // a spec not yet sent queues behind all of them
        if (!before || p.name == wname)
            continue;
        PendingWorkload a = p;
        for (const QJsonObject &o : namespaceWorkloads) {
            const kube::WorkloadView v(o);
            if (v.name() != p.name || v.namespaceName() != p.namespaceName)
                continue;
            for (const QJsonValue &ps : v.spec().value("podSets"_L1).toArray()) {
                const QJsonObject pso = ps.toObject();
                const int n = pso.value("count"_L1).toInt(1);
                const kube::ResourceList r =
                    podRequests(pso.value("template"_L1).toObject().value("spec"_L1).toObject());
                for (auto it = r.cbegin(); it != r.cend(); ++it)
                    a.requests[it.key()] += it.value() * n;
            }
            a.sizeKnown = true;
        }
        w.ahead.append(a);
    }
    std::sort(w.ahead.begin(), w.ahead.end(),
              [](const PendingWorkload &a, const PendingWorkload &b) {
                  return a.positionInClusterQueue < b.positionInClusterQueue;
              });
    return w;
}

QStringList WhyPending::lines() const
{
    QStringList out;
    if (admitted)
        out << tr("Admitted by %1%2.")
                   .arg(clusterQueue, admittedFlavor.isEmpty()
                                          ? QString()
                                          : tr(" on flavor %1").arg(admittedFlavor));
    else if (!fitsNowIn.isEmpty())
        out << (exists
                    ? tr("It fits now in flavor %1 of %2: Kueue should admit it at its next pass.")
                          .arg(fitsNowIn, clusterQueue)
                    : tr("It would run now: flavor %1 of %2 has room.")
                          .arg(fitsNowIn, clusterQueue));
    else if (!clusterQueue.isEmpty())
        out << (exists
                    ? tr("Waiting: no flavor of %1 has room for it now.").arg(clusterQueue)
                    : tr("It would wait: no flavor of %1 has room for it now.").arg(clusterQueue));
    if (!kueueMessage.isEmpty())
        out << tr("Kueue says: %1").arg(kueueMessage);
    if (positionInClusterQueue >= 0)
        out << tr("Position in the queue: %1 in %2 (%3 in your queue %4).")
                   .arg(positionInClusterQueue + 1)
                   .arg(clusterQueue)
                   .arg(positionInLocalQueue + 1)
                   .arg(localQueue);
    for (const QuotaLine &l : quota) {
        const double shortBy = l.requested - l.available();
        QString line =
            tr("%1 %2: asks %3, nominal %4, used %5, borrowable %6")
                .arg(l.flavor, l.resource, fmt(l.requested, l.resource), fmt(l.nominal, l.resource),
                     fmt(l.used, l.resource), fmt(l.borrowable, l.resource));
        line +=
            shortBy > 1e-9 ? tr(" -> short by %1").arg(fmt(shortBy, l.resource)) : tr(" -> fits");
        out << line;
    }
    if (!ahead.isEmpty()) {
        out << tr("Ahead of it: %n workload(s)", nullptr, int(ahead.size()));
        for (const PendingWorkload &a : ahead) {
            QString size;
            if (a.sizeKnown) {
                QStringList parts;
                for (auto it = a.requests.cbegin(); it != a.requests.cend(); ++it)
                    parts << QStringLiteral("%1=%2").arg(it.key(), fmt(it.value(), it.key()));
                size = parts.join(u", "_s);
            } else {
                size = tr("size not visible");
            }
            out << tr("  %1. %2/%3 (job %4, priority %5): %6")
                       .arg(a.positionInClusterQueue + 1)
                       .arg(a.namespaceName, a.name, a.owner.isEmpty() ? tr("?") : a.owner)
                       .arg(a.priority)
                       .arg(size);
        }
    }
    out << notes;
    return out;
}

// ---- PendingWorkloadsJob ------------------------------------------------------------------

PendingWorkloadsJob::PendingWorkloadsJob(kube::KubeClient *client, QString namespaceName,
                                         QString localQueue, QObject *owner)
    : ResultJob<QList<PendingWorkload>>(owner)
    , m_client(client)
    , m_namespace(std::move(namespaceName))
    , m_queue(std::move(localQueue))
{}

QList<PendingWorkload> PendingWorkloadsJob::parse(const QJsonObject &summary)
{
    QList<PendingWorkload> out;
    for (const QJsonValue &v : summary.value("items"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject md = o.value("metadata"_L1).toObject();
        PendingWorkload p;
        p.name = md.value("name"_L1).toString();
        p.namespaceName = md.value("namespace"_L1).toString();
        for (const kube::OwnerReference &r : kube::ownerReferencesOf(md)) {
            if (r.kind == "Job"_L1 || p.owner.isEmpty())
                p.owner = r.name;
        }
        p.priority = o.value("priority"_L1).toInt();
        p.localQueue = o.value("localQueueName"_L1).toString();
        p.positionInClusterQueue = o.value("positionInClusterQueue"_L1).toInt(-1);
        p.positionInLocalQueue = o.value("positionInLocalQueue"_L1).toInt(-1);
        out.append(p);
    }
    return out;
}

void PendingWorkloadsJob::doStart()
{
    if (!m_client) {
        finishWith(Error::make(Error::Kind::Internal, Tr::tr("No Kubernetes client.")));
        return;
    }
    const QString path =
        u"/apis/visibility.kueue.x-k8s.io/v1beta1/namespaces/%1/localqueues/%2/pendingworkloads"_s
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_namespace)),
                 QString::fromLatin1(QUrl::toPercentEncoding(m_queue)));
    HttpRequest req = HttpRequest::get(m_client->url(path));
    req.header(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    m_get = new kube::KubeJob(m_client, req, this);
    connect(m_get, &kube::KubeJob::finished, this, [this](const Result<QJsonObject> &r) {
        if (!r.ok()) {
            Error e = r.error();
            if (e.kind == Error::Kind::NotFound)
                e.message = Tr::tr("The queue positions are not available (Kueue's visibility API "
                                   "is not served, or queue %1 does not exist).")
                                .arg(m_queue);
            finishWith(e);
            return;
        }
        finishWith(parse(r.value()));
    });
    m_get->start();
}

void PendingWorkloadsJob::doCancel()
{
    if (m_get)
        delete m_get.data();
}

// ---- WhyPendingJob ------------------------------------------------------------------------

WhyPendingJob::WhyPendingJob(kube::KubeClient *client, QString namespaceName, QString jobName,
                             QObject *owner)
    : ResultJob<WhyPending>(owner)
    , m_client(client)
    , m_namespace(std::move(namespaceName))
    , m_jobName(std::move(jobName))
{}

WhyPendingJob::WhyPendingJob(kube::KubeClient *client, QJsonObject builtJob, QObject *owner)
    : ResultJob<WhyPending>(owner)
    , m_client(client)
    , m_job(std::move(builtJob))
{
    m_namespace = kube::ObjectView(m_job).namespaceName();
    if (m_namespace.isEmpty() && client)
        m_namespace = client->defaultNamespace();
}

void WhyPendingJob::fail(const Error &error)
{
    finishWith(error);
}

void WhyPendingJob::doCancel()
{
    for (const auto &c : std::as_const(m_children)) {
        if (c)
            delete c.data();
    }
}

void WhyPendingJob::doStart()
{
    if (!m_client) {
        fail(Error::make(Error::Kind::Internal, Tr::tr("No Kubernetes client.")));
        return;
    }
    m_stage = 1;
    auto left = std::make_shared<int>(m_jobName.isEmpty() ? 2 : 3);
    auto done = [this, left] {
        if (--*left == 0)
            step();
    };
    auto *cat = new ClusterCatalogJob(m_client, m_namespace, this);
    m_children.append(cat);
    connect(cat, &ClusterCatalogJob::finished, this, [this, done](const Result<LoadedCatalog> &r) {
        if (r.ok()) {
            m_catalog = r.value().catalog;
            m_notes << r.value().warnings;
        } else {
            m_catalog = ClusterCatalog::builtinDefaults();
            m_notes << Tr::tr("Could not read the cluster's queues: %1").arg(r.error().message);
        }
        done();
    });
    cat->start();
    kube::ListOptions all;
    all.limit = 0;
    auto *wls = m_client->list(kube::ResourceKind::workloads(), m_namespace, all, this);
    m_children.append(wls);
    connect(wls, &kube::KubeJob::finished, this, [this, done](const Result<QJsonObject> &r) {
        if (r.ok()) {
            for (const QJsonValue &v : r.value().value("items"_L1).toArray())
                m_workloads.append(v.toObject());
        } else {
            m_notes << Tr::tr("Could not read your workloads: %1").arg(r.error().message);
        }
        done();
    });
    if (!m_jobName.isEmpty()) {
        auto *get = m_client->get(kube::ResourceKind::jobs(), m_namespace, m_jobName, this);
        m_children.append(get);
        connect(get, &kube::KubeJob::finished, this, [this, done](const Result<QJsonObject> &r) {
            if (!r.ok()) {
                m_stage = -1;
                fail(r.error());
                return;
            }
            m_job = r.value();
            done();
        });
    }
}

void WhyPendingJob::step()
{
    if (m_stage == 1) {
        m_stage = 2;
        const QString uid = kube::ObjectView(m_job).uid();
        const QString name = kube::ObjectView(m_job).name();
        for (const QJsonObject &o : std::as_const(m_workloads)) {
            const auto owner = kube::WorkloadView(o).owner();
            if (owner && owner->kind == "Job"_L1 && owner->name == name &&
                (uid.isEmpty() || owner->uid.isEmpty() || owner->uid == uid)) {
                m_workload = o;
                break;
            }
        }
        QString queue = kube::JobView(m_job).queueName();
        if (queue.isEmpty() ||
            (!m_workload.isEmpty() && kube::WorkloadView(m_workload).isAdmitted())) {
            step();
            return;
        }
        auto *p = new PendingWorkloadsJob(m_client, m_namespace, queue, this);
        m_children.append(p);
        connect(p, &PendingWorkloadsJob::finished, this,
                [this](const Result<QList<PendingWorkload>> &r) {
                    if (r.ok())
                        m_pending = r.value();
                    else
                        m_notes << r.error().message;
                    step();
                });
        p->start();
        return;
    }
    if (m_stage == 2) {
        m_stage = 3;
        WhyPending w = explainPending(m_job, m_workload, m_catalog, m_pending, m_workloads);
        w.notes << m_notes;
        finishWith(w);
    }
}

} // namespace plancia::jobs
