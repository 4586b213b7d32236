#include "supportindex.h"

#include "jobs/jobsmodel.h"
#include "kube/informer.h"
#include "kube/views.h"
#include "platform/platform.h"

#include <QElapsedTimer>

namespace plancia::support {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::support::SupportIndex)
};

constexpr int kTrendHours = 48;

qint64 hourOf(const QDateTime &t)
{
    const qint64 s = t.toSecsSinceEpoch();
    return s - (s % 3600);
}

QString sessionState(const QJsonObject &pod, QString *text)
{
    const kube::PodView v(pod);
    QString key;
    if (v.isBeingDeleted())
        key = QStringLiteral("deleting");
    else if (v.phase() == QLatin1String("Running"))
        key = QStringLiteral("running");
    else if (v.phase() == QLatin1String("Failed"))
        key = QStringLiteral("failed");
    else if (v.phase() == QLatin1String("Succeeded"))
        key = QStringLiteral("stopped");
    else
        key = QStringLiteral("starting");
    if (text) {
        if (key == QLatin1String("running"))
            *text = Tr::tr("Running");
        else if (key == QLatin1String("failed"))
            *text = Tr::tr("Failed");
        else if (key == QLatin1String("stopped"))
            *text = Tr::tr("Stopped");
        else if (key == QLatin1String("deleting"))
            *text = Tr::tr("Stopping");
        else
            *text = Tr::tr("Starting");
    }
    return key;
}

} // namespace

SupportIndex::SupportIndex(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(0);
    connect(&m_countsTimer, &QTimer::timeout, this, &SupportIndex::countsChanged);
    m_seedTimer.setSingleShot(true);
    m_seedTimer.setInterval(0);
    connect(&m_seedTimer, &QTimer::timeout, this, &SupportIndex::seedSessions);
}

SupportIndex::~SupportIndex()
{
    detach();
}

void SupportIndex::setNamespaceTemplate(const QString &templ)
{
    const qsizetype at = templ.indexOf(QLatin1String("{username}"));
    if (at < 0)
        return;
    m_nsPrefix = templ.left(at);
    m_nsSuffix = templ.mid(at + 10);
    m_users.clear();
}

QString SupportIndex::userOf(const QString &ns) const
{
    const auto it = m_users.constFind(ns);
    if (it != m_users.constEnd())
        return it.value();
    QString user;
    if (ns.startsWith(m_nsPrefix) && ns.endsWith(m_nsSuffix) &&
        ns.size() > m_nsPrefix.size() + m_nsSuffix.size())
        user = ns.mid(m_nsPrefix.size(), ns.size() - m_nsPrefix.size() - m_nsSuffix.size());
    m_users.insert(ns, user);
    return user;
}

void SupportIndex::setPlatform(Platform *platform)
{
    if (!platform) {
        setSources(nullptr, nullptr);
        return;
    }
    if (!platform->profile().kubernetes.namespaceTemplate.isEmpty())
        setNamespaceTemplate(platform->profile().kubernetes.namespaceTemplate);
    kube::Informer *jobs = platform->informer(kube::ResourceKind::jobs(), QString());
    kube::Informer *workloads = platform->informer(kube::ResourceKind::workloads(), QString());
    kube::Informer *pods = platform->informer(kube::ResourceKind::pods(), QString());
    kube::Informer *nodes = platform->informer(kube::ResourceKind::nodes(), QString());
    auto *model = new jobs::JobsModel(this);
    model->setSources(jobs, workloads, pods, nodes);
    setSources(model, pods);
    m_ownedJobs = model;
    // A user outside the support group is refused the all-namespace lists (403): say so.
    for (kube::Informer *i : {jobs, workloads, pods}) {
        m_connections.append(
            connect(i, &kube::Informer::errorOccurred, this, [this](const Error &e) {
                if (m_sourceError == e.message)
                    return;
                m_sourceError = e.message;
                m_sourceErrorDetail = e;
                Q_EMIT sourceErrorChanged(m_sourceError);
            }));
        m_connections.append(connect(i, &kube::Informer::synced, this, [this] {
            if (m_sourceError.isEmpty())
                return;
            m_sourceError.clear();
            Q_EMIT sourceErrorChanged(m_sourceError);
        }));
    }
}

void SupportIndex::detach()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (m_ownedJobs) {
        delete m_ownedJobs;
        m_ownedJobs = nullptr;
    }
}

