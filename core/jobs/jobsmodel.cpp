#include "jobs/jobsmodel.h"

#include "availability/acceleratornames.h"
#include "jobs/clustercatalog.h"
#include "jobs/jobcheck.h"
#include "jobs/jobspec.h"
#include "kube/informer.h"
#include "kube/views.h"
#include "platform/platform.h"

#include <QElapsedTimer>

#include <algorithm>

namespace plancia::jobs {

using namespace Qt::StringLiterals;

namespace {

constexpr int kSliceMs = 5; // the longest a flush turn may take before yielding
constexpr int kPositionsPollMs = 3000;

QString keyOf(const QJsonObject &o)
{
    return kube::ObjectView(o).key();
}

QString ageText(const QDateTime &created)
{
    if (!created.isValid())
        return {};
    const qint64 s = std::max<qint64>(0, created.secsTo(QDateTime::currentDateTimeUtc()));
    if (s < 120)
        return QStringLiteral("%1s").arg(s);
    if (s < 2 * 3600)
        return QStringLiteral("%1m").arg(s / 60);
    if (s < 2 * 86400)
        return QStringLiteral("%1h").arg(s / 3600);
    return QStringLiteral("%1d").arg(s / 86400);
}

// The job pod template's accelerator: resource, count, and the model from the node selector.
void acceleratorOf(const QJsonObject &job, JobRow &row)
{
    const QJsonObject podSpec =
        job.value("spec"_L1).toObject().value("template"_L1).toObject().value("spec"_L1).toObject();
    for (const QJsonValue &c : podSpec.value("containers"_L1).toArray()) {
        const QJsonObject res = c.toObject().value("resources"_L1).toObject();
        QJsonObject q = res.value("limits"_L1).toObject();
        if (q.isEmpty())
            q = res.value("requests"_L1).toObject();
        for (auto it = q.begin(); it != q.end(); ++it) {
            if (!availability::isAcceleratorResource(it.key()))
                continue;
            const QJsonValue v = it.value();
            const int n = v.isDouble() ? int(v.toDouble()) : v.toString().toInt();
            if (n <= 0)
                continue;
            QMap<QString, QString> labels;
            const QJsonObject sel = podSpec.value("nodeSelector"_L1).toObject();
            for (auto s = sel.begin(); s != sel.end(); ++s)
                labels.insert(s.key(), s.value().toString());
            const auto model = availability::modelForResource(it.key(), labels);
            row.acceleratorCount = n;
            if (labels.contains(kube::NodeView::kGpuProductLabel) ||
                it.key() != "nvidia.com/gpu"_L1) {
                row.acceleratorModel = model.id;
                row.accelerator =
                    n > 1 ? QStringLiteral("%1 \u00d7%2").arg(model.name).arg(n) : model.name;
            } else {
                row.accelerator =
                    n > 1 ? JobsModel::tr("GPU \u00d7%1").arg(n) : JobsModel::tr("GPU");
            }
            return;
        }
    }
}

QString jobKeyOfPod(const QJsonObject &pod)
{
    const kube::PodView v(pod);
    QString job = v.label(u"batch.kubernetes.io/job-name"_s);
    if (job.isEmpty())
        job = v.label(u"job-name"_s);
    if (job.isEmpty()) {
        if (const auto c = v.controller(); c && c->kind == "Job"_L1)
            job = c->name;
    }
    if (job.isEmpty())
        return {};
    return v.namespaceName() + u'/' + job;
}

} // namespace

JobsModel::JobsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &JobsModel::flush);
    m_positionsTimer.setInterval(kPositionsPollMs);
    connect(&m_positionsTimer, &QTimer::timeout, this, &JobsModel::pollQueuePositions);
}

JobsModel::~JobsModel() = default;

QString JobsModel::intern(const QString &s) const
{
    if (s.isEmpty())
        return {};
    auto it = m_interned.constFind(s);
    if (it != m_interned.constEnd())
        return it.value();
    if (m_interned.size() > 4096) // high-cardinality values: not worth keeping
        return s;
    m_interned.insert(s, s);
    return s;
}

