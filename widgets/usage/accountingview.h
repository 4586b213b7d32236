#pragma once

#include "net/error.h"
#include "usage/accounting.h"
#include "usage/savepath.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace plancia {
class Platform;
namespace usage {
class AccountingModel;
}
} // namespace plancia

namespace plancia::ui {

class RangePicker;

// The Usage page's "Accounting" tab: for a period, GPU-hours, CPU-hours and efficiency per user
// or per project in a sortable table, with the totals and a CSV export. A researcher sees their
// own row and their projects' (a courtesy filter: the platform's Prometheus is not filtered per
// user); members of the admin group see everyone.
class AccountingView : public QWidget
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit AccountingView(QWidget *parent = nullptr);
    ~AccountingView() override;

    void setPlatform(Platform *platform);
    void setViewer(const usage::Viewer &viewer);
    void setSavePathProvider(SavePathProvider provider) { m_savePath = std::move(provider); }
    void setGroupBy(metrics::queries::GroupBy by);
    metrics::queries::GroupBy groupBy() const;

    void reload();
    void ensureLoaded();
    bool exportCsv(const QString &path);

    State state() const { return m_state; }
    const Error &lastError() const { return m_error; }
    // The period of the last query.
    QDateTime lastFrom() const { return m_from; }
    QDateTime lastTo() const { return m_to; }

    usage::AccountingModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    RangePicker *rangePicker() const { return m_rangePicker; }
    QComboBox *groupBox() const { return m_by; }
    QPushButton *exportCsvButton() const { return m_csv; }
    QString statusText() const;
    QString scopeText() const;
    QString totalsText() const;

Q_SIGNALS:
    void loaded();
    void failed(const plancia::Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onReport(const Result<usage::AccountingReport> &r);
    void setState(State state, const QString &status = {});
    void updateNotes();

    QPointer<Platform> m_platform;
    SavePathProvider m_savePath = askSavePath;
    QObject *m_scope = nullptr;
    State m_state = State::Idle;
    Error m_error;
    QDateTime m_from, m_to;
    bool m_dirty = true;
    QLabel *m_byLabel;
    QComboBox *m_by;
    RangePicker *m_rangePicker;
    QPushButton *m_csv;
    QLabel *m_status;
    QLabel *m_scopeNote;
    QLabel *m_totals;
    usage::AccountingModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace plancia::ui
