#include "tutorroom.h"

#include "jupyter/hubclient.h"
#include "metrics/prometheusclient.h"
#include "net/httpclient.h"
#include "net/httpjob.h"
#include "platform/platform.h"
#include "storage/s3client.h"
#include "support/supportindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>

namespace plancia::support {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::support::TutorRoom)
};

constexpr double kIdleGpuPercent = 5.0;
constexpr int kPageSize = 200;

QString enc(const QString &s)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(s));
}

QUrl hubApi(const QUrl &hubUrl, const QString &path, const QString &query = {})
{
    QUrl u = hubUrl;
    QString base = u.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    u.setPath(base + QStringLiteral("hub/api/") + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

QString hubMessage(const HttpResponse &r)
{
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QString m = o.value(QLatin1String("message")).toString();
    if (m.isEmpty())
        m = QString::fromUtf8(r.body.left(200)).trimmed();
    return m;
}

QString durationText(qint64 s)
{
    if (s < 0)
        return Tr::tr("unknown");
    if (s < 120)
        return Tr::tr("%n s", nullptr, int(s));
    if (s < 7200)
        return Tr::tr("%n min", nullptr, int(s / 60));
    return Tr::tr("%n h", nullptr, int(s / 3600));
}

} // namespace

// ---- hub users ----

QList<HubUser> parseHubUsers(const QJsonArray &users, const QUrl &hubUrl)
{
    QList<HubUser> out;
    for (const QJsonValue &v : users) {
        const QJsonObject o = v.toObject();
        HubUser u;
        u.name = o.value(QLatin1String("name")).toString();
        if (u.name.isEmpty())
            continue;
        u.groupsKnown = o.value(QLatin1String("groups")).isArray();
        for (const QJsonValue &g : o.value(QLatin1String("groups")).toArray())
            u.groups << g.toString();
        u.admin = o.value(QLatin1String("admin")).toBool();
        u.pending = o.value(QLatin1String("pending")).toString();
        u.lastActivity = jupyter::parseHubTime(o.value(QLatin1String("last_activity")));
        for (const jupyter::HubServer &s : jupyter::parseServers(o, hubUrl, 3)) {
            if (s.name.isEmpty())
                u.server = s;
            if (s.lastActivity.isValid() &&
                (!u.lastActivity.isValid() || s.lastActivity > u.lastActivity))
                u.lastActivity = s.lastActivity;
        }
        out.append(u);
    }
    return out;
}

HubUsersJob::HubUsersJob(HttpClient *hub, QUrl hubUrl, QString group, QObject *owner)
    : ResultJob<QList<HubUser>>(owner)
    , m_hub(hub)
    , m_hubUrl(std::move(hubUrl))
    , m_group(std::move(group))
{}

void HubUsersJob::doStart()
{
    if (!m_hub || !m_hubUrl.isValid()) {
        finishWith(Error::make(Error::Kind::Config, Tr::tr("The profile names no JupyterHub.")));
        return;
    }
    page(0);
}

void HubUsersJob::doCancel()
{
    if (m_http)
        m_http->cancel();
}

void HubUsersJob::page(int offset)
{
    HttpRequest req =
        HttpRequest::get(hubApi(m_hubUrl, QStringLiteral("users"),
                                QStringLiteral("offset=%1&limit=%2").arg(offset).arg(kPageSize)));
    // JupyterHub 2.0+: an object with items and _pagination instead of a bare list.
    req.setHeader("Accept", "application/jupyterhub-pagination+json");
    m_http = m_hub->send(req, this);
    connect(m_http, &HttpJob::finished, this, [this, offset](const HttpResult &r) {
        if (!r.ok()) {
            Error e = r.error();
            if (e.kind == Error::Kind::Forbidden)
                e.message = Tr::tr("The hub refused the list of users: your account is not a "
                                   "tutor or an admin of this hub (%1).")
                                .arg(e.message);
            finishWith(e);
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(r.value().body);
        QJsonArray items;
        bool more = false;
        if (doc.isArray()) {
            items = doc.array();
        } else {
            const QJsonObject o = doc.object();
            items = o.value(QLatin1String("items")).toArray();
            const QJsonValue next =
                o.value(QLatin1String("_pagination")).toObject().value(QLatin1String("next"));
            more = next.isObject() && !items.isEmpty();
        }
        for (const HubUser &u : parseHubUsers(items, m_hubUrl)) {
            // A tutor's token lists its group only; without the groups field, trust the hub.
            if (m_group.isEmpty() || !u.groupsKnown || u.groups.contains(m_group))
                m_users.append(u);
        }
        if (more)
            page(offset + int(items.size()));
        else
            finishWith(m_users);
    });
}

// ---- Participant ----

int Participant::urgency() const
{
    if (flags & Stuck)
        return 0;
    if (flags & NotStarted)
        return 1;
    if (flags & Idle)
        return 2;
    return 3;
}

const char *Participant::serverKey(Server s)
{
    switch (s) {
    case Server::None:
        return "none";
    case Server::Starting:
        return "starting";
    case Server::Running:
        return "running";
    case Server::Stopping:
        return "stopping";
    }
    return "none";
}

QStringList Participant::flagKeys() const
{
    QStringList f;
    if (flags & Idle)
        f << QStringLiteral("idle");
    if (flags & Stuck)
        f << QStringLiteral("stuck");
    if (flags & NotStarted)
        f << QStringLiteral("notStarted");
    return f;
}

QJsonObject Participant::toJson() const
{
    auto num = [](double v) {
        return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
    };
    auto integer = [](qint64 v) {
        return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(v));
    };
    return QJsonObject{
        {QStringLiteral("user"), user},
        {QStringLiteral("server"), QLatin1String(serverKey(server))},
        {QStringLiteral("lastActivity"),
         lastActivity.isValid() ? QJsonValue(lastActivity.toUTC().toString(Qt::ISODate))
                                : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("idleSeconds"), integer(idleSeconds)},
        {QStringLiteral("gpuUtil"), num(gpuUtil)},
        {QStringLiteral("gpuMemoryMiB"), num(gpuMemoryMiB)},
        {QStringLiteral("storageBytes"), integer(storageBytes)},
        {QStringLiteral("jobs"), integer(runningJobs)},
        {QStringLiteral("failingJobs"), integer(failingJobs)},
        {QStringLiteral("lastError"),
         lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastError)},
        {QStringLiteral("flags"), QJsonArray::fromStringList(flagKeys())},
    };
}

