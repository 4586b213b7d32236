// The time-series chart (offscreen): data in -> series and axes out, decimation bounds, zoom,
// legend toggles, hover values, CSV and PNG export, stacked bars.

#include "common/charts/timeserieschart.h"
#include "metrics/csv.h"
#include "testsupport.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateTimeAxis>
#include <QFile>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace plancia;
using plancia::ui::TimeSeriesChart;

namespace {

constexpr double kT0 = 1767225600000.0; // 2026-01-01 UTC, ms

metrics::Series wave(const QString &name, qsizetype n, double amplitude, double offset = 0)
{
    metrics::Series s;
    s.name = name;
    for (qsizetype i = 0; i < n; ++i) {
        s.t.append(kT0 + double(i) * 300000);
        s.v.append(offset + amplitude * std::sin(double(i) / 50.0));
    }
    return s;
}

int visibleMarkers(TimeSeriesChart &c)
{
    int n = 0;
    for (QLegendMarker *m : c.chart()->legend()->markers())
        n += m->isVisible() ? 1 : 0;
    return n;
}

} // namespace

class TstTimeSeriesChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void linesAreDecimated()
    {
        TimeSeriesChart chart;
        chart.resize(900, 500);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVector<metrics::Series> data{wave(QStringLiteral("A100 / 0"), 8640, 40, 50),
                                      wave(QStringLiteral("A100 / 1"), 8640, 10, 20),
                                      wave(QStringLiteral("T4 / 0"), 8640, 5, 5)};
        data[0].v[4000] = 140; // a spike
        chart.setSeries(data);
        chart.refresh();
        QCOMPARE(chart.mode(), TimeSeriesChart::Mode::Lines);
        QCOMPARE(chart.chart()->series().size(), 3);
        QVERIFY(QTest::qWaitFor([&] { return visibleMarkers(chart) == 3; }, 5000));
        // Decimated for the plot area's real width once the layout has settled.
        QVERIFY(
            QTest::qWaitFor([&] { return chart.decimatedColumns() == chart.plotColumns(); }, 5000));
        const int columns = chart.plotColumns();
        QVERIFY(columns > 100 && columns < 900);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(chart.drawnPointCount(i) <= 2 * columns + 2);
            QVERIFY(chart.drawnPointCount(i) > columns / 2);
        }
        // The spike reached Qt Charts.
        QVERIFY(chart.lineSegments(0).first()->points().contains(QPointF(data[0].t[4000], 140)));
        QCOMPARE(double(chart.timeAxis()->min().toMSecsSinceEpoch()), data[0].t.first());
        QCOMPARE(double(chart.timeAxis()->max().toMSecsSinceEpoch()), data[0].t.last());
        QVERIFY(chart.valueAxis()->max() >= 140);
        QVERIFY(chart.valueAxis()->min() <= 0.0);
        // The raw data is kept, untouched.
        QCOMPARE(chart.series()[0].size(), 8640);

        // Wider: decimated again for the new width.
        chart.resize(1400, 500);
        QVERIFY(QTest::qWaitFor([&] { return chart.plotColumns() > columns + 300; }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return chart.drawnPointCount(0) > 2 * columns + 2; }, 5000));
        QVERIFY(chart.drawnPointCount(0) <= 2 * chart.plotColumns() + 2);
    }

    void zoom()
    {
        TimeSeriesChart chart;
        chart.resize(800, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setSeries({wave(QStringLiteral("x"), 8640, 1)});
        QSignalSpy spy(&chart, &TimeSeriesChart::timeWindowChanged);
        const double from = kT0 + 86400e3, to = kT0 + 2 * 86400e3;
        chart.setTimeWindow(from, to);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(double(chart.timeAxis()->min().toMSecsSinceEpoch()), from);
        QCOMPARE(double(chart.timeAxis()->max().toMSecsSinceEpoch()), to);
        // One day of 5-minute samples (288) on ~700 px: every sample in the window, plus one
        // neighbour each side, and nothing further out.
        const auto pts = chart.lineSegments(0).first()->points();
        QCOMPARE(pts.size(), 288 + 1 + 2);
        QVERIFY(pts.first().x() >= from - 300000 && pts.last().x() <= to + 300000);
        chart.resetZoom();
        QCOMPARE(double(chart.timeAxis()->min().toMSecsSinceEpoch()), kT0);
    }

    void legendToggle()
    {
        TimeSeriesChart chart;
        chart.resize(800, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setSeries({wave(QStringLiteral("a"), 100, 1), wave(QStringLiteral("b"), 100, 100)});
        QVERIFY(QTest::qWaitFor([&] { return visibleMarkers(chart) == 2; }, 5000));
        const auto markers = chart.chart()->legend()->markers();
        QCOMPARE(markers.size(), 2);
        Q_EMIT markers[1]->clicked();
        QVERIFY(!chart.isSeriesVisible(1));
        QVERIFY(!chart.lineSegments(1).first()->isVisible());
        QVERIFY(markers[1]->isVisible());       // still there, to be clicked again
        QVERIFY(chart.valueAxis()->max() < 50); // the range follows what is shown
        QVERIFY(!chart.hoverText(kT0).contains(QStringLiteral("b:")));
        Q_EMIT markers[1]->clicked();
        QVERIFY(chart.isSeriesVisible(1));
        QVERIFY(chart.lineSegments(1).first()->isVisible());
        QVERIFY(chart.valueAxis()->max() >= 99);
    }

    void gapsShareOneLegendEntry()
    {
        TimeSeriesChart chart;
        chart.resize(800, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        metrics::Series s = wave(QStringLiteral("stale"), 2000, 1);
        for (int i = 800; i < 1200; ++i)
            s.v[i] = NAN;
        chart.setSeries({s});
        chart.refresh();
        QCOMPARE(chart.lineSegments(0).size(), 2);
        QVERIFY(QTest::qWaitFor([&] { return visibleMarkers(chart) == 1; }, 5000));
        QCOMPARE(chart.lineSegments(0)[1]->color(), chart.lineSegments(0)[0]->color());
        chart.setSeriesVisible(0, false);
        QVERIFY(!chart.lineSegments(0)[1]->isVisible());
    }

    void hoverShowsExactValues()
    {
        TimeSeriesChart chart;
        chart.setValueUnit(QStringLiteral("%"));
        metrics::Series a;
        a.name = QStringLiteral("hub-a100-2 / 0");
        a.t = {kT0, kT0 + 300000, kT0 + 600000};
        a.v = {12.25, 97.5, 3};
        chart.setSeries({a});
        const QString text = chart.hoverText(kT0 + 310000); // nearest: the second sample
        QVERIFY2(text.contains(QStringLiteral("hub-a100-2 / 0: 97.5 %")), qPrintable(text));
        QVERIFY(text.contains(QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(qint64(kT0 + 300000)), QLocale::ShortFormat)));
    }

    void exports()
    {
        QTemporaryDir dir;
        TimeSeriesChart chart;
        chart.resize(640, 360);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QVector<metrics::Series> data{wave(QStringLiteral("a, \"quoted\""), 50, 1)};
        chart.setSeries(data);
        QCOMPARE(chart.csv(), metrics::toCsv(data));
        QVERIFY(chart.csv().startsWith("series,time,timestamp,value\r\n\"a, \"\"quoted\"\"\","));
        const QString csvPath = dir.filePath(QStringLiteral("data.csv"));
        QVERIFY(chart.exportCsv(csvPath));
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), metrics::toCsv(data));
        QCOMPARE(QByteArray(metrics::toCsv(data)).count("\r\n"), 51);

        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(chart.exportPng(png));
        QVERIFY(QFileInfo(png).size() > 1000);
        const QImage img(png);
        QCOMPARE(img.size(), chart.size() * chart.devicePixelRatio());
        QString why;
        QVERIFY(!chart.exportCsv(dir.filePath(QStringLiteral("no/such/dir/x.csv")), &why));
        QVERIFY(!why.isEmpty());
    }

    void stackedBars()
    {
        TimeSeriesChart chart;
        chart.resize(800, 400);
        chart.show();
        metrics::BarTable t;
        t.categories = {QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed")};
        t.sets = {{QStringLiteral("alice"), {1, 2, 3}}, {QStringLiteral("bob"), {10, 0, 5}}};
        chart.setBars(t);
        QCOMPARE(chart.mode(), TimeSeriesChart::Mode::StackedBars);
        QVERIFY(chart.barSeries());
        QCOMPARE(chart.barSeries()->count(), 2);
        QCOMPARE(chart.categoryAxis()->categories(), t.categories);
        QVERIFY(chart.valueAxis()->max() >= 11); // Mon: 1 + 10 stacked
        QCOMPARE(chart.barHoverText(1, 0), QStringLiteral("Mon, bob: 10"));
        QCOMPARE(chart.csv(),
                 QByteArray("category,alice,bob\r\nMon,1,10\r\nTue,2,0\r\nWed,3,5\r\n"));
        const auto markers = chart.chart()->legend()->markers();
        QCOMPARE(markers.size(), 2);
        Q_EMIT markers[1]->clicked();
        QVERIFY(!chart.isSeriesVisible(1));
        QCOMPARE(chart.barSeries()->barSets()[1]->at(0), 0.0);
        QVERIFY(chart.valueAxis()->max() < 10);
        Q_EMIT markers[1]->clicked();
        QCOMPARE(chart.barSeries()->barSets()[1]->at(0), 10.0);
        // The data export is the data, whatever is hidden.
        QVERIFY(chart.csv().contains("Mon,1,10"));
    }

    // 64 series of 30 days: decimated off the main thread, fed over several turns, within the
    // drawn-points budget, every series' extremes still drawn; zoom and export on such data.
    void largeDataInTheBackground()
    {
        TimeSeriesChart chart;
        chart.resize(1200, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVector<metrics::Series> data;
        for (int k = 0; k < 64; ++k) {
            data.append(wave(QStringLiteral("gpu %1").arg(k), 8640, 30, 50));
            data.last().v[100 * k + 50] = 200 + k; // one spike each
        }
        QSignalSpy refreshed(&chart, &TimeSeriesChart::refreshed);
        chart.setSeries(data, 600000);
        QVERIFY(chart.isRefreshing()); // not drawn yet: returned at once
        QCOMPARE(chart.drawnPointCount(0), 0);
        QVERIFY(QTest::qWaitFor([&] { return !chart.isRefreshing(); }, 10000));
        QVERIFY(refreshed.count() >= 1);
        const qsizetype drawn = refreshed.last().at(0).value<qsizetype>();
        qsizetype counted = 0;
        for (int k = 0; k < 64; ++k) {
            counted += chart.drawnPointCount(k);
            const auto pts = chart.lineSegments(k).first()->points();
            QVERIFY2(pts.contains(QPointF(data[k].t[100 * k + 50], 200 + k)),
                     qPrintable(QString::number(k)));
        }
        QCOMPARE(counted, drawn);
        QVERIFY(drawn <= TimeSeriesChart::kMaxDrawnPoints);
        QVERIFY(drawn > TimeSeriesChart::kMaxDrawnPoints / 2);
        QVERIFY(chart.valueAxis()->max() >= 263);
        QCOMPARE(chart.lineSegments(0).first()->pen().width(), 1); // many lines: thin
        QVERIFY(chart.viewport()->updatesEnabled());

        // Zoom: asynchronous too; the axis and the points follow once done.
        const double from = kT0 + 86400e3, to = kT0 + 2 * 86400e3;
        chart.setTimeWindow(from, to);
        QCOMPARE(chart.windowStart(), from);
        QVERIFY(QTest::qWaitFor([&] { return !chart.isRefreshing(); }, 10000));
        QCOMPARE(double(chart.timeAxis()->min().toMSecsSinceEpoch()), from);
        QCOMPARE(double(chart.timeAxis()->max().toMSecsSinceEpoch()), to);
        const auto pts = chart.lineSegments(3).first()->points();
        QCOMPARE(pts.size(), 288 + 1 + 2); // at most 2 samples a column: min/max keeps them all
        QVERIFY(pts.first().x() >= from - 300000 && pts.last().x() <= to + 300000);

        // A PNG asked for meanwhile waits for every line; refresh() is synchronous.
        chart.resetZoom();
        QVERIFY(chart.isRefreshing());
        QTemporaryDir dir;
        QVERIFY(chart.exportPng(dir.filePath(QStringLiteral("c.png"))));
        QVERIFY(!chart.isRefreshing());
        QCOMPARE(double(chart.timeAxis()->min().toMSecsSinceEpoch()), kT0);
        QVERIFY(chart.drawnPointCount(63) > 100);
        QVERIFY(chart.viewport()->updatesEnabled());
    }

    void emptyData()
    {
        TimeSeriesChart chart;
        chart.setSeries({});
        QCOMPARE(chart.chart()->series().size(), 0);
        QVERIFY(chart.hoverText(kT0).isEmpty());
        QCOMPARE(chart.csv(), QByteArray("series,time,timestamp,value\r\n"));
    }
};

QTEST_MAIN(TstTimeSeriesChart)
#include "tst_timeserieschart.moc"
