#include "metrics/prometheusclient.h"

#include "log/logging.h"
#include "metrics/promparse.h"
#include "net/httpclient.h"
#include "net/httpjob.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <array>
#include <memory>

namespace plancia::metrics {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(plancia::metrics::PrometheusClient)
};

auto log()
{
    return logger("core.metrics");
}

QByteArray seconds(const QDateTime &t)
{
    return QByteArray::number(double(t.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}

Error noUrl()
{
    return Error::make(Error::Kind::Config,
                       Text::tr("The profile names no Prometheus server (prometheus.url)."));
}

// Starts `http` for `job`; `done` receives the complete answer, whatever its status (Prometheus
// explains its errors in the body).
template<typename JobT, typename Done>
QPointer<HttpJob> startHttp(JobT *job, HttpClient *client, const HttpRequest &request, Done done)
{
    auto *http = client->createJob(request, job);
    http->setTreatHttpErrorsAsErrors(false);
    QObject::connect(http, &HttpJob::finished, job, done);
    http->start();
    return http;
}

void logWarnings(const QueryResult &r)
{
    for (const QString &w : r.warnings)
        log()->warn("Prometheus warning: {}", w.toStdString());
}

} // namespace

std::chrono::seconds stepFor(std::chrono::seconds range, int widthPx, std::chrono::seconds minimum)
{
    using std::chrono::seconds;
    static constexpr std::array<qint64, 22> nice{
        1,    2,    5,    10,    15,    30,    60,    120,    300,    600,     900,
        1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800, 1209600, 2592000};
    const qint64 r = std::max<qint64>(range.count(), 0);
    const qint64 points = std::clamp(widthPx, 2, kMaxPointsPerSeries);
    // range / step + 1 <= points  <=>  step >= range / (points - 1)
    const qint64 needed = std::max<qint64>({(r + points - 2) / (points - 1), minimum.count(), 1});
    for (qint64 s : nice) {
        if (s >= needed)
            return seconds(s);
    }
    // Beyond a month per point: whole days.
    return seconds(((needed + 86399) / 86400) * 86400);
}

QFuture<Result<QueryResult>> parseQueryResponseInBackground(QByteArray body, int httpStatus)
{
    using R = Result<QueryResult>;
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    QThreadPool::globalInstance()->start([promise, body = std::move(body), httpStatus] {
        promise->start();
        promise->addResult(parseQueryResponse(body, httpStatus));
        promise->finish();
    });
    return future;
}

QueryJob::QueryJob(HttpClient *client, HttpRequest request, QObject *owner)
    : ResultJob(owner)
    , m_client(client)
    , m_request(std::move(request))
{}

void QueryJob::doStart()
{
    if (!m_request.url.isValid())
        return finishWith(noUrl());
    if (!m_client)
        return finishWith(Error::make(Error::Kind::Canceled, Text::tr("The platform is gone.")));
    m_http = startHttp(this, m_client, m_request, [this](const HttpResult &r) { onHttp(r); });
}

void QueryJob::onHttp(const Result<HttpResponse> &r)
{
    m_http = nullptr;
    if (!r.ok())
        return finishWith(r.error());
    const QByteArray body = r->body;
    const int status = r->status;
    if (body.size() < kThreadedParseBytes) {
        auto parsed = parseQueryResponse(body, status);
        if (parsed)
            logWarnings(parsed.value());
        return finishWith(std::move(parsed));
    }
    using R = Result<QueryResult>;
    auto *watcher = new QFutureWatcher<R>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        R parsed = watcher->future().takeResult();
        m_watcher = nullptr;
        watcher->deleteLater();
        if (parsed)
            logWarnings(parsed.value());
        finishWith(std::move(parsed));
    });
    watcher->setFuture(parseQueryResponseInBackground(body, status));
}

void QueryJob::doCancel()
{
    if (m_http)
        delete m_http.data();
    delete m_watcher; // the parse finishes on its thread; nobody hears of it
    m_watcher = nullptr;
}

SeriesJob::SeriesJob(HttpClient *client, HttpRequest request, QObject *owner)
    : ResultJob(owner)
    , m_client(client)
    , m_request(std::move(request))
{}

void SeriesJob::doStart()
{
    if (!m_request.url.isValid())
        return finishWith(noUrl());
    if (!m_client)
        return finishWith(Error::make(Error::Kind::Canceled, Text::tr("The platform is gone.")));
    m_http = startHttp(this, m_client, m_request, [this](const HttpResult &r) {
        if (!r.ok())
            return finishWith(r.error());
        finishWith(parseSeriesResponse(r->body, r->status));
    });
}

void SeriesJob::doCancel()
{
    if (m_http)
        delete m_http.data();
}

LabelValuesJob::LabelValuesJob(HttpClient *client, HttpRequest request, QObject *owner)
    : ResultJob(owner)
    , m_client(client)
    , m_request(std::move(request))
{}

