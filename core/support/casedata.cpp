#include "casedata.h"

#include "jobs/joblogs.h"
#include "kube/kubeclient.h"
#include "kube/views.h"

#include <QUrl>

namespace plancia::support {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::support::CaseDataJob)
};

QString enc(const QString &s)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(s));
}

} // namespace

CaseDataJob::CaseDataJob(kube::KubeClient *client, CaseData::Kind kind, QString namespaceName,
                         QString name, QObject *owner)
    : ResultJob<CaseData>(owner)
    , m_client(client)
{
    m_data.kind = kind;
    m_data.namespaceName = std::move(namespaceName);
    m_data.name = std::move(name);
}

void CaseDataJob::doCancel()
{
    for (const auto &c : std::as_const(m_children))
        delete c.data();
    m_children.clear();
}

void CaseDataJob::doStart()
{
    if (!m_client) {
        finishWith(Error::make(Error::Kind::Internal, Tr::tr("No Kubernetes client.")));
        return;
    }
    const bool isJob = m_data.kind == CaseData::Kind::Job;
    auto *get = m_client->get(isJob ? kube::ResourceKind::jobs() : kube::ResourceKind::pods(),
                              m_data.namespaceName, m_data.name, this);
    m_children.append(get);
    connect(get, &kube::KubeJob::finished, this, [this, isJob](const Result<QJsonObject> &r) {
        if (!r.ok()) {
            finishWith(r.error());
            return;
        }
        if (isJob) {
            m_data.job = r.value();
            readWorkload();
        } else {
            m_data.pods = {r.value()};
            readNodes();
        }
    });
}

void CaseDataJob::readWorkload()
{
    auto *list = m_client->listAll(kube::ResourceKind::workloads(), m_data.namespaceName, {}, this);
    m_children.append(list);
    const QString uid = kube::ObjectView(m_data.job).uid();
    connect(list, &kube::ListAllJob::finished, this, [this, uid](const Result<kube::KubeList> &r) {
        if (!r.ok()) {
            m_data.problems << Tr::tr("Workload: %1").arg(r.error().message);
        } else {
            for (const QJsonObject &w : r.value().items) {
                const auto owner = kube::WorkloadView(w).owner();
                if (owner && owner->kind == QLatin1String("Job") &&
                    (owner->uid == uid || (uid.isEmpty() && owner->name == m_data.name))) {
                    m_data.workload = w;
                    break;
                }
            }
        }
        readPods();
    });
}

void CaseDataJob::readPods()
{
    kube::ListOptions opts;
    opts.labelSelector = QStringLiteral("job-name=") + m_data.name;
    auto *list = m_client->listAll(kube::ResourceKind::pods(), m_data.namespaceName, opts, this);
    m_children.append(list);
    connect(list, &kube::ListAllJob::finished, this, [this](const Result<kube::KubeList> &r) {
        if (!r.ok())
            m_data.problems << Tr::tr("Pods: %1").arg(r.error().message);
        else
            m_data.pods = r.value().items;
        std::stable_sort(m_data.pods.begin(), m_data.pods.end(),
                         [](const QJsonObject &a, const QJsonObject &b) {
                             return kube::ObjectView(a).creationTimestamp() <
                                    kube::ObjectView(b).creationTimestamp();
                         });
        readNodes();
    });
}

void CaseDataJob::readNodes()
{
    QSet<QString> wanted;
    for (const QJsonObject &p : std::as_const(m_data.pods)) {
        const QString n = kube::PodView(p).nodeName();
        if (!n.isEmpty())
            wanted.insert(n);
    }
    if (wanted.isEmpty()) {
        readEvents();
        return;
    }
    auto *list = m_client->listAll(kube::ResourceKind::nodes(), QString(), {}, this);
    m_children.append(list);
    connect(list, &kube::ListAllJob::finished, this,
            [this, wanted](const Result<kube::KubeList> &r) {
                if (!r.ok()) {
                    m_data.problems << Tr::tr("Nodes: %1").arg(r.error().message);
                } else {
                    for (const QJsonObject &n : r.value().items) {
                        const QString name = kube::ObjectView(n).name();
                        if (wanted.contains(name))
                            m_data.nodes.insert(name, n);
                    }
                }
                readEvents();
            });
}

void CaseDataJob::readEvents()
{
    if (m_data.kind == CaseData::Kind::Job) {
        auto *ev = new jobs::JobEventsJob(m_client, m_data.namespaceName, m_data.name, this);
        m_children.append(ev);
        connect(ev, &jobs::JobEventsJob::finished, this,
                [this](const Result<QList<QJsonObject>> &r) {
                    if (!r.ok())
                        m_data.problems << Tr::tr("Events: %1").arg(r.error().message);
                    else
                        m_data.events = r.value();
                    readLogs();
                });
        ev->start();
        return;
    }
    kube::ListOptions opts;
    opts.fieldSelector = QStringLiteral("involvedObject.name=") + m_data.name;
    auto *list = m_client->listAll(kube::ResourceKind::events(), m_data.namespaceName, opts, this);
    m_children.append(list);
    connect(list, &kube::ListAllJob::finished, this, [this](const Result<kube::KubeList> &r) {
        if (!r.ok()) {
            m_data.problems << Tr::tr("Events: %1").arg(r.error().message);
        } else {
            m_data.events = r.value().items;
            std::stable_sort(m_data.events.begin(), m_data.events.end(),
                             [](const QJsonObject &a, const QJsonObject &b) {
                                 return kube::EventView(a).lastTimestamp() <
                                        kube::EventView(b).lastTimestamp();
                             });
        }
        readLogs();
    });
}

void CaseDataJob::readLogs()
{
    // Newest pods first: the last attempt is the one that tells.
    for (auto it = m_data.pods.crbegin(); it != m_data.pods.crend(); ++it) {
        if (m_logPods.size() >= m_maxLogPods)
            break;
        m_logPods << kube::ObjectView(*it).name();
    }
    readNextLog();
}

void CaseDataJob::readNextLog()
{
    if (m_logPods.isEmpty()) {
        done();
        return;
    }
    const QString pod = m_logPods.takeFirst();
    const QString path = QStringLiteral("/api/v1/namespaces/%1/pods/%2/log")
                             .arg(enc(m_data.namespaceName), enc(pod));
    HttpRequest req = HttpRequest::get(
        m_client->url(path, {{QStringLiteral("tailLines"), QString::number(m_tail)},
                             {QStringLiteral("timestamps"), QStringLiteral("true")}}));
    req.timeout = std::chrono::seconds(20);
    auto *http = m_client->createHttpJob(req, this);
    m_children.append(http);
    connect(http, &HttpJob::finished, this, [this, pod](const HttpResult &r) {
        if (!r.ok()) {
            m_data.problems << Tr::tr("Log of %1: %2").arg(pod, r.error().message);
        } else {
            QStringList lines = QString::fromUtf8(r.value().body).split(QLatin1Char('\n'));
            while (!lines.isEmpty() && lines.last().isEmpty())
                lines.removeLast();
            m_data.logs.insert(pod, lines);
        }
        readNextLog();
    });
    http->start();
}

void CaseDataJob::done()
{
    m_data.collected = QDateTime::currentDateTimeUtc();
    finishWith(m_data);
}

} // namespace plancia::support
