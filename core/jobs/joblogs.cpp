#include "jobs/joblogs.h"

#include "kube/kubeclient.h"
#include "kube/kubestatus.h"
#include "kube/views.h"
#include "net/httpjob.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace plancia::jobs {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::jobs::JobLogs)
};

// An RFC 3339 timestamp as (seconds since the epoch, nanoseconds): kubelet's RFC3339Nano drops
// trailing zeros, so the strings do not compare as text.
std::pair<qint64, qint64> stampKey(const QString &raw)
{
    if (raw.isEmpty())
        return {-1, 0};
    const qsizetype dot = raw.indexOf(u'.');
    QString whole = raw;
    qint64 nanos = 0;
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < raw.size() && raw.at(end).isDigit())
            ++end;
        QString frac = raw.mid(dot + 1, end - dot - 1).left(9);
        while (frac.size() < 9)
            frac += u'0';
        nanos = frac.toLongLong();
        whole = raw.left(dot) + raw.mid(end);
    }
    const QDateTime t = QDateTime::fromString(whole, Qt::ISODate);
    return {t.isValid() ? t.toSecsSinceEpoch() : -1, nanos};
}

bool isWaitingToStart(const Error &e)
{
    if (e.httpStatus != 400)
        return false;
    const QString m = e.message;
    return m.contains("waiting to start"_L1) || m.contains("ContainerCreating"_L1) ||
           m.contains("PodInitializing"_L1) || m.contains("is not available"_L1);
}

} // namespace

// ---- LogFollower ---------------------------------------------------------------------------

LogFollower::LogFollower(kube::KubeClient *client, QString namespaceName, QString pod,
                         Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(std::move(namespaceName))
    , m_pod(std::move(pod))
    , m_options(std::move(options))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LogFollower::connectStream);
}

LogFollower::~LogFollower()
{
    delete m_http.data();
}

LogLine LogFollower::parseLine(const QByteArray &line, const QString &pod)
{
    LogLine l;
    l.pod = pod;
    const qsizetype sp = line.indexOf(' ');
    if (sp > 0 && sp < 40 && line.size() > 10 && line.at(4) == '-' && line.at(10) == 'T') {
        l.rawTimestamp = QString::fromLatin1(line.left(sp));
        l.timestamp = QDateTime::fromString(l.rawTimestamp, Qt::ISODateWithMs);
        l.text = QString::fromUtf8(line.mid(sp + 1));
    } else {
        l.text = QString::fromUtf8(line);
    }
    return l;
}

void LogFollower::start()
{
    if (m_running)
        return;
    m_running = true;
    m_waitingSince = QDateTime::currentDateTimeUtc();
    QTimer::singleShot(0, this, &LogFollower::connectStream);
}

void LogFollower::stop()
{
    if (!m_running)
        return;
    m_retry.stop();
    delete m_http.data();
    end(Error::make(Error::Kind::Canceled, Tr::tr("Stopped following the log.")));
}

void LogFollower::dropStream()
{
    if (!m_http)
        return;
    delete m_http.data();
    m_decoder.reset();
    m_resuming = true;
    m_skip = m_sameStampSeen;
    ++m_reconnects;
    m_retry.start(0);
}

void LogFollower::connectStream()
{
    if (!m_running)
        return;
    if (!m_client) {
        end(Error::make(Error::Kind::Internal, Tr::tr("No Kubernetes client.")));
        return;
    }
    QList<QPair<QString, QString>> q{{u"timestamps"_s, u"true"_s}};
    if (m_options.follow)
        q.append({u"follow"_s, u"true"_s});
    if (!m_options.container.isEmpty())
        q.append({u"container"_s, m_options.container});
    if (!m_lastRaw.isEmpty()) {
        // sinceTime is whole seconds on the wire: lines of that second come again and are
        // skipped by deliver().
        const auto key = stampKey(m_lastRaw);
        q.append({u"sinceTime"_s,
                  QDateTime::fromSecsSinceEpoch(key.first, Qt::UTC).toString(Qt::ISODate)});
        m_resuming = true;
    } else if (m_options.tailLines) {
        q.append({u"tailLines"_s, QString::number(*m_options.tailLines)});
    }
    const QString path = u"/api/v1/namespaces/%1/pods/%2/log"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(m_namespace)),
        QString::fromLatin1(QUrl::toPercentEncoding(m_pod)));
    HttpRequest req = HttpRequest::get(m_client->url(path, q));
    req.streaming = true;
    // A quiet job prints nothing for long stretches; the connection is still alive.
    req.streamIdleTimeout = std::chrono::hours(24);
    m_decoder.reset();
    m_gotLineThisStream = false;
    auto *http = m_client->createHttpJob(req, this);
    m_http = http;
    http->setTreatHttpErrorsAsErrors(false);
    auto status = std::make_shared<int>(0);
    auto errorBody = std::make_shared<QByteArray>();
    connect(http, &HttpJob::responseStarted, this, [this, status](int s, const HeaderList &) {
        *status = s;
        if (s >= 200 && s < 300)
            Q_EMIT streaming();
    });
    connect(http, &HttpJob::chunk, this, [this, status, errorBody](const QByteArray &data) {
        if (*status >= 200 && *status < 300)
            onChunk(data);
        else if (errorBody->size() < 65536)
            errorBody->append(data);
    });
    connect(http, &HttpJob::finished, this, [this, errorBody](const HttpResult &result) {
        if (result.ok() && result.value().body.isEmpty() && !errorBody->isEmpty()) {
            HttpResponse r = result.value();
            r.body = *errorBody;
            onStreamFinished(HttpResult(r));
            return;
        }
        onStreamFinished(result);
    });
    http->start();
}