void JobsModel::detach()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_positionsTimer.stop();
    m_flush.stop();
    m_rows.clear();
    m_index.clear();
    m_jobToWorkload.clear();
    m_jobPods.clear();
    m_virtualSites.clear();
    m_dirty.clear();
    m_seed.clear();
    m_seedAt = 0;
    m_synced = false;
}

void JobsModel::setPlatform(Platform *platform)
{
    m_platform = platform;
    if (!platform) {
        setSources(nullptr, nullptr, nullptr, nullptr);
        return;
    }
    const QString ns = platform->kubernetesNamespace();
    setSources(platform->informer(kube::ResourceKind::jobs(), ns),
               platform->informer(kube::ResourceKind::workloads(), ns),
               platform->informer(kube::ResourceKind::pods(), ns),
               platform->informer(kube::ResourceKind::nodes(), QString()));
    m_positionsTimer.start();
}

void JobsModel::connectInformer(kube::Informer *informer,
                                void (JobsModel::*handler)(const QJsonObject &, bool))
{
    if (!informer)
        return;
    m_connections.append(
        connect(informer, &kube::Informer::added, this,
                [this, handler](const QJsonObject &o) { (this->*handler)(o, false); }));
    m_connections.append(connect(informer, &kube::Informer::modified, this,
                                 [this, handler](const QJsonObject &o, const QJsonObject &) {
                                     (this->*handler)(o, false);
                                 }));
    m_connections.append(
        connect(informer, &kube::Informer::removed, this,
                [this, handler](const QJsonObject &o) { (this->*handler)(o, true); }));
    m_connections.append(connect(informer, &kube::Informer::synced, this, &JobsModel::checkSynced));
    informer->start();
}

void JobsModel::setSources(kube::Informer *jobs, kube::Informer *workloads, kube::Informer *pods,
                           kube::Informer *nodes)
{
    beginResetModel();
    detach();
    m_jobs = jobs;
    m_workloads = workloads;
    m_pods = pods;
    m_nodes = nodes;
    // What the caches hold already (shared informers other pages started) is indexed by
    // flush() in slices, like the changes: a cache of 20,000 objects never blocks the loop.
    if (m_nodes) {
        for (const QJsonObject &o : m_nodes->objects())
            onNode(o, false);
    }
    if (m_workloads) {
        for (const QString &key : m_workloads->keys())
            m_seed.append({SeedWorkload, key});
    }
    if (m_pods) {
        for (const QString &key : m_pods->keys())
            m_seed.append({SeedPod, key});
    }
    if (m_jobs) {
        for (const QString &key : m_jobs->keys())
            m_seed.append({SeedJob, key});
    }
    if (!m_seed.isEmpty())
        m_flush.start();
    endResetModel();
    connectInformer(m_nodes, &JobsModel::onNode);
    connectInformer(m_workloads, &JobsModel::onWorkload);
    connectInformer(m_pods, &JobsModel::onPod);
    connectInformer(m_jobs, &JobsModel::onJob);
    checkSynced();
}

void JobsModel::markDirty(const QString &jobKey)
{
    if (jobKey.isEmpty())
        return;
    m_dirty.insert(jobKey);
    if (!m_flush.isActive())
        m_flush.start();
}

void JobsModel::onJob(const QJsonObject &object, bool removed)
{
    Q_UNUSED(removed);
    markDirty(keyOf(object));
}

void JobsModel::onWorkload(const QJsonObject &object, bool removed)
{
    const kube::WorkloadView wl(object);
    const QString wkey = wl.key();
    // The owner reference is set when Kueue creates the Workload and never changes (a removed
    // Workload's last state still carries it): no Workload -> Job map to keep.
    const auto owner = wl.owner();
    if (!owner || owner->kind != "Job"_L1)
        return;
    const QString jobKey = wl.namespaceName() + u'/' + owner->name;
    if (removed) {
        if (m_jobToWorkload.value(jobKey) == wkey)
            m_jobToWorkload.remove(jobKey);
    } else {
        m_jobToWorkload.insert(jobKey, wkey);
    }
    markDirty(jobKey);
}