void SupportIndex::setSources(jobs::JobsModel *jobs, kube::Informer *pods)
{
    beginResetModel();
    detach();
    m_jobsModel = jobs;
    m_pods = pods;
    m_jobs.clear();
    m_sessions.clear();
    m_sessionIndex.clear();
    m_counts.fill(0);
    for (auto &t : m_trend)
        t.clear();
    m_synced = false;
    if (jobs) {
        for (int i = 0; i < jobs->rowCount(); ++i) {
            m_jobs.append(tallyOf(jobRowFrom(jobs->row(i))));
            account(m_jobs.last(), +1);
        }
        m_connections.append(connect(
            jobs, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onJobsInserted(first, last); }));
        m_connections.append(connect(
            jobs, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { onJobsRemoved(first, last); }));
        m_connections.append(connect(jobs, &QAbstractItemModel::dataChanged, this,
                                     [this](const QModelIndex &tl, const QModelIndex &br) {
                                         onJobsChanged(tl.row(), br.row());
                                     }));
        m_connections.append(
            connect(jobs, &QAbstractItemModel::modelReset, this, &SupportIndex::onJobsReset));
        m_connections.append(connect(jobs, &jobs::JobsModel::synced, this, [this] {
            if (!m_synced) {
                m_synced = true;
                Q_EMIT synced();
            }
        }));
        if (jobs->hasSynced())
            m_synced = true;
    }
    m_podSeed.clear();
    m_seedTimer.stop();
    if (pods && pods->isPacked()) {
        // Reading every pod of a packed cache takes a second at 70,000 pods: in slices, after
        // the reset, as changes.
        m_podSeed = pods->keys();
        m_seedTimer.start();
    } else if (pods) {
        for (const QString &key : pods->keys()) {
            if (!isNotebookPod(pods->object(key)))
                continue;
            // Appended without signals: inside the reset.
            SupportRow r;
            r.kind = SupportRow::Kind::Session;
            m_sessionIndex.insert(key, int(m_sessions.size()));
            m_sessions.append(r);
        }
        // Fill them in place (the same code as later changes).
        for (auto it = m_sessionIndex.cbegin(); it != m_sessionIndex.cend(); ++it) {
            SupportRow &r = m_sessions[it.value()];
            const QJsonObject pod = pods->object(it.key());
            const kube::PodView v(pod);
            r.namespaceName = v.namespaceName();
            r.name = v.name();
            r.user = v.label(QStringLiteral("hub.jupyter.org/username"));
            if (r.user.isEmpty())
                r.user = userOf(r.namespaceName);
            r.stateKey = sessionState(pod, &r.stateText);
            r.cause = causeOfSession(pod, &r.reason, &r.message);
            r.node = v.nodeName();
            r.created = v.creationTimestamp();
            r.since = r.created;
            account(r, +1);
        }
    }
    if (pods) {
        auto handle = [this](const QJsonObject &o, bool removed) {
            onPod(o, removed);
        };
        m_connections.append(connect(pods, &kube::Informer::added, this,
                                     [handle](const QJsonObject &o) { handle(o, false); }));
        m_connections.append(
            connect(pods, &kube::Informer::modified, this,
                    [handle](const QJsonObject &o, const QJsonObject &) { handle(o, false); }));
        m_connections.append(connect(pods, &kube::Informer::removed, this,
                                     [handle](const QJsonObject &o) { handle(o, true); }));
    }
    endResetModel();
    scheduleCounts();
}

void SupportIndex::seedSessions()
{
    QElapsedTimer clock;
    clock.start();
    while (!m_podSeed.isEmpty() && clock.elapsed() < 8) {
        for (int batch = 0; batch < 64 && !m_podSeed.isEmpty(); ++batch) {
            const QString key = m_podSeed.takeLast();
            if (m_pods && m_pods->contains(key))
                onPod(m_pods->object(key), false);
        }
    }
    if (!m_podSeed.isEmpty())
        m_seedTimer.start();
}

SupportRow SupportIndex::jobRowFrom(const jobs::JobRow &j) const
{
    SupportRow r;
    r.kind = SupportRow::Kind::Job;
    r.namespaceName = j.namespaceName;
    r.name = j.name;
    r.user = userOf(j.namespaceName);
    const int state = int(j.status.state);
    if (m_stateKeys.size() <= state) {
        // Filled once: the strings are shared by every row (100,000 rows: 9 MB saved).
        for (int s = int(m_stateKeys.size()); s <= state; ++s) {
            m_stateKeys.append(QLatin1String(jobs::stateKey(jobs::JobState(s))));
            m_stateTexts.append(jobs::stateName(jobs::JobState(s)));
        }
    }
    r.stateKey = m_stateKeys.at(state);
    r.stateText = m_stateTexts.at(state);
    r.cause = causeOfJob(j.status);
    r.reason = j.status.reason;
    r.message = j.status.message;
    r.node = j.status.node;
    r.site = j.status.site;
    r.offloaded = j.status.offloaded;
    r.accelerator = j.accelerator;
    r.created = j.created;
    r.since = j.status.since.isValid() ? j.status.since : j.created;
    return r;
}

