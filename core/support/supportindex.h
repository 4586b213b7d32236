#pragma once

#include "jobs/jobsmodel.h"
#include "kube/informer.h"
#include "net/error.h"
#include "support/failurecause.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include <array>

namespace plancia {
class Platform;
namespace kube {
class Informer;
}
namespace jobs {
class JobsModel;
struct JobRow;
} // namespace jobs
} // namespace plancia

namespace plancia::support {

// One row of the support table: a batch job or a notebook session of any namespace.
struct SupportRow
{
    enum class Kind { Job, Session };
    Kind kind = Kind::Job;
    QString namespaceName;
    QString name;
    QString user;      // from the namespace (the profile's template) or the hub's pod label
    QString stateKey;  // jobs::stateKey(), or "running"/"pending"/"failed"/... for sessions
    QString stateText; // translated
    FailureCause cause = FailureCause::None;
    QString reason;  // short word (OOMKilled, ProviderFailed, Pending ...)
    QString message; // long text
    QString node;
    QString site; // offload site when offloaded
    bool offloaded = false;
    QString accelerator; // for people ("A100 ×2"), empty for CPU only
    QDateTime created;
    QDateTime since; // when the current state began
    QString key() const { return namespaceName + QLatin1Char('/') + name; }
};

// Every namespace's jobs and notebook sessions in one live table, with the failures counted by
// cause. The jobs come from a JobsModel over the all-namespace informers (Jobs, Workloads,
// Pods, Nodes: Platform::informer with ns ""), the sessions from the same Pods informer
// (component=singleuser-server). Rows are the JobsModel's rows in its order, then the sessions.
//
// The counts per cause change by the difference of one row at every change (the old cause out,
// the new one in): nothing is rescanned on an event; a reset of the source recounts once.
// The trend keeps counts per cause and hour of the failure's time (`since`), 48 hours back.
class SupportIndex : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        UserColumn,
        NameColumn,
        StateColumn,
        CauseColumn,
        ReasonColumn,
        WhereColumn, // site when offloaded, else node
        AcceleratorColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(SupportRow::Kind)
        NamespaceRole,
        NameRole,
        UserNameRole,
        StateKeyRole,
        CauseRole, // int(FailureCause)
        CauseKeyRole,
        ReasonRole,
        MessageRole,
        NodeRole,
        SiteRole,
        AcceleratorRole,
        CreatedRole, // QDateTime
        SinceRole,   // QDateTime
        SortRole,
    };

    explicit SupportIndex(QObject *parent = nullptr);
    ~SupportIndex() override;

    // The platform's all-namespace informers (shared with other pages). nullptr detaches.
    void setPlatform(Platform *platform);
    // Or explicit sources (tests, benchmarks); `pods` may be the JobsModel's pods informer.
    void setSources(jobs::JobsModel *jobs, kube::Informer *pods);
    // "user-{username}" as in the profile; the user of a namespace outside it is "".
    void setNamespaceTemplate(const QString &templ);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Job rows are made from the JobsModel's row when asked (not copied: 100,000 rows of
    // copies took 33 MB); session rows are kept here.
    SupportRow row(int r) const;
    int jobRowCount() const { return int(m_jobs.size()); }
    int sessionRowCount() const { return int(m_sessions.size()); }
    // -1 if absent.
    int rowOf(SupportRow::Kind kind, const QString &ns, const QString &name) const;

    // Failures now, per cause (None excluded).
    int count(FailureCause cause) const { return m_counts[size_t(cause)]; }
    int failingTotal() const;
    // Counts per hour (UTC, start of the hour) of the last `hours` hours for `cause`, oldest
    // first (hours without a failure are 0).
    QVector<int> trend(FailureCause cause, int hours = 24,
                       const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    bool hasSynced() const { return m_synced; }
    // The error of a source that was refused (403 for a user outside the support group).
    QString sourceError() const { return m_sourceError; }
    // The whole error behind sourceError() (whichever source was refused first).
    const Error &sourceErrorDetail() const { return m_sourceErrorDetail; }
    jobs::JobsModel *jobsModel() const { return m_jobsModel; }
    kube::Informer *podsInformer() const { return m_pods; }
    // Bytes held by the rows (an estimate, for the benchmark).
    qint64 approximateBytes() const;

Q_SIGNALS:
    // The counts changed (coalesced: at most once per event-loop turn).
    void countsChanged();
    void synced();
    void sourceErrorChanged(const QString &error);

private:
    // What the counts and the trend need of a row: its cause and the hour it began failing.
    struct Tally
    {
        FailureCause cause = FailureCause::None;
        qint64 hour = -1; // start of the hour (s since epoch) of `since`, -1 unknown
    };
    SupportRow jobRowFrom(const jobs::JobRow &r) const;
    Tally tallyOf(const SupportRow &row) const;
    void account(const Tally &tally, int delta);
    void account(const SupportRow &row, int delta) { account(tallyOf(row), delta); }
    void onJobsInserted(int first, int last);
    void onJobsRemoved(int first, int last);
    void onJobsChanged(int first, int last);
    void onJobsReset();
    void onPod(const QJsonObject &pod, bool removed);
    void seedSessions();
    void detach();
    void scheduleCounts();
    // The user of a namespace, one shared string per namespace (not one per row).
    QString userOf(const QString &ns) const;

    QPointer<jobs::JobsModel> m_jobsModel;
    jobs::JobsModel *m_ownedJobs = nullptr;
    QPointer<kube::Informer> m_pods;
    QList<QMetaObject::Connection> m_connections;
    QVector<Tally> m_jobs; // per JobsModel row

    QVector<SupportRow> m_sessions;
    QHash<QString, int> m_sessionIndex; // "ns/pod" -> index in m_sessions
    std::array<int, kFailureCauseCount> m_counts{};
    // cause -> (hour start in s since epoch -> failures then)
    std::array<QMap<qint64, int>, kFailureCauseCount> m_trend;
    mutable QHash<QString, QString> m_users; // namespace -> user
    // stateKey()/stateName() per jobs::JobState, made once and shared by every row.
    mutable QVector<QString> m_stateKeys;
    mutable QVector<QString> m_stateTexts;
    QString m_nsPrefix = QStringLiteral("user-");
    QString m_nsSuffix;
    QString m_sourceError;
    Error m_sourceErrorDetail;
    QTimer m_countsTimer;
    // A packed pods cache's keys at setSources(), read in slices (~15 us a pod).
    QStringList m_podSeed;
    QTimer m_seedTimer;
    bool m_synced = false;
};

} // namespace plancia::support
