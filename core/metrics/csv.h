#pragma once

#include "metrics/timeseries.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace plancia::metrics {

// CSV (RFC 4180: CRLF line ends, fields with a comma, quote, CR or LF quoted, quotes doubled),
// UTF-8, for the chart's "Export data" and `plancia-cli usage --output csv`.
QByteArray csvField(const QString &field);
QByteArray csvRow(const QStringList &fields);

// Time series in long form, one row per sample: series,time,timestamp,value (time in ISO 8601
// UTC, timestamp in seconds since the epoch, value as Prometheus writes it: NaN, +Inf, -Inf).
QByteArray toCsv(const QVector<Series> &series);

// A table of per-category totals (the stacked bars): category,<set 1>,<set 2>,...
struct BarTable
{
    QStringList categories;
    struct Set
    {
        QString name;
        QVector<double> values; // one per category
    };
    QVector<Set> sets;
};
QByteArray toCsv(const BarTable &table);

// A number as CSV writes it: shortest exact form, NaN, +Inf, -Inf.
QString csvNumber(double v);

} // namespace plancia::metrics
