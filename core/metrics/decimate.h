#pragma once

#include "metrics/timeseries.h"

#include <QFuture>
#include <QPointF>
#include <QVector>

#include <limits>
#include <span>

namespace plancia::metrics {

// Min/max decimation per pixel column: what a line chart `columns` pixels wide can show of a
// series, with its extremes intact.
//
// The window [from, to] is cut into `columns` equal buckets. Of the samples in the window (plus
// the nearest one outside each end, so that the line reaches the edges) each bucket keeps its
// minimum and its maximum, in time order (one point when they coincide); the first and the last
// sample are always kept. So at most 2 * columns + 2 points come out, times never decrease, and
// every local peak or dip that a pixel column could show survives.
//
// Gaps: NaN values (Prometheus's staleness markers, missing scrapes) are never points. Between
// two samples further apart than max(gap, one bucket), or with a NaN between them that spans
// more than one bucket, the line breaks: a single point with a NaN y (at the midpoint in time)
// is put there, which split() below turns into separate segments. Shorter gaps cannot be seen
// at this resolution and are bridged. (Each bucket then still holds at most one segment, so the
// drawn points stay within 2 * columns + 2, plus one break marker per visible gap.)
struct DecimateOptions
{
    // The longest time between two samples that still counts as continuous (e.g. 2 steps of a
    // range query); 0 = only NaN values break the line.
    double gap = 0;
};

QVector<QPointF> decimateMinMax(std::span<const double> t, std::span<const double> v, double from,
                                double to, int columns, DecimateOptions options = {});
inline QVector<QPointF> decimateMinMax(const Series &s, double from, double to, int columns,
                                       DecimateOptions options = {})
{
    return decimateMinMax(std::span<const double>(s.t.constData(), size_t(s.t.size())),
                          std::span<const double>(s.v.constData(), size_t(s.v.size())), from, to,
                          columns, options);
}

// Splits decimated points at their NaN markers into runs that can be drawn as lines.
QVector<QVector<QPointF>> splitAtGaps(const QVector<QPointF> &points);

// What a chart draws of one series: decimateMinMax split at its gaps, with the extent of the
// values kept (NaN when nothing is in the window), so a value axis can be set before a single
// point reaches it.
struct DrawnSeries
{
    QVector<QVector<QPointF>> runs;
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
    qsizetype points = 0;
};

// The columns each of `seriesCount` series is decimated for, so that all of them together stay
// within about `maxPoints` drawn points (2 per column, + 2 each): the plot width while that fits,
// else fewer, wider columns (never under `minColumns`). Each column still keeps its minimum and
// maximum, so no extreme is lost; only where in a wider column it happened is coarser.
int columnsWithin(int plotColumns, qsizetype seriesCount, qsizetype maxPoints, int minColumns = 64);

// Every series decimated for one window and `columns` (bound them first with columnsWithin). Pure
// computation: safe on a worker thread with series the caller keeps (the vectors are shared).
QVector<DrawnSeries> decimateForDrawing(const QVector<Series> &series, double from, double to,
                                        int columns, DecimateOptions options = {});
// The same on the global thread pool.
QFuture<QVector<DrawnSeries>> decimateForDrawingInBackground(QVector<Series> series, double from,
                                                             double to, int columns,
                                                             DecimateOptions options = {});

// The index of the sample nearest to time `x` (binary search; times sorted), -1 if empty. NaN
// values are skipped in favour of the nearest real one.
qsizetype nearestSample(const Series &s, double x);

} // namespace plancia::metrics