void JobsModel::onPod(const QJsonObject &object, bool removed)
{
    // A pod's job-name label is immutable: no pod -> job map to keep (20,000 entries saved).
    const QString jobKey = jobKeyOfPod(object);
    if (jobKey.isEmpty())
        return;
    const QString pkey = keyOf(object);
    if (removed) {
        auto it = m_jobPods.find(jobKey);
        if (it != m_jobPods.end()) {
            it->removeOne(pkey);
            if (it->isEmpty())
                m_jobPods.erase(it);
        }
    } else {
        QStringList &pods = m_jobPods[jobKey];
        if (!pods.contains(pkey))
            pods.append(pkey);
    }
    markDirty(jobKey);
}

void JobsModel::onNode(const QJsonObject &object, bool removed)
{
    const kube::NodeView node(object);
    const bool wasVirtual = m_virtualSites.contains(node.name());
    if (!removed && node.isVirtual())
        m_virtualSites.insert(node.name(), intern(ClusterCatalog::siteName(object)));
    else
        m_virtualSites.remove(node.name());
    // A node becoming known changes the rows of its pods (rare: nodes are few and stable).
    if (wasVirtual != m_virtualSites.contains(node.name())) {
        for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
            if (m_rows.at(it.value()).status.node == node.name())
                markDirty(it.key());
        }
    }
}

JobRow JobsModel::makeRow(const QString &jobKey) const
{
    const QJsonObject job = m_jobs ? m_jobs->object(jobKey) : QJsonObject();
    const QString wkey = m_jobToWorkload.value(jobKey);
    const QJsonObject workload =
        (m_workloads && !wkey.isEmpty()) ? m_workloads->object(wkey) : QJsonObject();
    QList<PodFacts> pods;
    JobRow row;
    const bool nodesKnown = m_nodes && m_nodes->hasSynced();
    if (m_pods) {
        for (const QString &pkey : m_jobPods.value(jobKey)) {
            const QJsonObject pod = m_pods->object(pkey);
            if (pod.isEmpty())
                continue;
            const QString node = kube::PodView(pod).nodeName();
            const auto site = m_virtualSites.constFind(node);
            const bool isVirtual = site != m_virtualSites.constEnd();
            pods.append(podFacts(pod, isVirtual, isVirtual ? site.value() : QString(), nodesKnown));
            row.pods.append(pods.last().name);
        }
    }
    const kube::JobView jv(job);
    row.name = jv.name();
    row.namespaceName = intern(jv.namespaceName());
    row.workloadName = kube::ObjectView(workload).name();
    row.status = classifyJob(job, workload, pods);
    row.status.reason = intern(row.status.reason);
    row.status.node = intern(row.status.node);
    row.status.site = intern(row.status.site);
    row.status.clusterQueue = intern(row.status.clusterQueue);
    row.status.flavor = intern(row.status.flavor);
    if (row.status.message.size() > 0)
        row.status.message = intern(row.status.message);
    acceleratorOf(job, row);
    row.accelerator = intern(row.accelerator);
    row.acceleratorModel = intern(row.acceleratorModel);
    row.localQueue = intern(jv.queueName());
    row.priorityClass = intern(jv.spec()
                                   .value("template"_L1)
                                   .toObject()
                                   .value("spec"_L1)
                                   .toObject()
                                   .value("priorityClassName"_L1)
                                   .toString());
    row.created = jv.creationTimestamp();
    row.started = jv.startTime();
    row.finished = jv.completionTime();
    row.active = jv.active();
    row.succeeded = jv.succeeded();
    row.failed = jv.failed();
    row.completions = jv.completions();
    if (row.status.state == JobState::Pending || row.status.state == JobState::Evicted) {
        const auto pos = m_positions.constFind(row.namespaceName + u'/' + row.workloadName);
        if (pos != m_positions.constEnd()) {
            row.queuePosition = pos->first + 1;
            row.positionInLocalQueue = pos->second + 1;
        }
    }
    return row;
}