void LabelValuesJob::doStart()
{
    if (!m_request.url.isValid())
        return finishWith(noUrl());
    if (!m_client)
        return finishWith(Error::make(Error::Kind::Canceled, Text::tr("The platform is gone.")));
    m_http = startHttp(this, m_client, m_request, [this](const HttpResult &r) {
        if (!r.ok())
            return finishWith(r.error());
        finishWith(parseStringListResponse(r->body, r->status));
    });
}

void LabelValuesJob::doCancel()
{
    if (m_http)
        delete m_http.data();
}

PrometheusClient::PrometheusClient(HttpClient *http, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_base(std::move(baseUrl))
{
    if (m_base.isValid() && !m_base.path().endsWith(QLatin1Char('/')))
        m_base.setPath(m_base.path() + QLatin1Char('/'));
}

HttpRequest PrometheusClient::buildRequest(const QString &endpoint,
                                           const QList<QPair<QString, QString>> &params) const
{
    if (!m_base.isValid() || m_base.isEmpty())
        return HttpRequest{}; // invalid URL: the job ends with a Config error
    QByteArray form;
    for (const auto &[k, v] : params) {
        if (!form.isEmpty())
            form += '&';
        // Every reserved character encoded: a '+' in PromQL must not become a space.
        form += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    QUrl url = m_base.resolved(QUrl(QStringLiteral("api/v1/") + endpoint));
    HttpRequest req;
    if (form.size() > m_postThreshold) {
        req = HttpRequest::post(url, form, "application/x-www-form-urlencoded");
        req.idempotent = true; // a read; Prometheus documents POST for long queries
    } else {
        if (!form.isEmpty())
            url.setQuery(QString::fromLatin1(form), QUrl::StrictMode);
        req = HttpRequest::get(url);
    }
    req.setHeader("Accept", "application/json");
    // Big matrices take a while to evaluate; the idle limit still notices a dead server.
    req.timeout = std::chrono::seconds(60);
    return req;
}

QueryJob *PrometheusClient::query(const QString &promql, QObject *owner, const QDateTime &time)
{
    QList<QPair<QString, QString>> p{{QStringLiteral("query"), promql}};
    if (time.isValid())
        p.append({QStringLiteral("time"), QString::fromLatin1(seconds(time))});
    if (m_queryTimeout.count() > 0)
        p.append({QStringLiteral("timeout"), QStringLiteral("%1s").arg(m_queryTimeout.count())});
    auto *job = new QueryJob(m_http, buildRequest(QStringLiteral("query"), p), owner);
    job->start();
    return job;
}

QueryJob *PrometheusClient::queryRange(const QString &promql, const Range &range, QObject *owner)
{
    QList<QPair<QString, QString>> p{
        {QStringLiteral("query"), promql},
        {QStringLiteral("start"), QString::fromLatin1(seconds(range.start))},
        {QStringLiteral("end"), QString::fromLatin1(seconds(range.end))},
        {QStringLiteral("step"),
         QStringLiteral("%1s").arg(std::max<qint64>(1, range.step.count()))}};
    if (m_queryTimeout.count() > 0)
        p.append({QStringLiteral("timeout"), QStringLiteral("%1s").arg(m_queryTimeout.count())});
    auto *job = new QueryJob(m_http, buildRequest(QStringLiteral("query_range"), p), owner);
    job->start();
    return job;
}

namespace {

QList<QPair<QString, QString>> matchParams(const QStringList &matchers, const QDateTime &start,
                                           const QDateTime &end)
{
    QList<QPair<QString, QString>> p;
    for (const QString &m : matchers)
        p.append({QStringLiteral("match[]"), m});
    if (start.isValid())
        p.append({QStringLiteral("start"), QString::fromLatin1(seconds(start))});
    if (end.isValid())
        p.append({QStringLiteral("end"), QString::fromLatin1(seconds(end))});
    return p;
}

} // namespace

SeriesJob *PrometheusClient::series(const QStringList &matchers, QObject *owner,
                                    const QDateTime &start, const QDateTime &end)
{
    auto *job = new SeriesJob(
        m_http, buildRequest(QStringLiteral("series"), matchParams(matchers, start, end)), owner);
    job->start();
    return job;
}

LabelValuesJob *PrometheusClient::labelValues(const QString &label, QObject *owner,
                                              const QStringList &matchers, const QDateTime &start,
                                              const QDateTime &end)
{
    const QString endpoint =
        QStringLiteral("label/%1/values").arg(QString::fromLatin1(QUrl::toPercentEncoding(label)));
    auto *job = new LabelValuesJob(
        m_http, buildRequest(endpoint, matchParams(matchers, start, end)), owner);
    job->start();
    return job;
}

LabelValuesJob *PrometheusClient::labelNames(QObject *owner)
{
    auto *job = new LabelValuesJob(m_http, buildRequest(QStringLiteral("labels"), {}), owner);
    job->start();
    return job;
}

} // namespace plancia::metrics