// ---- TutorRoom ----

TutorRoom::TutorRoom(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_timer.setInterval(std::chrono::seconds(10));
    connect(&m_timer, &QTimer::timeout, this, &TutorRoom::refresh);
}

void TutorRoom::setPlatform(Platform *platform)
{
    m_platform = platform;
    for (const auto &j : std::as_const(m_jobsRunning))
        delete j.data();
    m_jobsRunning.clear();
    m_pendingParts = 0;
    m_storage.clear();
    m_storageErrors.clear();
    setParticipants({});
}

void TutorRoom::setGroup(const QString &group)
{
    if (m_group == group)
        return;
    m_group = group;
    m_storage.clear();
    setParticipants({});
}

void TutorRoom::setIdleSeconds(qint64 seconds)
{
    m_idleSeconds = seconds;
    if (m_rows.isEmpty())
        return;
    setParticipants(m_rows);
}

void TutorRoom::start()
{
    refresh();
    m_timer.start();
}

void TutorRoom::stop()
{
    m_timer.stop();
}

void TutorRoom::refresh()
{
    if (!m_platform || m_pendingParts > 0)
        return;
    ++m_round;
    m_pendingParts = 1;
    auto *job = new HubUsersJob(m_platform->hub(), m_platform->profile().hub.url, m_group, this);
    m_jobsRunning.append(job);
    connect(job, &HubUsersJob::finished, this, &TutorRoom::onUsers);
    job->start();
}

void TutorRoom::onUsers(const Result<QList<HubUser>> &r)
{
    if (!r.ok()) {
        m_lastError = r.error().message;
        Q_EMIT errorChanged(m_lastError);
        partDone();
        return;
    }
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        Q_EMIT errorChanged(m_lastError);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_next.clear();
    for (const HubUser &u : r.value()) {
        Participant p;
        p.user = u.name;
        if (const Participant *old = participant(u.name)) {
            // Kept until this round's answers replace them.
            p.gpuUtil = old->gpuUtil;
            p.gpuMemoryMiB = old->gpuMemoryMiB;
        }
        if (u.server) {
            using S = jupyter::HubServer::State;
            switch (u.server->state) {
            case S::Starting:
                p.server = Participant::Server::Starting;
                break;
            case S::Running:
                p.server = Participant::Server::Running;
                break;
            case S::Stopping:
                p.server = Participant::Server::Stopping;
                break;
            case S::Stopped:
                p.server = Participant::Server::None;
                break;
            }
            p.serverStarted = u.server->started;
        } else if (u.pending == QLatin1String("spawn")) {
            p.server = Participant::Server::Starting;
        }
        if (p.server == Participant::Server::None) {
            p.gpuUtil = -1;
            p.gpuMemoryMiB = -1;
        }
        p.lastActivity = u.lastActivity;
        p.idleSeconds =
            u.lastActivity.isValid() ? std::max<qint64>(0, u.lastActivity.secsTo(now)) : -1;
        p.storageBytes = m_storage.value(u.name, -1);
        m_next.append(p);
    }
    // Prometheus and storage fill in; the hub's part is done.
    askGpu();
    if (m_round % 6 == 1)
        askStorage();
    partDone();
}

