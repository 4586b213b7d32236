#include "hubclient.h"

#include "log/logging.h"
#include "net/httpclient.h"
#include "net/httpjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace plancia::jupyter {

namespace {

auto log()
{
    return logger("core.jupyter");
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::jupyter::HubClient)
};

QString enc(const QString &s)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(s));
}

QString messageOf(const HttpResponse &r)
{
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QString m = o.value(QStringLiteral("message")).toString();
    if (m.isEmpty())
        m = QString::fromUtf8(r.body.left(300)).trimmed();
    return m;
}

} // namespace

// ---- HubClient ----

HubClient::HubClient(HttpClient *http, QUrl hubUrl, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_hubUrl(std::move(hubUrl))
{}

QUrl HubClient::apiUrl(const QString &path, const QString &query) const
{
    QUrl u = m_hubUrl;
    QString base = u.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    u.setPath(base + QStringLiteral("hub/api/") + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

QString HubClient::serverPath(const QString &name) const
{
    return name.isEmpty() ? QStringLiteral("users/%1/server").arg(enc(m_user))
                          : QStringLiteral("users/%1/servers/%2").arg(enc(m_user), enc(name));
}

void HubClient::whenVersionKnown(QObject *context, std::function<void()> then)
{
    if (!m_version.isEmpty() || (m_versionAsked && m_major > 0)) {
        // Always asynchronously (STYLE: no callback that is sometimes synchronous).
        QMetaObject::invokeMethod(context, std::move(then), Qt::QueuedConnection);
        return;
    }
    m_waiting.append({context, std::move(then)});
    if (m_versionAsked || !m_http)
        return;
    m_versionAsked = true;
    HttpRequest req = HttpRequest::get(apiUrl(QString()));
    req.authenticate = false;
    req.timeout = std::chrono::seconds(15);
    auto *job = m_http->send(std::move(req), this);
    connect(job, &HttpJob::finished, this, [this](const HttpResult &r) {
        if (r.ok())
            m_version = QJsonDocument::fromJson(r->body)
                            .object()
                            .value(QStringLiteral("version"))
                            .toString();
        m_major = m_version.isEmpty() ? 3 : m_version.section(QLatin1Char('.'), 0, 0).toInt();
        if (m_major <= 0)
            m_major = 3;
        if (m_version.isEmpty())
            m_versionAsked = false; // ask again next time; 3.x meanwhile
        log()->info("JupyterHub {} (API as {}.x)",
                    m_version.isEmpty() ? std::string("of unknown version")
                                        : m_version.toStdString(),
                    m_major);
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &[ctx, fn] : waiting) {
            if (ctx)
                fn();
        }
    });
}

ServersJob *HubClient::servers(QObject *owner)
{
    auto *j = new ServersJob(this, owner);
    j->start();
    return j;
}

StartJob *HubClient::start(const QString &name, const SessionProfile &profile, QObject *owner)
{
    auto *j = new StartJob(this, name, profile, owner);
    j->start();
    return j;
}

StopJob *HubClient::stop(const QString &name, QObject *owner)
{
    auto *j = new StopJob(this, name, false, owner);
    j->start();
    return j;
}

StopJob *HubClient::remove(const QString &name, QObject *owner)
{
    auto *j = new StopJob(this, name, true, owner);
    j->start();
    return j;
}

SpawnProgressJob *HubClient::progress(const QString &name, QObject *owner)
{
    auto *j = new SpawnProgressJob(this, name, owner);
    j->start();
    return j;
}

BrowserTokenJob *HubClient::browserToken(QObject *owner)
{
    auto *j = new BrowserTokenJob(this, owner);
    j->start();
    return j;
}

QUrl HubClient::openUrl(const QUrl &serverUrl, const QString &token)
{
    QUrl u = serverUrl;
    if (!u.path().endsWith(QLatin1Char('/')))
        u.setPath(u.path() + QLatin1Char('/'));
    QUrlQuery q(u);
    q.removeAllQueryItems(QStringLiteral("token"));
    q.addQueryItem(QStringLiteral("token"), token);
    u.setQuery(q);
    return u;
}

Error HubClient::hubError(const HttpResponse &r, const QString &action)
{
    const QString m = messageOf(r);
    const auto has = [&m](const char *s) {
        return m.contains(QLatin1String(s), Qt::CaseInsensitive);
    };
    Error e = Error::make(Error::kindForHttpStatus(r.status), QString(),
                          QStringLiteral("HTTP %1: %2").arg(r.status).arg(m), r.status);
    if (has("Named servers are not enabled")) {
        e.kind = Error::Kind::Unsupported;
        e.message = Tr::tr("This platform does not allow named sessions: use the default one.");
    } else if (has("maximum of")) {
        static const QRegularExpression n(QStringLiteral("maximum of (\\d+)"));
        e.kind = Error::Kind::Conflict;
        e.message = Tr::tr("You already have the most sessions the platform allows (%1): stop "
                           "and delete one first.")
                        .arg(n.match(m).captured(1));
    } else if (has("is pending stop")) {
        e.kind = Error::Kind::Conflict;
        e.message = Tr::tr("This session is still stopping: start it again in a moment.");
    } else if (has("is pending") || has("already pending")) {
        e.kind = Error::Kind::Conflict;
        e.message = Tr::tr("This session is already starting.");
    } else if (has("already running")) {
        e.kind = Error::Kind::Conflict;
        e.message = Tr::tr("This session is already running.");
    } else if (r.status == 429) {
        e.message = Tr::tr("Too many sessions are starting on the platform right now: try again "
                           "in a minute.");
    } else if (r.status == 403) {
        e.message = Tr::tr("JupyterHub does not allow you to %1.").arg(action);
    } else if (r.status == 404) {
        e.message = Tr::tr("JupyterHub does not know this session (it may have been deleted).");
    } else {
        e.message = m.isEmpty() ? Tr::tr("JupyterHub could not %1 (%2).")
                                      .arg(action, Error::describeHttpStatus(r.status))
                                : Tr::tr("JupyterHub could not %1: %2").arg(action, m);
    }
    return e;
}

Error HubClient::spawnError(const QString &hubMessage)
{
    QString m = hubMessage;
    static const QRegularExpression prefix(QStringLiteral("^Spawn failed:\\s*"));
    m.remove(prefix);
    // tornado's "HTTP 400: Bad Request (the reason)"
    static const QRegularExpression tornado(QStringLiteral("^HTTP \\d+: [^(]*\\((.*)\\)$"));
    if (const auto t = tornado.match(m); t.hasMatch())
        m = t.captured(1);
    Error e = Error::make(Error::Kind::Server, QString(), hubMessage);
    if (m.contains(QLatin1String("is taken"), Qt::CaseInsensitive) ||
        m.contains(QLatin1String("not free"), Qt::CaseInsensitive)) {
        e.kind = Error::Kind::Conflict;
        e.message = Tr::tr("This profile needs a GPU that is taken: %1").arg(m);
    } else if (m.isEmpty()) {
        e.message = Tr::tr("The session could not start (the hub gave no reason).");
    } else {
        e.message = Tr::tr("The session could not start: %1").arg(m);
    }
    return e;
}

// ---- HubCall ----

HubCall::HubCall(HubClient *client, QObject *owner)
    : Job(owner)
    , m_client(client)
{}

void HubCall::doStart()
{
    if (!m_client || !m_client->http()) {
        fail(Error::make(Error::Kind::Config, Tr::tr("JupyterHub is not configured.")));
        return;
    }
    if (m_client->username().isEmpty()) {
        fail(Error::make(Error::Kind::Unauthorized, Tr::tr("You are not logged in.")));
        return;
    }
    m_client->whenVersionKnown(this, [this] { send(); });
}

void HubCall::send()
{
    if (!m_client || !m_client->http())
        return fail(Error::make(Error::Kind::Canceled, Tr::tr("Canceled.")));
    auto *job = m_client->http()->createJob(request(), this);
    job->setTreatHttpErrorsAsErrors(false);
    m_http = job;
    connect(job, &HttpJob::finished, this, [this](const HttpResult &r) {
        if (!r.ok())
            return fail(r.error());
        handle(r.value());
    });
    job->start();
}

void HubCall::doCancel()
{
    if (m_http)
        m_http->deleteLater();
}

// ---- ServersJob ----

HttpRequest ServersJob::request() const
{
    HttpRequest r =
        HttpRequest::get(m_client->apiUrl(QStringLiteral("users/%1").arg(enc(m_client->username())),
                                          QStringLiteral("include_stopped_servers")));
    r.timeout = std::chrono::seconds(20);
    return r;
}

void ServersJob::handle(const HttpResponse &r)
{
    if (r.status != 200)
        return fail(HubClient::hubError(r, Tr::tr("list your sessions")));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (!doc.isObject())
        return fail(Error::make(Error::Kind::Parse,
                                Tr::tr("JupyterHub answered something that is not a user."),
                                pe.errorString()));
    auto servers = parseServers(doc.object(), m_client->hubUrl(), m_client->majorVersion());
    finishOnce([&] { Q_EMIT finished(servers); });
}

void ServersJob::finishWithError(const Error &e)
{
    finishOnce([&] { Q_EMIT finished(e); });
}

// ---- StartJob ----

StartJob::StartJob(HubClient *client, QString name, SessionProfile profile, QObject *owner)
    : HubCall(client, owner)
    , m_name(std::move(name))
    , m_profile(std::move(profile))
{}

HttpRequest StartJob::request() const
{
    HttpRequest r =
        HttpRequest::post(m_client->apiUrl(m_client->serverPath(m_name)),
                          QJsonDocument(m_profile.toUserOptions()).toJson(QJsonDocument::Compact),
                          QByteArrayLiteral("application/json"));
    r.maxRetries = 0;
    r.timeout = std::chrono::seconds(60);
    return r;
}

void StartJob::handle(const HttpResponse &r)
{
    if (r.status == 201 || r.status == 202) {
        const bool pending = r.status == 202;
        return finishOnce([&] { Q_EMIT finished(pending); });
    }
    Error e = HubClient::hubError(r, Tr::tr("start the session"));
    // A spawn that failed at once (slow_spawn_timeout not reached) answers 500 with its reason.
    if (r.status >= 500 && !messageOf(r).isEmpty()) {
        e = HubClient::spawnError(messageOf(r));
        e.httpStatus = r.status;
    }
    fail(e);
}

void StartJob::finishWithError(const Error &e)
{
    finishOnce([&] { Q_EMIT finished(e); });
}

// ---- StopJob ----

StopJob::StopJob(HubClient *client, QString name, bool remove, QObject *owner)
    : HubCall(client, owner)
    , m_name(std::move(name))
    , m_remove(remove)
{}

HttpRequest StopJob::request() const
{
    HttpRequest r;
    r.method = QByteArrayLiteral("DELETE");
    const bool named = !m_name.isEmpty();
    r.url = m_client->apiUrl(m_client->serverPath(m_name));
    if (m_remove && named) {
        r.body = QByteArrayLiteral("{\"remove\": true}");
        r.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    }
    r.timeout = std::chrono::seconds(60);
    return r;
}

void StopJob::handle(const HttpResponse &r)
{
    // 204 stopped, 202 stopping; 400 "not running" counts as stopped for a plain stop.
    const bool notRunning =
        r.status == 400 && messageOf(r).contains(QLatin1String("not running"), Qt::CaseInsensitive);
    if (r.status == 204 || r.status == 202 || (notRunning && !m_remove))
        return finishOnce([&] { Q_EMIT finished(Ok{}); });
    fail(HubClient::hubError(r,
                             m_remove ? Tr::tr("delete the session") : Tr::tr("stop the session")));
}

void StopJob::finishWithError(const Error &e)
{
    finishOnce([&] { Q_EMIT finished(e); });
}

// ---- BrowserTokenJob ----

HttpRequest BrowserTokenJob::request() const
{
    const QString user = m_client->username();
    QJsonObject body{
        {QStringLiteral("note"), QStringLiteral("plancia: open in the browser")},
        {QStringLiteral("expires_in"), 12 * 3600},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("access:servers!user=%1").arg(user)}}};
    HttpRequest r = HttpRequest::post(
        m_client->apiUrl(QStringLiteral("users/%1/tokens").arg(enc(user))),
        QJsonDocument(body).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"));
    r.maxRetries = 0;
    return r;
}

void BrowserTokenJob::handle(const HttpResponse &r)
{
    if (r.status != 200 && r.status != 201)
        return fail(HubClient::hubError(r, Tr::tr("open the session in the browser")));
    const QString token =
        QJsonDocument::fromJson(r.body).object().value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        return fail(Error::make(Error::Kind::Parse, Tr::tr("JupyterHub gave no token.")));
    finishOnce([&] { Q_EMIT finished(token); });
}

void BrowserTokenJob::finishWithError(const Error &e)
{
    finishOnce([&] { Q_EMIT finished(e); });
}

// ---- SpawnProgressJob ----

SpawnProgressJob::SpawnProgressJob(HubClient *client, QString name, QObject *owner)
    : ResultJob<SpawnEvent>(owner)
    , m_client(client)
    , m_name(std::move(name))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SpawnProgressJob::connectStream);
}

