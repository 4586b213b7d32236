#pragma once

#include "metrics/csv.h"
#include "metrics/timeseries.h"

#include "metrics/decimate.h"

#include <QChartView>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QBarCategoryAxis;
class QDateTimeAxis;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace plancia::ui {

// A reusable chart of Prometheus data on Qt Charts: lines over a datetime axis, or stacked bars
// of per-day/week totals.
//
// Lines are fed only decimated points (metrics::decimateMinMax for the current plot width and
// time window; redone on resize and zoom), never the raw samples, and never more than about
// kMaxDrawnPoints in all: many series share the budget (wider min/max columns, extremes kept),
// so one paint stays short however long the range. Small data (up to kSyncPoints samples) is
// decimated and drawn before setSeries()/setTimeWindow() return; larger data is decimated on a
// worker thread and handed to Qt Charts a few series per event-loop turn, so the event loop
// never waits long (isRefreshing() meanwhile; refreshed() when all is drawn). The raw data is kept:
// hovering shows the nearest sample's exact time and values, and the CSV export writes it all.
// A series with gaps (staleness, no samples) is drawn as several line segments that share one
// legend entry and colour. Clicking a legend entry hides or shows its series.
// Zoom: drag horizontally over the plot; double-click (or resetZoom()) shows everything again.
class TimeSeriesChart : public QChartView
{
    Q_OBJECT

public:
    enum class Mode { Empty, Lines, StackedBars };
    // Raw samples up to which lines are drawn synchronously.
    static constexpr qsizetype kSyncPoints = 30000;
    // About the most points handed to Qt Charts for all lines together.
    static constexpr qsizetype kMaxDrawnPoints = 32000;

    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    // Lines. Names from Series::name (else from the labels). `gapMs`: samples further apart
    // than this are not joined (e.g. twice the query's step); 0 joins everything but NaNs.
    void setSeries(QVector<metrics::Series> series, double gapMs = 0);
    // Stacked bars: one bar per category, one stacked segment per set.
    void setBars(metrics::BarTable table);
    void clear();

    Mode mode() const { return m_mode; }
    const QVector<metrics::Series> &series() const { return m_data; }
    const metrics::BarTable &bars() const { return m_bars; }

    // The value axis: title, unit (shown on hover) and a fixed range (min >= max: automatic).
    void setValueTitle(const QString &title);
    void setValueUnit(const QString &unit) { m_unit = unit; }
    void setValueRange(double min, double max);

    // The shown time window (ms since the epoch); resetZoom() goes back to the data's extent.
    void setTimeWindow(double fromMs, double toMs);
    void resetZoom();
    double windowStart() const { return m_from; }
    double windowEnd() const { return m_to; }

    // Legend toggles (also by clicking the legend entry). Index into series() or bars().sets.
    void setSeriesVisible(int index, bool visible);
    bool isSeriesVisible(int index) const;

    // The plot area's width in pixels: the decimation's column count.
    int plotColumns() const;
    // The column count the last refresh decimated for.
    int decimatedColumns() const { return m_lastColumns; }
    // What reaches Qt Charts for series `index`: its line segments and their point count.
    QList<QLineSeries *> lineSegments(int index) const;
    qsizetype drawnPointCount(int index) const;
    QDateTimeAxis *timeAxis() const { return m_timeAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }
    QBarCategoryAxis *categoryAxis() const { return m_categoryAxis; }
    QStackedBarSeries *barSeries() const { return m_barSeries; }

    // The exact values nearest to time `xMs` (the hover text), from the raw data.
    QString hoverText(double xMs) const;
    // For bars: the hover text of a segment.
    QString barHoverText(int setIndex, int category) const;

    // The data as CSV (metrics::toCsv: long form for lines, a table for bars).
    QByteArray csv() const;
    // Write the chart as shown (PNG) or its data (CSV). False with a reason for people.
    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportCsv(const QString &path, QString *error = nullptr);

    // Redo the decimation now, synchronously, whatever the size (also done by itself,
    // coalesced, on resize and zoom).
    void refresh();
    // Lines are being decimated or fed to Qt Charts; refreshed() follows.
    bool isRefreshing() const { return m_refreshing; }

Q_SIGNALS:
    void timeWindowChanged(double fromMs, double toMs);
    // After every refresh: the points handed to Qt Charts in all (benchmarks, tests).
    void refreshed(qsizetype drawnPoints);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    struct Line
    {
        QList<QLineSeries *> segments;
        QColor color;
        bool visible = true;
        // The extent of the drawn values (max < min: none), for the value axis.
        double min = 0, max = -1;
    };
    void resetChart();
    void cancelRefresh(bool keepPaintHeld = false);
    void scheduleRefresh();
    void startRefresh();
    void onDecimated();
    void beginFeed(QVector<metrics::DrawnSeries> lines, int plotColumns, bool allNow);
    void feedSome();
    void holdPaint(bool hold);
    qsizetype applyLine(int index, const metrics::DrawnSeries &drawn);
    void applyWindow();
    std::pair<double, double> valueRange() const;
    void onAxisRangeChanged();
    void updateValueRange();
    void applyVisibility(int index);
    QLineSeries *addSegment(int index);
    void connectMarkers();

    Mode m_mode = Mode::Empty;
    QVector<metrics::Series> m_data;
    metrics::BarTable m_bars;
    QVector<bool> m_barVisible;
    QVector<Line> m_lines;
    double m_gap = 0;
    double m_dataFrom = 0, m_dataTo = 0; // extent of the data
    double m_from = 0, m_to = 0;         // the window shown
    double m_fixedMin = 0, m_fixedMax = 0;
    QString m_unit;
    QString m_valueTitle;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QStackedBarSeries *m_barSeries = nullptr;
    QTimer m_refreshTimer;
    qsizetype m_rawPoints = 0;
    // The background refresh: the decimation job, then the feed, a slice per turn.
    QFutureWatcher<QVector<metrics::DrawnSeries>> m_decimation;
    quint64 m_generation = 0, m_jobGeneration = 0;
    int m_jobPlotColumns = 0;
    QVector<metrics::DrawnSeries> m_feed;
    qsizetype m_feedNext = 0, m_feedDrawn = 0;
    QTimer m_feedTimer;
    bool m_refreshing = false;
    int m_requestedColumns = 0; // per series, after the budget
    int m_lastColumns = 0;
    bool m_settingRange = false;
};

} // namespace plancia::ui
