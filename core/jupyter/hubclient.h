#pragma once

#include "jupyter/hubserver.h"
#include "net/httpclient.h"
#include "net/httprequest.h"
#include "net/job.h"
#include "net/ssedecoder.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace plancia {
class HttpClient;
class HttpJob;
} // namespace plancia

namespace plancia::jupyter {

class HubClient;

// One event of a spawn's progress stream.
struct SpawnEvent
{
    int progress = 0;
    QString message;
    bool ready = false;
    bool failed = false;
    QUrl url; // absolute, with `ready`
};

// A hub call that first learns the hub's version (once per HubClient), then sends its request
// and turns the answer into its typed result; errors in words (hubError()).
class HubCall : public Job
{
    Q_OBJECT

public:
    HubCall(HubClient *client, QObject *owner);

protected:
    void doStart() override;
    void doCancel() override;
    virtual HttpRequest request() const = 0;
    virtual void handle(const HttpResponse &response) = 0;
    // Transport errors and non-2xx answers.
    virtual void fail(const Error &error) { finishWithError(error); }
    // Ends the job once with `emit` (the typed signal), then done() and deletion.
    template<typename EmitFn>
    void finishOnce(EmitFn emitTyped)
    {
        if (!markFinished())
            return;
        QPointer<Job> self(this);
        emitTyped();
        if (self)
            endAfterFinished();
    }

    QPointer<HubClient> m_client;

private:
    void send();
    QPointer<HttpJob> m_http;
};

class ServersJob : public HubCall
{
    Q_OBJECT

public:
    using HubCall::HubCall;

Q_SIGNALS:
    void finished(const plancia::Result<QList<plancia::jupyter::HubServer>> &result);

protected:
    HttpRequest request() const override;
    void handle(const HttpResponse &response) override;
    void finishWithError(const Error &error) override;
};

// Starts a server: 201 (running) or 202 (spawning; follow it with HubClient::progress()).
class StartJob : public HubCall
{
    Q_OBJECT

public:
    StartJob(HubClient *client, QString name, SessionProfile profile, QObject *owner);
    const QString &serverName() const { return m_name; }

Q_SIGNALS:
    // true: pending (spawning), false: already running.
    void finished(const plancia::Result<bool> &result);

protected:
    HttpRequest request() const override;
    void handle(const HttpResponse &response) override;
    void finishWithError(const Error &error) override;

private:
    QString m_name;
    SessionProfile m_profile;
};

// Stops a server (DELETE .../server or .../servers/{name}); `remove` deletes a named one too.
class StopJob : public HubCall
{
    Q_OBJECT

public:
    StopJob(HubClient *client, QString name, bool remove, QObject *owner);

Q_SIGNALS:
    void finished(const plancia::Status &result);

protected:
    HttpRequest request() const override;
    void handle(const HttpResponse &response) override;
    void finishWithError(const Error &error) override;

private:
    QString m_name;
    bool m_remove;
};

// A token for the browser: scope access:servers of the user only, so that a URL that lands in
// the browser's history cannot act as the user on the hub's API.
class BrowserTokenJob : public HubCall
{
    Q_OBJECT

public:
    using HubCall::HubCall;

Q_SIGNALS:
    void finished(const plancia::Result<QString> &result);

protected:
    HttpRequest request() const override;
    void handle(const HttpResponse &response) override;
    void finishWithError(const Error &error) override;
};

// Follows a spawn: event() for each progress event; finished() with the `ready` event, or an
// Error with the hub's message when the spawn failed. When the stream drops while the server
// is still starting, it reconnects (after the stream's `retry:` time, else 1 s); when it drops
// because the spawn ended, the server's state decides (ready, or stopped while starting).
class SpawnProgressJob : public ResultJob<SpawnEvent>
{
    Q_OBJECT

public:
    SpawnProgressJob(HubClient *client, QString name, QObject *owner);
    int reconnects() const { return m_reconnects; }

Q_SIGNALS:
    void finished(const plancia::Result<plancia::jupyter::SpawnEvent> &result);
    void event(const plancia::jupyter::SpawnEvent &event);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const plancia::Result<SpawnEvent> &r) override { Q_EMIT finished(r); }

private:
    void connectStream();
    void onChunk(const QByteArray &data);
    void onStreamEnded(const Error *error);
    void checkState();

    QPointer<HubClient> m_client;
    QString m_name;
    SseDecoder m_decoder;
    QPointer<HttpJob> m_stream;
    QPointer<ServersJob> m_check;
    QTimer m_retry;
    int m_reconnects = 0;
    int m_lastProgress = 0;
};

// The JupyterHub REST API of one user (PLATFORM-API.md section 2) on the Platform's hub()
// client (hub token, 403 = stale token). Reads the hub's version once (/hub/api/) and adapts:
// 4.x/5.x give full_url, and ?include_stopped_servers lists stopped named servers (3.0+).
class HubClient : public QObject
{
    Q_OBJECT

public:
    HubClient(HttpClient *http, QUrl hubUrl, QObject *parent = nullptr);

    void setUsername(const QString &name) { m_user = name; }
    const QString &username() const { return m_user; }
    const QUrl &hubUrl() const { return m_hubUrl; }
    HttpClient *http() const { return m_http; }

    // "3.0.0"; empty until learnt.
    const QString &version() const { return m_version; }
    int majorVersion() const { return m_major; }

    ServersJob *servers(QObject *owner);
    StartJob *start(const QString &name, const SessionProfile &profile, QObject *owner);
    StopJob *stop(const QString &name, QObject *owner);
    StopJob *remove(const QString &name, QObject *owner);
    SpawnProgressJob *progress(const QString &name, QObject *owner);
    BrowserTokenJob *browserToken(QObject *owner);

    // The URL that opens a server in the browser logged in: `?token=` is accepted by
    // jupyterhub-singleuser (HubOAuth), which then sets its cookie.
    static QUrl openUrl(const QUrl &serverUrl, const QString &token);

    // `{hub}/hub/api/<path>`; the user's server path ("users/x/server" or ".../servers/n").
    QUrl apiUrl(const QString &path, const QString &query = {}) const;
    QString serverPath(const QString &name) const;

    // The error of a refused hub call, in words: named servers off, server limit, already
    // pending, too many spawns, else the hub's own message.
    static Error hubError(const HttpResponse &response, const QString &action);
    // A failed spawn's message ("Spawn failed: ...") in words; the hub's text is kept.
    static Error spawnError(const QString &hubMessage);

    // For HubCall: runs `then` once the version is known (or could not be read: 3.x assumed).
    void whenVersionKnown(QObject *context, std::function<void()> then);

private:
    QPointer<HttpClient> m_http;
    QUrl m_hubUrl;
    QString m_user;
    QString m_version;
    int m_major = 0;
    bool m_versionAsked = false;
    QList<QPair<QPointer<QObject>, std::function<void()>>> m_waiting;
};

} // namespace plancia::jupyter
