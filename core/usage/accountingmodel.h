#pragma once

#include "usage/accounting.h"

#include <QAbstractTableModel>

namespace plancia::usage {

// The accounting rows of a period as a table: name (user or project), GPU-hours, CPU-hours,
// GPU efficiency, CPU efficiency. Display text is formatted ("no data" where Prometheus has
// none); SortRole gives the raw number (no data sorts below every figure), so a
// QSortFilterProxyModel sorts numerically. Only the rows the viewer may see are kept.
class AccountingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, GpuHours, CpuHours, GpuEfficiency, CpuEfficiency, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, HasDataRole };

    explicit AccountingModel(QObject *parent = nullptr);

    void setViewer(const Viewer &viewer);
    const Viewer &viewer() const { return m_viewer; }
    // Replaces the rows (filtered for the viewer).
    void setReport(const AccountingReport &report);
    void clear();

    const AccountingReport &report() const { return m_report; }
    const QVector<AccountingRow> &rows() const { return m_rows; }
    metrics::queries::GroupBy groupBy() const { return m_report.request.by; }
    // Sums of the visible rows (NaN when no row has data).
    AccountingRow totals() const;
    // The visible rows as CSV (accountingCsv).
    QByteArray csv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refilter();

    Viewer m_viewer;
    AccountingReport m_report;
    QVector<AccountingRow> m_rows;
};

} // namespace plancia::usage