SupportIndex::Tally SupportIndex::tallyOf(const SupportRow &row) const
{
    Tally t;
    t.cause = row.cause;
    const QDateTime when = row.since.isValid() ? row.since : row.created;
    if (when.isValid())
        t.hour = hourOf(when);
    return t;
}

void SupportIndex::account(const Tally &tally, int delta)
{
    if (tally.cause == FailureCause::None)
        return;
    const size_t c = size_t(tally.cause);
    m_counts[c] += delta;
    if (tally.hour >= 0) {
        auto &t = m_trend[c];
        auto it = t.find(tally.hour);
        if (it == t.end())
            it = t.insert(tally.hour, 0);
        it.value() += delta;
        if (it.value() <= 0)
            t.erase(it);
    }
    scheduleCounts();
}

void SupportIndex::scheduleCounts()
{
    if (!m_countsTimer.isActive())
        m_countsTimer.start();
}

void SupportIndex::onJobsInserted(int first, int last)
{
    beginInsertRows({}, first, last);
    QVector<Tally> rows;
    rows.reserve(last - first + 1);
    for (int i = first; i <= last; ++i) {
        rows.append(tallyOf(jobRowFrom(m_jobsModel->row(i))));
        account(rows.last(), +1);
    }
    m_jobs.insert(first, rows.size(), Tally{});
    for (int i = 0; i < rows.size(); ++i)
        m_jobs[first + i] = rows.at(i);
    endInsertRows();
}

void SupportIndex::onJobsRemoved(int first, int last)
{
    beginRemoveRows({}, first, last);
    for (int i = first; i <= last; ++i)
        account(m_jobs.at(i), -1);
    m_jobs.remove(first, last - first + 1);
    endRemoveRows();
}

void SupportIndex::onJobsChanged(int first, int last)
{
    for (int i = first; i <= last && i < m_jobs.size(); ++i) {
        account(m_jobs.at(i), -1);
        m_jobs[i] = tallyOf(jobRowFrom(m_jobsModel->row(i)));
        account(m_jobs.at(i), +1);
    }
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void SupportIndex::onJobsReset()
{
    beginResetModel();
    for (const Tally &t : std::as_const(m_jobs))
        account(t, -1);
    m_jobs.clear();
    for (int i = 0; i < m_jobsModel->rowCount(); ++i) {
        m_jobs.append(tallyOf(jobRowFrom(m_jobsModel->row(i))));
        account(m_jobs.last(), +1);
    }
    endResetModel();
}

void SupportIndex::onPod(const QJsonObject &pod, bool removed)
{
    if (!isNotebookPod(pod))
        return;
    const kube::PodView v(pod);
    const QString key = v.key();
    const int base = int(m_jobs.size());
    auto it = m_sessionIndex.find(key);
    if (removed) {
        if (it == m_sessionIndex.end())
            return;
        const int i = it.value();
        beginRemoveRows({}, base + i, base + i);
        account(m_sessions.at(i), -1);
        m_sessions.remove(i);
        m_sessionIndex.erase(it);
        for (auto &idx : m_sessionIndex) {
            if (idx > i)
                --idx;
        }
        endRemoveRows();
        return;
    }
    SupportRow r;
    r.kind = SupportRow::Kind::Session;
    r.namespaceName = v.namespaceName();
    r.name = v.name();
    r.user = v.label(QStringLiteral("hub.jupyter.org/username"));
    if (r.user.isEmpty())
        r.user = userOf(r.namespaceName);
    r.stateKey = sessionState(pod, &r.stateText);
    r.cause = causeOfSession(pod, &r.reason, &r.message);
    r.node = v.nodeName();
    r.created = v.creationTimestamp();
    r.since = r.created;
    if (it == m_sessionIndex.end()) {
        const int i = int(m_sessions.size());
        beginInsertRows({}, base + i, base + i);
        m_sessionIndex.insert(key, i);
        account(r, +1);
        m_sessions.append(std::move(r));
        endInsertRows();
        return;
    }
    const int i = it.value();
    account(m_sessions.at(i), -1);
    account(r, +1);
    m_sessions[i] = std::move(r);
    Q_EMIT dataChanged(index(base + i, 0), index(base + i, ColumnCount - 1));
}

int SupportIndex::failingTotal() const
{
    int n = 0;
    for (int c : m_counts)
        n += c;
    return n - m_counts[size_t(FailureCause::None)];
}

QVector<int> SupportIndex::trend(FailureCause cause, int hours, const QDateTime &now) const
{
    QVector<int> out(std::max(0, std::min(hours, kTrendHours)), 0);
    const qint64 last = hourOf(now);
    const auto &t = m_trend[size_t(cause)];
    for (int i = 0; i < out.size(); ++i)
        out[i] = t.value(last - qint64(out.size() - 1 - i) * 3600, 0);
    return out;
}

SupportRow SupportIndex::row(int r) const
{
    if (r < m_jobs.size())
        return m_jobsModel ? jobRowFrom(m_jobsModel->row(r)) : SupportRow();
    return m_sessions.at(r - m_jobs.size());
}

int SupportIndex::rowOf(SupportRow::Kind kind, const QString &ns, const QString &name) const
{
    if (kind == SupportRow::Kind::Session) {
        const int i = m_sessionIndex.value(ns + QLatin1Char('/') + name, -1);
        return i < 0 ? -1 : int(m_jobs.size()) + i;
    }
    if (m_jobsModel)
        return m_jobsModel->rowOf(ns, name);
    return -1;
}

int SupportIndex::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size() + m_sessions.size());
}

