#pragma once

#include "jupyter/hubclient.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace plancia {
class Platform;
}

namespace plancia::jupyter {

// The HubClient of a Platform (shared, one per platform), with the logged-in user's name.
HubClient *hubClientFor(Platform *platform);

// The user's JupyterHub servers, followed by polling the hub: every few seconds while someone
// looks (setActive), faster while a server is starting or stopping, slowly otherwise (so that
// notifications still come). A spawn is followed through its progress stream. cullAt =
// last_activity + the platform's idle-cull timeout (the profile's hub.cullTimeoutSeconds).
// Signals tell what happened: ready, failed, stopped by the platform (the culler, a tutor,
// another client), and the cull warning `cullWarningLead` before an idle cull.
class SessionsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1, // QString ("" = default)
        StateRole,                   // HubServer::State (int)
        UrlRole,                     // QUrl
        ProfileRole,                 // QVariant(SessionProfile) -> use server(row)
        StartedRole,                 // QDateTime
        LastActivityRole,            // QDateTime
        CullAtRole,                  // QDateTime (invalid unless running)
        ProgressRole,                // int 0-100 while starting
        MessagesRole,                // QStringList of the spawn's messages
        ErrorRole,                   // QString: the last spawn failure, in words
    };

    struct Row
    {
        HubServer server;
        int progress = 0;     // of the spawn followed
        QStringList messages; // the spawn's messages
        QString error;        // the last spawn failure of this name, in words
        QDateTime cullAt;     // running: when the idle culler may stop it
        bool warned = false;  // the cull warning for this cullAt was given
    };

    explicit SessionsModel(HubClient *client, QObject *parent = nullptr);
    ~SessionsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Row &row(int i) const { return m_rows.at(i); }
    int rowOf(const QString &name) const;
    const QList<Row> &rows() const { return m_rows; }
    HubClient *client() const { return m_client; }

    // Polling: while active every `interval` (3 s), while a server changes state every
    // `fastInterval` (1 s), while inactive every `idleInterval` (30 s); 0 stops polling.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setIntervals(std::chrono::milliseconds interval, std::chrono::milliseconds fast,
                      std::chrono::milliseconds idle);
    void setCullTimeout(std::chrono::seconds timeout) { m_cullTimeout = timeout; }
    std::chrono::seconds cullTimeout() const { return m_cullTimeout; }
    void setCullWarningLead(std::chrono::seconds lead) { m_warnLead = lead; }

    // Asks the hub now (also starts polling if it had not started).
    void refresh();
    bool isLoaded() const { return m_loaded; }
    const Error &lastError() const { return m_lastError; }

    // Starts `name` with `profile` and follows its spawn; problems come as startFailed().
    void startServer(const QString &name, const SessionProfile &profile);
    void stopServer(const QString &name);
    void removeServer(const QString &name);

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const plancia::Error &error);
    void serverReady(const QString &name, const QUrl &url);
    void spawnEvent(const QString &name, const plancia::jupyter::SpawnEvent &event);
    void spawnFailed(const QString &name, const plancia::Error &error);
    void startFailed(const QString &name, const plancia::Error &error);
    void stopFailed(const QString &name, const plancia::Error &error);
    // A running or starting server went away without this model asking; `idle`: it had been
    // idle past its cull time (the culler stopped it).
    void stoppedByPlatform(const QString &name, bool idle);
    void cullWarning(const QString &name, const QDateTime &cullAt);

private:
    void poll();
    void apply(const QList<HubServer> &servers);
    void follow(const QString &name);
    void scheduleNext();
    void checkCullWarnings();
    QDateTime cullAtOf(const HubServer &s) const;
    void rowChanged(int row);

    QPointer<HubClient> m_client;
    QList<Row> m_rows;
    struct Spawn
    {
        int progress = 0;
        QStringList messages;
        QString error;
    };
    QHash<QString, QPointer<SpawnProgressJob>> m_following;
    QHash<QString, Spawn> m_spawns; // by server name, kept after a failure (the card says why)
    QSet<QString> m_starting;       // asked to start, not yet seen by a poll
    QSet<QString> m_stopping;       // asked to stop by this model
    QPointer<ServersJob> m_poll;
    QTimer m_timer;
    QTimer m_cullTimer;
    bool m_active = false;
    bool m_loaded = false;
    bool m_pollAgain = false;
    Error m_lastError;
    std::chrono::milliseconds m_interval{3000};
    std::chrono::milliseconds m_fast{1000};
    std::chrono::milliseconds m_idle{30000};
    std::chrono::seconds m_cullTimeout{3600};
    std::chrono::seconds m_warnLead{600};
};

} // namespace plancia::jupyter

Q_DECLARE_METATYPE(plancia::jupyter::SessionProfile)
