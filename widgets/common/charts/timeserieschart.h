#pragma once

#include "metrics/csv.h"
#include "metrics/timeseries.h"

#include <QChartView>
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
// time window; redone on resize and zoom), never the raw samples, so a 30-day matrix of 64
// series costs a few thousand points per series however long the range. The raw data is kept:
// hovering shows the nearest sample's exact time and values, and the CSV export writes it all.
// A series with gaps (staleness, no samples) is drawn as several line segments that share one
// legend entry and colour. Clicking a legend entry hides or shows its series.
// Zoom: drag horizontally over the plot; double-click (or resetZoom()) shows everything again.
class TimeSeriesChart : public QChartView
{
    Q_OBJECT

public:
    enum class Mode { Empty, Lines, StackedBars };

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

    // Redo the decimation now (also done by itself, coalesced, on resize and zoom).
    void refresh();

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
    };
    void resetChart();
    void scheduleRefresh();
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
    int m_lastColumns = 0;
    bool m_settingRange = false;
};

} // namespace plancia::ui
