#pragma once

#include "net/job.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace plancia::kube {
class KubeClient;
}

namespace plancia::support {

// Everything the Kubernetes API knows about one job (or one notebook session): the objects as
// the server gave them, the events, the last log lines of its pods, and what could not be read.
struct CaseData
{
    enum class Kind { Job, Session };
    Kind kind = Kind::Job;
    QString namespaceName;
    QString name;
    QJsonObject job;      // Kind::Job
    QJsonObject workload; // Kind::Job, empty when none
    QList<QJsonObject> pods;
    QList<QJsonObject> events;         // oldest first
    QHash<QString, QJsonObject> nodes; // the pods' nodes
    QHash<QString, QStringList> logs;  // pod -> last lines ("<RFC 3339> text")
    QStringList problems;              // parts that could not be read, in words
    QDateTime collected;
};

// Reads a CaseData: the Job (or Pod), its Workload, its pods (job-name=<job>), their nodes,
// the events of all of them, and the last `tailLines` log lines of up to `maxLogPods` pods
// (newest first). A missing Workload, events or logs are noted in `problems`; a missing or
// refused Job (or Pod) ends the job with that error.
class CaseDataJob : public ResultJob<CaseData>
{
    Q_OBJECT

public:
    CaseDataJob(kube::KubeClient *client, CaseData::Kind kind, QString namespaceName, QString name,
                QObject *owner);
    void setTailLines(int lines) { m_tail = lines; }
    void setMaxLogPods(int pods) { m_maxLogPods = pods; }

Q_SIGNALS:
    void finished(const plancia::Result<plancia::support::CaseData> &result);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const Result<CaseData> &result) override { Q_EMIT finished(result); }

private:
    void readWorkload();
    void readPods();
    void readNodes();
    void readEvents();
    void readLogs();
    void readNextLog();
    void done();

    QPointer<kube::KubeClient> m_client;
    CaseData m_data;
    QStringList m_logPods;
    QList<QPointer<QObject>> m_children;
    int m_tail = 50;
    int m_maxLogPods = 3;
};

} // namespace plancia::support

Q_DECLARE_METATYPE(plancia::support::CaseData)
