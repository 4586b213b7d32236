#include "common/charts/timeserieschart.h"

#include "metrics/decimate.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QFile>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace plancia::ui {

namespace {

constexpr int kHoverLines = 12;
// The main thread's share of a background refresh per event-loop turn: series are handed to Qt
// Charts (each costs it a path and a stroke) until this much time has gone.
constexpr qint64 kFeedSliceNs = 5'000'000;
// Beyond this many series, lines are drawn 1 px wide.
constexpr qsizetype kThinLines = 8;

QString formatValue(double v, const QString &unit)
{
    if (std::isnan(v))
        return TimeSeriesChart::tr("no value");
    const QString n = QLocale().toString(v, 'g', 6);
    return unit.isEmpty() ? n : TimeSeriesChart::tr("%1 %2").arg(n, unit);
}

QString nameOf(const metrics::Series &s)
{
    return s.name.isEmpty() ? metrics::seriesName(s.labels) : s.name;
}

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing, false);
    // One paint of everything: the default (the union of each changed line's rectangle) clips
    // every line by a region of many rectangles, and a chart being fed costs three times more.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    // Lines change shape on every refresh: a BSP index of the scene would be rebuilt each time.
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TimeSeriesChart::startRefresh);
    m_feedTimer.setSingleShot(true);
    m_feedTimer.setInterval(0);
    connect(&m_feedTimer, &QTimer::timeout, this, &TimeSeriesChart::feedSome);
    connect(&m_decimation, &QFutureWatcherBase::finished, this, &TimeSeriesChart::onDecimated);
    // The plot area settles after layouts (legend, axis labels): decimate for its real width.
    // With many series the budget, not the width, sets the columns: nothing to redo then.
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        if (m_mode != Mode::Lines)
            return;
        const int plot = plotColumns();
        if (metrics::columnsWithin(plot, m_data.size(), kMaxDrawnPoints) != m_requestedColumns)
            scheduleRefresh();
        else if (!m_refreshing)
            m_lastColumns = plot;
    });
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::resetChart()
{
    cancelRefresh();
    m_rawPoints = 0;
    m_requestedColumns = 0;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *a : c->axes())
        c->removeAxis(a), delete a;
    m_timeAxis = nullptr;
    m_valueAxis = nullptr;
    m_categoryAxis = nullptr;
    m_barSeries = nullptr;
    m_lines.clear();
    m_data.clear();
    m_bars = {};
    m_barVisible.clear();
    m_mode = Mode::Empty;
}

void TimeSeriesChart::clear()
{
    resetChart();
}

void TimeSeriesChart::setValueTitle(const QString &title)
{
    m_valueTitle = title;
    if (m_valueAxis)
        m_valueAxis->setTitleText(title);
}

void TimeSeriesChart::setValueRange(double min, double max)
{
    m_fixedMin = min;
    m_fixedMax = max;
    updateValueRange();
}

void TimeSeriesChart::setSeries(QVector<metrics::Series> series, double gapMs)
{
    resetChart();
    m_mode = Mode::Lines;
    m_data = std::move(series);
    m_gap = gapMs;
    m_dataFrom = std::numeric_limits<double>::infinity();
    m_dataTo = -std::numeric_limits<double>::infinity();
    for (const auto &s : std::as_const(m_data)) {
        m_rawPoints += s.size();
        if (!s.t.isEmpty()) {
            m_dataFrom = std::min(m_dataFrom, s.t.constFirst());
            m_dataTo = std::max(m_dataTo, s.t.constLast());
        }
    }
    if (!(m_dataTo > m_dataFrom)) { // no data, or a single instant: a minute around it
        const double at =
            std::isfinite(m_dataFrom) ? m_dataFrom : double(QDateTime::currentMSecsSinceEpoch());
        m_dataFrom = at - 30000;
        m_dataTo = at + 30000;
    }
    m_from = m_dataFrom;
    m_to = m_dataTo;

    m_timeAxis = new QDateTimeAxis;
    m_valueAxis = new QValueAxis;
    m_valueAxis->setTitleText(m_valueTitle);
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);
    m_lines.resize(m_data.size());
    for (int i = 0; i < m_data.size(); ++i)
        addSegment(i);
    connectMarkers();
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, &TimeSeriesChart::onAxisRangeChanged);
    if (m_rawPoints <= kSyncPoints) {
        refresh();
    } else {
        // Not painted until the lines are in: the first layout of many legend entries and
        // axes would otherwise come with a paint in the same turn.
        holdPaint(true);
        applyWindow();
        updateValueRange();
        scheduleRefresh();
    }
}

