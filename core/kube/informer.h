#pragma once

#include "kube/kubeobject.h"
#include "net/result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <chrono>

namespace plancia::kube {

class KubeClient;

// A list+watch cache of one resource kind in one namespace (or all namespaces), shared by every
// page that needs it (the Platform owns one per key: Platform::shared<Informer>(key(), ...)).
// It lists (paged with limit/continue), then watches from the list's resourceVersion with
// bookmarks; a dropped stream reconnects from the last version seen; 410 Gone relists and emits
// only the differences against the cache; errors back off (1 s doubling to 30 s, with jitter).
// Signals come from the event loop in the order the server sent the events.
class Informer : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,     // not started
        Listing,  // the first list (or a relist after 410) is running
        Watching, // synced and streaming
        Backoff,  // an error happened; retrying after a delay (lastError() says what)
    };
    Q_ENUM(State)

    struct Options
    {
        QString labelSelector;
        QString fieldSelector;
        int pageSize = 500;
        // Asked of the server as the watch's timeoutSeconds (the watch is then renewed).
        std::chrono::seconds watchTimeout{300};
    };

    Informer(KubeClient *client, ResourceKind kind, QString namespaceName, Options options,
             QObject *parent = nullptr);
    ~Informer() override;

    // The Platform's key for this cache: "<resource.group>/<namespace or *>/<selectors>".
    static QString keyFor(const ResourceKind &kind, const QString &namespaceName,
                          const Options &options = {});

    void start();
    void stop();

    State state() const { return m_state; }
    bool hasSynced() const { return m_synced; }
    const Error &lastError() const { return m_lastError; }
    const ResourceKind &kind() const { return m_kind; }
    QString namespaceName() const { return m_namespace; }

    // The cache: objects by ObjectView::key() ("namespace/name").
    const QHash<QString, QJsonObject> &objects() const { return m_objects; }
    int size() const { return int(m_objects.size()); }
    QJsonObject object(const QString &key) const { return m_objects.value(key); }
    QString resourceVersion() const { return m_resourceVersion; }

    // Counters for tests and diagnostics.
    int listCount() const { return m_lists; }
    int watchCount() const { return m_watches; }

Q_SIGNALS:
    void stateChanged(plancia::kube::Informer::State state);
    // The first complete list is in the cache (also emitted after each relist).
    void synced();
    void added(const QJsonObject &object);
    void modified(const QJsonObject &object, const QJsonObject &previous);
    void removed(const QJsonObject &object);
    // A transient error; the informer keeps trying.
    void errorOccurred(const plancia::Error &error);

private:
    // The private part is the implementer's to shape; the public API above is what pages and
    // the availability model use.
    QPointer<KubeClient> m_client;
    ResourceKind m_kind;
    QString m_namespace;
    Options m_options;
    State m_state = State::Idle;
    bool m_synced = false;
    Error m_lastError;
    QHash<QString, QJsonObject> m_objects;
    QString m_resourceVersion;
    int m_lists = 0;
    int m_watches = 0;
};

} // namespace plancia::kube
