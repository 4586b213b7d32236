#include "sessionsmodel.h"

#include "log/logging.h"
#include "platform/platform.h"

namespace plancia::jupyter {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::jupyter::SessionsModel)
};

} // namespace

HubClient *hubClientFor(Platform *platform)
{
    if (!platform)
        return nullptr;
    auto *c = platform->shared<HubClient>(QStringLiteral("jupyter.hub"), [](Platform *p) {
        return new HubClient(p->hub(), p->profile().hub.url);
    });
    if (c && platform->session())
        c->setUsername(platform->session()->user().username);
    return c;
}

SessionsModel::SessionsModel(HubClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SessionsModel::poll);
    m_cullTimer.setSingleShot(true);
    connect(&m_cullTimer, &QTimer::timeout, this, &SessionsModel::checkCullWarnings);
}

SessionsModel::~SessionsModel() = default;

int SessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.server.displayName();
    case NameRole:
        return r.server.name;
    case StateRole:
        return int(r.server.state);
    case UrlRole:
        return r.server.url;
    case ProfileRole:
        return QVariant::fromValue(r.server.profile);
    case StartedRole:
        return r.server.started;
    case LastActivityRole:
        return r.server.lastActivity;
    case CullAtRole:
        return r.cullAt;
    case ProgressRole:
        return r.progress;
    case MessagesRole:
        return r.messages;
    case ErrorRole:
        return r.error;
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionsModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {NameRole, "name"},
            {StateRole, "state"},
            {UrlRole, "url"},
            {ProfileRole, "profile"},
            {StartedRole, "started"},
            {LastActivityRole, "lastActivity"},
            {CullAtRole, "cullAt"},
            {ProgressRole, "progress"},
            {MessagesRole, "messages"},
            {ErrorRole, "error"}};
}

int SessionsModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).server.name == name)
            return i;
    }
    return -1;
}

void SessionsModel::setActive(bool active)
{
    const bool was = m_active;
    m_active = active;
    if (active && !was)
        refresh();
    else
        scheduleNext();
}

void SessionsModel::setIntervals(std::chrono::milliseconds interval, std::chrono::milliseconds fast,
                                 std::chrono::milliseconds idle)
{
    m_interval = interval;
    m_fast = fast;
    m_idle = idle;
    scheduleNext();
}

void SessionsModel::refresh()
{
    if (m_poll) {
        m_pollAgain = true;
        return;
    }
    m_timer.stop();
    poll();
}

void SessionsModel::poll()
{
    if (!m_client)
        return;
    m_poll = m_client->servers(this);
    connect(m_poll, &ServersJob::finished, this, [this](const Result<QList<HubServer>> &r) {
        m_poll.clear();
        if (r.ok()) {
            m_lastError = {};
            m_loaded = true;
            apply(r.value());
            Q_EMIT refreshed();
        } else {
            m_lastError = r.error();
            Q_EMIT refreshFailed(r.error());
        }
        if (std::exchange(m_pollAgain, false))
            return poll();
        scheduleNext();
    });
}

void SessionsModel::scheduleNext()
{
    bool changing = !m_starting.isEmpty() || !m_following.isEmpty();
    for (const Row &r : std::as_const(m_rows)) {
        if (r.server.state == HubServer::State::Starting ||
            r.server.state == HubServer::State::Stopping)
            changing = true;
    }
    const auto next = changing ? m_fast : m_active ? m_interval : m_idle;
    if (next.count() <= 0 || m_poll) {
        m_timer.stop();
        return;
    }
    if (!m_timer.isActive() || m_timer.remainingTime() > next.count())
        m_timer.start(next);
}

QDateTime SessionsModel::cullAtOf(const HubServer &s) const
{
    if (s.state != HubServer::State::Running || m_cullTimeout.count() <= 0)
        return {};
    const QDateTime base = s.lastActivity.isValid() ? s.lastActivity : s.started;
    return base.isValid() ? base.addSecs(m_cullTimeout.count()) : QDateTime();
}