QLineSeries *TimeSeriesChart::addSegment(int index)
{
    auto *s = new QLineSeries;
    const bool first = m_lines[index].segments.isEmpty();
    if (first)
        s->setName(nameOf(std::as_const(m_data)[index]));
    chart()->addSeries(s); // the theme's colour and pen, then ours
    if (m_data.size() > kThinLines) {
        // Many lines: 1 px each. Qt's default 2 px pen costs twice the paint, and crowds them.
        QPen pen = s->pen();
        pen.setWidth(1);
        s->setPen(pen);
    }
    s->attachAxis(m_timeAxis);
    s->attachAxis(m_valueAxis);
    if (first) {
        m_lines[index].color = s->color();
    } else {
        s->setColor(m_lines[index].color);
        for (QLegendMarker *m : chart()->legend()->markers(s))
            m->setVisible(false);
    }
    s->setVisible(m_lines[index].visible);
    m_lines[index].segments.append(s);
    return s;
}

void TimeSeriesChart::connectMarkers()
{
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker *m : markers) {
        int index = -1;
        if (m_mode == Mode::Lines) {
            for (int i = 0; i < m_lines.size() && index < 0; ++i) {
                if (!m_lines[i].segments.isEmpty() && m->series() == m_lines[i].segments.first())
                    index = i;
            }
        } else if (m_mode == Mode::StackedBars && m_barSeries) {
            const auto sets = m_barSeries->barSets();
            for (int i = 0; i < sets.size(); ++i) {
                if (m->label() == sets[i]->label())
                    index = i;
            }
        }
        if (index < 0)
            continue;
        connect(m, &QLegendMarker::clicked, this,
                [this, index] { setSeriesVisible(index, !isSeriesVisible(index)); });
    }
}

void TimeSeriesChart::setBars(metrics::BarTable table)
{
    resetChart();
    m_mode = Mode::StackedBars;
    m_bars = std::move(table);
    m_barVisible = QVector<bool>(m_bars.sets.size(), true);
    m_barSeries = new QStackedBarSeries;
    for (const auto &set : m_bars.sets) {
        auto *bs = new QBarSet(set.name);
        for (qsizetype c = 0; c < m_bars.categories.size(); ++c)
            bs->append(c < set.values.size() && std::isfinite(set.values[c]) ? set.values[c] : 0.0);
        m_barSeries->append(bs);
    }
    chart()->addSeries(m_barSeries);
    m_categoryAxis = new QBarCategoryAxis;
    m_categoryAxis->append(m_bars.categories);
    m_valueAxis = new QValueAxis;
    m_valueAxis->setTitleText(m_valueTitle);
    chart()->addAxis(m_categoryAxis, Qt::AlignBottom);
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);
    m_barSeries->attachAxis(m_categoryAxis);
    m_barSeries->attachAxis(m_valueAxis);
    connect(m_barSeries, &QStackedBarSeries::hovered, this,
            [this](bool on, int category, QBarSet *set) {
                if (!on) {
                    QToolTip::hideText();
                    return;
                }
                const int si = int(m_barSeries->barSets().indexOf(set));
                QToolTip::showText(QCursor::pos(), barHoverText(si, category), this);
            });
    connectMarkers();
    updateValueRange();
    Q_EMIT refreshed(0);
}

void TimeSeriesChart::setTimeWindow(double fromMs, double toMs)
{
    if (m_mode != Mode::Lines || !(toMs > fromMs))
        return;
    m_from = fromMs;
    m_to = toMs;
    if (m_rawPoints <= kSyncPoints)
        refresh();
    else
        scheduleRefresh();
    Q_EMIT timeWindowChanged(m_from, m_to);
}

void TimeSeriesChart::resetZoom()
{
    setTimeWindow(m_dataFrom, m_dataTo);
}

int TimeSeriesChart::plotColumns() const
{
    const int w = int(std::lround(chart()->plotArea().width()));
    // Before the first layout the plot area is empty: the view's width is a fair guess.
    return std::max(16, w > 0 ? w : width());
}

void TimeSeriesChart::cancelRefresh(bool keepPaintHeld)
{
    m_refreshTimer.stop();
    m_feedTimer.stop();
    ++m_generation; // a decimation still running is dropped when it ends
    m_feed.clear();
    m_feedNext = m_feedDrawn = 0;
    m_refreshing = false;
    if (!keepPaintHeld)
        holdPaint(false);
}

