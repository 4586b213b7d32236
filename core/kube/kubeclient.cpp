#include "kube/kubeclient.h"

#include "kube/kubeconfig.h"
#include "log/redact.h"
#include "net/httpclient.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryFile>

namespace plancia::kube {

namespace {

struct KubeTr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::kube::KubeClient)
};

QString where(const HttpRequest &r)
{
    return QString::fromLatin1(r.method) + QLatin1Char(' ') +
           redact(r.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

Error noServer()
{
    return Error::make(Error::Kind::Config,
                       KubeTr::tr("No Kubernetes API server is configured for this platform "
                                  "(kubernetes.server)."));
}

// The JSON object of a 2xx answer (an empty body, as some DELETEs answer, is an empty object).
Result<QJsonObject> objectOf(const HttpResponse &response, const HttpRequest &request)
{
    if (response.body.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error::make(Error::Kind::Parse,
                           KubeTr::tr("The Kubernetes API server sent an answer that is not a "
                                      "JSON object."),
                           where(request) + QStringLiteral(": ") + pe.errorString());
    }
    return doc.object();
}

void addListQuery(QList<QPair<QString, QString>> &q, const QString &labels, const QString &fields)
{
    if (!labels.isEmpty())
        q.append({QStringLiteral("labelSelector"), labels});
    if (!fields.isEmpty())
        q.append({QStringLiteral("fieldSelector"), fields});
}

} // namespace

// --- KubeJob ---------------------------------------------------------------------------------

KubeJob::KubeJob(KubeClient *client, HttpRequest request, QObject *owner)
    : ResultJob<QJsonObject>(owner)
    , m_client(client)
    , m_request(std::move(request))
{}

void KubeJob::doStart()
{
    if (!m_client) {
        finishWith(Error::make(Error::Kind::Canceled, Error::tr("The request was canceled.")));
        return;
    }
    if (!m_request.url.isValid() || m_request.url.host().isEmpty()) {
        finishWith(noServer());
        return;
    }
    m_http = m_client->createHttpJob(m_request, this);
    m_http->setTreatHttpErrorsAsErrors(false);
    connect(m_http, &HttpJob::finished, this, &KubeJob::onHttpFinished);
    m_http->start();
}

void KubeJob::doCancel()
{
    delete m_http.data(); // aborts silently
}

void KubeJob::onHttpFinished(const HttpResult &result)
{
    if (!result.ok()) {
        finishWith(result.error());
        return;
    }
    const HttpResponse &r = result.value();
    if (r.status < 200 || r.status >= 300) {
        finishWith(errorFromResponse(r, where(m_request)));
        return;
    }
    finishWith(objectOf(r, m_request));
}

// --- ListAllJob ------------------------------------------------------------------------------

ListAllJob::ListAllJob(KubeClient *client, ResourceKind kind, QString ns, ListOptions options,
                       QObject *owner)
    : ResultJob<KubeList>(owner)
    , m_client(client)
    , m_kind(std::move(kind))
    , m_namespace(std::move(ns))
    , m_options(std::move(options))
{}

void ListAllJob::doStart()
{
    next();
}

void ListAllJob::doCancel()
{
    delete m_current.data();
}

void ListAllJob::next()
{
    if (!m_client) {
        finishWith(Error::make(Error::Kind::Canceled, Error::tr("The request was canceled.")));
        return;
    }
    m_current = m_client->list(m_kind, m_namespace, m_options, this);
    connect(m_current, &KubeJob::finished, this, [this](const Result<QJsonObject> &r) {
        if (!r.ok()) {
            finishWith(r.error());
            return;
        }
        const QJsonObject &list = r.value();
        const QJsonArray items = list.value(QLatin1String("items")).toArray();
        m_list.items.reserve(m_list.items.size() + items.size());
        for (const QJsonValue &v : items)
            m_list.items.append(v.toObject());
        ++m_pages;
        const QJsonObject md = list.value(QLatin1String("metadata")).toObject();
        // The snapshot's version is the first page's; later pages repeat it.
        if (m_list.resourceVersion.isEmpty())
            m_list.resourceVersion = md.value(QLatin1String("resourceVersion")).toString();
        const QString cont = md.value(QLatin1String("continue")).toString();
        Q_EMIT page(int(m_list.items.size()));
        if (cont.isEmpty()) {
            finishWith(std::move(m_list));
            return;
        }
        if (cont == m_options.continueToken) {
            // A server that hands back the token it was given would page forever.
            finishWith(Error::make(Error::Kind::Parse,
                                   KubeTr::tr("The Kubernetes API server repeated a list page."),
                                   m_kind.key()));
            return;
        }
        m_options.continueToken = cont;
        next();
    });
}

// --- WatchJob --------------------------------------------------------------------------------

WatchJob::WatchJob(KubeClient *client, ResourceKind kind, QString ns, WatchOptions options,
                   QObject *owner)
    : ResultJob<Ok>(owner)
    , m_client(client)
    , m_options(std::move(options))
{
    QList<QPair<QString, QString>> q{{QStringLiteral("watch"), QStringLiteral("1")}};
    if (m_options.bookmarks)
        q.append({QStringLiteral("allowWatchBookmarks"), QStringLiteral("true")});
    if (!m_options.resourceVersion.isEmpty())
        q.append({QStringLiteral("resourceVersion"), m_options.resourceVersion});
    q.append({QStringLiteral("timeoutSeconds"), QString::number(m_options.timeout.count())});
    addListQuery(q, m_options.labelSelector, m_options.fieldSelector);
    if (client)
        m_url = client->url(kind.collectionPath(ns), q);
}

void WatchJob::doStart()
{
    if (!m_client) {
        finishWith(Error::make(Error::Kind::Canceled, Error::tr("The request was canceled.")));
        return;
    }
    if (!m_url.isValid() || m_url.host().isEmpty()) {
        finishWith(noServer());
        return;
    }
    HttpRequest req = HttpRequest::get(m_url);
    req.header(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    req.streaming = true;
    // The server ends the watch after timeoutSeconds; silence well past that means a dead peer.
    req.streamIdleTimeout = m_options.timeout + std::chrono::seconds(30);
    m_http = m_client->createHttpJob(req, this);
    m_http->setTreatHttpErrorsAsErrors(false);
    connect(m_http, &HttpJob::responseStarted, this, [this](int status, const HeaderList &) {
        if (status >= 200 && status < 300) {
            m_streaming = true;
            Q_EMIT streaming();
        }
    });
    connect(m_http, &HttpJob::chunk, this, &WatchJob::onChunk);
    connect(m_http, &HttpJob::finished, this, &WatchJob::onHttpFinished);
    m_http->start();
}

void WatchJob::doCancel()
{
    delete m_http.data();
}

void WatchJob::onChunk(const QByteArray &data)
{
    const auto lines = m_decoder.feed(data);
    if (!lines.ok()) {
        delete m_http.data();
        finishWith(lines.error());
        return;
    }
    QPointer<WatchJob> self(this);
    for (const QByteArray &line : lines.value()) {
        if (!handleLine(line) || !self || isFinished())
            return;
    }
}

bool WatchJob::handleLine(const QByteArray &line)
{
    if (line.trimmed().isEmpty())
        return true;
    QJsonParseError pe{};
    const QJsonObject o = QJsonDocument::fromJson(line, &pe).object();
    const QString type = o.value(QLatin1String("type")).toString();
    WatchEvent ev;
    if (type == QLatin1String("ADDED"))
        ev.type = WatchEvent::Type::Added;
    else if (type == QLatin1String("MODIFIED"))
        ev.type = WatchEvent::Type::Modified;
    else if (type == QLatin1String("DELETED"))
        ev.type = WatchEvent::Type::Deleted;
    else if (type == QLatin1String("BOOKMARK"))
        ev.type = WatchEvent::Type::Bookmark;
    else if (type == QLatin1String("ERROR"))
        ev.type = WatchEvent::Type::Error;
    else {
        delete m_http.data();
        finishWith(Error::make(Error::Kind::Parse,
                               KubeTr::tr("The Kubernetes watch stream sent something that is "
                                          "not an event."),
                               redact(m_url.toString(QUrl::RemoveQuery)) + QStringLiteral(": ") +
                                   (pe.error != QJsonParseError::NoError
                                        ? pe.errorString()
                                        : QStringLiteral("type \"%1\"").arg(type))));
        return false;
    }
    ev.object = o.value(QLatin1String("object")).toObject();
    ++m_events;
    Q_EMIT event(ev);
    return true;
}

void WatchJob::onHttpFinished(const HttpResult &result)
{
    if (!result.ok()) {
        finishWith(result.error());
        return;
    }
    const HttpResponse &r = result.value();
    if (r.status < 200 || r.status >= 300) {
        finishWith(errorFromResponse(r, QStringLiteral("WATCH ") +
                                            redact(m_url.toString(QUrl::RemoveQuery))));
        return;
    }
    if (const auto last = m_decoder.finish()) {
        QPointer<WatchJob> self(this);
        if (!handleLine(*last) || !self || isFinished())
            return;
    }
    finishWith(Ok{});
}

// --- KubeClient ------------------------------------------------------------------------------

KubeClient::KubeClient(HttpClient *http, QUrl server, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_server(std::move(server))
{}

KubeClient::~KubeClient() = default;

Result<KubeClient *> KubeClient::fromKubeconfig(const KubeConfig &config, QObject *parent)
{
    auto *http = new HttpClient();
    auto cleanup = qScopeGuard([&http] { delete http; });
    if (!config.caFile.isEmpty()) {
        if (const Status s = http->addCaBundle(config.caFile); !s.ok())
            return s.error();
    }
    if (!config.caPem.isEmpty()) {
        // HttpClient reads CA bundles from files: a private temporary one, gone at once.
        QTemporaryFile pem;
        if (!pem.open() || pem.write(config.caPem) != config.caPem.size() || !pem.flush()) {
            return Error::make(
                Error::Kind::Config,
                KubeTr::tr("Cannot store the kubeconfig's CA: %1").arg(pem.errorString()));
        }
        if (const Status s = http->addCaBundle(pem.fileName()); !s.ok())
            return s.error();
    }
    if (!config.token.isEmpty()) {
        const QByteArray header = QByteArrayLiteral("Bearer ") + config.token.toUtf8();
        http->setAuthorizer(headerAuthorizer(
            [header](bool, QObject *, std::function<void(Result<QByteArray>)> done) {
                done(header);
            }));
    }
    cleanup.dismiss();
    auto *client = new KubeClient(http, config.server, parent);
    http->setParent(client);
    client->setDefaultNamespace(config.namespaceName);
    return client;
}

QUrl KubeClient::url(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    if (!m_server.isValid() || m_server.host().isEmpty())
        return {};
    QUrl u = m_server;
    QString base = u.path(QUrl::FullyEncoded);
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + path, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        // By hand: QUrlQuery leaves '+' alone, which servers read as a space (continue tokens
        // and selectors may hold '+', '=', ',').
        QStringList parts;
        for (const auto &[k, v] : query) {
            parts << QString::fromLatin1(QUrl::toPercentEncoding(k)) + QLatin1Char('=') +
                         QString::fromLatin1(QUrl::toPercentEncoding(v));
        }
        u.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
    }
    return u;
}

HttpJob *KubeClient::createHttpJob(HttpRequest request, QObject *owner)
{
    return m_http->createJob(std::move(request), owner);
}

KubeJob *KubeClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                          const QByteArray &contentType, QObject *owner)
{
    HttpRequest req;
    req.method = method;
    req.url = url;
    req.body = body;
    req.header(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!contentType.isEmpty())
        req.header(QByteArrayLiteral("Content-Type"), contentType);
    auto *job = new KubeJob(this, std::move(req), owner);
    job->start();
    return job;
}

KubeJob *KubeClient::get(const ResourceKind &kind, const QString &ns, const QString &name,
                         QObject *owner)
{
    return send("GET", url(kind.objectPath(ns, name)), {}, {}, owner);
}

KubeJob *KubeClient::list(const ResourceKind &kind, const QString &ns, const ListOptions &options,
                          QObject *owner)
{
    QList<QPair<QString, QString>> q;
    if (options.limit > 0)
        q.append({QStringLiteral("limit"), QString::number(options.limit)});
    if (!options.continueToken.isEmpty())
        q.append({QStringLiteral("continue"), options.continueToken});
    else if (!options.resourceVersion.isEmpty())
        q.append({QStringLiteral("resourceVersion"), options.resourceVersion});
    addListQuery(q, options.labelSelector, options.fieldSelector);
    return send("GET", url(kind.collectionPath(ns), q), {}, {}, owner);
}

ListAllJob *KubeClient::listAll(const ResourceKind &kind, const QString &ns,
                                const ListOptions &options, QObject *owner)
{
    auto *job = new ListAllJob(this, kind, ns, options, owner);
    job->start();
    return job;
}

KubeJob *KubeClient::create(const ResourceKind &kind, const QString &ns, const QJsonObject &object,
                            QObject *owner)
{
    return send("POST", url(kind.collectionPath(ns)),
                QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", owner);
}

KubeJob *KubeClient::remove(const ResourceKind &kind, const QString &ns, const QString &name,
                            const DeleteOptions &options, QObject *owner)
{
    QList<QPair<QString, QString>> q;
    if (!options.propagationPolicy.isEmpty())
        q.append({QStringLiteral("propagationPolicy"), options.propagationPolicy});
    if (options.gracePeriodSeconds)
        q.append(
            {QStringLiteral("gracePeriodSeconds"), QString::number(*options.gracePeriodSeconds)});
    if (options.dryRun)
        q.append({QStringLiteral("dryRun"), QStringLiteral("All")});
    return send("DELETE", url(kind.objectPath(ns, name), q), {}, {}, owner);
}

KubeJob *KubeClient::mergePatch(const ResourceKind &kind, const QString &ns, const QString &name,
                                const QJsonObject &patch, QObject *owner)
{
    return send("PATCH", url(kind.objectPath(ns, name)),
                QJsonDocument(patch).toJson(QJsonDocument::Compact), "application/merge-patch+json",
                owner);
}

KubeJob *KubeClient::jsonPatch(const ResourceKind &kind, const QString &ns, const QString &name,
                               const QJsonArray &operations, QObject *owner)
{
    return send("PATCH", url(kind.objectPath(ns, name)),
                QJsonDocument(operations).toJson(QJsonDocument::Compact),
                "application/json-patch+json", owner);
}

WatchJob *KubeClient::watch(const ResourceKind &kind, const QString &ns,
                            const WatchOptions &options, QObject *owner)
{
    auto *job = new WatchJob(this, kind, ns, options, owner);
    job->start();
    return job;
}

} // namespace plancia::kube