void TutorRoom::askGpu()
{
    if (!m_platform || m_next.isEmpty())
        return;
    ++m_pendingParts;
    // The session pods as KubeSpawner names them (jupyter-<user>); MIG slices report the
    // graphics engine activity only.
    const QString q = QStringLiteral(
        "max by (namespace, pod) (DCGM_FI_DEV_GPU_UTIL{pod=~\"jupyter-.+\"}) or "
        "max by (namespace, pod) (DCGM_FI_PROF_GR_ENGINE_ACTIVE{pod=~\"jupyter-.+\"} * 100)");
    const QString qm =
        QStringLiteral("sum by (namespace, pod) (DCGM_FI_DEV_FB_USED{pod=~\"jupyter-.+\"})");
    auto *util = m_platform->metrics()->query(q, this);
    m_jobsRunning.append(util);
    connect(util, &metrics::QueryJob::finished, this,
            [this, qm](const Result<metrics::QueryResult> &r) {
                QHash<QString, double> byUser;
                if (r.ok()) {
                    for (const metrics::Sample &s : r.value().vector)
                        byUser.insert(s.labels.value(QStringLiteral("pod")).mid(8), s.value);
                }
                for (Participant &p : m_next) {
                    if (p.server != Participant::Server::Running)
                        continue;
                    p.gpuUtil = r.ok() ? byUser.value(p.user, -1) : p.gpuUtil;
                }
                auto *mem = m_platform ? m_platform->metrics()->query(qm, this) : nullptr;
                if (!mem) {
                    partDone();
                    return;
                }
                m_jobsRunning.append(mem);
                connect(mem, &metrics::QueryJob::finished, this,
                        [this](const Result<metrics::QueryResult> &m) {
                            if (m.ok()) {
                                QHash<QString, double> byUser;
                                for (const metrics::Sample &s : m.value().vector)
                                    byUser.insert(s.labels.value(QStringLiteral("pod")).mid(8),
                                                  s.value);
                                for (Participant &p : m_next) {
                                    if (p.server == Participant::Server::Running)
                                        p.gpuMemoryMiB = byUser.value(p.user, -1);
                                }
                            }
                            partDone();
                        });
            });
}

void TutorRoom::askStorage()
{
    if (!m_platform)
        return;
    const Profile &profile = m_platform->profile();
    for (const Participant &p : std::as_const(m_next)) {
        const QString bucket = profile.s3.userBucketFor(p.user);
        if (bucket.isEmpty())
            continue;
        ++m_pendingParts;
        auto *job = m_platform->storage()->usage(bucket, this);
        m_jobsRunning.append(job);
        const QString user = p.user;
        job->then([this, user](const Result<s3::Usage> &r) {
            if (r.ok()) {
                m_storage.insert(user, r.value().bytes);
                m_storageErrors.remove(user);
            } else {
                m_storage.remove(user);
                m_storageErrors.insert(user, r.error().message);
            }
            for (Participant &p : m_next) {
                if (p.user == user)
                    p.storageBytes = m_storage.value(user, -1);
            }
            partDone();
        });
    }
}

void TutorRoom::partDone()
{
    if (m_pendingParts > 0)
        --m_pendingParts;
    if (m_pendingParts > 0)
        return;
    m_jobsRunning.removeIf([](const QPointer<QObject> &p) { return p.isNull(); });
    if (!m_next.isEmpty() || m_lastError.isEmpty()) {
        applyJobs(m_next);
        setParticipants(std::exchange(m_next, {}));
    }
    Q_EMIT roundFinished();
}

