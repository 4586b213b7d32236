#include "metrics/decimate.h"

#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace plancia::metrics {

QVector<QPointF> decimateMinMax(std::span<const double> t, std::span<const double> v, double from,
                                double to, int columns, DecimateOptions options)
{
    QVector<QPointF> out;
    const size_t n = std::min(t.size(), v.size());
    if (n == 0 || columns < 1 || !(to > from))
        return out;
    // The window's samples plus one neighbour on each side.
    size_t lo = size_t(std::lower_bound(t.begin(), t.begin() + n, from) - t.begin());
    size_t hi = size_t(std::upper_bound(t.begin(), t.begin() + n, to) - t.begin()); // exclusive
    if (lo > 0)
        --lo;
    if (hi < n)
        ++hi;
    if (lo >= hi)
        return out;

    const double width = (to - from) / columns;
    const double bridge =
        options.gap > 0 ? std::max(options.gap, width) : std::numeric_limits<double>::infinity();
    // Buckets 0..columns-1 cover [from, to] (`to` itself in the last); the neighbours outside
    // the window get buckets -1 and `columns`, one sample each.
    const auto bucketOf = [&](double x) -> qint64 {
        if (x < from)
            return -1;
        if (x > to)
            return columns;
        return std::min<qint64>(qint64((x - from) / width), columns - 1);
    };

    out.reserve(qsizetype(std::min<size_t>(hi - lo, size_t(2 * columns + 2))));
    // The current bucket's first, min and max sample indices.
    qint64 bucket = std::numeric_limits<qint64>::min();
    size_t first = 0, minI = 0, maxI = 0;
    bool open = false;
    size_t last = 0; // the previous real sample
    bool haveLast = false;
    bool nanSince = false; // a NaN since the previous real sample

    const auto flush = [&] {
        if (!open)
            return;
        size_t a = std::min(minI, maxI), b = std::max(minI, maxI);
        // The window's very first sample is kept even when it is no extreme of its bucket.
        if (out.isEmpty() && first != a)
            out.append(QPointF(t[first], v[first]));
        out.append(QPointF(t[a], v[a]));
        if (b != a)
            out.append(QPointF(t[b], v[b]));
        open = false;
    };

    for (size_t i = lo; i < hi; ++i) {
        const double y = v[i];
        if (std::isnan(y)) {
            nanSince = true;
            continue;
        }
        if (haveLast) {
            const double dt = t[i] - t[last];
            if (dt > bridge || (nanSince && dt > width)) {
                flush();
                out.append(QPointF((t[i] + t[last]) / 2, std::numeric_limits<double>::quiet_NaN()));
            }
        }
        nanSince = false;
        const qint64 b = bucketOf(t[i]);
        if (!open || b != bucket) {
            flush();
            bucket = b;
            first = minI = maxI = i;
            open = true;
        } else {
            if (y < v[minI])
                minI = i;
            if (y > v[maxI])
                maxI = i;
        }
        last = i;
        haveLast = true;
    }
    flush();
    // ...and the last one.
    if (haveLast &&
        (out.isEmpty() || out.constLast().x() != t[last] || std::isnan(out.constLast().y())))
        out.append(QPointF(t[last], v[last]));
    // A break marker never ends the line.
    while (!out.isEmpty() && std::isnan(out.constLast().y()))
        out.removeLast();
    return out;
}

QVector<QVector<QPointF>> splitAtGaps(const QVector<QPointF> &points)
{
    QVector<QVector<QPointF>> runs;
    QVector<QPointF> run;
    for (const QPointF &p : points) {
        if (std::isnan(p.y())) {
            if (!run.isEmpty())
                runs.append(std::move(run));
            run = {};
            continue;
        }
        run.append(p);
    }
    if (!run.isEmpty())
        runs.append(std::move(run));
    return runs;
}

int columnsWithin(int plotColumns, qsizetype seriesCount, qsizetype maxPoints, int minColumns)
{
    if (seriesCount <= 0 || maxPoints <= 0)
        return plotColumns;
    // 2 points per column and the 2 edge neighbours per series.
    const qsizetype fit = (maxPoints / seriesCount - 2) / 2;
    return int(std::clamp<qsizetype>(fit, std::min(minColumns, plotColumns), plotColumns));
}

QVector<DrawnSeries> decimateForDrawing(const QVector<Series> &series, double from, double to,
                                        int columns, DecimateOptions options)
{
    QVector<DrawnSeries> out(series.size());
    for (qsizetype i = 0; i < series.size(); ++i) {
        DrawnSeries &d = out[i];
        d.runs = splitAtGaps(decimateMinMax(series[i], from, to, columns, options));
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (const auto &run : std::as_const(d.runs)) {
            d.points += run.size();
            for (const QPointF &p : run) {
                if (std::isfinite(p.y())) {
                    lo = std::min(lo, p.y());
                    hi = std::max(hi, p.y());
                }
            }
        }
        if (hi >= lo) {
            d.min = lo;
            d.max = hi;
        }
    }
    return out;
}

QFuture<QVector<DrawnSeries>> decimateForDrawingInBackground(QVector<Series> series, double from,
                                                             double to, int columns,
                                                             DecimateOptions options)
{
    using R = QVector<DrawnSeries>;
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    QThreadPool::globalInstance()->start(
        [promise, series = std::move(series), from, to, columns, options] {
            promise->start();
            promise->addResult(decimateForDrawing(series, from, to, columns, options));
            promise->finish();
        });
    return future;
}

qsizetype nearestSample(const Series &s, double x)
{
    const qsizetype n = std::min(s.t.size(), s.v.size());
    if (n == 0)
        return -1;
    const auto it = std::lower_bound(s.t.constBegin(), s.t.constBegin() + n, x);
    qsizetype right = it - s.t.constBegin();
    qsizetype left = right - 1;
    // Walk outwards past NaNs on both sides; take the closer real sample.
    while (right < n && std::isnan(s.v[right]))
        ++right;
    while (left >= 0 && std::isnan(s.v[left]))
        --left;
    if (right >= n)
        return left;
    if (left < 0)
        return right;
    return (x - s.t[left] <= s.t[right] - x) ? left : right;
}

} // namespace plancia::metrics
