#pragma once

#include "auth/userinfo.h"
#include "metrics/csv.h"
#include "metrics/prometheusclient.h"
#include "metrics/queries.h"
#include "net/job.h"

#include <QDateTime>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVector>

#include <chrono>
#include <cmath>
#include <limits>
#include <optional>

// Accounting: who used what in a period (GPU-hours, CPU-hours, efficiency), per user or per
// project, from the named queries of core/metrics. Shared by the Usage page and
// `plancia-cli usage`.
namespace plancia::usage {

inline constexpr double kNoData = std::numeric_limits<double>::quiet_NaN();
inline bool hasData(double v)
{
    return !std::isnan(v);
}

// One user's or project's totals. NaN where Prometheus has no series for it (no data is not 0:
// a cluster without cAdvisor has no CPU usage at all).
struct AccountingRow
{
    QString name; // the user or project; empty: namespaces outside the template / no project
    double gpuHours = kNoData;
    double cpuHours = kNoData;
    double gpuEfficiency = kNoData; // %: mean utilisation of the devices while allocated
    double cpuEfficiency = kNoData; // %: CPU used over CPU requested
};

struct AccountingRequest
{
    metrics::queries::GroupBy by = metrics::queries::GroupBy::User;
    QDateTime from;
    QDateTime to;
    QString namespaceTemplate = QStringLiteral("user-{username}");
    std::chrono::seconds resolution{300};
};

struct AccountingReport
{
    AccountingRequest request;
    QVector<AccountingRow> rows; // sorted by name
    // Whether Prometheus had any CPU request / usage series in the period.
    bool cpuHoursAvailable = false;
    bool cpuEfficiencyAvailable = false;
    QStringList warnings;
};

// Who is looking: a researcher sees their own row (by user) and their projects' rows (by
// project); members of the admin group see everyone. The platform's Prometheus itself is not
// filtered per user (anyone with its URL can ask it anything), so this is a courtesy that keeps
// the view on what concerns the person, not a security boundary.
struct Viewer
{
    QString username;
    QStringList groups;
    bool admin = false;

    static Viewer from(const UserInfo &user);
    bool sees(metrics::queries::GroupBy by, const QString &name) const;
};
QVector<AccountingRow> visibleRows(const QVector<AccountingRow> &rows, metrics::queries::GroupBy by,
                                   const Viewer &viewer);

// The four accounting queries as instant queries at the period's end over the period, merged
// into rows. Fails when the GPU-hours query fails; a failing CPU query leaves its columns
// without data and a warning (a cluster may lack cAdvisor or kube-state-metrics' CPU series).
class AccountingJob : public ResultJob<AccountingReport>
{
    Q_OBJECT

public:
    AccountingJob(metrics::PrometheusClient *client, AccountingRequest request, QObject *owner);

Q_SIGNALS:
    void finished(const plancia::Result<plancia::usage::AccountingReport> &result);

protected:
    void doStart() override;
    void doCancel() override;
    void emitFinished(const Result<AccountingReport> &r) override { Q_EMIT finished(r); }

private:
    void onAnswer(int which, const Result<metrics::QueryResult> &r);

    QPointer<metrics::PrometheusClient> m_client;
    AccountingRequest m_request;
    QObject *m_scope = nullptr;
    int m_pending = 0;
    std::optional<Error> m_error;
    QVector<metrics::QueryResult> m_answers;
    QVector<bool> m_ok;
};

// Per day (periods up to 14 days) or per week: the bucket of the GPU-hours bars.
std::chrono::seconds barBucketFor(const QDateTime &from, const QDateTime &to);
// The range query of the bars: one evaluation per bucket end, step = bucket.
metrics::Range barRange(const QDateTime &from, const QDateTime &to, std::chrono::seconds bucket);
// A GPU-hours matrix (one series per user/project, a point per bucket end) as stacked bars:
// a category per bucket (its start as yyyy-MM-dd, UTC), a set per visible group.
metrics::BarTable barsFromMatrix(const QVector<metrics::Series> &matrix,
                                 metrics::queries::GroupBy by, std::chrono::seconds bucket,
                                 const Viewer &viewer);

// The rows as CSV with a header: user|project,gpuHours,cpuHours,gpuEfficiency,cpuEfficiency;
// no data is an empty field.
QByteArray accountingCsv(const QVector<AccountingRow> &rows, metrics::queries::GroupBy by);

} // namespace plancia::usage