void SessionsModel::apply(const QList<HubServer> &servers)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<HubServer> wanted;
    for (const HubServer &s : servers) {
        // The default server is shown only while it exists; a failed spawn keeps its card.
        if (s.isActive() || !s.name.isEmpty() || !m_spawns.value(s.name).error.isEmpty())
            wanted.append(s);
    }
    for (auto it = m_spawns.cbegin(); it != m_spawns.cend(); ++it) {
        const bool listed = std::any_of(wanted.cbegin(), wanted.cend(),
                                        [&](const HubServer &s) { return s.name == it.key(); });
        if (!listed && !it->error.isEmpty()) {
            HubServer ghost;
            ghost.name = it.key();
            ghost.state = HubServer::State::Stopped;
            wanted.append(ghost);
        }
    }
    std::sort(wanted.begin(), wanted.end(),
              [](const HubServer &a, const HubServer &b) { return a.name < b.name; });

    // Servers that went away (or stopped) without us asking.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const Row &old = m_rows.at(i);
        const auto it = std::find_if(wanted.cbegin(), wanted.cend(),
                                     [&](const HubServer &s) { return s.name == old.server.name; });
        const bool goneNow = it == wanted.cend() || !it->isActive();
        // A stop by someone else shows first as "stopping" (the culler, a tutor), then gone.
        const bool leaving = goneNow || it->state == HubServer::State::Stopping;
        if (old.server.state == HubServer::State::Running && leaving &&
            !m_stopping.contains(old.server.name)) {
            const bool idle = old.cullAt.isValid() && now.addSecs(5) >= old.cullAt;
            m_stopping.insert(old.server.name); // told once
            Q_EMIT stoppedByPlatform(old.server.name, idle);
        }
        if (goneNow)
            m_stopping.remove(old.server.name);
        if (it == wanted.cend()) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // Update and insert, keeping the order by name.
    for (int w = 0; w < wanted.size(); ++w) {
        const HubServer &s = wanted.at(w);
        m_starting.remove(s.name);
        const int at = rowOf(s.name);
        Row r = at >= 0 ? m_rows.at(at) : Row{};
        const HubServer::State before = at >= 0 ? r.server.state : HubServer::State::Stopped;
        r.server = s;
        const Spawn sp = m_spawns.value(s.name);
        r.progress = s.state == HubServer::State::Running ? 100 : sp.progress;
        r.messages = sp.messages;
        r.error = s.isActive() ? QString() : sp.error;
        const QDateTime cull = cullAtOf(s);
        if (cull != r.cullAt) {
            // Activity moved the cull time: warn again when it comes near.
            if (cull.isValid() && r.cullAt.isValid() && cull > r.cullAt &&
                now < cull.addSecs(-m_warnLead.count()))
                r.warned = false;
            r.cullAt = cull;
        }
        if (at >= 0) {
            m_rows[at] = r;
            rowChanged(at);
        } else {
            int pos = 0;
            while (pos < m_rows.size() && m_rows.at(pos).server.name < s.name)
                ++pos;
            beginInsertRows({}, pos, pos);
            m_rows.insert(pos, r);
            endInsertRows();
        }
        if (s.state == HubServer::State::Starting && !m_following.contains(s.name))
            follow(s.name);
        if (before == HubServer::State::Starting && s.state == HubServer::State::Running &&
            !m_following.contains(s.name))
            Q_EMIT serverReady(s.name, s.url);
    }
    checkCullWarnings();
}

void SessionsModel::rowChanged(int row)
{
    const QModelIndex i = index(row, 0);
    Q_EMIT dataChanged(i, i);
}

void SessionsModel::checkCullWarnings()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 nextMs = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (!r.cullAt.isValid() || r.warned)
            continue;
        const QDateTime warnAt = r.cullAt.addSecs(-m_warnLead.count());
        if (now >= warnAt) {
            r.warned = true;
            if (now < r.cullAt.addSecs(1))
                Q_EMIT cullWarning(r.server.name, r.cullAt);
            continue;
        }
        const qint64 ms = now.msecsTo(warnAt);
        nextMs = nextMs < 0 ? ms : std::min(nextMs, ms);
    }
    if (nextMs >= 0)
        m_cullTimer.start(int(std::min<qint64>(nextMs + 50, 3600 * 1000)));
    else
        m_cullTimer.stop();
}

