#pragma once

#include "kube/kubeobject.h"
#include "kube/kubestatus.h"
#include "net/httpclient.h"
#include "net/httpjob.h"
#include "net/job.h"
#include "net/linedecoder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

namespace plancia::kube {

class KubeClient;
struct KubeConfig;

struct ListOptions
{
    QString labelSelector;
    QString fieldSelector;
    int limit = 500;       // page size; 0: the server's choice (everything)
    QString continueToken; // for page-by-page listing
    QString resourceVersion;
};

struct DeleteOptions
{
    // Background, Foreground, Orphan; empty: the server's default for the kind (batch/v1 Jobs
    // orphan their pods unless told otherwise).
    QString propagationPolicy;
    std::optional<int> gracePeriodSeconds;
    bool dryRun = false;
};

// One request whose answer is a JSON object (an object, a list page, a Status on delete).
// Failures carry the API server's Status (see kubestatus.h).
class KubeJob : public ResultJob<QJsonObject>
{
    Q_OBJECT

public:
    KubeJob(KubeClient *client, HttpRequest request, QObject *owner);
    const HttpRequest &request() const { return m_request; }

Q_SIGNALS:
    void finished(const plancia::Result<QJsonObject> &result);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const Result<QJsonObject> &result) override { Q_EMIT finished(result); }

private:
    void onHttpFinished(const HttpResult &result);

    QPointer<KubeClient> m_client;
    HttpRequest m_request;
    QPointer<HttpJob> m_http;
};

// The whole collection, page by page (limit/continue), from one consistent snapshot.
struct KubeList
{
    QList<QJsonObject> items;
    QString resourceVersion; // the list's: where a watch starts
};

class ListAllJob : public ResultJob<KubeList>
{
    Q_OBJECT

public:
    ListAllJob(KubeClient *client, ResourceKind kind, QString ns, ListOptions options,
               QObject *owner);
    int pages() const { return m_pages; }

Q_SIGNALS:
    // A page arrived (its items are also in the final result).
    void page(int itemsSoFar);
    void finished(const plancia::Result<plancia::kube::KubeList> &result);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const Result<KubeList> &result) override { Q_EMIT finished(result); }

private:
    void next();

    QPointer<KubeClient> m_client;
    ResourceKind m_kind;
    QString m_namespace;
    ListOptions m_options;
    QPointer<KubeJob> m_current;
    KubeList m_list;
    int m_pages = 0;
};

struct WatchEvent
{
    enum class Type { Added, Modified, Deleted, Bookmark, Error };
    Type type = Type::Added;
    QJsonObject object; // for Error: the Status
};

struct WatchOptions
{
    QString resourceVersion; // empty: the current state as synthetic ADDED events first
    QString labelSelector;
    QString fieldSelector;
    bool bookmarks = true;
    std::chrono::seconds timeout{300}; // timeoutSeconds asked of the server
};

// A watch stream: event() for every line, then finished(): Ok when the server ended the stream
// (timeoutSeconds reached), an Error when it was cut or refused (a 410 before the stream started
// is Kind::Gone; a 410 inside the stream comes as an ERROR event with the Status).
class WatchJob : public ResultJob<Ok>
{
    Q_OBJECT

public:
    WatchJob(KubeClient *client, ResourceKind kind, QString ns, WatchOptions options,
             QObject *owner);
    const QUrl &url() const { return m_url; }
    bool isStreaming() const { return m_streaming; }
    int events() const { return m_events; }

Q_SIGNALS:
    // The server accepted the watch (status 200): events follow.
    void streaming();
    void event(const plancia::kube::WatchEvent &event);
    void finished(const plancia::Status &result);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const Status &result) override { Q_EMIT finished(result); }

private:
    void onChunk(const QByteArray &data);
    void onHttpFinished(const HttpResult &result);
    bool handleLine(const QByteArray &line);

    QPointer<KubeClient> m_client;
    QUrl m_url;
    WatchOptions m_options;
    QPointer<HttpJob> m_http;
    LineDecoder m_decoder;
    bool m_streaming = false;
    int m_events = 0;
};

// The Kubernetes REST client: get, list (paged), create, delete, merge and JSON patch, watch.
// Built on an HttpClient that carries the credentials (the Platform's, with the session's
// bearer and the profile's CA) or from a kubeconfig.
class KubeClient : public QObject
{
    Q_OBJECT

public:
    KubeClient(HttpClient *http, QUrl server, QObject *parent = nullptr);
    ~KubeClient() override;

    // A client for a kubeconfig's context: its server, CA (file or data) and token, with an
    // HttpClient of its own. Errors say what the kubeconfig lacks or uses that is not supported.
    static Result<KubeClient *> fromKubeconfig(const KubeConfig &config, QObject *parent = nullptr);

    HttpClient *http() const { return m_http; }
    const QUrl &server() const { return m_server; }
    // The namespace of the kubeconfig's context (empty when built from the Platform).
    QString defaultNamespace() const { return m_defaultNamespace; }
    void setDefaultNamespace(const QString &ns) { m_defaultNamespace = ns; }

    // Every call returns a started job (start() is queued: connect to it right after).
    KubeJob *get(const ResourceKind &kind, const QString &ns, const QString &name, QObject *owner);
    // One page (options.limit, options.continueToken); the answer is the List object with
    // metadata.continue and metadata.resourceVersion.
    KubeJob *list(const ResourceKind &kind, const QString &ns, const ListOptions &options,
                  QObject *owner);
    ListAllJob *listAll(const ResourceKind &kind, const QString &ns, const ListOptions &options,
                        QObject *owner);
    KubeJob *create(const ResourceKind &kind, const QString &ns, const QJsonObject &object,
                    QObject *owner);
    KubeJob *remove(const ResourceKind &kind, const QString &ns, const QString &name,
                    const DeleteOptions &options, QObject *owner);
    // application/merge-patch+json (RFC 7386).
    KubeJob *mergePatch(const ResourceKind &kind, const QString &ns, const QString &name,
                        const QJsonObject &patch, QObject *owner);
    // application/json-patch+json (RFC 6902): [{"op","path","value"}...].
    KubeJob *jsonPatch(const ResourceKind &kind, const QString &ns, const QString &name,
                       const QJsonArray &operations, QObject *owner);
    WatchJob *watch(const ResourceKind &kind, const QString &ns, const WatchOptions &options,
                    QObject *owner);

    // The URL of `path` (already encoded) with `query` on this server.
    QUrl url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    HttpJob *createHttpJob(HttpRequest request, QObject *owner);

private:
    KubeJob *send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                  const QByteArray &contentType, QObject *owner);

    QPointer<HttpClient> m_http;
    QUrl m_server;
    QString m_defaultNamespace;
};

} // namespace plancia::kube