void TimeSeriesChart::holdPaint(bool hold)
{
    if (viewport()->updatesEnabled() == hold)
        viewport()->setUpdatesEnabled(!hold); // enabled again: one update of everything
}

void TimeSeriesChart::refresh()
{
    cancelRefresh();
    if (m_mode != Mode::Lines)
        return;
    const int plot = plotColumns();
    m_requestedColumns = metrics::columnsWithin(plot, m_data.size(), kMaxDrawnPoints);
    beginFeed(metrics::decimateForDrawing(m_data, m_from, m_to, m_requestedColumns, {m_gap}), plot,
              true);
}

void TimeSeriesChart::startRefresh()
{
    if (m_mode != Mode::Lines)
        return;
    if (m_rawPoints <= kSyncPoints) {
        refresh();
        return;
    }
    // What is drawn stays until the new points are ready (and unpainted, if it was).
    cancelRefresh(true);
    m_refreshing = true;
    m_jobPlotColumns = plotColumns();
    m_requestedColumns = metrics::columnsWithin(m_jobPlotColumns, m_data.size(), kMaxDrawnPoints);
    m_jobGeneration = m_generation;
    m_decimation.setFuture(
        metrics::decimateForDrawingInBackground(m_data, m_from, m_to, m_requestedColumns, {m_gap}));
}

void TimeSeriesChart::onDecimated()
{
    QFuture<QVector<metrics::DrawnSeries>> future = m_decimation.future();
    if (m_jobGeneration != m_generation || m_mode != Mode::Lines || !future.isFinished() ||
        future.resultCount() < 1)
        return;
    ++m_generation; // taken: a later finished() of the same job is nothing new
    auto lines = future.takeResult();
    if (lines.size() != m_lines.size())
        return;
    beginFeed(std::move(lines), m_jobPlotColumns, false);
}

void TimeSeriesChart::beginFeed(QVector<metrics::DrawnSeries> lines, int plotColumns, bool allNow)
{
    m_lastColumns = plotColumns;
    for (qsizetype i = 0; i < lines.size() && i < m_lines.size(); ++i) {
        m_lines[i].min = lines[i].min;
        m_lines[i].max = lines[i].max;
        if (!(lines[i].max >= lines[i].min)) // NaN: nothing in the window
            m_lines[i].min = 0, m_lines[i].max = -1;
    }
    // While fed over several turns, the chart is not painted: each paint costs about as much as
    // the final one (what is on screen stays meanwhile), and one paint plus one slice is what
    // the event loop waits at most.
    if (!allNow)
        holdPaint(true);
    // Axes first. Qt Charts lays out again every point it holds when an axis moves (a path and
    // a stroke per series): when one will, let go of the old points before, not after.
    const auto [lo, hi] = valueRange();
    const bool moves = m_timeAxis->min().toMSecsSinceEpoch() != qint64(m_from) ||
                       m_timeAxis->max().toMSecsSinceEpoch() != qint64(m_to) ||
                       m_valueAxis->min() != lo || m_valueAxis->max() != hi;
    if (moves) {
        for (const Line &line : std::as_const(m_lines)) {
            for (QLineSeries *seg : line.segments) {
                if (seg->count() > 0)
                    seg->clear();
            }
        }
    }
    applyWindow();
    updateValueRange();
    m_feed = std::move(lines);
    m_feedNext = m_feedDrawn = 0;
    m_refreshing = true;
    if (allNow) {
        while (m_feedNext < m_feed.size()) {
            m_feedDrawn += applyLine(int(m_feedNext), m_feed[m_feedNext]);
            ++m_feedNext;
        }
    }
    feedSome();
}

void TimeSeriesChart::feedSome()
{
    QElapsedTimer clock;
    clock.start();
    bool worked = false;
    while (m_feedNext < m_feed.size()) {
        m_feedDrawn += applyLine(int(m_feedNext), m_feed[m_feedNext]);
        ++m_feedNext;
        worked = true;
        if (clock.nsecsElapsed() >= kFeedSliceNs)
            break;
    }
    // The rest on the next turns; and the paint on a turn of its own, not after a slice.
    if (worked && !viewport()->updatesEnabled()) {
        m_feedTimer.start();
        return;
    }
    const qsizetype drawn = m_feedDrawn;
    m_feed.clear();
    m_feedNext = m_feedDrawn = 0;
    m_refreshing = false;
    holdPaint(false);
    Q_EMIT refreshed(drawn);
}

