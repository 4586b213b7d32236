#pragma once

#include "jobs/jobspec.h"
#include "net/job.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

namespace plancia::kube {
class KubeClient;
class KubeJob;
} // namespace plancia::kube

namespace plancia::jobs {

struct SubmitOutcome
{
    QJsonObject job; // the Job as the server has it
    QString name;
    QString namespaceName;
    // True when a retry (or a second Submit of the same build) found the Job already created by
    // this submission (same plancia.io/submission-id): nothing new was made.
    bool alreadyExisted = false;
    int attempts = 1;
};

// One submission. Ends once with finished(Result<SubmitOutcome>). A failure carries the server's
// Error; for a 422, fieldProblems() holds its causes mapped to form fields (also reachable with
// fieldProblemsOf(error)). A name taken by some other Job is Kind::Conflict with a problem on
// SpecField::Name.
class SubmitJob : public ResultJob<SubmitOutcome>
{
    Q_OBJECT

public:
    using ResultJob::ResultJob;
    const QList<FieldProblem> &fieldProblems() const { return m_problems; }

Q_SIGNALS:
    void finished(const plancia::Result<plancia::jobs::SubmitOutcome> &result);

protected:
    void emitFinished(const Result<SubmitOutcome> &result) override { Q_EMIT finished(result); }
    QList<FieldProblem> m_problems;
};

// Cancel (delete the Job and its pods, propagation Background). Ok when gone or already gone.
class CancelJob : public ResultJob<Ok>
{
    Q_OBJECT

public:
    using ResultJob::ResultJob;

Q_SIGNALS:
    void finished(const plancia::Status &result);

protected:
    void emitFinished(const Status &result) override { Q_EMIT finished(result); }
};

// Where Jobs are sent. The Kubernetes backend creates them with the user's token; a gateway
// backend (the platform's vkd, which validates by membership and injects secrets) will be
// another subclass. Every call returns a started job parented to `owner`.
class JobSubmitter : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // `job` is a built Job (buildJob) with metadata.name and the plancia.io/submission-id
    // label set; the namespace is metadata.namespace or the submitter's default.
    virtual SubmitJob *submit(const QJsonObject &job, QObject *owner) = 0;
    virtual CancelJob *cancel(const QString &namespaceName, const QString &name,
                              QObject *owner) = 0;
    // For the UI: "Kubernetes API", "vkd gateway".
    virtual QString backendName() const = 0;
};

// The Kubernetes backend. Idempotent: the name is client-chosen and the Job carries a
// submission id; a create whose outcome is unknown (connection cut, timeout, 5xx, 429) is
// retried after checking with a GET whether the Job exists — with our submission id it is ours
// (success, alreadyExisted), with another it is a name conflict. A 409 AlreadyExists on create
// is checked the same way. Never uses generateName.
class KubeJobSubmitter : public JobSubmitter
{
    Q_OBJECT

public:
    struct Options
    {
        int maxAttempts = 4;
        std::chrono::milliseconds initialBackoff{300};
        std::chrono::milliseconds maxBackoff{4000};
    };

    KubeJobSubmitter(kube::KubeClient *client, QString defaultNamespace, QObject *parent = nullptr);
    KubeJobSubmitter(kube::KubeClient *client, QString defaultNamespace, Options options,
                     QObject *parent = nullptr);

    SubmitJob *submit(const QJsonObject &job, QObject *owner) override;
    CancelJob *cancel(const QString &namespaceName, const QString &name, QObject *owner) override;
    QString backendName() const override;

    kube::KubeClient *client() const;

private:
    QPointer<kube::KubeClient> m_client;
    QString m_namespace;
    Options m_options;
};

} // namespace plancia::jobs
