#pragma once

#include "jupyter/hubserver.h"
#include "net/job.h"
#include "support/supportindex.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QVector>

namespace plancia {
class HttpClient;
class HttpJob;
class Platform;
} // namespace plancia

namespace plancia::support {

// A user of the hub as GET /hub/api/users reports it (PLATFORM-API.md section 2).
struct HubUser
{
    QString name;
    QStringList groups;
    bool groupsKnown = false; // the answer had a groups field (the token may read groups)
    bool admin = false;
    QString pending;                          // "spawn", "stop" or "" for the default server
    QDateTime lastActivity;                   // the user's (the newest of its servers')
    std::optional<jupyter::HubServer> server; // the default server, when it exists
};
QList<HubUser> parseHubUsers(const QJsonArray &users, const QUrl &hubUrl);

// GET /hub/api/users, every page (offset/limit with the pagination media type), only the
// members of `group` when it is not empty. A tutor's token lists the users of its group only.
class HubUsersJob : public ResultJob<QList<HubUser>>
{
    Q_OBJECT

public:
    HubUsersJob(HttpClient *hub, QUrl hubUrl, QString group, QObject *owner);

Q_SIGNALS:
    void finished(const plancia::Result<QList<plancia::support::HubUser>> &result);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const Result<QList<HubUser>> &r) override { Q_EMIT finished(r); }

private:
    void page(int offset);

    QPointer<HttpClient> m_hub;
    QUrl m_hubUrl;
    QString m_group;
    QList<HubUser> m_users;
    QPointer<HttpJob> m_http;
};

// One participant of a training event at a glance.
struct Participant
{
    enum Flag { NoFlag = 0, Idle = 1, Stuck = 2, NotStarted = 4 };
    enum class Server { None, Starting, Running, Stopping };

    QString user;
    Server server = Server::None;
    QDateTime lastActivity;
    QDateTime serverStarted;
    qint64 idleSeconds = -1;  // -1: unknown (no activity recorded)
    double gpuUtil = -1;      // % now, -1: no GPU series for the session
    double gpuMemoryMiB = -1; // framebuffer used now, -1 unknown
    qint64 storageBytes = -1; // bytes in the user's bucket, -1 unknown
    int runningJobs = -1;     // -1: unknown (the jobs of other namespaces cannot be read)
    int failingJobs = -1;
    QString lastError; // the newest failure (job or spawn), in words
    int flags = NoFlag;

    // 0 needs help most: stuck, then not started, then idle, then fine.
    int urgency() const;
    static const char *serverKey(Server s); // "none", "starting", "running", "stopping"
    QStringList flagKeys() const;           // "idle", "stuck", "notStarted"
    QJsonObject toJson() const;
};

// The tutor's room: the participants of a group (hub users list), each with hub server state,
// idle time, GPU use of their session now (Prometheus DCGM per pod), storage used (S3 usage of
// their bucket), running jobs and the last error (from a SupportIndex when the tutor may read
// other namespaces), and flags. refresh() runs every `interval` while started; storage is asked
// every 6th round (listing buckets is slow).
//
// Flags: Idle when the server runs, its last activity is older than idleMinutes and the GPU is
// (if any) below 5 %; Stuck when a spawn is pending longer than stuckMinutes or jobs fail;
// NotStarted without a server. The model sorts them so that people who need help come first.
class TutorRoom : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        UserColumn,
        ServerColumn,
        IdleColumn,
        GpuColumn,
        StorageColumn,
        JobsColumn,
        FlagsColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role { UserNameRole = Qt::UserRole + 1, FlagsRole, UrgencyRole, SortRole };

    explicit TutorRoom(QObject *parent = nullptr);

    void setPlatform(Platform *platform);
    void setGroup(const QString &group);
    QString group() const { return m_group; }
    void setIdleMinutes(int minutes) { setIdleSeconds(qint64(minutes) * 60); }
    void setIdleSeconds(qint64 seconds);
    void setStuckMinutes(int minutes) { m_stuckMinutes = minutes; }
    int idleMinutes() const { return int(m_idleSeconds / 60); }
    void setJobsSource(SupportIndex *index) { m_jobs = index; }
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    // Periodic refresh while started.
    void start();
    void stop();
    // One round now (hub, then Prometheus and storage); roundFinished() at the end.
    void refresh();
    bool isRefreshing() const { return m_pendingParts > 0; }

    // Replaces the participants (the rounds, and tests/benchmarks): rows update in place, new
    // ones are appended, missing ones removed; the order follows urgency.
    void setParticipants(QVector<Participant> participants);
    const QVector<Participant> &participants() const { return m_rows; }
    const Participant *participant(const QString &user) const;
    QString lastError() const { return m_lastError; }

    // The flags of `p` with this room's thresholds, at `now`.
    int flagsFor(const Participant &p, const QDateTime &now) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void roundFinished();
    void errorChanged(const QString &error);

private:
    void onUsers(const Result<QList<HubUser>> &r);
    void askGpu();
    void askStorage();
    void partDone();
    void applyJobs(QVector<Participant> &rows) const;

    QPointer<Platform> m_platform;
    QPointer<SupportIndex> m_jobs;
    QString m_group;
    qint64 m_idleSeconds = 30 * 60;
    int m_stuckMinutes = 10;
    QTimer m_timer;
    QVector<Participant> m_rows;
    QVector<Participant> m_next; // the round being gathered
    QHash<QString, qint64> m_storage;
    QHash<QString, QString> m_storageErrors;
    int m_pendingParts = 0;
    int m_round = 0;
    QString m_lastError;
    QList<QPointer<QObject>> m_jobsRunning;
};

// Starts or stops the servers of several users, a few at a time: progress per user, and a
// failure is listed without stopping the others. Start sends the event's profile as
// user_options (or {"profile": name} when only a name is given).
class BulkServerJob : public ResultJob<QHash<QString, QString>>
{
    Q_OBJECT

public:
    enum class Action { Start, Stop };
    enum class ItemState { Waiting, Working, Done, Skipped, Failed };
    BulkServerJob(HttpClient *hub, QUrl hubUrl, Action action, QStringList users,
                  QJsonObject userOptions, QObject *owner);
    void setParallel(int n) { m_parallel = std::max(1, n); }
    const QStringList &users() const { return m_users; }

Q_SIGNALS:
    void progress(const QString &user, plancia::support::BulkServerJob::ItemState state,
                  const QString &message);
    // user -> "" when done, else the error in words (skipped users say why).
    void finished(const plancia::Result<QHash<QString, QString>> &result);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const Result<QHash<QString, QString>> &r) override { Q_EMIT finished(r); }

private:
    void next();

    QPointer<HttpClient> m_hub;
    QUrl m_hubUrl;
    Action m_action;
    QStringList m_users;
    QJsonObject m_options;
    QStringList m_queue;
    QHash<QString, QString> m_results;
    QList<QPointer<HttpJob>> m_http;
    int m_parallel = 4;
    int m_running = 0;
};

} // namespace plancia::support