namespace {
bool sameRow(const JobRow &a, const JobRow &b)
{
    const JobStatus &x = a.status;
    const JobStatus &y = b.status;
    return x.state == y.state && x.reason == y.reason && x.message == y.message &&
           x.node == y.node && x.site == y.site && x.requeued == y.requeued &&
           x.evictions == y.evictions && a.accelerator == b.accelerator &&
           a.queuePosition == b.queuePosition && a.workloadName == b.workloadName &&
           a.active == b.active && a.succeeded == b.succeeded && a.failed == b.failed &&
           a.finished == b.finished && a.started == b.started && a.pods == b.pods &&
           x.clusterQueue == y.clusterQueue && x.flavor == y.flavor;
}
} // namespace

void JobsModel::flush()
{
    QElapsedTimer clock;
    clock.start();
    QList<int> removals;
    QVector<JobRow> inserts;
    QList<int> changed;
    QList<std::tuple<QString, QString, JobState, JobState>> transitions;
    // Index what the caches held at setSources() first (rows need the Workload and pod maps).
    while (m_seedAt < m_seed.size() && clock.elapsed() < kSliceMs) {
        const qsizetype end = std::min<qsizetype>(m_seed.size(), m_seedAt + 256);
        for (; m_seedAt < end; ++m_seedAt) {
            const auto &[kind, key] = m_seed.at(m_seedAt);
            switch (kind) {
            case SeedWorkload:
                if (m_workloads && m_workloads->contains(key))
                    onWorkload(m_workloads->object(key), false);
                break;
            case SeedPod:
                if (m_pods && m_pods->contains(key))
                    onPod(m_pods->object(key), false);
                break;
            case SeedJob:
                markDirty(key);
                break;
            }
        }
    }
    if (m_seedAt < m_seed.size()) {
        m_flush.start();
        return;
    }
    m_seed.clear();
    m_seedAt = 0;
    while (!m_dirty.isEmpty() && clock.elapsed() < kSliceMs) {
        // Take a batch: checking the clock per key costs more than the work for small rows.
        int batch = 32;
        for (auto it = m_dirty.begin(); it != m_dirty.end() && batch-- > 0;) {
            const QString key = *it;
            it = m_dirty.erase(it);
            const bool exists = m_jobs && m_jobs->contains(key);
            const auto at = m_index.constFind(key);
            if (!exists) {
                if (at != m_index.constEnd())
                    removals.append(at.value());
                continue;
            }
            JobRow row = makeRow(key);
            if (at == m_index.constEnd()) {
                inserts.append(std::move(row));
                continue;
            }
            JobRow &old = m_rows[at.value()];
            if (sameRow(old, row))
                continue;
            if (old.status.state != row.status.state)
                transitions.append(
                    {row.namespaceName, row.name, old.status.state, row.status.state});
            old = std::move(row);
            changed.append(at.value());
        }
    }

    // Removals, from the bottom up in runs of consecutive rows; the index is rebuilt once.
    if (!removals.isEmpty()) {
        std::sort(removals.begin(), removals.end());
        removals.erase(std::unique(removals.begin(), removals.end()), removals.end());
        // `changed` rows below a removed one move: translate them after the removal.
        QSet<QString> changedKeys;
        for (int r : std::as_const(changed))
            changedKeys.insert(m_rows.at(r).namespaceName + u'/' + m_rows.at(r).name);
        qsizetype i = removals.size() - 1;
        while (i >= 0) {
            qsizetype j = i;
            while (j > 0 && removals.at(j - 1) == removals.at(j) - 1)
                --j;
            const int first = removals.at(j);
            const int last = removals.at(i);
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            i = j - 1;
        }
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int r = 0; r < m_rows.size(); ++r)
            m_index.insert(m_rows.at(r).namespaceName + u'/' + m_rows.at(r).name, r);
        changed.clear();
        for (const QString &k : std::as_const(changedKeys)) {
            const int r = m_index.value(k, -1);
            if (r >= 0)
                changed.append(r);
        }
    }

    if (!inserts.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(inserts.size()) - 1);
        for (JobRow &r : inserts) {
            m_index.insert(r.namespaceName + u'/' + r.name, int(m_rows.size()));
            m_rows.append(std::move(r));
        }
        endInsertRows();
    }

    if (!changed.isEmpty()) {
        std::sort(changed.begin(), changed.end());
        qsizetype i = 0;
        while (i < changed.size()) {
            qsizetype j = i;
            while (j + 1 < changed.size() && changed.at(j + 1) <= changed.at(j) + 1)
                ++j;
            Q_EMIT dataChanged(index(changed.at(i), 0), index(changed.at(j), ColumnCount - 1));
            i = j + 1;
        }
    }
    for (const auto &[ns, name, from, to] : std::as_const(transitions))
        Q_EMIT jobStateChanged(ns, name, from, to);

    if (!m_dirty.isEmpty() || !m_seed.isEmpty())
        m_flush.start();
    else
        checkSynced();
}