int SupportIndex::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupportIndex::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SupportRow r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KindColumn:
            return r.kind == SupportRow::Kind::Job ? Tr::tr("Job") : Tr::tr("Session");
        case UserColumn:
            return r.user.isEmpty() ? r.namespaceName : r.user;
        case NameColumn:
            return r.name;
        case StateColumn:
            return r.stateText;
        case CauseColumn:
            return causeName(r.cause);
        case ReasonColumn:
            return role == Qt::ToolTipRole && !r.message.isEmpty() ? r.message : r.reason;
        case WhereColumn:
            return r.offloaded && !r.site.isEmpty() ? r.site : r.node;
        case AcceleratorColumn:
            return r.accelerator;
        case CreatedColumn:
            return QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case KindRole:
        return int(r.kind);
    case NamespaceRole:
        return r.namespaceName;
    case NameRole:
        return r.name;
    case UserNameRole:
        return r.user;
    case StateKeyRole:
        return r.stateKey;
    case CauseRole:
        return int(r.cause);
    case CauseKeyRole:
        return QLatin1String(causeKey(r.cause));
    case ReasonRole:
        return r.reason;
    case MessageRole:
        return r.message;
    case NodeRole:
        return r.node;
    case SiteRole:
        return r.site;
    case AcceleratorRole:
        return r.accelerator;
    case CreatedRole:
        return r.created;
    case SinceRole:
        return r.since;
    case SortRole:
        if (index.column() == CreatedColumn)
            return r.created;
        if (index.column() == CauseColumn)
            return int(r.cause);
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant SupportIndex::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return Tr::tr("Kind");
    case UserColumn:
        return Tr::tr("User");
    case NameColumn:
        return Tr::tr("Name");
    case StateColumn:
        return Tr::tr("State");
    case CauseColumn:
        return Tr::tr("Cause");
    case ReasonColumn:
        return Tr::tr("Reason");
    case WhereColumn:
        return Tr::tr("Node or site");
    case AcceleratorColumn:
        return Tr::tr("Accelerator");
    case CreatedColumn:
        return Tr::tr("Created");
    }
    return {};
}

qint64 SupportIndex::approximateBytes() const
{
    auto str = [](const QString &s) {
        return qint64(s.capacity()) * 2;
    };
    qint64 n = qint64(m_jobs.capacity()) * qint64(sizeof(Tally));
    n += qint64(m_sessions.capacity()) * qint64(sizeof(SupportRow));
    for (const SupportRow &r : m_sessions) {
        n += str(r.namespaceName) + str(r.name) + str(r.user) + str(r.reason) + str(r.message) +
             str(r.node) + str(r.site) + str(r.accelerator);
    }
    return n + qint64(m_sessionIndex.size()) * 64;
}

} // namespace plancia::support