qsizetype TimeSeriesChart::applyLine(int index, const metrics::DrawnSeries &drawn)
{
    const auto &runs = drawn.runs;
    Line &line = m_lines[index];
    while (line.segments.size() < std::max<qsizetype>(1, runs.size()))
        addSegment(index);
    qsizetype n = 0;
    for (qsizetype r = 0; r < line.segments.size(); ++r) {
        QLineSeries *seg = line.segments[r];
        if (r < runs.size()) {
            seg->replace(runs[r]);
            n += runs[r].size();
        } else if (seg->count() > 0) {
            seg->clear(); // kept (empty) for the next refresh: its legend entry stays
        }
    }
    return n;
}

void TimeSeriesChart::applyWindow()
{
    m_settingRange = true;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(m_from)),
                         QDateTime::fromMSecsSinceEpoch(qint64(m_to)));
    const double span = m_to - m_from;
    m_timeAxis->setFormat(span > 3 * 86400e3 ? QStringLiteral("dd MMM")
                          : span > 86400e3   ? QStringLiteral("dd MMM HH:mm")
                                             : QStringLiteral("HH:mm"));
    m_settingRange = false;
}

void TimeSeriesChart::updateValueRange()
{
    if (!m_valueAxis)
        return;
    const auto [lo, hi] = valueRange();
    m_valueAxis->setRange(lo, hi);
}

std::pair<double, double> TimeSeriesChart::valueRange() const
{
    if (m_fixedMax > m_fixedMin)
        return {m_fixedMin, m_fixedMax};
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    if (m_mode == Mode::Lines) {
        for (const Line &line : m_lines) {
            if (line.visible && line.max >= line.min) {
                lo = std::min(lo, line.min);
                hi = std::max(hi, line.max);
            }
        }
    } else if (m_mode == Mode::StackedBars) {
        lo = 0;
        hi = 0;
        for (qsizetype c = 0; c < m_bars.categories.size(); ++c) {
            double sum = 0;
            for (qsizetype s = 0; s < m_bars.sets.size(); ++s) {
                if (m_barVisible.value(s) && c < m_bars.sets[s].values.size() &&
                    std::isfinite(m_bars.sets[s].values[c]))
                    sum += m_bars.sets[s].values[c];
            }
            hi = std::max(hi, sum);
        }
    }
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    if (hi <= lo)
        hi = lo + 1;
    const double pad = (hi - lo) * 0.05;
    return {lo >= 0 && lo - pad < 0 ? 0 : lo - pad, hi + pad};
}

void TimeSeriesChart::onAxisRangeChanged()
{
    if (m_settingRange || m_mode != Mode::Lines)
        return;
    // A rubber-band zoom moved the axis: decimate again for the new window.
    const double from = double(m_timeAxis->min().toMSecsSinceEpoch());
    const double to = double(m_timeAxis->max().toMSecsSinceEpoch());
    if (to > from && (from != m_from || to != m_to)) {
        m_from = from;
        m_to = to;
        scheduleRefresh();
        Q_EMIT timeWindowChanged(m_from, m_to);
    }
}