void SessionsModel::follow(const QString &name)
{
    if (!m_client)
        return;
    auto *job = m_client->progress(name, this);
    m_following.insert(name, job);
    connect(job, &SpawnProgressJob::event, this, [this, name](const SpawnEvent &e) {
        Spawn &sp = m_spawns[name];
        sp.progress = std::max(sp.progress, e.progress);
        if (!e.message.isEmpty() && (sp.messages.isEmpty() || sp.messages.last() != e.message))
            sp.messages.append(e.message);
        const int at = rowOf(name);
        if (at >= 0) {
            m_rows[at].progress = sp.progress;
            m_rows[at].messages = sp.messages;
            rowChanged(at);
        }
        Q_EMIT spawnEvent(name, e);
    });
    connect(job, &SpawnProgressJob::finished, this, [this, name](const Result<SpawnEvent> &r) {
        m_following.remove(name);
        if (r.ok()) {
            const int at = rowOf(name);
            if (at >= 0) {
                m_rows[at].server.state = HubServer::State::Running;
                m_rows[at].progress = 100;
                if (r->url.isValid())
                    m_rows[at].server.url = r->url;
                m_rows[at].cullAt = cullAtOf(m_rows[at].server);
                rowChanged(at);
            }
            Q_EMIT serverReady(name, r->url);
        } else if (r.error().kind != Error::Kind::Canceled) {
            m_spawns[name].error = r.error().message;
            const int at = rowOf(name);
            if (at >= 0) {
                m_rows[at].server.state = HubServer::State::Stopped;
                m_rows[at].error = r.error().message;
                rowChanged(at);
            }
            Q_EMIT spawnFailed(name, r.error());
        }
        refresh();
    });
}

void SessionsModel::startServer(const QString &name, const SessionProfile &profile)
{
    if (!m_client)
        return;
    const int at = rowOf(name);
    if (at >= 0 && m_rows.at(at).server.state == HubServer::State::Starting) {
        Q_EMIT startFailed(
            name, Error::make(Error::Kind::Conflict, Tr::tr("This session is already starting.")));
        return;
    }
    if (at >= 0 && m_rows.at(at).server.state == HubServer::State::Running) {
        Q_EMIT startFailed(
            name, Error::make(Error::Kind::Conflict, Tr::tr("This session is already running.")));
        return;
    }
    m_spawns.insert(name, Spawn{});
    if (at >= 0) {
        m_rows[at].error.clear();
        m_rows[at].messages.clear();
        m_rows[at].progress = 0;
        rowChanged(at);
    }
    m_starting.insert(name);
    auto *job = m_client->start(name, profile, this);
    connect(job, &StartJob::finished, this, [this, name](const Result<bool> &r) {
        if (!r.ok()) {
            m_starting.remove(name);
            m_spawns[name].error = r.error().message;
            // A spawn that failed before the hub answered (500) is a failed spawn, not a refusal.
            if (r.error().httpStatus >= 500)
                Q_EMIT spawnFailed(name, r.error());
            else
                Q_EMIT startFailed(name, r.error());
        } else if (r.value() && !m_following.contains(name)) {
            follow(name);
        }
        refresh();
    });
}

void SessionsModel::stopServer(const QString &name)
{
    if (!m_client)
        return;
    m_stopping.insert(name);
    auto *job = m_client->stop(name, this);
    connect(job, &StopJob::finished, this, [this, name](const Status &r) {
        if (!r.ok()) {
            m_stopping.remove(name);
            Q_EMIT stopFailed(name, r.error());
        }
        refresh();
    });
}

void SessionsModel::removeServer(const QString &name)
{
    if (!m_client)
        return;
    m_stopping.insert(name);
    m_spawns.remove(name);
    auto *job = m_client->remove(name, this);
    connect(job, &StopJob::finished, this, [this, name](const Status &r) {
        if (!r.ok())
            Q_EMIT stopFailed(name, r.error());
        refresh();
    });
}

} // namespace plancia::jupyter