void LogFollower::onChunk(const QByteArray &data)
{
    const auto lines = m_decoder.feed(data);
    if (!lines.ok()) {
        delete m_http.data();
        end(lines.error());
        return;
    }
    deliver(lines.value());
}

void LogFollower::deliver(const QList<QByteArray> &raw)
{
    QList<LogLine> out;
    auto last = stampKey(m_lastRaw);
    for (const QByteArray &b : raw) {
        LogLine l = parseLine(b, m_pod);
        const auto key = stampKey(l.rawTimestamp);
        if (m_resuming && key.first >= 0) {
            if (key < last)
                continue;
            if (key == last && m_skip > 0) {
                --m_skip;
                continue;
            }
            m_resuming = false;
        }
        if (key.first >= 0) {
            if (key == last) {
                ++m_sameStampSeen;
            } else {
                last = key;
                m_lastRaw = l.rawTimestamp;
                m_sameStampSeen = 1;
            }
        }
        m_gotLineThisStream = true;
        out.append(std::move(l));
    }
    if (m_gotLineThisStream)
        m_reconnects = 0;
    if (!out.isEmpty())
        Q_EMIT lines(out);
}

void LogFollower::onStreamFinished(const HttpResult &result)
{
    if (!m_running)
        return;
    auto reconnect = [this](std::chrono::milliseconds delay) {
        m_skip = m_sameStampSeen;
        m_retry.start(delay);
    };
    if (!result.ok()) {
        // Cut mid-stream (or never connected): resume from the last timestamp.
        if (++m_reconnects > m_options.maxReconnects) {
            end(result.error());
            return;
        }
        m_resuming = !m_lastRaw.isEmpty();
        reconnect(m_options.retryInterval);
        return;
    }
    const HttpResponse &r = result.value();
    if (r.status < 200 || r.status >= 300) {
        const Error e = kube::errorFromResponse(r, u"GET pods/log"_s);
        const qint64 waited = m_waitingSince.msecsTo(QDateTime::currentDateTimeUtc());
        if (isWaitingToStart(e) && waited < m_options.waitToStart.count()) {
            reconnect(m_options.retryInterval);
            return;
        }
        end(e);
        return;
    }
    if (const auto tail = m_decoder.finish())
        deliver({*tail});
    if (!m_running)
        return;
    end(Ok{});
}

void LogFollower::end(const Status &status)
{
    if (!m_running)
        return;
    m_running = false;
    m_retry.stop();
    Q_EMIT finished(status);
}

// ---- JobLogFollower ------------------------------------------------------------------------

JobLogFollower::JobLogFollower(kube::KubeClient *client, QString namespaceName, QString jobName,
                               bool follow, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(std::move(namespaceName))
    , m_job(std::move(jobName))
    , m_follow(follow)
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &JobLogFollower::poll);
}

void JobLogFollower::start()
{
    if (m_running)
        return;
    m_running = true;
    QTimer::singleShot(0, this, &JobLogFollower::poll);
    if (m_follow)
        m_poll.start();
}

void JobLogFollower::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_poll.stop();
    for (const auto &f : std::as_const(m_followers)) {
        if (f)
            f->stop();
    }
    Q_EMIT finished(Error::make(Error::Kind::Canceled, Tr::tr("Stopped following the logs.")));
}

