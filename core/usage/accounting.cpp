#include "usage/accounting.h"

#include "log/logging.h"

#include <QCoreApplication>
#include <QMap>
#include <QTimeZone>

#include <algorithm>

namespace plancia::usage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::usage::Accounting)
};

using metrics::queries::GroupBy;

enum Query { GpuHours, CpuHours, GpuEfficiency, CpuEfficiency, QueryCount };

} // namespace

Viewer Viewer::from(const UserInfo &user)
{
    return Viewer{user.username, user.groups, user.hasRole(Role::Admin)};
}

bool Viewer::sees(GroupBy by, const QString &name) const
{
    if (admin)
        return true;
    switch (by) {
    case GroupBy::User:
        return !name.isEmpty() && name == username;
    case GroupBy::Project:
        return !name.isEmpty() && groups.contains(name);
    case GroupBy::Namespace:
        return false;
    }
    return false;
}

QVector<AccountingRow> visibleRows(const QVector<AccountingRow> &rows, GroupBy by,
                                   const Viewer &viewer)
{
    QVector<AccountingRow> out;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(out),
                 [&](const AccountingRow &r) { return viewer.sees(by, r.name); });
    return out;
}

AccountingJob::AccountingJob(metrics::PrometheusClient *client, AccountingRequest request,
                             QObject *owner)
    : ResultJob(owner)
    , m_client(client)
    , m_request(std::move(request))
{}

void AccountingJob::doStart()
{
    if (!m_client) {
        finishWith(Error::make(Error::Kind::Config, Tr::tr("Prometheus is not configured.")));
        return;
    }
    const qint64 secs = m_request.from.secsTo(m_request.to);
    if (!m_request.from.isValid() || !m_request.to.isValid() || secs <= 0) {
        finishWith(
            Error::make(Error::Kind::Invalid, Tr::tr("The period must end after it starts.")));
        return;
    }
    // One resolution step at least, so that a short period still holds a sample.
    const std::chrono::seconds window(std::max<qint64>(secs, m_request.resolution.count()));
    metrics::queries::Accounting a;
    a.by = m_request.by;
    a.namespaceTemplate = m_request.namespaceTemplate;
    a.resolution = m_request.resolution;
    const QString promql[QueryCount] = {
        metrics::queries::gpuHours(a, window), metrics::queries::cpuHours(a, window),
        metrics::queries::gpuEfficiency(a, window), metrics::queries::cpuEfficiency(a, window)};
    // The queries' jobs live in a scope of their own: cancelling deletes it, nothing lands.
    m_scope = new QObject(this);
    m_answers.resize(QueryCount);
    m_ok.fill(false, QueryCount);
    m_pending = QueryCount;
    for (int i = 0; i < QueryCount; ++i) {
        auto *job = m_client->query(promql[i], m_scope, m_request.to);
        connect(job, &metrics::QueryJob::finished, this,
                [this, i](const Result<metrics::QueryResult> &r) { onAnswer(i, r); });
    }
}

void AccountingJob::doCancel()
{
    delete m_scope;
    m_scope = nullptr;
}

