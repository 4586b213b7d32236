#pragma once

#include "metrics/timeseries.h"
#include "net/httpclient.h"
#include "net/httprequest.h"
#include "net/job.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

namespace plancia {
class HttpJob;
} // namespace plancia

namespace plancia::metrics {

// A time window and its resolution for query_range.
struct Range
{
    QDateTime start;
    QDateTime end;
    std::chrono::seconds step{60};
};

// Prometheus keeps at most this many points per series in a range query.
constexpr int kMaxPointsPerSeries = 11000;

// The step for a range drawn `widthPx` pixels wide: the smallest "round" step (15 s, 30 s, 1 min,
// 2, 5, 10, 15, 30 min, 1, 2, 3, 6, 12 h, 1 d, 2 d, 7 d...) at or above `minimum` for which
// the reply holds at most one point per pixel (range / step + 1 <= widthPx) and never more
// than Prometheus's 11,000.
std::chrono::seconds stepFor(std::chrono::seconds range, int widthPx,
                             std::chrono::seconds minimum = std::chrono::seconds(15));
inline Range rangeFor(const QDateTime &start, const QDateTime &end, int widthPx,
                      std::chrono::seconds minimum = std::chrono::seconds(15))
{
    return Range{start, end, stepFor(std::chrono::seconds(start.secsTo(end)), widthPx, minimum)};
}

// Parses a query answer on a worker thread (QThreadPool::globalInstance()): a 20 MB matrix
// takes ~100 ms of CPU, which the event loop must not wait for. Watch it with a QFutureWatcher
// owned by whoever waits, so that nothing lands after they are gone.
QFuture<Result<QueryResult>> parseQueryResponseInBackground(QByteArray body, int httpStatus);

// query and query_range. The body is parsed on a worker thread when it is large, so that a
// 20 MB matrix never blocks the event loop; the result comes back through a QFutureWatcher
// owned by the job (a job deleted meanwhile receives nothing).
class QueryJob : public ResultJob<QueryResult>
{
    Q_OBJECT

public:
    QueryJob(HttpClient *client, HttpRequest request, QObject *owner);

    const HttpRequest &request() const { return m_request; }
    // Bodies at least this large are parsed on a worker thread.
    static constexpr qsizetype kThreadedParseBytes = 256 * 1024;

Q_SIGNALS:
    void finished(const plancia::Result<plancia::metrics::QueryResult> &result);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const Result<QueryResult> &r) override { Q_EMIT finished(r); }

private:
    void onHttp(const Result<HttpResponse> &r);

    QPointer<HttpClient> m_client;
    HttpRequest m_request;
    QPointer<HttpJob> m_http;
    QObject *m_watcher = nullptr;
};

// /api/v1/series.
class SeriesJob : public ResultJob<QVector<Labels>>
{
    Q_OBJECT

public:
    SeriesJob(HttpClient *client, HttpRequest request, QObject *owner);

Q_SIGNALS:
    void finished(const plancia::Result<QVector<plancia::metrics::Labels>> &result);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const Result<QVector<Labels>> &r) override { Q_EMIT finished(r); }

private:
    QPointer<HttpClient> m_client;
    HttpRequest m_request;
    QPointer<HttpJob> m_http;
};

// /api/v1/label/<name>/values and /api/v1/labels.
class LabelValuesJob : public ResultJob<QStringList>
{
    Q_OBJECT

public:
    LabelValuesJob(HttpClient *client, HttpRequest request, QObject *owner);

Q_SIGNALS:
    void finished(const plancia::Result<QStringList> &result);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const Result<QStringList> &r) override { Q_EMIT finished(r); }

private:
    QPointer<HttpClient> m_client;
    HttpRequest m_request;
    QPointer<HttpJob> m_http;
};

// The Prometheus HTTP API v1 on the Platform's configured client (its CA, and the bearer when
// the profile asks for one). Every call returns a started job parented to `owner`: connect to
// its finished() in the same breath; it ends exactly once and deletes itself.
class PrometheusClient : public QObject
{
    Q_OBJECT

public:
    // `baseUrl` is the server's root (Prometheus's --web.external-url), "api/v1/..." is added.
    PrometheusClient(HttpClient *http, QUrl baseUrl, QObject *parent = nullptr);

    HttpClient *http() const { return m_http; }
    QUrl baseUrl() const { return m_base; }
    // Queries whose encoded form is longer than this go as a POST form (URLs past ~8 KB are
    // refused by proxies; Prometheus accepts the same parameters in a form body).
    void setPostThreshold(qsizetype bytes) { m_postThreshold = bytes; }
    qsizetype postThreshold() const { return m_postThreshold; }
    // Prometheus's own evaluation limit (the `timeout` parameter); zero leaves the server's.
    void setQueryTimeout(std::chrono::seconds t) { m_queryTimeout = t; }

    // An instant query at `time` (now when invalid).
    QueryJob *query(const QString &promql, QObject *owner, const QDateTime &time = {});
    QueryJob *queryRange(const QString &promql, const Range &range, QObject *owner);
    // The label sets of the series matching any of `matchers` in [start, end] (all time when
    // invalid).
    SeriesJob *series(const QStringList &matchers, QObject *owner, const QDateTime &start = {},
                      const QDateTime &end = {});
    // The values of `label` (of the series matching `matchers`, if given).
    LabelValuesJob *labelValues(const QString &label, QObject *owner,
                                const QStringList &matchers = {}, const QDateTime &start = {},
                                const QDateTime &end = {});
    // All label names.
    LabelValuesJob *labelNames(QObject *owner);

    // The request a call would send (tests, diagnostics).
    HttpRequest buildRequest(const QString &endpoint,
                             const QList<QPair<QString, QString>> &params) const;

private:
    QPointer<HttpClient> m_http;
    QUrl m_base;
    qsizetype m_postThreshold = 2048;
    std::chrono::seconds m_queryTimeout{0};
};

} // namespace plancia::metrics