void JobsModel::checkSynced()
{
    if (m_synced || !m_jobs || !m_jobs->hasSynced())
        return;
    if ((m_workloads && !m_workloads->hasSynced()) || (m_pods && !m_pods->hasSynced()))
        return;
    if (!m_dirty.isEmpty() || !m_seed.isEmpty())
        return; // flush() calls again when the rows are in
    m_synced = true;
    Q_EMIT synced();
}

void JobsModel::setQueuePositions(const QHash<QString, QPair<int, int>> &positions)
{
    QSet<QString> touched;
    for (auto it = m_positions.cbegin(); it != m_positions.cend(); ++it) {
        if (positions.value(it.key(), {-2, -2}) != it.value())
            touched.insert(it.key());
    }
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (m_positions.value(it.key(), {-2, -2}) != it.value())
            touched.insert(it.key());
    }
    m_positions = positions;
    if (touched.isEmpty())
        return;
    // Few positions change per poll; the rows are found through the Job -> Workload map.
    for (auto it = m_jobToWorkload.cbegin(); it != m_jobToWorkload.cend(); ++it) {
        if (touched.contains(it.value())) // both "ns/workload"
            markDirty(it.key());
    }
}

void JobsModel::pollQueuePositions()
{
    if (!m_platform || m_positionsInFlight)
        return;
    QSet<QString> queues;
    for (const JobRow &r : std::as_const(m_rows)) {
        if ((r.status.state == JobState::Pending || r.status.state == JobState::Evicted) &&
            !r.localQueue.isEmpty())
            queues.insert(r.localQueue);
    }
    if (queues.isEmpty()) {
        if (!m_positions.isEmpty())
            setQueuePositions({});
        return;
    }
    m_positionsInFlight = true;
    auto collected = std::make_shared<QHash<QString, QPair<int, int>>>();
    auto left = std::make_shared<int>(int(queues.size()));
    const QString ns = m_platform->kubernetesNamespace();
    for (const QString &q : std::as_const(queues)) {
        auto *job = new PendingWorkloadsJob(m_platform->kube(), ns, q, this);
        connect(job, &PendingWorkloadsJob::finished, this,
                [this, collected, left](const Result<QList<PendingWorkload>> &r) {
                    if (r.ok()) {
                        for (const PendingWorkload &w : r.value())
                            collected->insert(w.namespaceName + u'/' + w.name,
                                              {w.positionInClusterQueue, w.positionInLocalQueue});
                    }
                    if (--*left == 0) {
                        m_positionsInFlight = false;
                        setQueuePositions(*collected);
                    }
                });
        job->start();
    }
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int JobsModel::rowOf(const QString &namespaceName, const QString &name) const
{
    return m_index.value(namespaceName + u'/' + name, -1);
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRow &r = m_rows.at(index.row());
    const JobStatus &s = r.status;
    switch (role) {
    case StateRole:
        return int(s.state);
    case NameRole:
        return r.name;
    case NamespaceRole:
        return r.namespaceName;
    case ReasonRole:
        return s.reason;
    case MessageRole:
        return s.message;
    case SiteRole:
        return s.offloaded ? s.site : QString();
    case NodeRole:
        return s.node;
    case OffloadedRole:
        return s.offloaded;
    case CreatedRole:
        return r.created;
    case QueuePositionRole:
        return r.queuePosition;
    case WorkloadNameRole:
        return r.workloadName;
    case RequeuedRole:
        return s.requeued;
    case AcceleratorModelRole:
        return r.acceleratorModel;
    case SummaryRole:
        return s.summary();
    case Qt::ToolTipRole:
        return s.summary();
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case StateColumn:
            return role == SortRole ? QVariant(int(s.state)) : QVariant(stateName(s.state));
        case ReasonColumn:
            if (s.state == JobState::Evicted && s.requeued && role == Qt::DisplayRole)
                return tr("%1, requeued").arg(s.reason);
            return s.reason;
        case AcceleratorColumn:
            return r.accelerator;
        case SiteColumn:
            return s.offloaded ? s.site : s.node;
        case AgeColumn:
            return role == SortRole ? QVariant(r.created) : QVariant(ageText(r.created));
        case QueuePositionColumn:
            if (role == SortRole)
                return r.queuePosition;
            return r.queuePosition > 0 ? QVariant(r.queuePosition) : QVariant(QString());
        }
        return {};
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason");
    case AcceleratorColumn:
        return tr("Accelerator");
    case SiteColumn:
        return tr("Site / node");
    case AgeColumn:
        return tr("Age");
    case QueuePositionColumn:
        return tr("Queue position");
    }
    return {};
}