void JobLogFollower::poll()
{
    if (!m_running || m_polling || !m_client)
        return;
    m_polling = true;
    auto *get = m_client->get(kube::ResourceKind::jobs(), m_namespace, m_job, this);
    connect(get, &kube::KubeJob::finished, this, [this](const Result<QJsonObject> &job) {
        if (!m_running)
            return;
        if (!job.ok()) {
            m_polling = false;
            m_running = false;
            m_poll.stop();
            Q_EMIT finished(job.error());
            return;
        }
        const bool jobFinished = kube::JobView(job.value()).isFinished();
        kube::ListOptions opts;
        opts.limit = 0;
        opts.labelSelector = u"job-name=%1"_s.arg(m_job);
        auto *list = m_client->list(kube::ResourceKind::pods(), m_namespace, opts, this);
        connect(list, &kube::KubeJob::finished, this,
                [this, jobFinished](const Result<QJsonObject> &r) {
                    m_polling = false;
                    if (!m_running)
                        return;
                    QList<QJsonObject> pods;
                    if (r.ok()) {
                        for (const QJsonValue &v : r.value().value("items"_L1).toArray())
                            pods.append(v.toObject());
                    } else {
                        m_lastError = r.error();
                    }
                    onPods(pods, jobFinished);
                });
    });
}

void JobLogFollower::onPods(const QList<QJsonObject> &pods, bool jobFinished)
{
    m_jobFinished = jobFinished;
    QList<QJsonObject> sorted = pods;
    std::sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return kube::ObjectView(a).creationTimestamp() < kube::ObjectView(b).creationTimestamp();
    });
    for (const QJsonObject &p : std::as_const(sorted)) {
        const kube::PodView pod(p);
        if (m_followers.contains(pod.name()))
            continue;
        // A pod not yet bound has no log yet: the next poll takes it.
        if (pod.nodeName().isEmpty() && !pod.isTerminal())
            continue;
        LogFollower::Options o;
        o.follow = m_follow;
        auto *f = new LogFollower(m_client, m_namespace, pod.name(), o, this);
        m_followers.insert(pod.name(), f);
        connect(f, &LogFollower::lines, this, &JobLogFollower::lines);
        connect(f, &LogFollower::finished, this, [this, name = pod.name()](const Status &s) {
            if (!s.ok() && s.error().kind != Error::Kind::Canceled)
                m_lastError = s.error();
            m_ended.insert(name);
            maybeEnd();
        });
        f->start();
    }
    maybeEnd();
}

void JobLogFollower::maybeEnd()
{
    if (!m_running)
        return;
    if (m_ended.size() < m_followers.size())
        return;
    if (m_follow && !m_jobFinished)
        return;
    m_running = false;
    m_poll.stop();
    if (m_followers.isEmpty() && !m_lastError.message.isEmpty())
        Q_EMIT finished(m_lastError);
    else
        Q_EMIT finished(Ok{});
}

// ---- Events --------------------------------------------------------------------------------

bool eventConcernsJob(const QJsonObject &event, const QString &jobName)
{
    const kube::ObjectReference o = kube::EventView(event).involvedObject();
    if (o.kind == "Job"_L1)
        return o.name == jobName;
    if (o.kind == "Workload"_L1)
        return o.name.startsWith(u"job-"_s + jobName + u'-') &&
               o.name.size() == jobName.size() + 10; // job-<name>-<hash5>
    if (o.kind == "Pod"_L1) {
        if (!o.name.startsWith(jobName + u'-'))
            return false;
        // <job>-<suffix5> or <job>-<index>-<suffix5> (Indexed): no further dash-separated words.
        const QString rest = o.name.mid(jobName.size() + 1);
        return rest.count(u'-') <= 1;
    }
    return false;
}

JobEventsJob::JobEventsJob(kube::KubeClient *client, QString namespaceName, QString jobName,
                           QObject *owner)
    : ResultJob<QList<QJsonObject>>(owner)
    , m_client(client)
    , m_namespace(std::move(namespaceName))
    , m_job(std::move(jobName))
{}

void JobEventsJob::doStart()
{
    if (!m_client) {
        finishWith(Error::make(Error::Kind::Internal, Tr::tr("No Kubernetes client.")));
        return;
    }
    kube::ListOptions opts;
    m_list = m_client->listAll(kube::ResourceKind::events(), m_namespace, opts, this);
    connect(m_list, &kube::ListAllJob::finished, this, [this](const Result<kube::KubeList> &r) {
        if (!r.ok()) {
            finishWith(r.error());
            return;
        }
        QList<QJsonObject> out;
        for (const QJsonObject &e : r.value().items) {
            if (eventConcernsJob(e, m_job))
                out.append(e);
        }
        std::stable_sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return kube::EventView(a).lastTimestamp() < kube::EventView(b).lastTimestamp();
        });
        finishWith(out);
    });
}

void JobEventsJob::doCancel()
{
    if (m_list)
        delete m_list.data();
}

} // namespace plancia::jobs