void AccountingJob::onAnswer(int which, const Result<metrics::QueryResult> &r)
{
    if (r.ok()) {
        m_answers[which] = r.value();
        m_ok[which] = true;
    } else if (which == GpuHours || !m_error) {
        if (which == GpuHours)
            m_error = r.error();
        else
            logger("core.usage")
                ->warn("accounting query {} failed: {}", which,
                       r.error().toLogString().toStdString());
    }
    if (--m_pending > 0)
        return;
    if (m_error && !m_ok[GpuHours]) {
        finishWith(*m_error);
        return;
    }
    const QString label = metrics::queries::groupLabel(m_request.by);
    QMap<QString, AccountingRow> rows;
    auto put = [&](int q, double AccountingRow::*field) {
        for (const metrics::Sample &s : m_answers[q].vector) {
            const QString name = s.labels.value(label);
            AccountingRow &row = rows[name];
            row.name = name;
            row.*field = std::isfinite(s.value) ? s.value : kNoData;
        }
    };
    put(GpuHours, &AccountingRow::gpuHours);
    put(CpuHours, &AccountingRow::cpuHours);
    put(GpuEfficiency, &AccountingRow::gpuEfficiency);
    put(CpuEfficiency, &AccountingRow::cpuEfficiency);
    AccountingReport report;
    report.request = m_request;
    report.rows = rows.values().toVector();
    report.cpuHoursAvailable = m_ok[CpuHours] && !m_answers[CpuHours].vector.isEmpty();
    report.cpuEfficiencyAvailable =
        m_ok[CpuEfficiency] && !m_answers[CpuEfficiency].vector.isEmpty();
    for (int q = 0; q < QueryCount; ++q) {
        if (!m_ok[q] && q != GpuHours)
            report.warnings << Tr::tr("Some CPU figures could not be read from Prometheus.");
        report.warnings << m_answers[q].warnings;
    }
    report.warnings.removeDuplicates();
    finishWith(report);
}

std::chrono::seconds barBucketFor(const QDateTime &from, const QDateTime &to)
{
    const qint64 days = from.secsTo(to) / 86400;
    return std::chrono::seconds(days > 14 ? 7 * 86400 : 86400);
}

metrics::Range barRange(const QDateTime &from, const QDateTime &to, std::chrono::seconds bucket)
{
    // Bucket ends from one bucket after `from` up to `to` (at least one bucket).
    QDateTime first = from.addSecs(bucket.count());
    if (first > to)
        first = to;
    return metrics::Range{first, to, bucket};
}

metrics::BarTable barsFromMatrix(const QVector<metrics::Series> &matrix, GroupBy by,
                                 std::chrono::seconds bucket, const Viewer &viewer)
{
    const QString label = metrics::queries::groupLabel(by);
    // Every bucket end that any series has, in order: the categories.
    QVector<double> ends;
    for (const metrics::Series &s : matrix)
        ends += s.t;
    std::sort(ends.begin(), ends.end());
    ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
    metrics::BarTable table;
    for (double end : ends) {
        const QDateTime start =
            QDateTime::fromMSecsSinceEpoch(qint64(end) - bucket.count() * 1000, QTimeZone::utc());
        table.categories << start.toString(QStringLiteral("yyyy-MM-dd"));
    }
    QMap<QString, metrics::BarTable::Set> sets;
    for (const metrics::Series &s : matrix) {
        const QString name = s.labels.value(label);
        if (!viewer.sees(by, name))
            continue;
        metrics::BarTable::Set &set = sets[name];
        if (set.values.isEmpty()) {
            set.name = name.isEmpty() ? (by == GroupBy::Project ? Tr::tr("(no project)")
                                                                : Tr::tr("(other namespaces)"))
                                      : name;
            set.values.fill(0, ends.size());
        }
        for (qsizetype i = 0; i < s.size(); ++i) {
            const auto at = std::lower_bound(ends.begin(), ends.end(), s.t.at(i)) - ends.begin();
            if (std::isfinite(s.v.at(i)))
                set.values[at] += s.v.at(i);
        }
    }
    table.sets = sets.values().toVector();
    return table;
}

QByteArray accountingCsv(const QVector<AccountingRow> &rows, GroupBy by)
{
    const auto number = [](double v) {
        return hasData(v) ? metrics::csvNumber(v) : QString();
    };
    QByteArray out = metrics::csvRow({metrics::queries::groupLabel(by), QStringLiteral("gpuHours"),
                                      QStringLiteral("cpuHours"), QStringLiteral("gpuEfficiency"),
                                      QStringLiteral("cpuEfficiency")});
    for (const AccountingRow &r : rows) {
        out += metrics::csvRow({r.name, number(r.gpuHours), number(r.cpuHours),
                                number(r.gpuEfficiency), number(r.cpuEfficiency)});
    }
    return out;
}

} // namespace plancia::usage
