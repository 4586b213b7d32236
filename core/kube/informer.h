#pragma once

#include "kube/kubeclient.h"
#include "kube/kubeobject.h"
#include "kube/objectpacker.h"
#include "net/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <memory>

namespace plancia::kube {

struct InformerOptions
{
    QString labelSelector;
    QString fieldSelector;
    int pageSize = 500;
    // Asked of the server as the watch's timeoutSeconds (the watch is then renewed).
    std::chrono::seconds watchTimeout{300};
    // Retry delays after errors: initialBackoff doubling per consecutive failure up to
    // maxBackoff, each stretched by a random 0-20 % so that many clients spread out.
    std::chrono::milliseconds initialBackoff{1000};
    std::chrono::milliseconds maxBackoff{30000};
    // A cache that grows to this many objects is packed (kube::ObjectPacker: compact JSON, zstd
    // with a dictionary trained on its first objects): about 40-150 bytes per object instead of
    // QJsonObject's ~5 KB, for ~15 us more per read. 0: never packed.
    int packAbove = 500;
};

// A list+watch cache of one resource kind in one namespace (or all namespaces), shared by every
// page that needs it (the Platform owns one per key: Platform::shared<Informer>(key(), ...)).
// It lists (paged with limit/continue, each page applied to the cache and signalled as it
// arrives, so a list of 100,000 objects never holds the loop for long), then watches from the
// list's resourceVersion with bookmarks; a dropped stream reconnects from the last version seen;
// 410 Gone relists and emits only the differences against the cache (a continue token that
// expired mid-list starts the list again); errors back off (1 s doubling to 30 s, with jitter).
// Signals come from the event loop in the order the server sent the events. Large caches are
// packed (Options::packAbove): reads return a fresh QJsonObject then, not a shared one.
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

    // Outside the class so that `= {}` works as a default argument in it (C++ forbids using
    // a nested class's default member initializers before the enclosing class is complete).
    using Options = InformerOptions;

    Informer(KubeClient *client, ResourceKind kind, QString namespaceName, Options options,
             QObject *parent = nullptr);
    ~Informer() override;

    // The Platform's key for this cache: "<resource.group>/<namespace or *>/<selectors>".
    static QString keyFor(const ResourceKind &kind, const QString &namespaceName,
                          const Options &options = {});

    // Lists, then watches; nothing happens synchronously. A started informer does nothing.
    void start();
    // Cancels what is running; the cache stays (a later start() relists and emits the
    // differences).
    void stop();
    // In Backoff: retry now (e.g. after a login); otherwise nothing.
    void retryNow();
    // Diagnostics and tests. dropWatch(): ends the current watch as a dropped connection would
    // (the informer reconnects from the last version). restartWatch(): stops whatever runs and
    // watches from `resourceVersion` with the cache as it is (a version the server no longer
    // has gives 410 Gone: relist and emit the differences).
    void dropWatch();
    void restartWatch(const QString &resourceVersion);

    State state() const { return m_state; }
    bool hasSynced() const { return m_synced; }
    const Error &lastError() const { return m_lastError; }
    const ResourceKind &kind() const { return m_kind; }
    QString namespaceName() const { return m_namespace; }

    // The cache: objects by ObjectView::key() ("namespace/name"). objects() reads every one
    // (for a packed cache that is ~15 us each: prefer keys() and object() in slices).
    QList<QJsonObject> objects() const;
    QStringList keys() const { return m_objects.keys(); }
    bool contains(const QString &key) const { return m_objects.contains(key); }
    int size() const { return int(m_objects.size()); }
    QJsonObject object(const QString &key) const;
    bool isPacked() const { return m_packer != nullptr; }
    QString resourceVersion() const { return m_resourceVersion; }

    // Counters for tests and diagnostics.
    int listCount() const { return m_lists; }
    int watchCount() const { return m_watches; }
    // Consecutive failures so far (0 once a list or watch succeeds) and the delay in use.
    int failureCount() const { return m_failures; }
    std::chrono::milliseconds currentBackoff() const { return m_backoff; }

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
    enum class Next { List, Watch };
    void setState(State state);
    // A cached object: as parsed, or packed (then `object` is empty).
    struct Entry
    {
        QJsonObject object;
        QByteArray packed;
        qint64 version = -1; // metadata.resourceVersion when it is a number (it is on every
                             // server seen), to compare without unpacking
    };
    Entry entryFor(const QJsonObject &object) const;
    QJsonObject read(const Entry &entry) const;
    void maybePack();
    void list();
    void listPage(const QString &continueToken);
    void onListPage(const Result<QJsonObject> &result);
    void applyPage();
    void removeUnseen();
    void watch();
    void onWatchEvent(const WatchEvent &event);
    void onWatchFinished(const Status &result);
    void fail(const Error &error, Next next);
    void cancelJobs();
    void resume();

    QPointer<KubeClient> m_client;
    ResourceKind m_kind;
    QString m_namespace;
    Options m_options;
    State m_state = State::Idle;
    bool m_synced = false;
    Error m_lastError;
    QHash<QString, Entry> m_objects;
    std::unique_ptr<ObjectPacker> m_packer; // once the cache grew past packAbove
    // The list in progress: the keys its pages had, its snapshot's version, its pages so far.
    QSet<QString> m_listSeen;
    QString m_listVersion;
    QString m_listToken;
    int m_listPages = 0;
    QJsonArray m_pageItems; // the page being applied, from m_pageAt
    qsizetype m_pageAt = 0;
    QString m_pageNext;           // its continue token
    quint64 m_listGeneration = 0; // changes when a list starts or is canceled
    QTimer m_applyTimer;
    QString m_resourceVersion;
    int m_lists = 0;
    int m_watches = 0;
    int m_failures = 0;
    std::chrono::milliseconds m_backoff{0};
    Next m_next = Next::List;
    QPointer<KubeJob> m_listJob;
    QPointer<WatchJob> m_watchJob;
    QTimer m_retryTimer;
    QElapsedTimer m_watchClock; // since the current watch started
};

} // namespace plancia::kube
