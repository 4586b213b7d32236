#pragma once

#include "net/httpjob.h"
#include "net/job.h"
#include "net/linedecoder.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

namespace plancia {
namespace kube {
class KubeClient;
class KubeJob;
class ListAllJob;
} // namespace kube
} // namespace plancia

namespace plancia::jobs {

struct LogLine
{
    QString pod;
    QDateTime timestamp;  // from timestamps=true (invalid if the line had none)
    QString rawTimestamp; // as the server wrote it (RFC 3339 with nanoseconds)
    QString text;
};

// Follows one pod's log: GET /api/v1/namespaces/{ns}/pods/{pod}/log?follow=true&timestamps=true
// streamed (HttpClient streaming + LineDecoder). A stream cut mid-way reconnects with
// sinceTime=<last timestamp> and drops the lines it already delivered (same timestamp, same
// text), so a cut never duplicates nor loses lines. "waiting to start" (400 while the container
// is created; offloaded pods while "Remote pod submitted") is retried every `retryInterval`.
// Offloaded pods' logs come through interLink the same way. Ends when the server ends the
// stream (the container exited), or at stop() (Canceled).
class LogFollower : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString container; // empty: the pod's only/default container
        bool follow = true;
        std::optional<int> tailLines; // the first request only
        std::chrono::milliseconds retryInterval{1000};
        int maxReconnects = 20; // consecutive cuts without a new line
        std::chrono::milliseconds waitToStart{std::chrono::minutes(10)};
    };

    LogFollower(kube::KubeClient *client, QString namespaceName, QString pod, Options options,
                QObject *parent = nullptr);
    ~LogFollower() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    int reconnects() const { return m_reconnects; }
    QString pod() const { return m_pod; }
    // The last timestamp delivered (where a reconnect resumes).
    QString lastTimestamp() const { return m_lastRaw; }

    // For tests: cut the current stream as a dropped connection would.
    void dropStream();

    // "2026-12-01T16:22:49.123456789Z text" -> timestamp and text.
    static LogLine parseLine(const QByteArray &line, const QString &pod = {});

Q_SIGNALS:
    void lines(const QList<plancia::jobs::LogLine> &lines);
    // The stream is open (again).
    void streaming();
    // Once: Ok when the log ended (container exited, or follow=false read to the end).
    void finished(const plancia::Status &status);

private:
    void connectStream();
    void onChunk(const QByteArray &data);
    void onStreamFinished(const HttpResult &result);
    void deliver(const QList<QByteArray> &raw);
    void end(const Status &status);

    QPointer<kube::KubeClient> m_client;
    QString m_namespace;
    QString m_pod;
    Options m_options;
    QPointer<HttpJob> m_http;
    LineDecoder m_decoder;
    QTimer m_retry;
    QString m_lastRaw;       // last delivered timestamp
    int m_sameStampSeen = 0; // lines delivered with m_lastRaw (to skip them after a resume)
    int m_skip = 0;          // lines still to skip after a resume
    bool m_running = false;
    bool m_resuming = false;
    bool m_gotLineThisStream = false;
    int m_reconnects = 0;
    QDateTime m_waitingSince;
};

// A Job's logs: its pods (label selector job-name=<job>), each followed by a LogFollower; pods
// appearing later (retries, indexes, after a requeue) are picked up by polling the pod list
// every second while following. Ends when every pod's log ended and the Job is finished (or at
// once after the existing pods' logs without `follow`).
class JobLogFollower : public QObject
{
    Q_OBJECT

public:
    JobLogFollower(kube::KubeClient *client, QString namespaceName, QString jobName, bool follow,
                   QObject *parent = nullptr);
    void start();
    void stop();

Q_SIGNALS:
    void lines(const QList<plancia::jobs::LogLine> &lines);
    void finished(const plancia::Status &status);

private:
    void poll();
    void onPods(const QList<QJsonObject> &pods, bool jobFinished);
    void maybeEnd();

    QPointer<kube::KubeClient> m_client;
    QString m_namespace;
    QString m_job;
    bool m_follow;
    QTimer m_poll;
    QHash<QString, QPointer<LogFollower>> m_followers;
    QSet<QString> m_ended;
    bool m_jobFinished = false;
    bool m_running = false;
    bool m_polling = false;
    Error m_lastError;
};

// The events of a job: those of the Job, its Workload and its pods (involvedObject), oldest
// first by last timestamp.
class JobEventsJob : public ResultJob<QList<QJsonObject>>
{
    Q_OBJECT

public:
    JobEventsJob(kube::KubeClient *client, QString namespaceName, QString jobName, QObject *owner);

Q_SIGNALS:
    void finished(const plancia::Result<QList<QJsonObject>> &result);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const Result<QList<QJsonObject>> &result) override
    {
        Q_EMIT finished(result);
    }

private:
    QPointer<kube::KubeClient> m_client;
    QString m_namespace;
    QString m_job;
    QPointer<kube::ListAllJob> m_list;
};

// Whether an event concerns the job `jobName` (the Job itself, its Workload job-<name>-<hash>,
// or a pod named <name>-<suffix>).
bool eventConcernsJob(const QJsonObject &event, const QString &jobName);

} // namespace plancia::jobs
