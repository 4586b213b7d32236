// Min/max decimation: extremes kept, bounded output, monotonic times, gaps, edge cases.

#include "metrics/decimate.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace plancia;
using namespace plancia::metrics;

namespace {

Series make(qsizetype n, double step, const std::function<double(qsizetype)> &f)
{
    Series s;
    for (qsizetype i = 0; i < n; ++i) {
        s.t.append(double(i) * step);
        s.v.append(f(i));
    }
    return s;
}

bool monotonic(const QVector<QPointF> &pts)
{
    for (qsizetype i = 1; i < pts.size(); ++i) {
        if (pts[i].x() < pts[i - 1].x())
            return false;
    }
    return true;
}

qsizetype realPoints(const QVector<QPointF> &pts)
{
    return std::count_if(pts.begin(), pts.end(),
                         [](const QPointF &p) { return !std::isnan(p.y()); });
}

} // namespace

class TstDecimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void empty()
    {
        QVERIFY(decimateMinMax(Series{}, 0, 100, 10).isEmpty());
        const Series s = make(5, 1, [](qsizetype i) { return double(i); });
        QVERIFY(decimateMinMax(s, 0, 4, 0).isEmpty());  // no columns
        QVERIFY(decimateMinMax(s, 4, 0, 10).isEmpty()); // no window
    }

    void singlePoint()
    {
        Series s;
        s.t = {50};
        s.v = {7};
        const auto out = decimateMinMax(s, 0, 100, 10);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0], QPointF(50, 7));
    }

    void smallInputUnchanged()
    {
        // Fewer samples than columns: every sample comes out.
        const Series s = make(20, 1, [](qsizetype i) { return double(i * i % 7); });
        const auto out = decimateMinMax(s, 0, 19, 100);
        QCOMPARE(out.size(), 20);
        for (qsizetype i = 0; i < 20; ++i)
            QCOMPARE(out[i], QPointF(s.t[i], s.v[i]));
    }

    void extremesKeptAndBounded_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("n");
        QTest::newRow("800 px, 8640 samples") << 800 << 8640;
        QTest::newRow("100 px, 100000 samples") << 100 << 100000;
        QTest::newRow("7 px, 1000 samples") << 7 << 1000;
        QTest::newRow("1 px") << 1 << 500;
    }
    void extremesKeptAndBounded()
    {
        QFETCH(int, columns);
        QFETCH(int, n);
        QRandomGenerator rng(7);
        Series s = make(n, 300, [&](qsizetype) { return rng.generateDouble() * 100; });
        // Spikes one sample wide: a decimation that averages would lose them.
        s.v[n / 3] = 1000;
        s.v[2 * n / 3] = -1000;
        const double from = s.t.first(), to = s.t.last();
        const auto out = decimateMinMax(s, from, to, columns);
        QVERIFY(out.size() <= 2 * columns + 2);
        QVERIFY(monotonic(out));
        QCOMPARE(out.first(), QPointF(s.t.first(), s.v.first()));
        QCOMPARE(out.last(), QPointF(s.t.last(), s.v.last()));
        QVERIFY(out.contains(QPointF(s.t[n / 3], 1000)));
        QVERIFY(out.contains(QPointF(s.t[2 * n / 3], -1000)));
        // Per column: the decimated min and max equal the raw ones.
        const double w = (to - from) / columns;
        for (int c = 0; c < columns; ++c) {
            double rawMin = INFINITY, rawMax = -INFINITY, outMin = INFINITY, outMax = -INFINITY;
            const auto col = [&](double x) {
                return std::min(int((x - from) / w), columns - 1);
            };
            for (qsizetype i = 0; i < n; ++i) {
                if (col(s.t[i]) == c) {
                    rawMin = std::min(rawMin, s.v[i]);
                    rawMax = std::max(rawMax, s.v[i]);
                }
            }
            for (const QPointF &p : out) {
                if (col(p.x()) == c) {
                    outMin = std::min(outMin, p.y());
                    outMax = std::max(outMax, p.y());
                }
            }
            QCOMPARE(outMin, rawMin);
            QCOMPARE(outMax, rawMax);
        }
    }

    void zoomedWindowReachesTheEdges()
    {
        const Series s = make(1000, 10, [](qsizetype i) { return double(i); });
        const auto out = decimateMinMax(s, 2005, 3005, 50);
        // The neighbours outside the window are kept, so the line crosses both edges.
        QCOMPARE(out.first().x(), 2000.0);
        QCOMPARE(out.last().x(), 3010.0);
        QVERIFY(out.size() <= 2 * 50 + 2);
        QVERIFY(monotonic(out));
    }

    void nanGaps()
    {
        // Staleness: a run of NaNs in the middle breaks the line once; NaN is never a point.
        Series s =
            make(1000, 1, [](qsizetype i) { return (i >= 400 && i < 600) ? NAN : 1.0 + i % 3; });
        const auto out = decimateMinMax(s, 0, 999, 100);
        QVERIFY(monotonic(out));
        QCOMPARE(out.size() - realPoints(out), 1); // one break marker
        QVERIFY(realPoints(out) <= 2 * 100 + 2);
        const auto runs = splitAtGaps(out);
        QCOMPARE(runs.size(), 2);
        QVERIFY(runs[0].last().x() < 400);
        QVERIFY(runs[1].first().x() >= 600);
        // A NaN shorter than a column is invisible at this width: bridged.
        Series t = make(1000, 1, [](qsizetype i) { return i == 500 ? NAN : 1.0; });
        QCOMPARE(splitAtGaps(decimateMinMax(t, 0, 999, 100)).size(), 1);
        // All NaN: nothing to draw.
        Series u = make(10, 1, [](qsizetype) { return NAN; });
        QVERIFY(decimateMinMax(u, 0, 9, 5).isEmpty());
    }

    void timeGaps()
    {
        // Missing samples (no NaN): broken where the distance exceeds the gap option.
        Series s = make(100, 300, [](qsizetype) { return 5.0; });
        Series t = s;
        for (qsizetype i = 0; i < t.t.size(); ++i) {
            if (i >= 50)
                t.t[i] += 3600 * 10; // ten hours without samples
        }
        const auto joined = decimateMinMax(t, t.t.first(), t.t.last(), 400);
        QCOMPARE(splitAtGaps(joined).size(), 1);
        const auto broken = decimateMinMax(t, t.t.first(), t.t.last(), 400, {600});
        QCOMPARE(splitAtGaps(broken).size(), 2);
        QVERIFY(monotonic(broken));
    }

    void nearest()
    {
        Series s;
        s.t = {0, 10, 20, 30};
        s.v = {1, NAN, 3, 4};
        QCOMPARE(nearestSample(s, 9), 0); // 10 is NaN: the nearest real one
        QCOMPARE(nearestSample(s, 16), 2);
        QCOMPARE(nearestSample(s, -5), 0);
        QCOMPARE(nearestSample(s, 99), 3);
        QCOMPARE(nearestSample(Series{}, 1), -1);
    }

    // Many series share a budget of drawn points: fewer, wider columns, every extreme kept.
    void budgetSharedByManySeries()
    {
        QCOMPARE(columnsWithin(1100, 3, 32000), 1100); // fits: the plot width
        const int c = columnsWithin(1100, 64, 32000);
        QCOMPARE(c, (32000 / 64 - 2) / 2);
        QCOMPARE(columnsWithin(1100, 5000, 32000), 64); // never under the floor...
        QCOMPARE(columnsWithin(40, 5000, 32000), 40);   // ...nor over the plot
        QCOMPARE(columnsWithin(1100, 64, 0), 1100);     // no budget

        QVector<Series> many;
        QRandomGenerator rng(7);
        for (int k = 0; k < 64; ++k) {
            many.append(make(8640, 300e3, [&](qsizetype) { return rng.bounded(100.0); }));
            many.last().v[qsizetype(k) * 131 + 17] = 1000 + k; // a spike each, anywhere
            many.last().v[qsizetype(k) * 97 + 5] = -1000 - k;  // and a dip
        }
        const double to = many[0].t.last();
        const auto drawn = decimateForDrawing(many, 0, to, c);
        QCOMPARE(drawn.size(), 64);
        qsizetype total = 0;
        for (int k = 0; k < 64; ++k) {
            const DrawnSeries &d = drawn[k];
            QCOMPARE(d.runs.size(), 1);
            QCOMPARE(d.points, d.runs[0].size());
            QVERIFY(d.points <= 2 * c + 2);
            QCOMPARE(d.max, 1000.0 + k);
            QCOMPARE(d.min, -1000.0 - k);
            QVERIFY(d.runs[0].contains(QPointF(many[k].t[k * 131 + 17], 1000 + k)));
            QVERIFY(d.runs[0].contains(QPointF(many[k].t[k * 97 + 5], -1000 - k)));
            QVERIFY(monotonic(d.runs[0]));
            total += d.points;
        }
        QVERIFY(total <= 32000);
    }

    void drawingInBackgroundEqualsInline()
    {
        Series s = make(5000, 1, [](qsizetype i) { return std::sin(double(i) / 30); });
        for (int i = 2000; i < 2400; ++i)
            s.v[i] = std::numeric_limits<double>::quiet_NaN();
        const QVector<Series> in{s, Series{}};
        auto future = decimateForDrawingInBackground(in, 0, 4999, 300);
        future.waitForFinished();
        const auto bg = future.result();
        const auto inline_ = decimateForDrawing(in, 0, 4999, 300);
        QCOMPARE(bg.size(), 2);
        QCOMPARE(bg[0].runs, inline_[0].runs);
        QCOMPARE(bg[0].runs.size(), 2); // the NaN stretch breaks the line
        QVERIFY(bg[0].max <= 1.0 && bg[0].max > 0.99);
        QVERIFY(bg[1].runs.isEmpty());
        QVERIFY(std::isnan(bg[1].min) && std::isnan(bg[1].max));
    }
};

QTEST_GUILESS_MAIN(TstDecimate)
#include "tst_decimate.moc"
