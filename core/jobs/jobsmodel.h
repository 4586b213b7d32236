#pragma once

#include "jobs/jobstate.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVector>

namespace plancia {
class Platform;
namespace kube {
class Informer;
}
} // namespace plancia

namespace plancia::jobs {

// One row: a Job joined with its Workload and pods.
struct JobRow
{
    QString name;
    QString namespaceName;
    QString workloadName;
    JobStatus status;
    QString accelerator;      // for people: "A100 ×2", "A100 MIG 1g.10gb", "U250", "" (CPU)
    QString acceleratorModel; // model id ("a100"), empty for CPU-only
    int acceleratorCount = 0;
    QString localQueue;
    QString priorityClass;
    QDateTime created;
    QDateTime started;
    QDateTime finished;
    int active = 0;
    int succeeded = 0;
    int failed = 0;
    int completions = 1;
    int queuePosition = -1; // 1-based position in the ClusterQueue (visibility API), -1 unknown
    int positionInLocalQueue = -1;
    // Pod names of the job, in the order they appeared (a list, not a QSet: an empty-ish QSet
    // costs 1.3 KB, which at 100,000 rows was most of the model).
    QStringList pods;
};

// The user's jobs: informers on Jobs, Workloads and Pods of one namespace (and Nodes, for
// sites) joined into one row per Job. Rows update in place (dataChanged of that row's cells,
// coalesced per event-loop turn); jobs appear with beginInsertRows at the end and disappear with
// beginRemoveRows; a reset only when the sources change or the Job informer relists everything.
// Queue positions come from the visibility API (setPlatform polls it every few seconds while
// pending rows exist) or from setQueuePositions().
//
// The widgets sort and filter through a QSortFilterProxyModel: DisplayRole is text, SortRole
// the natural value (times, numbers), StateRole the JobState as int.
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StateColumn,
        ReasonColumn,
        AcceleratorColumn,
        SiteColumn, // the site (offloaded) or the node
        AgeColumn,
        QueuePositionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        StateRole = Qt::UserRole + 1, // int(JobState)
        NameRole,
        NamespaceRole,
        ReasonRole,
        MessageRole, // the state's long message (Kueue's)
        SiteRole,    // site name when offloaded, else empty
        NodeRole,
        OffloadedRole, // bool
        CreatedRole,   // QDateTime
        QueuePositionRole,
        WorkloadNameRole,
        RequeuedRole, // bool
        AcceleratorModelRole,
        SortRole,    // the column's value for sorting
        SummaryRole, // JobStatus::summary()
    };
    Q_ENUM(Role)

    explicit JobsModel(QObject *parent = nullptr);
    ~JobsModel() override;

    // Jobs, Workloads and Pods of the platform's user namespace (Platform::informer, shared
    // with other pages) plus Nodes for sites, and the visibility poller. nullptr detaches.
    void setPlatform(Platform *platform);
    // Or explicit sources (tests, benchmarks). `nodes` may be null.
    void setSources(kube::Informer *jobs, kube::Informer *workloads, kube::Informer *pods,
                    kube::Informer *nodes = nullptr);

    // "namespace/workloadName" -> {positionInClusterQueue, positionInLocalQueue} (0-based as
    // Kueue gives them; the model shows them 1-based). Rows not named lose their position.
    void setQueuePositions(const QHash<QString, QPair<int, int>> &positions);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const JobRow &row(int row) const { return m_rows.at(row); }
    // -1 when absent.
    int rowOf(const QString &namespaceName, const QString &name) const;
    const QVector<JobRow> &rows() const { return m_rows; }
    bool hasSynced() const { return m_synced; }
    // The raw objects (for the detail pane): the Job, its Workload, its pods.
    QJsonObject jobObject(int row) const;
    QJsonObject workloadObject(int row) const;
    QList<QJsonObject> podObjects(int row) const;

    // For the benchmark: bytes held by the rows and indexes (an estimate; the informers'
    // caches are not counted).
    qint64 approximateBytes() const;

Q_SIGNALS:
    // All three informers have listed: the table is complete.
    void synced();
    // A row's state changed (not on the first fill): notifications, the detail pane.
    void jobStateChanged(const QString &namespaceName, const QString &name,
                         plancia::jobs::JobState from, plancia::jobs::JobState to);

private:
    void detach();
    void markDirty(const QString &jobKey);
    void onJob(const QJsonObject &object, bool removed);
    void onWorkload(const QJsonObject &object, bool removed);
    void onPod(const QJsonObject &object, bool removed);
    void onNode(const QJsonObject &object, bool removed);
    // Applies the dirty keys to the rows in slices of a few milliseconds: removals, then
    // inserts at the end, then dataChanged per run of changed rows.
    void flush();
    void checkSynced();
    void pollQueuePositions();
    void connectInformer(kube::Informer *informer,
                         void (JobsModel::*handler)(const QJsonObject &, bool));
    JobRow makeRow(const QString &jobKey) const;
    QString intern(const QString &s) const;

    QPointer<kube::Informer> m_jobs;
    QPointer<kube::Informer> m_workloads;
    QPointer<kube::Informer> m_pods;
    QPointer<kube::Informer> m_nodes;
    QPointer<Platform> m_platform;
    QList<QMetaObject::Connection> m_connections;
    QVector<JobRow> m_rows;
    QHash<QString, int> m_index;                 // "ns/name" -> row
    QHash<QString, QString> m_jobToWorkload;     // job key -> workload key
    QHash<QString, QStringList> m_jobPods;       // job key -> pod keys (few per job)
    QHash<QString, QString> m_virtualSites;      // virtual node name -> site name
    QHash<QString, QPair<int, int>> m_positions; // "ns/workload" -> (cq, lq) 0-based
    QSet<QString> m_dirty;
    enum SeedKind { SeedWorkload, SeedPod, SeedJob };
    // The caches' keys at setSources(), indexed in slices (keys, not objects: a packed cache of
    // 100,000 objects read at once would take 500 MB).
    QList<std::pair<SeedKind, QString>> m_seed;
    qsizetype m_seedAt = 0;
    mutable QHash<QString, QString> m_interned;
    QTimer m_flush;
    QTimer m_positionsTimer;
    bool m_synced = false;
    bool m_positionsInFlight = false;
};

} // namespace plancia::jobs
