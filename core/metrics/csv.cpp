#include "metrics/csv.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace plancia::metrics {

QByteArray csvField(const QString &field)
{
    QByteArray f = field.toUtf8();
    if (f.contains(',') || f.contains('"') || f.contains('\r') || f.contains('\n')) {
        f.replace("\"", "\"\"");
        return '"' + f + '"';
    }
    return f;
}

QByteArray csvRow(const QStringList &fields)
{
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            row += ',';
        row += csvField(fields[i]);
    }
    return row + "\r\n";
}

QString csvNumber(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QByteArray toCsv(const QVector<Series> &series)
{
    QByteArray out = csvRow({QStringLiteral("series"), QStringLiteral("time"),
                             QStringLiteral("timestamp"), QStringLiteral("value")});
    for (const Series &s : series) {
        const QByteArray name = csvField(s.name.isEmpty() ? seriesName(s.labels) : s.name);
        const qsizetype n = std::min(s.t.size(), s.v.size());
        out.reserve(out.size() + n * (name.size() + 48));
        for (qsizetype i = 0; i < n; ++i) {
            const qint64 ms = qint64(std::llround(s.t[i]));
            out += name;
            out += ',';
            out +=
                QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
            out += ',';
            out += QByteArray::number(double(ms) / 1000.0, 'f', 3);
            out += ',';
            out += csvNumber(s.v[i]).toLatin1();
            out += "\r\n";
        }
    }
    return out;
}

QByteArray toCsv(const BarTable &table)
{
    QStringList header{QStringLiteral("category")};
    for (const auto &set : table.sets)
        header << set.name;
    QByteArray out = csvRow(header);
    for (qsizetype c = 0; c < table.categories.size(); ++c) {
        QStringList row{table.categories[c]};
        for (const auto &set : table.sets)
            row << (c < set.values.size() ? csvNumber(set.values[c]) : QString());
        out += csvRow(row);
    }
    return out;
}

} // namespace plancia::metrics