void TutorRoom::applyJobs(QVector<Participant> &rows) const
{
    if (!m_jobs || !m_jobs->sourceError().isEmpty() || !m_jobs->hasSynced())
        return;
    QHash<QString, int> index;
    for (int i = 0; i < rows.size(); ++i) {
        index.insert(rows.at(i).user, i);
        rows[i].runningJobs = 0;
        rows[i].failingJobs = 0;
    }
    QHash<QString, QDateTime> newest;
    for (int r = 0; r < m_jobs->rowCount(); ++r) {
        const SupportRow &row = m_jobs->row(r);
        const auto it = index.constFind(row.user);
        if (it == index.cend())
            continue;
        Participant &p = rows[it.value()];
        if (row.kind == SupportRow::Kind::Job && (row.stateKey == QLatin1String("running") ||
                                                  row.stateKey == QLatin1String("offloaded")))
            ++p.runningJobs;
        if (row.cause != FailureCause::None) {
            if (row.kind == SupportRow::Kind::Job)
                ++p.failingJobs;
            if (!newest.contains(p.user) || row.since > newest.value(p.user)) {
                newest.insert(p.user, row.since);
                p.lastError = Tr::tr("%1 %2: %3").arg(row.name, causeName(row.cause), row.reason);
            }
        }
    }
}

int TutorRoom::flagsFor(const Participant &p, const QDateTime &now) const
{
    int f = Participant::NoFlag;
    if (p.server == Participant::Server::None)
        f |= Participant::NotStarted;
    if (p.server == Participant::Server::Running && p.idleSeconds >= 0 &&
        p.idleSeconds > m_idleSeconds && (p.gpuUtil < kIdleGpuPercent))
        f |= Participant::Idle;
    if (p.server == Participant::Server::Starting && p.serverStarted.isValid() &&
        p.serverStarted.secsTo(now) > qint64(m_stuckMinutes) * 60)
        f |= Participant::Stuck;
    if (p.failingJobs > 0)
        f |= Participant::Stuck;
    return f;
}

const Participant *TutorRoom::participant(const QString &user) const
{
    for (const Participant &p : m_rows) {
        if (p.user == user)
            return &p;
    }
    return nullptr;
}

void TutorRoom::setParticipants(QVector<Participant> participants)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Participant &p : participants)
        p.flags = flagsFor(p, now);
    std::stable_sort(participants.begin(), participants.end(),
                     [](const Participant &a, const Participant &b) {
                         if (a.urgency() != b.urgency())
                             return a.urgency() < b.urgency();
                         if (a.idleSeconds != b.idleSeconds)
                             return a.idleSeconds > b.idleSeconds;
                         return a.user < b.user;
                     });
    // The same people in the same order: update in place (one dataChanged). The same people in
    // another order (idle times change every round): a layout change that moves each person's
    // row, so that selections and the current row stay with their person (a tutor picking people
    // for a bulk action must not lose the pick every 10 s), then one dataChanged. Someone joined
    // or left: reset.
    const int n = int(participants.size());
    bool sameOrder = n == m_rows.size();
    for (int i = 0; sameOrder && i < n; ++i)
        sameOrder = m_rows.at(i).user == participants.at(i).user;
    if (sameOrder) {
        m_rows = std::move(participants);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(n - 1, ColumnCount - 1));
        return;
    }
    QHash<QString, int> at;
    at.reserve(n);
    for (int i = 0; i < n; ++i)
        at.insert(participants.at(i).user, i);
    bool samePeople = n == m_rows.size() && at.size() == n;
    for (int i = 0; samePeople && i < n; ++i)
        samePeople = at.contains(m_rows.at(i).user);
    if (!samePeople) {
        beginResetModel();
        m_rows = std::move(participants);
        endResetModel();
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &i : from)
        to.append(index(at.value(m_rows.at(i.row()).user), i.column()));
    m_rows = std::move(participants);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT dataChanged(index(0, 0), index(n - 1, ColumnCount - 1));
}

int TutorRoom::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TutorRoom::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TutorRoom::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Participant &p = m_rows.at(index.row());
    if (role == UserNameRole)
        return p.user;
    if (role == FlagsRole)
        return p.flags;
    if (role == UrgencyRole)
        return p.urgency();
    if (role == SortRole) {
        switch (index.column()) {
        case IdleColumn:
            return p.idleSeconds;
        case GpuColumn:
            return p.gpuUtil;
        case StorageColumn:
            return p.storageBytes;
        case JobsColumn:
            return p.runningJobs;
        case FlagsColumn:
            return p.urgency();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UserColumn:
        return p.user;
    case ServerColumn:
        switch (p.server) {
        case Participant::Server::None:
            return Tr::tr("Not started");
        case Participant::Server::Starting:
            return Tr::tr("Starting");
        case Participant::Server::Running:
            return Tr::tr("Running");
        case Participant::Server::Stopping:
            return Tr::tr("Stopping");
        }
        return {};
    case IdleColumn:
        return p.server == Participant::Server::Running ? durationText(p.idleSeconds) : QString();
    case GpuColumn:
        if (p.gpuUtil < 0)
            return QString();
        if (p.gpuMemoryMiB >= 0)
            return Tr::tr("%1 % · %2 MiB")
                .arg(QString::number(p.gpuUtil, 'f', 0), QString::number(p.gpuMemoryMiB, 'f', 0));
        return Tr::tr("%1 %").arg(QString::number(p.gpuUtil, 'f', 0));
    case StorageColumn:
        if (p.storageBytes < 0)
            return role == Qt::ToolTipRole ? m_storageErrors.value(p.user) : QString();
        return QLocale().formattedDataSize(p.storageBytes);
    case JobsColumn:
        if (p.runningJobs < 0)
            return QString();
        return p.failingJobs > 0
                   ? Tr::tr("%1 running, %2 failing").arg(p.runningJobs).arg(p.failingJobs)
                   : QString::number(p.runningJobs);
    case FlagsColumn: {
        QStringList f;
        if (p.flags & Participant::Stuck)
            f << Tr::tr("Stuck");
        if (p.flags & Participant::NotStarted)
            f << Tr::tr("Not started");
        if (p.flags & Participant::Idle)
            f << Tr::tr("Idle");
        return f.isEmpty() ? Tr::tr("Active") : f.join(QStringLiteral(", "));
    }
    case ErrorColumn:
        return p.lastError;
    }
    return {};
}