void SpawnProgressJob::doStart()
{
    if (!m_client || !m_client->http())
        return finishWith(
            Error::make(Error::Kind::Config, Tr::tr("JupyterHub is not configured.")));
    m_client->whenVersionKnown(this, [this] { connectStream(); });
}

void SpawnProgressJob::doCancel()
{
    m_retry.stop();
    if (m_stream)
        m_stream->deleteLater();
    if (m_check)
        m_check->deleteLater();
}

void SpawnProgressJob::connectStream()
{
    if (!m_client)
        return;
    HttpRequest req = HttpRequest::get(
        m_client->apiUrl(m_client->serverPath(m_name) + QStringLiteral("/progress")));
    req.streaming = true;
    req.header(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream"));
    if (!m_decoder.lastEventId().isEmpty())
        req.header(QByteArrayLiteral("Last-Event-ID"), m_decoder.lastEventId().toUtf8());
    // The hub sends a keepalive every 8 s: 30 s of silence is a dead stream.
    req.streamIdleTimeout = std::chrono::seconds(30);
    req.timeout = std::chrono::seconds(20);
    m_decoder.reset();
    auto *job = m_client->http()->createJob(std::move(req), this);
    job->setTreatHttpErrorsAsErrors(false);
    m_stream = job;
    connect(job, &HttpJob::chunk, this, &SpawnProgressJob::onChunk);
    connect(job, &HttpJob::finished, this, [this](const HttpResult &r) {
        if (isFinished())
            return;
        if (r.ok() && r->status != 200) {
            // 400 "not starting": the spawn is over (or never was); the state decides.
            log()->info("spawn progress of '{}': HTTP {}", m_name.toStdString(), r->status);
            return onStreamEnded(nullptr);
        }
        onStreamEnded(r.ok() ? nullptr : &r.error());
    });
    job->start();
}

void SpawnProgressJob::onChunk(const QByteArray &data)
{
    auto events = m_decoder.feed(data);
    if (!events.ok())
        return;
    for (const SseEvent &ev : events.value()) {
        const QJsonObject o = QJsonDocument::fromJson(ev.data.toUtf8()).object();
        if (o.isEmpty())
            continue;
        SpawnEvent s;
        s.progress = o.value(QStringLiteral("progress")).toInt(m_lastProgress);
        s.message = o.value(QStringLiteral("message")).toString();
        s.ready = o.value(QStringLiteral("ready")).toBool();
        s.failed = o.value(QStringLiteral("failed")).toBool();
        const QString url = o.value(QStringLiteral("url")).toString();
        if (!url.isEmpty()) {
            QUrl u = m_client->hubUrl();
            u.setPath(url);
            s.url = QUrl(url).isRelative() ? u : QUrl(url);
        }
        m_lastProgress = std::max(m_lastProgress, s.progress);
        QPointer<SpawnProgressJob> self(this);
        Q_EMIT event(s);
        if (!self || isFinished())
            return;
        if (s.failed) {
            if (m_stream)
                m_stream->deleteLater();
            return finishWith(HubClient::spawnError(s.message));
        }
        if (s.ready) {
            if (m_stream)
                m_stream->deleteLater();
            return finishWith(s);
        }
    }
}

void SpawnProgressJob::onStreamEnded(const Error *error)
{
    if (error)
        log()->info("spawn progress of '{}' dropped: {}", m_name.toStdString(),
                    error->toLogString().toStdString());
    checkState();
}

void SpawnProgressJob::checkState()
{
    if (!m_client)
        return;
    m_check = m_client->servers(this);
    connect(m_check, &ServersJob::finished, this, [this](const Result<QList<HubServer>> &r) {
        if (isFinished())
            return;
        if (!r.ok()) {
            if (r.error().kind == Error::Kind::Unauthorized ||
                r.error().kind == Error::Kind::Forbidden)
                return finishWith(r.error());
            ++m_reconnects;
            m_retry.start(m_decoder.reconnectionTime().value_or(std::chrono::seconds(1)));
            return;
        }
        const HubServer *server = nullptr;
        for (const HubServer &s : r.value()) {
            if (s.name == m_name)
                server = &s;
        }
        if (server && server->state == HubServer::State::Running) {
            SpawnEvent ready;
            ready.progress = 100;
            ready.ready = true;
            ready.url = server->url;
            ready.message = Tr::tr("Server ready at %1").arg(server->url.path());
            return finishWith(ready);
        }
        if (server && server->state == HubServer::State::Starting) {
            ++m_reconnects;
            m_retry.start(m_decoder.reconnectionTime().value_or(std::chrono::seconds(1)));
            return;
        }
        finishWith(
            Error::make(Error::Kind::Server, Tr::tr("The session stopped while it was starting.")));
    });
}

} // namespace plancia::jupyter
