#pragma once

#include "metrics/prometheusclient.h"
#include "net/error.h"
#include "usage/accounting.h"
#include "usage/savepath.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace plancia {
class Platform;
}

namespace plancia::ui {

class RangePicker;
class TimeSeriesChart;

// The Usage page's "Over time" tab: one chart at a time, chosen in a selector (GPU utilisation
// per model or per node, GPU memory used per model or per GPU, GPU-hours per user or per project
// as stacked bars per day or week), over the range picker's period at the step that fits the
// chart's width. Exports the chart as PNG and its data as CSV.
class UsageChartsView : public QWidget
{
    Q_OBJECT

public:
    enum class Kind {
        UtilisationPerModel,
        UtilisationPerNode,
        MemoryPerModel,
        MemoryPerGpu,
        GpuHoursPerUser,
        GpuHoursPerProject
    };
    Q_ENUM(Kind)
    enum class State { Idle, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit UsageChartsView(QWidget *parent = nullptr);
    ~UsageChartsView() override;

    void setPlatform(Platform *platform);
    void setViewer(const usage::Viewer &viewer);
    void setSavePathProvider(SavePathProvider provider) { m_savePath = std::move(provider); }

    void setKind(Kind kind);
    Kind kind() const;
    // Queries the chart's data again (what Retry and the range picker do).
    void reload();
    // Loads once when data is wanted and none is there (the page calls it when shown).
    void ensureLoaded();

    State state() const { return m_state; }
    const Error &lastError() const { return m_error; }
    // The range of the last query sent.
    const metrics::Range &lastRange() const { return m_range; }

    TimeSeriesChart *chart() const { return m_chart; }
    RangePicker *rangePicker() const { return m_rangePicker; }
    QComboBox *kindBox() const { return m_kind; }
    QPushButton *exportPngButton() const { return m_png; }
    QPushButton *exportCsvButton() const { return m_csv; }
    QString statusText() const;

    // Export to a path (the buttons ask for one first). False with a reason shown.
    bool exportPng(const QString &path);
    bool exportCsv(const QString &path);

Q_SIGNALS:
    void loaded();
    void failed(const plancia::Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onLines(const Result<metrics::QueryResult> &r, double gapMs);
    void onBars(const Result<metrics::QueryResult> &r, std::chrono::seconds bucket);
    void setState(State state, const QString &status = {});
    void askAndExport(bool png);
    int chartWidth() const;

    QPointer<Platform> m_platform;
    usage::Viewer m_viewer;
    SavePathProvider m_savePath = askSavePath;
    QObject *m_scope = nullptr;
    State m_state = State::Idle;
    Error m_error;
    metrics::Range m_range;
    bool m_dirty = true;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    RangePicker *m_rangePicker;
    QPushButton *m_png;
    QPushButton *m_csv;
    QLabel *m_status;
    TimeSeriesChart *m_chart;
};

} // namespace plancia::ui