QVariant TutorRoom::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return Tr::tr("Participant");
    case ServerColumn:
        return Tr::tr("Server");
    case IdleColumn:
        return Tr::tr("Idle for");
    case GpuColumn:
        return Tr::tr("GPU now");
    case StorageColumn:
        return Tr::tr("Storage");
    case JobsColumn:
        return Tr::tr("Jobs");
    case FlagsColumn:
        return Tr::tr("Needs");
    case ErrorColumn:
        return Tr::tr("Last error");
    }
    return {};
}

// ---- BulkServerJob ----

BulkServerJob::BulkServerJob(HttpClient *hub, QUrl hubUrl, Action action, QStringList users,
                             QJsonObject userOptions, QObject *owner)
    : ResultJob<QHash<QString, QString>>(owner)
    , m_hub(hub)
    , m_hubUrl(std::move(hubUrl))
    , m_action(action)
    , m_users(std::move(users))
    , m_options(std::move(userOptions))
{}

void BulkServerJob::doStart()
{
    if (!m_hub) {
        finishWith(Error::make(Error::Kind::Config, Tr::tr("The profile names no JupyterHub.")));
        return;
    }
    m_queue = m_users;
    for (const QString &u : std::as_const(m_users))
        Q_EMIT progress(u, ItemState::Waiting, {});
    next();
}

void BulkServerJob::doCancel()
{
    for (const auto &h : std::as_const(m_http)) {
        if (h)
            h->cancel();
    }
}

void BulkServerJob::next()
{
    while (m_running < m_parallel && !m_queue.isEmpty()) {
        const QString user = m_queue.takeFirst();
        const QUrl url = hubApi(m_hubUrl, QStringLiteral("users/%1/server").arg(enc(user)));
        HttpRequest req;
        if (m_action == Action::Start) {
            req = HttpRequest::post(url, QJsonDocument(m_options).toJson(QJsonDocument::Compact),
                                    "application/json");
        } else {
            req.method = "DELETE";
            req.url = url;
        }
        req.maxRetries = 0;
        auto *http = m_hub->createJob(req, this);
        http->setTreatHttpErrorsAsErrors(false);
        m_http.append(http);
        ++m_running;
        Q_EMIT progress(user, ItemState::Working, {});
        connect(http, &HttpJob::finished, this, [this, user](const HttpResult &r) {
            --m_running;
            QString error;
            ItemState state = ItemState::Done;
            if (!r.ok()) {
                error = r.error().message;
                state = ItemState::Failed;
            } else if (r.value().status >= 300) {
                const QString msg = hubMessage(r.value());
                // Nothing to do is not a failure: already running, or not running.
                if (r.value().status == 400 && (msg.contains(QLatin1String("already running")) ||
                                                msg.contains(QLatin1String("not running")) ||
                                                msg.contains(QLatin1String("pending")))) {
                    state = ItemState::Skipped;
                    error = msg;
                } else {
                    state = ItemState::Failed;
                    error = Tr::tr("%1 (HTTP %2)").arg(msg).arg(r.value().status);
                }
            }
            m_results.insert(user, state == ItemState::Failed ? error : QString());
            Q_EMIT progress(user, state, error);
            if (m_queue.isEmpty() && m_running == 0)
                finishWith(m_results);
            else
                next();
        });
        http->start();
    }
    if (m_users.isEmpty())
        finishWith(m_results);
}

} // namespace plancia::support
