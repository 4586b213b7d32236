#include "usage/accountingmodel.h"

#include <QLocale>

namespace plancia::usage {

using metrics::queries::GroupBy;

namespace {

double field(const AccountingRow &r, int column)
{
    switch (column) {
    case AccountingModel::GpuHours:
        return r.gpuHours;
    case AccountingModel::CpuHours:
        return r.cpuHours;
    case AccountingModel::GpuEfficiency:
        return r.gpuEfficiency;
    case AccountingModel::CpuEfficiency:
        return r.cpuEfficiency;
    default:
        return kNoData;
    }
}

} // namespace

AccountingModel::AccountingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AccountingModel::setViewer(const Viewer &viewer)
{
    m_viewer = viewer;
    refilter();
}

void AccountingModel::setReport(const AccountingReport &report)
{
    const bool byChanged = report.request.by != m_report.request.by;
    m_report = report;
    refilter();
    if (byChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, Name, Name);
}

void AccountingModel::clear()
{
    setReport(AccountingReport{m_report.request, {}, false, false, {}});
}

void AccountingModel::refilter()
{
    beginResetModel();
    m_rows = visibleRows(m_report.rows, m_report.request.by, m_viewer);
    endResetModel();
}

AccountingRow AccountingModel::totals() const
{
    AccountingRow t;
    t.name = tr("Total");
    const auto add = [](double &sum, double v) {
        if (hasData(v))
            sum = hasData(sum) ? sum + v : v;
    };
    for (const AccountingRow &r : m_rows) {
        add(t.gpuHours, r.gpuHours);
        add(t.cpuHours, r.cpuHours);
    }
    return t;
}

QByteArray AccountingModel::csv() const
{
    return accountingCsv(m_rows, m_report.request.by);
}

int AccountingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountingRow &r = m_rows.at(index.row());
    const int c = index.column();
    if (c == Name) {
        switch (role) {
        case Qt::DisplayRole:
            if (!r.name.isEmpty())
                return r.name;
            return groupBy() == GroupBy::Project ? tr("(no project)") : tr("(other namespaces)");
        case SortRole:
            return r.name;
        case HasDataRole:
            return true;
        default:
            return {};
        }
    }
    const double v = field(r, c);
    switch (role) {
    case Qt::DisplayRole:
        if (!hasData(v))
            return tr("no data");
        if (c == GpuEfficiency || c == CpuEfficiency)
            return tr("%1 %").arg(QLocale().toString(v, 'f', 1));
        return QLocale().toString(v, 'f', 1);
    case Qt::ToolTipRole:
        return hasData(v) ? QVariant(QLocale().toString(v, 'g', 10))
                          : QVariant(tr("Prometheus has no series for this in the period."));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        // Below every real figure, so "no data" gathers at one end.
        return hasData(v) ? v : -1.0;
    case HasDataRole:
        return hasData(v);
    default:
        return {};
    }
}

QVariant AccountingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return groupBy() == GroupBy::Project ? tr("Project") : tr("User");
    case GpuHours:
        return tr("GPU-hours");
    case CpuHours:
        return tr("CPU-hours");
    case GpuEfficiency:
        return tr("GPU efficiency");
    case CpuEfficiency:
        return tr("CPU efficiency");
    default:
        return {};
    }
}

} // namespace plancia::usage