void TimeSeriesChart::scheduleRefresh()
{
    if (m_mode == Mode::Lines)
        m_refreshing = true;
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void TimeSeriesChart::setSeriesVisible(int index, bool visible)
{
    if (m_mode == Mode::Lines && index >= 0 && index < m_lines.size()) {
        m_lines[index].visible = visible;
    } else if (m_mode == Mode::StackedBars && index >= 0 && index < m_barVisible.size()) {
        m_barVisible[index] = visible;
    } else {
        return;
    }
    applyVisibility(index);
    updateValueRange();
}

bool TimeSeriesChart::isSeriesVisible(int index) const
{
    if (m_mode == Mode::Lines)
        return index >= 0 && index < m_lines.size() && m_lines[index].visible;
    return m_barVisible.value(index, false);
}

void TimeSeriesChart::applyVisibility(int index)
{
    QLegendMarker *marker = nullptr;
    if (m_mode == Mode::Lines) {
        const Line &line = m_lines[index];
        for (QLineSeries *seg : line.segments)
            seg->setVisible(line.visible);
        const auto ms = chart()->legend()->markers(line.segments.value(0));
        marker = ms.value(0);
    } else {
        QBarSet *set = m_barSeries->barSets().value(index);
        if (!set)
            return;
        // A bar set cannot be hidden: it is emptied, and refilled when shown again.
        const auto &values = m_bars.sets[index].values;
        for (qsizetype c = 0; c < m_bars.categories.size(); ++c) {
            const double v = c < values.size() && std::isfinite(values[c]) ? values[c] : 0.0;
            set->replace(c, m_barVisible[index] ? v : 0.0);
        }
        for (QLegendMarker *m : chart()->legend()->markers(m_barSeries)) {
            if (m->label() == set->label())
                marker = m;
        }
    }
    if (!marker)
        return;
    // The entry stays in the legend (to be clicked again), dimmed while its series is hidden.
    const bool on = isSeriesVisible(index);
    marker->setVisible(true);
    QColor label = chart()->legend()->labelColor();
    label.setAlphaF(on ? 1.0 : 0.4);
    marker->setLabelBrush(label);
    QBrush brush = marker->brush();
    QColor c = brush.color();
    c.setAlphaF(on ? 1.0 : 0.3);
    brush.setColor(c);
    marker->setBrush(brush);
}

QList<QLineSeries *> TimeSeriesChart::lineSegments(int index) const
{
    return index >= 0 && index < m_lines.size() ? m_lines[index].segments : QList<QLineSeries *>{};
}

qsizetype TimeSeriesChart::drawnPointCount(int index) const
{
    qsizetype n = 0;
    for (QLineSeries *seg : lineSegments(index))
        n += seg->count();
    return n;
}

QString TimeSeriesChart::hoverText(double xMs) const
{
    if (m_mode != Mode::Lines)
        return {};
    struct Row
    {
        QString name;
        double value;
    };
    QList<Row> rows;
    double at = std::numeric_limits<double>::quiet_NaN();
    double best = std::numeric_limits<double>::infinity();
    for (int i = 0; i < m_data.size(); ++i) {
        if (!m_lines[i].visible)
            continue;
        const qsizetype k = metrics::nearestSample(m_data[i], xMs);
        if (k < 0)
            continue;
        const double dt = std::abs(m_data[i].t[k] - xMs);
        if (dt < best) {
            best = dt;
            at = m_data[i].t[k];
        }
        rows.append({nameOf(m_data[i]), m_data[i].v[k]});
    }
    if (rows.isEmpty())
        return {};
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.value > b.value; });
    QStringList lines;
    lines << QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(at)), QLocale::ShortFormat);
    for (qsizetype i = 0; i < rows.size() && i < kHoverLines; ++i)
        lines << tr("%1: %2").arg(rows[i].name, formatValue(rows[i].value, m_unit));
    if (rows.size() > kHoverLines)
        lines << tr("and %n more", nullptr, int(rows.size() - kHoverLines));
    return lines.join(QLatin1Char('\n'));
}

QString TimeSeriesChart::barHoverText(int setIndex, int category) const
{
    if (setIndex < 0 || setIndex >= m_bars.sets.size() || category < 0 ||
        category >= m_bars.categories.size())
        return {};
    const auto &set = m_bars.sets[setIndex];
    const double v = category < set.values.size() ? set.values[category] : 0.0;
    return tr("%1, %2: %3").arg(m_bars.categories[category], set.name, formatValue(v, m_unit));
}

QByteArray TimeSeriesChart::csv() const
{
    switch (m_mode) {
    case Mode::Lines:
        return metrics::toCsv(m_data);
    case Mode::StackedBars:
        return metrics::toCsv(m_bars);
    case Mode::Empty:
        break;
    }
    return {};
}

bool TimeSeriesChart::exportPng(const QString &path, QString *error)
{
    if (m_refreshing)
        refresh(); // the picture has every line
    const QPixmap pixmap = grab();
    if (pixmap.isNull() || !pixmap.toImage().save(path, "PNG")) {
        if (error)
            *error = tr("The chart could not be saved as %1.").arg(path);
        return false;
    }
    return true;
}

bool TimeSeriesChart::exportCsv(const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv()) < 0 || !f.commit()) {
        if (error)
            *error = tr("The data could not be saved as %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // The plot area follows the layout; decimate again once it has settled.
    if (m_mode == Mode::Lines)
        scheduleRefresh();
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    if (m_mode != Mode::Lines || event->buttons() != Qt::NoButton)
        return;
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    if (!chart()->plotArea().contains(chartPos)) {
        QToolTip::hideText();
        return;
    }
    const double x = chart()->mapToValue(chartPos, lineSegments(0).value(0)).x();
    const QString text = hoverText(x);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void TimeSeriesChart::mouseReleaseEvent(QMouseEvent *event)
{
    // Qt Charts zooms out on a right click; we keep that, and re-decimate either way.
    QChartView::mouseReleaseEvent(event);
}

void TimeSeriesChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    QChartView::mouseDoubleClickEvent(event);
    resetZoom();
}

} // namespace plancia::ui
