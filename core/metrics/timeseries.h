#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace plancia::metrics {

// A Prometheus label set. Sorted, as Prometheus prints it.
using Labels = QMap<QString, QString>;

// One series of a range query: a struct of arrays (two doubles per point, no per-point object)
// so that 64 series of 30 days at 5-minute steps stay at ~9 MB. Times are milliseconds since
// the epoch (UTC), the unit of Qt's datetime axis; values may be NaN (Prometheus's "NaN").
struct Series
{
    Labels labels;
    // What people see (a legend entry); empty: the caller names it from the labels.
    QString name;
    QVector<double> t;
    QVector<double> v;

    qsizetype size() const { return t.size(); }
    bool isEmpty() const { return t.isEmpty(); }
};

// One element of an instant vector.
struct Sample
{
    Labels labels;
    double timeMs = 0;
    double value = 0;
};

struct Scalar
{
    double timeMs = 0;
    double value = 0;
};

// The answer of query or query_range, typed by Prometheus's resultType.
struct QueryResult
{
    enum class Type { Vector, Matrix, Scalar, String };
    Type type = Type::Vector;
    QVector<Sample> vector; // Type::Vector
    QVector<Series> matrix; // Type::Matrix
    Scalar scalar;          // Type::Scalar (and the time of Type::String)
    QString string;         // Type::String
    // Prometheus's own warnings (and infos), kept for the log and a discreet notice.
    QStringList warnings;

    qsizetype pointCount() const;
};

// A display name for a label set: the values of `keys` that are present, joined by " / ";
// falls back to the whole set in Prometheus's notation ({a="1", b="2"}).
QString seriesName(const Labels &labels, const QStringList &keys = {});

} // namespace plancia::metrics