QHash<int, QByteArray> JobsModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractTableModel::roleNames();
    r.insert(StateRole, "state");
    r.insert(NameRole, "name");
    r.insert(NamespaceRole, "namespace");
    r.insert(ReasonRole, "reason");
    r.insert(MessageRole, "message");
    r.insert(SiteRole, "site");
    r.insert(NodeRole, "node");
    r.insert(OffloadedRole, "offloaded");
    r.insert(CreatedRole, "created");
    r.insert(QueuePositionRole, "queuePosition");
    r.insert(WorkloadNameRole, "workloadName");
    r.insert(RequeuedRole, "requeued");
    r.insert(AcceleratorModelRole, "acceleratorModel");
    r.insert(SortRole, "sort");
    r.insert(SummaryRole, "summary");
    return r;
}

QJsonObject JobsModel::jobObject(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_jobs)
        return {};
    const JobRow &r = m_rows.at(row);
    return m_jobs->object(r.namespaceName + u'/' + r.name);
}

QJsonObject JobsModel::workloadObject(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_workloads)
        return {};
    const JobRow &r = m_rows.at(row);
    return m_workloads->object(m_jobToWorkload.value(r.namespaceName + u'/' + r.name));
}

QList<QJsonObject> JobsModel::podObjects(int row) const
{
    QList<QJsonObject> out;
    if (row < 0 || row >= m_rows.size() || !m_pods)
        return out;
    const JobRow &r = m_rows.at(row);
    for (const QString &p : m_jobPods.value(r.namespaceName + u'/' + r.name)) {
        const QJsonObject o = m_pods->object(p);
        if (!o.isEmpty())
            out.append(o);
    }
    std::sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return kube::ObjectView(a).creationTimestamp() < kube::ObjectView(b).creationTimestamp();
    });
    return out;
}

qint64 JobsModel::approximateBytes() const
{
    auto str = [](const QString &s) -> qint64 {
        // QString header + its own heap block (shared, interned ones counted once below).
        return s.isDetached() ? qint64(sizeof(QString)) + 32 + s.capacity() * 2
                              : qint64(sizeof(QString));
    };
    qint64 total = qint64(m_rows.capacity()) * qint64(sizeof(JobRow));
    for (const JobRow &r : m_rows) {
        total += str(r.name) + str(r.workloadName) + str(r.status.message);
        total += qint64(r.pods.capacity()) * qint64(sizeof(QString)) + (r.pods.isEmpty() ? 0 : 16);
        for (const QString &p : r.pods)
            total += str(p);
    }
    auto hash = [](const auto &h) {
        return qint64(h.capacity()) * 48 + qint64(h.size()) * 96;
    };
    total += hash(m_index) + hash(m_jobToWorkload) + hash(m_jobPods) + hash(m_positions) +
             hash(m_interned);
    for (auto it = m_interned.cbegin(); it != m_interned.cend(); ++it)
        total += 32 + it.key().size() * 2;
    return total;
}

} // namespace plancia::jobs
